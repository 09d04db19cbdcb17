"""Defect 4: an issued invoice reprints exactly as issued, whatever Settings say since.

An issued document keeps the issuer it was issued with (name, tax id, address, IBAN,
note, footer, logo, paper, language and label texts: `issuer_versions`, migration 0012);
a draft follows Settings. The same issued invoice exported twice is the same file."""

import sqlite3
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from PIL import Image

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.cli import main
from usagebill_desktop.domain.company import CompanyProfile
from usagebill_desktop.domain.invoices import InvoiceState
from usagebill_desktop.domain.periods import Span
from usagebill_desktop.persistence.database import make_engine
from usagebill_desktop.persistence.migrations_runner import alembic_config
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.company import save_company
from usagebill_desktop.services.invoices import issue_invoices, list_invoices
from usagebill_desktop.services.readings import record_reading
from usagebill_desktop.texts import Phrasebook

from ..integration.test_stored_invoices_upgrade import stored_0009

MARCH = Span(date(2026, 3, 1), date(2026, 3, 31))
ISSUED_ON, TODAY = date(2026, 4, 2), date(2026, 11, 24)


def logo(path: Path, colour: str) -> str:
    Image.new("RGB", (40, 16), colour).save(path, "PNG")
    return str(path)


def profile(tmp_path: Path, which: str) -> CompanyProfile:
    """Two companies that differ in every field a document prints."""
    old = which == "old"
    return CompanyProfile(
        name="Aguas del Valle S.L." if old else "Nueva Hidráulica S.A.",
        tax_id="B12345678" if old else "A87654321",
        address="Calle Mayor 1, Soria" if old else "Avenida Nueva 99, Madrid",
        email="oficina@aguasdelvalle.es" if old else "info@nueva.es",
        phone="975 000 001" if old else "910 000 999",
        logo_path=logo(tmp_path / f"{which}.png", "navy" if old else "red"),
        bank_name="Caja Rural" if old else "Banco Nuevo",
        iban="ES9121000418450200051332" if old else "ES7620770024003102575766",
        invoice_note="Oficina abierta de 9 a 14 h." if old else "Cerrado por reformas.",
        invoice_footer="Inscrita en el Registro Mercantil de Soria." if old else "Pie nuevo.",
        paper_size="A4" if old else "Letter",
        payment_terms_days=30 if old else 10,
    )


def billed(village, company: CompanyProfile) -> None:
    """The village's customer read in March and billed: a draft of March."""
    save_company(village.open_uow, profile=company)
    read_on, value = date(2026, 3, 31), Decimal(99_962)
    record_reading(village.open_uow, meter="WM1", read_on=read_on, value=value, today=TODAY)
    run_billing(village.open_uow, period=MARCH, today=TODAY)


def exported(db: Path, key: str, folder: Path) -> bytes:
    """`usagebill export pdf --invoice KEY`, as a person reprints it."""
    assert main(["--db", str(db), "export", "pdf", "--invoice", key, "--out", str(folder)]) == 0
    [pdf] = folder.glob("*.pdf")
    return pdf.read_bytes()


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


@pytest.fixture
def issued(village, tmp_path):
    """March issued under the old company; the database's path and the invoice's number."""
    billed(village, profile(tmp_path, "old"))
    issued = issue_invoices(village.open_uow, all_drafts=True, issue_date=ISSUED_ON, today=TODAY)
    return Path(village.location), issued.numbers[0]


def test_an_issued_invoice_reprints_byte_for_byte_after_every_setting_changed(
    village, issued, tmp_path
):
    db, number = issued
    before = exported(db, number, tmp_path / "before")
    new = profile(tmp_path, "new")
    Path(profile(tmp_path, "old").logo_path).write_bytes(Path(new.logo_path).read_bytes())
    save_company(village.open_uow, profile=new)  # and the old logo file overwritten

    after = exported(db, number, tmp_path / "after")

    assert after == before
    text = text_of(after, tmp_path)
    for said in ("Aguas del Valle S.L.", "B12345678", "ES9121000418450200051332", "Caja Rural"):
        assert said in text
    for said in ("Oficina abierta de 9 a 14 h.", "Registro Mercantil de Soria"):
        assert said in text
    for unsaid in ("Nueva Hidráulica", "A87654321", "ES7620770024003102575766", "Pie nuevo"):
        assert unsaid not in text


def test_a_later_translation_does_not_reword_an_issued_invoice(issued, tmp_path, monkeypatch):
    db, number = issued
    before = exported(db, number, tmp_path / "before")
    catalogue = Phrasebook.__call__

    def reworded(book: Phrasebook[str], language: str) -> dict[str, str]:
        return {key: f"NEW {text}" for key, text in catalogue(book, language).items()}

    monkeypatch.setattr(Phrasebook, "__call__", reworded)  # the app's next translation

    assert exported(db, number, tmp_path / "after") == before


def test_a_draft_follows_the_settings_of_today(village, tmp_path):
    billed(village, profile(tmp_path, "old"))
    save_company(village.open_uow, profile=profile(tmp_path, "new"))
    [draft] = list_invoices(village.open_uow, state=InvoiceState.DRAFT)

    text = text_of(exported(Path(village.location), str(draft.id), tmp_path / "d"), tmp_path)

    for said in ("Nueva Hidráulica S.A.", "A87654321", "Cerrado por reformas.", "Pie nuevo."):
        assert said in text
    assert "Aguas del Valle" not in text


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE issuer_versions SET content = replace(content, 'Aguas del Valle', 'Otra')",
        "UPDATE issuer_versions SET logo = x''",
        "DELETE FROM issuer_versions",
        "UPDATE invoices SET issuer_version_id = NULL WHERE state = 'issued'",
    ],
)
def test_raw_sql_cannot_change_the_issuer_an_issued_invoice_was_issued_with(issued, statement):
    db, _ = issued
    with sqlite3.connect(db) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute(statement)
    connection.close()


def test_the_upgrade_gives_invoices_issued_before_it_the_settings_of_upgrade_time(
    village, issued, tmp_path
):
    db, number = issued
    village.close()
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as connection:  # back to before issuers were kept
        command.downgrade(alembic_config(connection), "0011")
    engine.dispose()
    with sqlite3.connect(db) as old:
        tables = {name for (name,) in old.execute("SELECT name FROM sqlite_master")}
        assert "issuer_versions" not in tables
        with pytest.raises(sqlite3.IntegrityError, match="credit note"):  # 0006 still guards
            old.execute("UPDATE invoices SET total = 0 WHERE number = ?", (number,))
    old.close()

    upgraded = open_workspace(database_url(str(db)))  # the Settings now: the old company
    save_company(upgraded.open_uow, profile=profile(tmp_path, "new"))
    upgraded.close()

    text = text_of(exported(db, number, tmp_path / "out"), tmp_path)
    assert "Aguas del Valle S.L." in text and "ES9121000418450200051332" in text
    assert "Nueva Hidráulica" not in text


def test_the_upgrade_versions_every_issued_and_void_document_and_no_draft(tmp_path):
    db = stored_0009(tmp_path / "old.db")  # issued, void, credit notes and a draft, at 0009
    open_workspace(database_url(str(db))).close()
    with sqlite3.connect(db) as upgraded:
        states = upgraded.execute(
            "SELECT state, issuer_version_id IS NOT NULL, count(*) FROM invoices GROUP BY 1, 2"
        ).fetchall()
        versions = upgraded.execute("SELECT count(*) FROM issuer_versions").fetchone()
    upgraded.close()
    assert all(bool(versioned) == (state != "draft") for state, versioned, _ in states)
    assert {state for state, _, _ in states} == {"draft", "issued", "void"}
    assert versions == (2,)  # one per language, however many documents
