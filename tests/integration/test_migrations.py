"""The data file survives upgrades of the app: nothing lost, a backup left beside it."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.persistence.database import make_engine
from usagebill_desktop.persistence.migrations_runner import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade_database,
)
from usagebill_desktop.services.customers import get_customer, list_customers
from usagebill_desktop.services.ports import Page


def test_a_new_database_gets_every_table_and_no_backup(tmp_path: Path):
    workspace = open_workspace(database_url(str(tmp_path / "new.db")))
    tables = set(inspect(workspace.engine).get_table_names())
    assert {"customers", "meters", "readings", "company", "settings"} <= tables
    assert current_revision(workspace.engine) == head_revision()
    assert workspace.backup is None
    assert list(tmp_path.glob("*.bak-*")) == []
    workspace.close()


def _database_at_first_revision(path: Path) -> None:
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine, target="0001")
    engine.dispose()
    now = datetime(2026, 1, 2, tzinfo=UTC).replace(tzinfo=None).isoformat(" ")
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO customers"
            " (id, account, name, tax_id, address, email, language, created_at)"
            " VALUES (1, '000001', 'Ana Ruiz', '12345678Z', 'Calle Mayor 1', '', 'es', ?)",
            (now,),
        )
        db.execute(
            "INSERT INTO meters (id, serial, customer_id, kind, unit, register_digits, multiplier,"
            " install_read, installed_on) VALUES (1, 'WM1', 1, 'cumulative', 'm³', 5, 10000, 0,"
            " '2025-01-01')"
        )
        db.execute(
            "INSERT INTO readings (meter_id, read_on, value, type, source, note, created_at)"
            " VALUES (1, '2025-02-01', 123450000, 'actual', 'manual', '', ?)",
            (now,),
        )


def test_starting_on_an_old_database_upgrades_it_keeps_every_row_and_leaves_a_backup(
    tmp_path: Path,
):
    path = tmp_path / "old.db"
    _database_at_first_revision(path)

    workspace = open_workspace(database_url(str(path)))

    assert current_revision(workspace.engine) == head_revision()
    assert get_customer(workspace.open_uow, account="000001").active is True
    [found] = list_customers(workspace.open_uow, page=Page(search="RUÍZ"))  # keyed on upgrade
    assert found.name == "Ana Ruiz"
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM readings").fetchall() == [(123450000,)]
        assert db.execute("SELECT count(*) FROM meters WHERE customer_id = 1").fetchone() == (1,)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert workspace.backup is not None and workspace.backup.exists()
    with sqlite3.connect(workspace.backup) as copy:  # the backup is the old database, whole
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT count(*) FROM readings").fetchone() == (1,)
    workspace.close()


def test_a_second_start_on_a_current_database_takes_no_new_backup(tmp_path: Path):
    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    open_workspace(database_url(str(path))).close()
    again = open_workspace(database_url(str(path)))
    assert again.backup is None
    assert len(list(tmp_path.glob("old.db.bak-*"))) == 1
    again.close()


def test_migrations_and_models_describe_the_same_schema(workspace):
    # `alembic check` raises when autogenerate would find a difference.
    with workspace.engine.connect() as connection:
        command.check(alembic_config(connection))


def test_the_head_read_from_file_names_is_alembics_head():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()


def test_an_upgrade_keeps_only_the_newest_five_backups_beside_the_file(tmp_path: Path):
    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    older = [tmp_path / f"old.db.bak-2025010{day}-120000-before-0002" for day in range(1, 7)]
    for backup in older:
        backup.write_bytes(b"an earlier upgrade's copy")
    other = tmp_path / "old-demo.db.bak-20250101-120000-before-0002"  # another file's
    other.write_bytes(b"kept")

    workspace = open_workspace(database_url(str(path)))

    assert workspace.backup is not None
    kept = sorted(tmp_path.glob("old.db.bak-*-before-*"))
    assert kept == [*older[2:], workspace.backup]
    assert other.exists() and not list(tmp_path.glob(".*.part"))
    with sqlite3.connect(workspace.backup) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone() == ("ok",)
    workspace.close()
