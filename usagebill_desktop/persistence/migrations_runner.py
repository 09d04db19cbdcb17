"""Bring any database up to the current schema at start-up, safely.

No alembic.ini is needed at run time: the configuration is built here. On SQLite,
foreign keys are switched off while batch migrations rebuild tables, then
`foreign_key_check` must come back empty before the upgrade commits. An existing
database that needs upgrading is first copied next to itself.
"""

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from ..domain.errors import StorageError
from ..domain.marks import N_
from ..paths import migrations_dir
from .backup import backup_database
from .database import writer
from .storage_errors import DAMAGED

NEWER_APP = N_("the data file comes from a newer version of usagebill; update the app to open it")

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic loads only when a database needs upgrading: a start with an up-to-date file
# checks one table row against the newest migration's file name (100 ms sooner).


class MigrationError(RuntimeError):
    pass


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    # stdout as it is now: Alembic's default is whatever it was when Alembic was imported.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> list[str]:
    """Every revision this version of the app knows, oldest first: migrations are named
    after their revision, "0008_….py", each revising the one before."""
    names = sorted(p.name for p in migrations_dir().joinpath("versions").glob("[0-9]*_*.py"))
    return [name.split("_", 1)[0] for name in names]


def head_revision() -> str:
    """The newest revision (a test checks this agrees with Alembic's own reading)."""
    return known_revisions()[-1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if found is None else str(found)


def upgrade_pending(engine: Engine) -> bool:
    """Whether opening the file upgrades it (and so writes to it)."""
    return current_revision(engine) != head_revision()


def upgrade_database(
    engine: Engine, *, target: str = "head", now: Callable[[], datetime] = datetime.now
) -> Path | None:
    """Upgrade to `target`; returns the backup taken first, if any.

    A brand-new database gets no backup (there is nothing to lose).
    """
    current = current_revision(engine)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    _refuse_unknown(engine, current)
    backup = None
    if current is not None or _has_tables(engine):
        backup = backup_database(engine, f"before-{wanted}", now())
    _run_upgrade(writer(engine), target)
    return backup


def _refuse_unknown(engine: Engine, current: str | None) -> None:
    """A file this app cannot upgrade is refused before anything is written to it: one
    from a newer version of the app, or another program's database."""
    if current is not None and current not in known_revisions():
        raise StorageError(reason=NEWER_APP)
    if current is None and _has_tables(engine):
        raise StorageError(reason=DAMAGED)


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _run_upgrade(engine: Engine, target: str) -> None:
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        if sqlite:  # a no-op inside a transaction, so before BEGIN
            driver.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                from alembic import command

                command.upgrade(alembic_config(connection), target)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationError(f"upgrade left broken references: {broken[:5]}")
        finally:
            if sqlite:
                driver.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
