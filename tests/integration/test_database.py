import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, func, insert, select
from sqlalchemy.exc import StatementError

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
