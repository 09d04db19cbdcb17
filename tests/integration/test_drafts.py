"""A month's drafts reviewed before issuing (issue 15, item 5): what the checks found is
read back from the drafts themselves, so a mistyped read billed into a huge draft is
listed first after a restart too, on the command line as in the window."""

from datetime import date
from decimal import Decimal

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.cli import main
from usagebill_desktop.domain.invoices import InvoiceState, month_span
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.corrections import delete_reading, edit_reading
from usagebill_desktop.services.drafts import month_drafts
from usagebill_desktop.services.invoices import list_invoices

from ..conftest import TODAY

D = Decimal
METER, ACCOUNT, NAME = "WM1800000", "000001", "Bar La Plaza SL"
OCTOBER = month_span(2026, 10)


def mistyped(ws) -> None:
    """Bar La Plaza's October read, 2825, stored as 9825 and kept as checked."""
    delete_reading(ws.open_uow, meter=METER, read_on=date(2026, 11, 7), today=TODAY)
    edit_reading(
        ws.open_uow,
        meter=METER,
        read_on=date(2026, 10, 9),
        value=D(9825),
        today=TODAY,
        keep_high=True,
    )


def cli(ws, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", ws.location, "--lang", "es", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_mistyped_draft_comes_first_with_its_reading_after_a_restart(demo, tmp_path):
    mistyped(demo)
    run_billing(demo.open_uow, period=OCTOBER, today=TODAY)
    again = open_workspace(database_url(demo.location))  # a new process on the same file
    try:
        reviews = month_drafts(again.open_uow, period=OCTOBER)
    finally:
        again.close()
    assert len(reviews) == 240
    first = reviews[0]
    assert (first.draft.customer.name, first.draft.customer.account) == (NAME, ACCOUNT)
    assert first.beyond and first.ratio is not None and first.ratio > 100
    assert first.draft.total > 1_000
    assert first.to_fix is not None
    assert (first.to_fix.reading.meter_serial, first.to_fix.reading.read_on) == (
        METER,
        date(2026, 10, 9),
    )
    assert first.to_fix.reading.value == D(9825)
    assert not any(r.beyond for r in reviews[1:])
    flagged = [r for r in reviews if r.found]
    assert reviews[: len(flagged)] == flagged  # the flagged ones before the others
    ratios = [r.ratio or D(0) for r in flagged]
    assert ratios[:2] == sorted(ratios[:2], reverse=True)


def test_bill_prints_the_flagged_drafts_first_and_issue_leaves_out_the_named_ones(demo, capsys):
    mistyped(demo)
    code, out, _ = cli(demo, capsys, "bill", "--period", "2026-10")
    assert code == 0
    lines = out.splitlines()
    start = lines.index("a revisar antes de emitir:")
    first = lines[start + 1]
    total = list_invoices(demo.open_uow, state=InvoiceState.DRAFT)
    huge = next(s.total for s in total if s.customer.account == ACCOUNT)
    spanish = f"{huge:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    assert first.startswith(f"  {NAME} ({ACCOUNT})") and f"{spanish} EUR" in first
    assert "veces el consumo habitual" in first

    other = next(s for s in total if s.customer.account != ACCOUNT)
    code, out, _ = cli(
        demo,
        capsys,
        "invoices",
        "issue",
        "--period",
        "2026-10",
        "--leave-out",
        ACCOUNT,
        str(other.id),
    )
    assert code == 0 and "238" in out
    left = list_invoices(demo.open_uow, state=InvoiceState.DRAFT)
    assert {s.customer.account for s in left} == {ACCOUNT, other.customer.account}


def test_a_leave_out_key_that_names_no_draft_issues_nothing(demo, capsys):
    run_billing(demo.open_uow, period=OCTOBER, today=TODAY)
    code, _, err = cli(
        demo, capsys, "invoices", "issue", "--period", "2026-10", "--leave-out", "999999"
    )
    assert code != 0 and "999999" in err
    assert len(list_invoices(demo.open_uow, state=InvoiceState.DRAFT)) == 240
