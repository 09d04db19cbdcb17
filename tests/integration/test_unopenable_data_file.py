"""A data file that cannot be opened, on the command line (issue 15, item 9): one sentence
on stderr and a non-zero exit for every command, never a traceback, and nothing written
into the file or beside it."""

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.cli import main
from usagebill_desktop.persistence import database

from ..conftest import another_apps, missing, newer_revision, random_bytes, truncated

DAMAGED = "el archivo de datos está dañado o no es una base de datos de usagebill"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "work.db"
    open_workspace(database_url(str(path))).close()
    return path


@pytest.mark.parametrize(
    ("spoil", "sentence"),
    [
        (random_bytes, DAMAGED),
        (truncated, DAMAGED),
        (another_apps, DAMAGED),
        (
            newer_revision,
            "el archivo de datos es de una versión más reciente de usagebill; "
            "actualice la aplicación para abrirlo",
        ),
        (
            missing,
            "no hay ningún archivo de datos en {db}; para empezar allí un espacio de trabajo "
            "nuevo, ejecute: usagebill --db {db} init",
        ),
    ],
)
def test_a_file_that_cannot_be_opened_is_one_sentence_and_a_failure(db, capsys, spoil, sentence):
    spoil(db)
    before = sorted(db.parent.iterdir())
    contents = db.read_bytes()[100:] if db.exists() else None  # past the header (WAL mode)

    code = main(["--lang", "es", "customers", "list", "--db", str(db)])

    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == f"usagebill: error: {sentence.format(db=db)}\n"
    assert sorted(db.parent.iterdir()) == before  # no upgrade backup, no new file
    assert (db.read_bytes()[100:] if db.exists() else None) == contents


@contextmanager
def _held(db: Path) -> Iterator[None]:
    """Another program holding the file with an exclusive lock until the block ends."""
    ready, done = threading.Event(), threading.Event()

    def hold() -> None:
        with closing(sqlite3.connect(db, isolation_level=None)) as other:
            other.execute("PRAGMA locking_mode=EXCLUSIVE")
            other.execute("BEGIN EXCLUSIVE")
            other.execute("CREATE TABLE held (a)")
            ready.set()
            done.wait(10)
            other.execute("ROLLBACK")

    holder = threading.Thread(target=hold)
    holder.start()
    ready.wait(10)
    try:
        yield
    finally:
        done.set()
        holder.join()


def test_a_file_locked_by_another_program_is_one_sentence(db, capsys, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    with _held(db):
        code = main(["customers", "list", "--db", str(db)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == (
        "usagebill: error: the data file is busy with another operation; try again in a moment\n"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_file_in_a_read_only_folder_is_one_sentence_when_written(db, capsys):
    db.parent.chmod(0o555)
    try:
        code = main(["customers", "add", "--name", "Ana Ruiz", "--db", str(db)])
    finally:
        db.parent.chmod(0o755)
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.startswith("usagebill: error: the data file") and err[-1] == "\n"
    assert err.count("\n") == 1
