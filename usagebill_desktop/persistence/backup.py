"""Copies of the database file, taken before anything risky (an upgrade): complete or
absent, and only the last `KEEP` of them."""

import glob
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from ..atomic_files import atomic_path
from ..domain.errors import StorageError
from .database import sqlite_file
from .storage_errors import DAMAGED, storage_error

KEEP = 5  # upgrade backups kept next to the file; older ones are removed


def backup_path(db_file: Path, label: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return db_file.with_name(f"{db_file.name}.bak-{stamp}-{label}")


def backup_database(engine: Engine, label: str, now: datetime) -> Path | None:
    """A consistent copy next to the file (VACUUM INTO), or None when not a SQLite file.

    VACUUM INTO reads a snapshot, so the copy is consistent even in WAL mode; it writes a
    temporary file that takes the backup's name only once complete and passing SQLite's
    `quick_check`. Then only the newest `KEEP` backups of this file are kept.
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
        vacuum_into(raw.driver_connection, target)  # type: ignore[arg-type]
    finally:
        raw.close()
    prune_backups(db_file)
    return target


def vacuum_into(connection: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of `connection`'s database at `target`, complete or absent: VACUUM
    INTO a temporary name, SQLite's `quick_check` on it, then the rename. A failure of the
    file (a full disk) is said in one sentence and the temporary file removed."""
    try:
        with atomic_path(target) as partial:
            connection.execute("VACUUM INTO ?", (str(partial),))
            verify(partial)
    except sqlite3.Error as error:
        raise storage_error(error) or error from error


def verify(copy: Path) -> None:
    """SQLite's `quick_check` on a copy: `StorageError(DAMAGED)` unless it says "ok"."""
    with closing(sqlite3.connect(copy)) as connection:
        found = [row[0] for row in connection.execute("PRAGMA quick_check")]
    if found != ["ok"]:
        raise StorageError(reason=DAMAGED)


def prune_backups(db_file: Path, keep: int = KEEP) -> list[Path]:
    """Removes all but the newest `keep` upgrade backups of `db_file`, and what backups cut
    short left; returns those removed. Backup names sort by time
    (`<name>.bak-YYYYMMDD-HHMMSS-before-REV`)."""
    found = sorted(db_file.parent.glob(f"{glob.escape(db_file.name)}.bak-*-before-*"))
    removed = found[: max(len(found) - keep, 0)]
    # A backup cut short by a kill left its temporary file (never a backup's name).
    removed += db_file.parent.glob(f".{glob.escape(db_file.name)}.bak-*.part")
    for old in removed:
        old.unlink(missing_ok=True)
    return removed
