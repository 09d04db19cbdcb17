"""Defect 4, the data: an issued invoice's usage section (the customer's past periods,
the comparison with similar customers on the same tariff) reprints as issued, whatever
is billed, credited or read afterwards; a draft's follows today's data.

Issuing keeps each invoice's usage numbers with it (`invoices.kept_usage`, migration
0014); a trigger refuses changing them."""

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.domain.invoices import InvoiceKind, InvoiceState
from usagebill_desktop.domain.periods import Span
from usagebill_desktop.persistence.database import make_engine
from usagebill_desktop.persistence.migrations_runner import alembic_config
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.customers import add_customer
from usagebill_desktop.services.documents import invoice_document
from usagebill_desktop.services.invoices import credit_invoice, issue_invoices, list_invoices
from usagebill_desktop.services.meters import add_meter
from usagebill_desktop.services.readings import record_reading
from usagebill_desktop.services.tariffs import assign_tariff

from ..conftest import WATER
from ..integration.test_stored_invoices_upgrade import stored_0009
from .test_defect_04_reprint import exported, text_of

FEBRUARY = Span(date(2026, 2, 1), date(2026, 2, 28))
MARCH = Span(date(2026, 3, 1), date(2026, 3, 31))
TODAY = date(2026, 11, 24)


def neighbours(village, accounts: range, march_use: int) -> None:
    """Customers on the village's tariff, read at the end of February and of March."""
    for n in accounts:
        add_customer(village.open_uow, name=f"Vecino {n}", account=str(n))
        serial = f"N{n}"
        add_meter(
            village.open_uow,
            serial=serial,
            customer_account=str(n),
            kind="cumulative",
            unit="m³",
            install_date=date(2026, 1, 1),
            install_read=Decimal(0),
        )
        assign_tariff(village.open_uow, meter=serial, tariff=WATER, valid_from=date(2026, 1, 1))
        for read_on, value in ((FEBRUARY.last, 10 + n), (MARCH.last, 10 + n + march_use + n)):
            record_reading(
                village.open_uow, meter=serial, read_on=read_on, value=Decimal(value), today=TODAY
            )


def issue(village, period: Span, on: date) -> tuple[str, ...]:
    run_billing(village.open_uow, period=period, today=TODAY)
    return issue_invoices(village.open_uow, all_drafts=True, issue_date=on, today=TODAY).numbers


def number_of(village, account: str, period: Span) -> str:
    [found] = [
        str(s.number)
        for s in list_invoices(village.open_uow)
        if s.customer.account == account and s.period == period and s.kind is InvoiceKind.INVOICE
    ]
    return found


def ana_read(village) -> None:
    """Ana's meter (the village's, installed at 99,950) read at the end of February and March."""
    for read_on, value in ((FEBRUARY.last, 99_960), (MARCH.last, 99_975)):
        record_reading(
            village.open_uow, meter="WM1", read_on=read_on, value=Decimal(value), today=TODAY
        )


@pytest.fixture
def march(village):
    """Ana (account 1) and eleven neighbours billed for February and March, issued."""
    ana_read(village)
    neighbours(village, range(2, 13), march_use=5)
    issue(village, FEBRUARY, date(2026, 3, 2))
    issue(village, MARCH, date(2026, 4, 2))
    return Path(village.location)


def test_an_issued_invoice_reprints_its_use_as_issued_whatever_happens_later(
    village, march, tmp_path
):
    number = number_of(village, "1", MARCH)
    before = exported(march, number, tmp_path / "before")
    assert "mediana de 11 clientes" in said(before, tmp_path)

    neighbours(village, range(13, 20), march_use=40)  # heavy users join March's peers
    issue(village, FEBRUARY, date(2026, 4, 3))
    issue(village, MARCH, date(2026, 4, 3))
    for account, period in (("1", FEBRUARY), ("2", MARCH)):  # Ana's history, a peer: void
        credit_invoice(
            village.open_uow,
            number=number_of(village, account, period),
            reason="Lectura errónea",
            issue_date=date(2026, 4, 4),
            today=TODAY,
        )
    record_reading(
        village.open_uow, meter="WM1", read_on=date(2026, 4, 30), value=Decimal(99_990), today=TODAY
    )

    after = exported(march, number, tmp_path / "after")

    assert after == before


def test_a_draft_compares_with_the_data_of_today(village, tmp_path):
    record_reading(
        village.open_uow, meter="WM1", read_on=MARCH.last, value=Decimal(99_975), today=TODAY
    )
    neighbours(village, range(2, 13), march_use=5)
    db = Path(village.location)
    before = said(exported(db, drafted_for_ana(village), tmp_path / "before"), tmp_path)

    neighbours(village, range(13, 20), march_use=40)
    after = said(exported(db, drafted_for_ana(village), tmp_path / "after"), tmp_path)

    assert "mediana de 11 clientes" in before
    assert "mediana de 18 clientes" in after


def drafted_for_ana(village) -> str:
    """March billed (Ana's draft made again), everyone else's March issued: Ana's draft."""
    run_billing(village.open_uow, period=MARCH, today=TODAY)
    drafts = list_invoices(village.open_uow, state=InvoiceState.DRAFT)
    others = [d.id for d in drafts if d.customer.account != "1"]
    issue_invoices(village.open_uow, ids=others, issue_date=date(2026, 4, 2), today=TODAY)
    [ana] = [d for d in drafts if d.customer.account == "1"]
    return str(ana.id)


def said(pdf: bytes, tmp_path: Path) -> str:
    return " ".join(text_of(pdf, tmp_path).split())


def test_raw_sql_cannot_change_the_use_an_issued_invoice_kept(march):
    with sqlite3.connect(march) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE invoices SET kept_usage = '[]' WHERE state = 'issued'")
    connection.close()


def test_the_upgrade_keeps_the_use_invoices_issued_before_it_printed(village, march, tmp_path):
    number = number_of(village, "1", MARCH)
    printed = exported(march, number, tmp_path / "printed")
    village.close()
    engine = make_engine(database_url(str(march)))
    with engine.begin() as connection:  # back to before the use was kept
        command.downgrade(alembic_config(connection), "0013")
    engine.dispose()

    assert exported(march, number, tmp_path / "upgraded") == printed  # the CLI upgrades first
    with sqlite3.connect(march) as upgraded:
        kept = upgraded.execute(
            "SELECT kind, state, kept_usage IS NOT NULL, count(*) FROM invoices GROUP BY 1, 2, 3"
        ).fetchall()
    upgraded.close()
    assert {(kind, state, bool(has)) for kind, state, has, _ in kept} == {
        ("invoice", "issued", True)
    }


def test_the_upgrade_keeps_the_use_of_every_issued_and_void_invoice_and_no_other(tmp_path):
    db = stored_0009(tmp_path / "old.db")  # issued, void, credit notes and a draft, at 0009
    open_workspace(database_url(str(db))).close()
    with sqlite3.connect(db) as upgraded:
        kept = upgraded.execute(
            "SELECT kind, state, kept_usage IS NOT NULL FROM invoices GROUP BY 1, 2, 3"
        ).fetchall()
    upgraded.close()
    assert {state for _, state, _ in kept} == {"draft", "issued", "void"}
    assert all(bool(has) == (kind == "invoice" and state != "draft") for kind, state, has in kept)


def test_what_an_invoice_keeps_at_issue_is_what_its_draft_said(village):
    ana_read(village)
    neighbours(village, range(2, 14), march_use=5)
    issue(village, FEBRUARY, date(2026, 3, 2))
    run_billing(village.open_uow, period=MARCH, today=TODAY)
    drafts = list_invoices(village.open_uow, state=InvoiceState.DRAFT)
    said = {d.customer.account: invoice_document(village.open_uow, key=str(d.id)) for d in drafts}

    issue_invoices(village.open_uow, all_drafts=True, issue_date=date(2026, 4, 2), today=TODAY)

    kept = {
        account: invoice_document(village.open_uow, key=number_of(village, account, MARCH))
        for account in said
    }
    assert {a: d.usage for a, d in kept.items()} == {a: d.usage for a, d in said.items()}
    assert all(
        d.usage[0].peers is not None and len(d.usage[0].trend.points) == 2 for d in kept.values()
    )
