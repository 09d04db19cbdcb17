"""Money people type and dates documents carry: refused in a sentence, never kept changed."""

from datetime import date
from decimal import Decimal

import pytest

from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.invoices import InvoiceState, Payment
from usagebill_desktop.domain.money import check_amount
from usagebill_desktop.services.invoices import (
    credit_invoice,
    get_invoice,
    issue_invoices,
    list_invoices,
    record_payment,
)

from ..conftest import TODAY
from .fakes import FakeOpen
from .test_billing_service import bill, bill_and_issue, read, village  # noqa: F401

D = Decimal
FEBRUARY = "F-2026-00001"


@pytest.fixture
def issued(village: FakeOpen) -> FakeOpen:  # noqa: F811
    """February's invoice F-2026-00001 (30 m³ of water), issued on 2026-02-28."""
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    return village


def pay(open_uow: FakeOpen, amount: str) -> Decimal:
    payment = Payment(date(2026, 3, 1), D(amount), "transfer")
    return record_payment(open_uow, number=FEBRUARY, payment=payment)


def credit(open_uow: FakeOpen, amount: str, on: date = date(2026, 3, 2)) -> str:
    return credit_invoice(
        open_uow, number=FEBRUARY, reason="leak", amount=D(amount), issue_date=on, today=TODAY
    )


@pytest.mark.parametrize("amount", ["0.001", "0.00001", "10.005"])
def test_a_payment_with_a_fraction_of_a_cent_is_refused_and_nothing_is_recorded(issued, amount):
    with pytest.raises(InvalidValue, match="more decimals than EUR has"):
        pay(issued, amount)
    assert get_invoice(issued, key=FEBRUARY).paid == 0


def test_a_payment_beyond_what_can_be_kept_is_refused(issued):
    with pytest.raises(InvalidValue, match="must be less than"):
        pay(issued, "1E+15")


def test_a_credit_note_with_a_fraction_of_a_cent_gets_no_number(issued):
    with pytest.raises(InvalidValue, match="more decimals than EUR has"):
        credit(issued, "0.001")
    assert credit(issued, "1.00") == "R-2026-00001"  # no number was used up


def test_credits_never_reach_past_the_invoice_by_fractions_of_a_cent(issued):
    invoice = get_invoice(issued, key=FEBRUARY)
    credit(issued, str(invoice.subtotal - D("0.01")))
    with pytest.raises(InvalidValue):
        credit(issued, "0.001")
    assert get_invoice(issued, key=FEBRUARY).credited <= invoice.total


def test_an_amount_in_whole_minor_units_of_its_currency_is_kept_as_given():
    assert check_amount("amount", D("10.50"), "EUR") == D("10.50")
    assert check_amount("amount", D("1500"), "JPY") == 1500
    with pytest.raises(InvalidValue, match=r"more decimals than JPY has \(0\)"):
        check_amount("amount", D("1500.5"), "JPY")
    with pytest.raises(InvalidValue, match="greater than zero"):
        check_amount("amount", D("-0"), "EUR")


@pytest.mark.parametrize("on", [date(1, 1, 1), date(1999, 12, 31), date(9999, 12, 31)])
def test_an_issue_date_outside_the_window_is_refused_and_the_draft_stays(village, on):  # noqa: F811
    read(village, 99_980, date(2026, 2, 1))
    bill(village, 2026, 2)
    with pytest.raises(InvalidValue, match="must be between 2000-01-01 and 2026-12-01"):
        issue_invoices(village, all_drafts=True, issue_date=on, today=TODAY)
    [draft] = list_invoices(village)
    assert (draft.state, draft.number) == (InvoiceState.DRAFT, None)


def test_an_issue_date_a_week_ahead_is_allowed(village):  # noqa: F811
    read(village, 99_980, date(2026, 2, 1))
    bill(village, 2026, 2)
    issued = issue_invoices(village, all_drafts=True, issue_date=date(2026, 12, 1), today=TODAY)
    assert issued.numbers == (FEBRUARY,)


def test_a_back_dated_issue_cannot_take_a_number_after_a_later_date(issued):
    read(issued, 99_990, date(2026, 3, 1))
    bill(issued, 2026, 3)
    with pytest.raises(InvalidValue, match="must not be before 2026-02-28"):
        issue_invoices(issued, all_drafts=True, issue_date=date(2026, 2, 27), today=TODAY)
    same_day = issue_invoices(issued, all_drafts=True, issue_date=date(2026, 2, 28), today=TODAY)
    assert same_day.numbers == ("F-2026-00002",)


def test_a_back_dated_credit_note_is_refused_within_its_own_series(issued):
    assert credit(issued, "1.00", on=date(2026, 3, 10)) == "R-2026-00001"
    with pytest.raises(InvalidValue, match="must not be before 2026-03-10"):
        credit(issued, "1.00", on=date(2026, 3, 9))
    assert credit(issued, "1.00", on=date(2026, 3, 10)) == "R-2026-00002"


def test_a_new_year_starts_its_series_afresh(issued):
    read(issued, 99_990, date(2026, 3, 1))
    bill(issued, 2026, 3)
    # an earlier date in another year is another series' count: no order to keep with 2026
    new_year = issue_invoices(issued, all_drafts=True, issue_date=date(2025, 12, 31), today=TODAY)
    assert new_year.numbers == ("F-2025-00001",)


@pytest.mark.parametrize("on", [date(1, 1, 1), date(2026, 11, 25), date(9999, 12, 31)])
def test_a_payment_dated_before_2000_or_after_today_is_refused(issued, on):
    payment = Payment(on, D("1.00"), "transfer")
    with pytest.raises(InvalidValue, match="must be between 2000-01-01 and 2026-11-24"):
        record_payment(issued, number=FEBRUARY, payment=payment, today=TODAY)
    assert get_invoice(issued, key=FEBRUARY).paid == 0
