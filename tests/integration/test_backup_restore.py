"""`usagebill backup` and `usagebill restore` (issue 15, items 8 and 9): a copy taken while
the app writes, a restore that brings the data back and keeps what it replaced, and a
refusal in one sentence for every file that must not replace the data file."""

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from usagebill_desktop.bootstrap import data_file, database_url, open_workspace
from usagebill_desktop.cli import main
from usagebill_desktop.services.backups import backup_now
from usagebill_desktop.services.customers import add_customer, list_customers


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def names(db: Path) -> list[str]:
    opened = open_workspace(database_url(str(db)), create=False)
    try:
        return [customer.name for customer in list_customers(opened.open_uow)]
    finally:
        opened.close()


def backed_up(capsys, db: Path) -> Path:
    code, out, err = run(capsys, "--db", str(db), "backup")
    assert (code, err) == (0, "")
    (copy,) = (db.parent / "backups").iterdir()
    assert out == f"data file backed up to {copy}\n"
    return copy


def test_a_backup_taken_while_another_connection_writes_has_what_was_committed(desk, capsys):
    db = Path(desk.location)
    with closing(sqlite3.connect(db, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE customers SET name = 'Half written'")
        copy = backed_up(capsys, db)  # does not wait for the writer, nor take its change
        writer.execute("COMMIT")
    assert copy.name.startswith("work-") and copy.suffix == ".db"
    assert names(copy) == ["Ana Ruiz"]
    assert names(db) == ["Half written"]
    assert not list(copy.parent.glob(".*.part"))


def test_backups_go_to_out_or_keep_the_newest_ten_and_no_leftover(workspace, tmp_path):
    target = data_file(workspace.url)
    start = datetime(2026, 11, 28, 9)
    (tmp_path / "backups").mkdir()
    killed = tmp_path / "backups" / ".work-20261128-080000.db.0123abcd.part"
    killed.write_bytes(b"half a copy")  # what a backup cut short by a kill left
    written = [backup_now(data_file=target, now=start + timedelta(minutes=n)) for n in range(12)]
    assert sorted((tmp_path / "backups").iterdir()) == written[2:]
    out = backup_now(data_file=target, now=start, out=tmp_path / "elsewhere" / "copy.db")
    assert out == tmp_path / "elsewhere" / "copy.db" and out.is_file()
    assert len(list((tmp_path / "backups").iterdir())) == 10


def test_restoring_a_backup_brings_its_data_back_and_keeps_the_replaced_file(desk, capsys):
    db = Path(desk.location)
    copy = backed_up(capsys, db)
    chosen = copy.read_bytes()
    add_customer(desk.open_uow, name="Luis Gil", account="2")
    desk.close()  # the window and every command have let go of the file

    code, out, err = run(capsys, "--db", str(db), "restore", str(copy))

    assert (code, err) == (0, "")
    assert copy.read_bytes() == chosen  # only read, as from a read-only disk
    kept = next(p for p in (db.parent / "backups").iterdir() if p != copy)
    assert out == f"{copy} restored into {db}\nthe replaced data file is kept at {kept}\n"
    assert not db.with_name("work.db-wal").exists()  # no old log to replay into it
    assert names(db) == ["Ana Ruiz"]
    assert names(kept) == ["Ana Ruiz", "Luis Gil"]


def _damaged(copy: Path) -> Path:
    """The copy with its pages after the first overwritten: SQLite's header still reads."""
    data = bytearray(copy.read_bytes())
    data[8192:] = b"\x07" * (len(data) - 8192)
    copy.write_bytes(bytes(data))
    return copy


def _not_a_database(copy: Path) -> Path:
    copy.write_text("cuenta;nombre\n1;Ana Ruiz\n", encoding="utf-8")
    return copy


def _another_apps(copy: Path) -> Path:
    copy.unlink()
    with closing(sqlite3.connect(copy)) as other:
        other.execute("CREATE TABLE notes (body TEXT)")
        other.commit()
    return copy


def _newer(copy: Path) -> Path:
    with closing(sqlite3.connect(copy)) as newer:
        newer.execute("UPDATE alembic_version SET version_num = '9999'")
        newer.commit()
    return copy


@pytest.mark.parametrize(
    ("spoil", "sentence"),
    [
        (_damaged, "{path} está dañado o no es una base de datos; elija otra copia"),
        (_not_a_database, "{path} está dañado o no es una base de datos; elija otra copia"),
        (_another_apps, "{path} no es un archivo de datos de usagebill; elija otra copia"),
        (
            _newer,
            "{path} es de una versión más reciente de usagebill; actualice la aplicación "
            "antes de restaurarlo",
        ),
    ],
)
def test_restore_refuses_a_file_that_is_not_a_good_workspace_of_this_version(
    desk, capsys, spoil, sentence
):
    db = Path(desk.location)
    chosen = spoil(backed_up(capsys, db))
    add_customer(desk.open_uow, name="Luis Gil", account="2")
    desk.close()

    code, out, err = run(capsys, "--lang", "es", "--db", str(db), "restore", str(chosen))

    assert (code, out) == (1, "")
    assert err == f"usagebill: error: {sentence.format(path=chosen)}\n"
    assert names(db) == ["Ana Ruiz", "Luis Gil"]
    assert list((db.parent / "backups").iterdir()) == [chosen]  # nothing kept: not replaced


def test_restore_refuses_while_another_program_has_the_data_file_open(desk, capsys):
    db = Path(desk.location)
    copy = backed_up(capsys, db)
    add_customer(desk.open_uow, name="Luis Gil", account="2")
    with desk.engine.connect() as window:  # the window, showing a list
        window.execute(text("SELECT count(*) FROM customers"))

        code, out, err = run(capsys, "--lang", "es", "--db", str(db), "restore", str(copy))

    assert (code, out) == (1, "")
    assert err == (
        "usagebill: error: el archivo de datos está abierto en la ventana o en otra orden; "
        "ciérrelo y vuelva a restaurar\n"
    )
    assert names(db) == ["Ana Ruiz", "Luis Gil"]
    assert list((db.parent / "backups").iterdir()) == [copy]


@pytest.mark.parametrize("spoil", [_damaged, _not_a_database])
def test_a_data_file_that_cannot_be_opened_is_replaced_and_kept_as_damaged(desk, capsys, spoil):
    db = Path(desk.location)
    copy = backed_up(capsys, db)
    desk.close()
    spoil(db)

    code, out, err = run(capsys, "--db", str(db), "restore", str(copy))

    assert (code, err) == (0, "")
    (kept,) = (db.parent / "backups").glob("*-damaged.db")
    assert out.endswith(f"the replaced data file is kept at {kept}\n")
    assert names(db) == ["Ana Ruiz"]


def test_a_backup_says_where_it_cannot_write_in_one_sentence(desk, capsys, tmp_path):
    (tmp_path / "notes.txt").write_text("not a folder", encoding="utf-8")
    out_file = tmp_path / "notes.txt" / "copy.db"

    code, out, err = run(
        capsys, "--lang", "es", "--db", desk.location, "backup", "--out", str(out_file)
    )

    assert (code, out) == (1, "")
    assert err == (
        f"usagebill: error: no se puede escribir la copia en {out_file}; elija otra carpeta\n"
    )
