"""SQLite's failures as the domain's `StorageError`: one sentence a person can act on,
instead of the driver's message with a link to SQLAlchemy's documentation."""

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from ..domain.errors import StorageError
from ..domain.marks import N_


@dataclass(frozen=True)
class _Known:
    said: tuple[str, ...]  # what SQLite says, in part
    reason: str


DAMAGED = N_("the data file is damaged or is not a usagebill database")

_KNOWN = (
    _Known(said=("file is not a database", "database disk image is malformed"), reason=DAMAGED),
    _Known(
        # SQLite busy: another desk, command or import holds the write lock past the
        # busy timeout (at a transaction's start or at its commit).
        said=("database is locked", "database table is locked"),
        reason=N_("the data file is busy with another operation; try again in a moment"),
    ),
    _Known(said=("unable to open database file",), reason=N_("the data file cannot be opened")),
    _Known(said=("database or disk is full",), reason=N_("the disk is full")),
    # A write the system refused (a file-size limit, a failing disk): SQLite says only this.
    _Known(
        said=("disk I/O error",),
        reason=N_("the data file could not be written: the disk is full or failing"),
    ),
    _Known(said=("readonly database",), reason=N_("the data file is read-only")),
)


def storage_error(error: DatabaseError | sqlite3.Error) -> StorageError | None:
    """What the failure means for the data file; None for what is not about the file (a
    constraint or a trigger refusing a change stays what it is). SQLAlchemy's error or, for
    what runs on the driver's own connection (a backup), the driver's."""
    orig = getattr(error, "orig", None)
    said = str(orig if orig is not None else error)
    for known in _KNOWN:
        if any(part in said for part in known.said):
            return StorageError(reason=known.reason)
    return None


@contextmanager
def storage_errors_said() -> Iterator[None]:
    """Inside: a failure of the data file leaves as a `StorageError`."""
    try:
        yield
    except DatabaseError as error:
        plain = storage_error(error)
        if plain is None:
            raise
        raise plain from error


def refuse_damaged(engine: Engine) -> None:
    """SQLite's `quick_check` on the file before anything writes to it: a damaged page is
    refused at start, not found later while payments keep being written into it."""
    if engine.dialect.name != "sqlite":
        return
    with storage_errors_said(), engine.connect() as connection:
        found = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
    if found != ["ok"]:
        raise StorageError(reason=DAMAGED)


class IntegrityCheck:
    """`refuse_damaged`, started on its own thread as the file is opened and awaited
    before the first write (`wait`). A start waits for nothing (the check reads every
    page: about a second for a million readings) and reading never waits; writing never
    begins on a file the check has not passed."""

    def __init__(self, engine: Engine) -> None:
        self._failure: StorageError | None = None
        self._thread = threading.Thread(
            target=self._run, args=(engine,), name="quick_check", daemon=True
        )
        self._thread.start()

    def _run(self, engine: Engine) -> None:
        try:
            refuse_damaged(engine)
        except StorageError as failure:
            self._failure = failure
        except DatabaseError:  # a file that cannot even be read: said as damaged
            self._failure = StorageError(reason=DAMAGED)

    def wait(self) -> None:
        """Returns once the check has passed; raises its `StorageError` otherwise."""
        self._thread.join()
        if self._failure is not None:
            raise StorageError(reason=self._failure.reason, **self._failure.values)
