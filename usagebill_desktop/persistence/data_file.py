"""The SQLite data file as a whole: a copy taken while the app may be writing to it, and
another file put in its place. What `services/backups.py` uses (`ports.DataFile`).

A copy is `VACUUM INTO` (`backup.vacuum_into`), as the upgrade backups: it reads one
snapshot, so in WAL mode it is consistent while other connections keep writing and never
blocks them, and it writes a compact file with no log beside it, checked before it takes
its name."""

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import quote

from ..atomic_files import atomic_path
from ..domain.errors import StorageError
from ..domain.marks import N_
from .backup import vacuum_into, verify
from .migrations_runner import known_revisions
from .storage_errors import DAMAGED, storage_error

IN_USE_WAIT_S = 0.5  # how long a restore waits for another program to let go of the file
LOGS = ("-wal", "-shm", "-journal")

NO_FILE = N_("there is no file at {path}")
CHOSEN_DAMAGED = N_("{path} is damaged or is not a database; choose another backup")
NOT_OURS = N_("{path} is not a usagebill data file; choose another backup")
NEWER = N_("{path} comes from a newer version of usagebill; update the app before restoring it")
IN_USE = N_("the data file is open in the window or in another command; close it and restore again")
CANNOT_WRITE = N_("the copy cannot be written at {path}; choose another folder")
_OUR_TABLES = {"alembic_version", "customers", "meters", "readings"}


class SqliteDataFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def copy_to(self, target: Path) -> None:
        """A consistent, checked copy of the file at `target`, complete or absent."""
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # a file where the folder should be, a folder refused
            raise StorageError(reason=CANNOT_WRITE, path=str(target)) from error
        with _opened(self.path) as connection:
            vacuum_into(connection, target)

    def check(self, chosen: Path) -> None:
        """Raises `StorageError` unless `chosen` may replace the data file: it passes
        SQLite's check and is a workspace of this app, of a revision it knows."""
        with _opened(chosen, said=CHOSEN_DAMAGED, mode="ro") as source:
            _refuse_foreign(source, chosen)

    def replace_with(self, chosen: Path, keep: Path, damaged: Path) -> Path | None:
        """Put a copy of `chosen` in the data file's place, once it is checked (`check`);
        the replaced file is kept at `keep` (at `damaged` when it fails SQLite's check),
        which is returned (None when there was no data file)."""
        with _opened(chosen, said=CHOSEN_DAMAGED, mode="ro") as source:
            _refuse_foreign(source, chosen)
            with _alone(self.path) as locked:
                kept = _keep(self.path, keep, damaged) if self.path.exists() else None
                if not locked:  # a file SQLite cannot read: its logs are not its own either
                    for log in LOGS:
                        self.path.with_name(self.path.name + log).unlink(missing_ok=True)
                vacuum_into(source, self.path)
        return kept


@contextmanager
def _opened(path: Path, said: str = DAMAGED, mode: str = "rw") -> Iterator[sqlite3.Connection]:
    """A connection to an existing file (never creating one; "ro": the chosen backup is
    only read, even from a read-only disk); SQLite's failures said."""
    if not path.is_file():
        raise StorageError(reason=NO_FILE, path=str(path))
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    try:
        with closing(sqlite3.connect(uri, uri=True, isolation_level=None)) as connection:
            yield connection
    except sqlite3.DatabaseError as error:
        plain = storage_error(error)
        if plain is not None and plain.reason == DAMAGED:
            raise StorageError(reason=said, path=str(path)) from error
        raise plain or error from error


def _refuse_foreign(source: sqlite3.Connection, chosen: Path) -> None:
    """A restore takes only a whole workspace of this app, of a revision it knows."""
    found = [row[0] for row in source.execute("PRAGMA quick_check")]
    if found != ["ok"]:
        raise StorageError(reason=CHOSEN_DAMAGED, path=str(chosen))
    tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master")}
    revision = None
    if tables >= _OUR_TABLES:
        revision = source.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None:
        raise StorageError(reason=NOT_OURS, path=str(chosen))
    if revision[0] not in known_revisions():
        raise StorageError(reason=NEWER, path=str(chosen))


@contextmanager
def _alone(path: Path) -> Iterator[bool]:
    """The data file to ourselves until the block ends: its log checkpointed into it and
    removed (leaving WAL mode needs every other connection closed: else `IN_USE`), then
    an exclusive lock, so nothing reads or writes it while it is copied and replaced.
    Yields False, without a lock, for a file SQLite cannot read (damaged: no one can be
    using it) or no file at all."""
    if not path.exists():
        yield False
        return
    with closing(sqlite3.connect(path, timeout=IN_USE_WAIT_S, isolation_level=None)) as lock:
        try:
            mode = lock.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            lock.execute("BEGIN EXCLUSIVE")
        except sqlite3.DatabaseError as error:
            plain = storage_error(error)
            if plain is not None and plain.reason == DAMAGED:
                yield False
                return
            raise StorageError(reason=IN_USE) from error
        if mode != "delete":
            raise StorageError(reason=IN_USE)
        try:
            yield True
        finally:
            lock.execute("ROLLBACK")


def _keep(path: Path, keep: Path, damaged: Path) -> Path:
    """A byte copy of the data file (nothing writes it meanwhile), checked: at `keep`, or
    at `damaged` when SQLite's check fails on it."""
    keep.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(keep) as partial:
        shutil.copyfile(path, partial)
    try:
        verify(keep)
    except (StorageError, sqlite3.DatabaseError):
        os.replace(keep, damaged)
        return damaged
    return keep
