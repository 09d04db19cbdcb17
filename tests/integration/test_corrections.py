"""Corrections before billing from the command line: a reading edited or deleted, one
customer billed again, one draft discarded; what is issued stays."""

import json
from datetime import date
from decimal import Decimal

from usagebill_desktop.cli import main
from usagebill_desktop.domain.invoices import month_span
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.customers import add_customer
from usagebill_desktop.services.invoices import issue_invoices, list_invoices
from usagebill_desktop.services.readings import meter_readings, record_reading

from ..conftest import TODAY, water_meter

D = Decimal
FEB = month_span(2026, 2)


def read(ws, value: int, on: date, meter: str = "WM1") -> None:
    record_reading(ws.open_uow, meter=meter, value=D(value), read_on=on, today=TODAY)


def cli(ws, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", ws.location, "--lang", "es", *args])
    out, err = capsys.readouterr()
    return code, out, err


def two_customers(village):
    """Ana (WM1, 30 m³ in February) and Luis (WM2, 10 m³), both drafted for February."""
    add_customer(village.open_uow, name="Luis Gil", account="2")
    water_meter(village, "WM2", "2", install_read=100)
    read(village, 99_980, date(2026, 2, 1))
    read(village, 110, date(2026, 2, 1), meter="WM2")
    run_billing(village.open_uow, period=FEB, today=TODAY)
    return village


def audited(ws, action: str):
    with ws.open_uow() as uow:
        return [e for e in uow.audit.entries() if e.action == action]


def drafts(ws) -> dict[str, tuple[int | None, Decimal]]:
    return {s.customer.account: (s.id, s.total) for s in list_invoices(ws.open_uow) if not s.number}


def test_a_drafted_reading_is_edited_audited_and_its_customer_billed_again_alone(village, capsys):
    two_customers(village)
    before = drafts(village)
    code, out, _ = cli(
        village, capsys, "readings", "edit", "WM1", "--date", "2026-02-01", "--value", "99960"
    )
    assert code == 0 and "de 99.980 a 99.960" in out  # Spanish numbers under --lang es
    assert "vuelva a facturarlo con bill --period 2026-02 --customer 1" in out
    assert [r.value for r in meter_readings(village.open_uow, meter="WM1")] == [D(99_960)]
    [entry] = audited(village, "edit reading")
    assert entry.subject == "WM1 2026-02-01" and entry.actor == "operator"
    assert (entry.data["old"], entry.data["new"]) == ("99980", "99960")

    code, out, _ = cli(village, capsys, "bill", "--period", "2026-02", "--customer", "1", "--json")
    assert code == 0 and json.loads(out)["drafts"] == 1
    after = drafts(village)
    assert after["2"] == before["2"]  # the other draft untouched, same id and total
    assert after["1"][1] < before["1"][1]  # 10 m³ instead of 30


def test_an_edit_the_register_rule_refuses_is_said_in_spanish_and_nothing_changes(village, capsys):
    read(village, 99_980, date(2026, 2, 1))
    read(village, 99_990, date(2026, 3, 1))
    code, _, err = cli(
        village, capsys, "readings", "edit", "WM1", "--date", "2026-02-01", "--value", "99995"
    )
    assert code == 1 and err.count("\n") == 1 and "lectura" in err.lower()
    assert [r.value for r in meter_readings(village.open_uow, meter="WM1")] == [
        D(99_980),
        D(99_990),
    ]


def test_a_reading_an_issued_invoice_billed_cannot_change_and_points_to_a_credit_note(
    village, capsys
):
    read(village, 99_980, date(2026, 2, 1))
    run_billing(village.open_uow, period=FEB, today=TODAY)
    issue_invoices(village.open_uow, all_drafts=True, issue_date=date(2026, 2, 28))
    for action in (["edit", "--value", "99970"], ["delete"]):
        code, _, err = cli(
            village, capsys, "readings", action[0], "WM1", "--date", "2026-02-01", *action[1:]
        )
        assert code == 1 and "F-2026-00001" in err and "factura rectificativa" in err
        assert err.count("\n") == 1
    assert [r.value for r in meter_readings(village.open_uow, meter="WM1")] == [D(99_980)]


def test_a_reading_nothing_billed_is_deleted_and_audited(village, capsys):
    read(village, 99_980, date(2026, 2, 1))
    code, out, _ = cli(village, capsys, "readings", "delete", "WM1", "--date", "2026-02-01")
    assert code == 0 and "99.980" in out and "--customer" not in out
    assert list(meter_readings(village.open_uow, meter="WM1")) == []
    [entry] = audited(village, "delete reading")
    assert (entry.data["old"], entry.data["new"]) == ("99980", None)
    code, _, err = cli(village, capsys, "readings", "delete", "WM1", "--date", "2026-02-01")
    assert code == 1 and "No hay ninguna lectura" in err


def test_one_draft_is_discarded_and_an_issued_invoice_never(village, capsys):
    two_customers(village)
    luis = drafts(village)["2"][0]
    code, out, _ = cli(village, capsys, "invoices", "discard", str(luis))
    assert code == 0 and str(luis) in out
    assert set(drafts(village)) == {"1"}
    [entry] = audited(village, "discard draft")
    assert entry.subject == str(luis) and entry.data["customer"] == "2"
    issue_invoices(village.open_uow, all_drafts=True, issue_date=date(2026, 2, 28))
    code, _, err = cli(village, capsys, "invoices", "discard", "F-2026-00001")
    assert code == 1 and "factura rectificativa" in err and err.count("\n") == 1
    assert [s.number for s in list_invoices(village.open_uow)] == ["F-2026-00001"]


def test_a_deletion_that_would_leave_the_next_read_below_the_one_before_is_refused(village, capsys):
    """WM1 reads 99,980, then 50,000 kept as lower (no plausible wrap), then 50,010:
    without the 50,000 the 50,010 would follow the 99,980 as a drop the register's one
    rule refuses, so the deletion is refused too."""
    read(village, 99_980, date(2026, 2, 1))
    record_reading(
        village.open_uow,
        meter="WM1",
        value=D(50_000),
        read_on=date(2026, 3, 1),
        today=TODAY,
        keep_lower=True,
    )
    read(village, 50_010, date(2026, 4, 1))
    code, _, err = cli(village, capsys, "readings", "delete", "WM1", "--date", "2026-03-01")
    assert code == 1 and err.count("\n") == 1 and "lectura" in err.lower()
    assert len(meter_readings(village.open_uow, meter="WM1")) == 3
    assert audited(village, "delete reading") == []


def test_an_edit_the_register_would_refuse_is_kept_when_the_person_says_so(village, capsys):
    read(village, 99_980, date(2026, 2, 1))
    read(village, 99_990, date(2026, 3, 1))
    edit = ["readings", "edit", "WM1", "--date", "2026-03-01", "--value", "50000"]
    code, _, err = cli(village, capsys, *edit)
    assert code == 1 and "--keep-lower" in err
    code, _, _ = cli(village, capsys, *edit, "--keep-lower")
    assert code == 0
    assert meter_readings(village.open_uow, meter="WM1")[-1].value == D(50_000)


def test_drafts_left_out_stay_drafts_and_the_others_are_issued(village):
    two_customers(village)
    held = drafts(village)["2"][0]
    issued = issue_invoices(
        village.open_uow, all_drafts=True, leave_out=[held], issue_date=date(2026, 2, 28)
    )
    assert issued.numbers == ("F-2026-00001",)
    assert set(drafts(village)) == {"2"} and drafts(village)["2"][0] == held
