"""Copies of the database file, taken before anything risky (an upgrade)."""

from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from ..atomic_files import atomic_path
from .database import sqlite_file


def backup_path(db_file: Path, label: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return db_file.with_name(f"{db_file.name}.bak-{stamp}-{label}")


def backup_database(engine: Engine, label: str, now: datetime) -> Path | None:
    """A consistent copy next to the file (VACUUM INTO), or None when not a SQLite file.

    VACUUM INTO reads a snapshot, so the copy is consistent even in WAL mode; it writes a
    temporary file that takes the backup's name only once complete.
    """
    db_file = sqlite_file(engine.url)
    if db_file is None:
        return None
    target = backup_path(db_file, label, now)
    n = 1
    while target.exists():  # two upgrades within a second
        target = backup_path(db_file, f"{label}-{n}", now)
        n += 1
    # VACUUM refuses to run inside a transaction: use the driver connection, which
    # our engine leaves in autocommit until SQLAlchemy begins one.
    raw = engine.raw_connection()
    try:
        with atomic_path(target) as partial:
            raw.driver_connection.execute("VACUUM INTO ?", (str(partial),))  # type: ignore[union-attr]
    finally:
        raw.close()
    return target
