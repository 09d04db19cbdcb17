"""Sub-cent amounts and impossible issue dates on the command line: one sentence, no
traceback, nothing stored."""

from datetime import date

import pytest

from usagebill_desktop.cli import main
from usagebill_desktop.domain.invoices import InvoiceState, month_span
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.invoices import get_invoice, list_invoices

from ..conftest import TODAY
from .test_billing import bill_and_issue, read


def said(capsys: pytest.CaptureFixture[str]) -> str:
    """The one line the command wrote to stderr."""
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1, err
    return err.strip()


@pytest.mark.parametrize("amount", ["0.001", "0.00001"])
def test_paying_a_fraction_of_a_cent_says_so_in_one_sentence(village, capsys, amount):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    capsys.readouterr()
    assert main(["--db", village.location, "invoices", "pay", "F-2026-00001", amount]) == 1
    assert said(capsys) == (
        f"usagebill: error: Amount: {amount} has more decimals than EUR has (2)"
    )
    assert get_invoice(village.open_uow, key="F-2026-00001").paid == 0


def test_crediting_a_fraction_of_a_cent_says_so_in_spanish(village, capsys):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    capsys.readouterr()
    argv = ["--db", village.location, "--lang", "es", "invoices", "credit", "F-2026-00001"]
    assert main([*argv, "--amount", "0.001", "--reason", "fuga"]) == 1
    assert said(capsys) == "usagebill: error: Importe: 0.001 tiene más decimales que EUR (2)"
    assert [s.number for s in list_invoices(village.open_uow)] == ["F-2026-00001"]


@pytest.mark.parametrize("on", ["0001-01-01", "9999-12-31"])
def test_issuing_on_an_impossible_date_says_so_in_one_sentence(village, capsys, on):
    read(village, 99_980, date(2026, 2, 1))
    run_billing(village.open_uow, period=month_span(2026, 2), today=TODAY)
    capsys.readouterr()
    assert main(["--db", village.location, "invoices", "issue", "--all-drafts", "--date", on]) == 1
    assert said(capsys).startswith("usagebill: error: Date: must be between 2000-01-01 and ")
    [draft] = list_invoices(village.open_uow)
    assert (draft.state, draft.number) == (InvoiceState.DRAFT, None)
