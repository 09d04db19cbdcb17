import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Column, Date, Integer, MetaData, String, Table, delete, func, insert, select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from usagebill_desktop.persistence.bulk import insert_many, insert_many_returning_ids
from usagebill_desktop.persistence.database import BUSY_TIMEOUT_MS
from usagebill_desktop.persistence.types import ScaledDecimal


def test_every_connection_has_the_safety_settings(workspace):
    with workspace.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == BUSY_TIMEOUT_MS


def test_a_write_takes_the_lock_when_it_begins_not_halfway(workspace, tmp_path):
    with workspace.open_uow(write=True) as uow:
        uow.customers.count()  # only a read so far, but the write lock is already held
        other = sqlite3.connect(tmp_path / "work.db", timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_decimals_are_stored_exactly_and_sum_exactly_in_sql(workspace):
    table = Table(
        "amounts",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("v", ScaledDecimal(4)),
    )
    table.create(workspace.engine)
    values = [Decimal("0.1"), Decimal("0.2"), Decimal("1234567.8901")]
    with workspace.engine.begin() as connection:
        connection.execute(insert(table), [{"v": v} for v in values])
        stored = connection.execute(select(table.c.v).order_by(table.c.id)).scalars().all()
        total = connection.execute(select(func.sum(table.c.v))).scalar()
    assert stored == values
    assert total == Decimal("1234568.1901")  # summed as integers: 0.1 + 0.2 is 0.3 here


def test_a_value_with_more_decimals_than_the_column_is_refused_not_rounded(workspace):
    table = Table("amounts", MetaData(), Column("v", ScaledDecimal(2)))
    table.create(workspace.engine)
    with pytest.raises(StatementError, match="more than 2 decimals"), workspace.engine.begin() as c:
        c.execute(insert(table), {"v": Decimal("0.125")})
    with pytest.raises(StatementError, match="needs Decimal"), workspace.engine.begin() as c:
        c.execute(insert(table), {"v": 0.1})


class _Base(DeclarativeBase):
    pass


class _Amount(_Base):
    __tablename__ = "bulk_amounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date)
    v: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    kind: Mapped[str] = mapped_column(String(10), default="plain")


def test_bulk_inserts_give_each_row_its_own_id_even_after_deletes(workspace):
    _Base.metadata.create_all(workspace.engine)
    first = [{"label": f"a{n}", "on": date(2026, 1, n + 1), "v": Decimal(n)} for n in range(5)]
    later = [
        {"label": f"b{n}", "on": date(2026, 2, n + 1), "v": Decimal("0.25") * n} for n in range(3)
    ]
    later.append({"label": "none", "on": date(2026, 3, 1), "v": None})
    with workspace.engine.begin() as connection:
        insert_many_returning_ids(connection, _Amount, first)
        connection.execute(delete(_Amount).where(_Amount.id > 3))  # the last rows go
        ids = insert_many_returning_ids(connection, _Amount, later)
        stored = {
            i: (label, on, v)
            for i, label, on, v in connection.execute(
                select(_Amount.id, _Amount.label, _Amount.on, _Amount.v)
            )
        }
    assert [stored[i] for i in ids] == [(r["label"], r["on"], r["v"]) for r in later]


def test_bulk_inserts_refuse_more_decimals_than_the_column_and_write_nothing(workspace):
    _Base.metadata.create_all(workspace.engine)
    rows = [
        {"label": "ok", "on": date(2026, 1, 1), "v": Decimal("1.5")},
        {"label": "bad", "on": date(2026, 1, 1), "v": Decimal("0.125")},
    ]
    with pytest.raises(ValueError, match="more than 2 decimals"), workspace.engine.begin() as c:
        insert_many(c, _Amount, rows)
    with workspace.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(_Amount)) == 0


def test_bulk_inserts_fill_what_is_left_out_with_its_default_and_refuse_what_has_none(workspace):
    _Base.metadata.create_all(workspace.engine)
    with workspace.engine.begin() as connection:
        insert_many(connection, _Amount, [{"label": "a", "on": date(2026, 1, 1), "v": None}])
        assert connection.scalar(select(_Amount.kind)) == "plain"
    with pytest.raises(IntegrityError, match="NOT NULL"), workspace.engine.begin() as connection:
        insert_many(connection, _Amount, [{"on": date(2026, 1, 1), "v": None}])  # no label
