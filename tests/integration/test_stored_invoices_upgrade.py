"""Invoices stored by an older version read exactly the same after the upgrade.

`tests/data/invoices_0009.sql` is a database at revision 0009, billed and issued by the
app as it was then: three customers (Spanish and English), every kind of rated line
(fixed and prorated fixed, per unit, graduated with an allowance, overage and block
fees, volume, stairstep, packages with and without an allowance, minimum, percentage,
credit), a span across a price change, labels worded for an English customer, a full
and a partial credit note, a payment and a draft; some lines in the shapes stored before
blocks were named and before packages kept their allowance per period.
`tests/data/invoices_0009.txt` is what that version printed for them.
"""

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.domain.periods import Span
from usagebill_desktop.exporters.books_csv import write_books_csv
from usagebill_desktop.exporters.invoice_text import invoice_text
from usagebill_desktop.persistence.database import make_engine
from usagebill_desktop.persistence.migrations_runner import alembic_config, upgrade_database
from usagebill_desktop.services.books import export_books
from usagebill_desktop.services.invoices import get_invoice, list_invoices
from usagebill_desktop.services.ports import OpenUnitOfWork

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = date(2026, 11, 24)


def stored_0009(path: Path) -> Path:
    with sqlite3.connect(path) as db:
        db.executescript((DATA / "invoices_0009.sql").read_text(encoding="utf-8"))
    db.close()
    return path


def printed(path: Path, folder: Path) -> str:
    """Every invoice as text in both languages, then the books' lines as CSV."""
    workspace = open_workspace(database_url(str(path)))
    out: list[str] = []
    for summary in sorted(list_invoices(workspace.open_uow), key=lambda s: s.id):
        invoice = get_invoice(workspace.open_uow, key=str(summary.id))
        for language in ("es", "en"):
            out += [f"### {summary.id} {language}", invoice_text(invoice, language)]
    for language in ("es", "en"):
        for file in _books_csv(workspace.open_uow, folder / language, language):
            out += [f"### {file.name} {language}", file.read_text(encoding="utf-8-sig")]
    workspace.close()
    return "\n".join(out) + "\n"


def _books_csv(open_uow: OpenUnitOfWork, folder: Path, language: str) -> list[Path]:
    span = Span(date(2026, 1, 1), TODAY)
    return export_books(
        open_uow,
        span=span,
        today=TODAY,
        write=lambda books: write_books_csv(books, folder, language),
    )


def test_stored_invoices_print_the_same_after_the_upgrade(tmp_path: Path):
    path = stored_0009(tmp_path / "old.db")
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("0009",)
    db.close()
    text = printed(path, tmp_path)
    assert text == (DATA / "invoices_0009.txt").read_text(encoding="utf-8")


def _details(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as db:
        found = db.execute("SELECT id, detail FROM invoice_lines ORDER BY id").fetchall()
    db.close()
    return found


def test_issued_lines_stay_guarded_and_the_upgrade_can_be_undone(tmp_path: Path):
    path = stored_0009(tmp_path / "old.db")
    before = _details(path)
    open_workspace(database_url(str(path))).close()
    upgraded = _details(path)
    assert upgraded != before
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.IntegrityError, match="credit note"):
        db.execute("UPDATE invoice_lines SET detail = '{}' WHERE id = 1")  # issued F-2026-00001
    db.close()
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0009")
    upgrade_database(engine)
    engine.dispose()
    assert _details(path) == upgraded
