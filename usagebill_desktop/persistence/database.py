"""Engines with the connection discipline the data needs to survive crashes.

SQLite: foreign keys on, WAL journal, synchronous FULL, a busy timeout, and write
transactions that take the write lock up front (BEGIN IMMEDIATE) so two desks or a
GUI and a worker never deadlock halfway through a transaction. Other databases
(PostgreSQL later) get the same code with their own defaults.
"""

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_MS = 10_000
WRITE = {"begin": "IMMEDIATE"}


def sqlite_file(url: str | URL) -> Path | None:
    """The database file behind a SQLite URL, or None (in-memory, other databases)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def make_engine(url: str | URL) -> Engine:
    engine = create_engine(_readable(url))
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _readable(url: str | URL) -> str | URL:
    """`url`, or, for a data file in a folder that cannot be written (a read-only share):
    the file opened read-only and immutable. SQLite cannot make its write-ahead log there,
    so it would refuse even to read; and without a log beside the file no one can be
    writing it, so reading it as it stands is safe. Writing then fails as "the data file
    is read-only" (`storage_errors.py`)."""
    path = sqlite_file(url)
    if path is None or not path.is_file() or os.access(path.parent, os.W_OK):
        return url
    if any(path.with_name(path.name + log).exists() for log in ("-wal", "-shm")):
        return url  # a log is there: SQLite reads through it on its own, or says why not
    # URL.create, not a URL string: its database part is not unquoted again, so SQLite gets
    # the file's name %-quoted, as a URI wants ("#" and "?" are folder names' too).
    readable = {"mode": "ro", "immutable": "1", "uri": "true"}
    return URL.create("sqlite", database=f"file:{quote(str(path.resolve()))}", query=readable)


def writer(engine: Engine) -> Engine:
    """The same engine, but every transaction it begins takes the write lock at once."""
    return engine.execution_options(**WRITE) if engine.dialect.name == "sqlite" else engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself, so we choose its mode.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if sqlite_file(engine.url) is not None:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")
