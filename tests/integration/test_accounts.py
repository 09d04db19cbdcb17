"""A customer's account as the account view shows it: the figures a person checks."""

from datetime import date
from decimal import Decimal

import pytest

from usagebill_desktop.domain.errors import NotFound
from usagebill_desktop.domain.invoices import Payment, month_span
from usagebill_desktop.services.accounts import customer_account
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.customers import add_customer
from usagebill_desktop.services.invoices import (
    customer_balance,
    issue_invoices,
    list_invoices,
    record_payment,
)
from usagebill_desktop.services.readings import record_reading

from ..conftest import TODAY, WATER, water_meter

D = Decimal


def read(ws, value: int, on: date, meter: str = "WM1") -> None:
    record_reading(ws.open_uow, meter=meter, value=D(value), read_on=on, today=TODAY)


@pytest.fixture
def billed(village):
    """Ana's WM1 (from 99,950): 30 m³ in January, 120 m³ in February (rolling over);
    the read of 1 February billed and issued, 10.00 paid. Luis, another customer, billed too."""
    add_customer(village.open_uow, name="Luis Gil", account="2")
    water_meter(village, "WM2", "2", install_read=100)
    read(village, 99_980, date(2026, 2, 1))
    read(village, 100, date(2026, 3, 1))
    read(village, 150, date(2026, 2, 1), meter="WM2")
    run_billing(village.open_uow, period=month_span(2026, 2), today=TODAY)
    issue_invoices(village.open_uow, all_drafts=True, issue_date=date(2026, 2, 2), today=TODAY)
    [number] = [s.number for s in list_invoices(village.open_uow) if s.customer.account == "1"]
    payment = Payment(date(2026, 2, 10), D("10.00"), "cash")
    record_payment(village.open_uow, number=str(number), payment=payment, today=TODAY)
    return village


def test_the_account_shows_the_meter_its_tariff_and_last_read(billed):
    account = customer_account(billed.open_uow, account="1", today=TODAY)
    assert account.customer.name == "Ana Ruiz"
    [meter] = account.meters
    assert (meter.meter.serial, meter.tariff) == ("WM1", WATER)
    assert meter.last_read is not None
    assert (meter.last_read.read_on, meter.last_read.value) == (date(2026, 3, 1), D(100))


def test_the_chart_has_24_months_with_each_months_use(billed):
    [meter] = customer_account(billed.open_uow, account="1", today=TODAY).meters
    months = {m.month: m.quantity for m in meter.months}
    assert len(meter.months) == 24
    assert meter.months[0].month == date(2024, 12, 1)
    assert meter.months[-1].month == date(2026, 11, 1)
    assert months[date(2026, 1, 1)] == D(30)
    assert months[date(2026, 2, 1)] == D(120)  # over the rollover at 99,999
    assert months[date(2025, 12, 1)] is None  # before the meter was installed
    assert months[date(2026, 4, 1)] is None  # no read since 1 March


def test_the_billed_period_is_marked_with_what_was_billed(billed):
    [meter] = customer_account(billed.open_uow, account="1", today=TODAY).meters
    [period] = meter.billed
    assert period.first == date(2026, 1, 1)
    assert period.quantity == D(30)


def test_the_balance_owed_and_overdue_are_the_customers_own(billed):
    account = customer_account(billed.open_uow, account="1", today=TODAY)
    [invoice] = account.documents
    assert invoice.customer.account == "1"
    assert [p.amount for p in account.payments] == [D("10.00")]
    assert account.balance.outstanding == invoice.total - D("10.00")
    assert account.balance.overdue == account.balance.outstanding  # due in March
    assert account.balance == customer_balance(billed.open_uow, account="1", today=TODAY)


def test_a_customer_without_meters_or_invoices_has_an_empty_account(village):
    add_customer(village.open_uow, name="Eva Sanz", account="7")
    account = customer_account(village.open_uow, account="7", today=TODAY)
    assert (account.meters, account.documents, account.payments) == ((), (), ())
    assert account.balance.outstanding == 0


def test_an_unknown_account_is_not_found(village):
    with pytest.raises(NotFound):
        customer_account(village.open_uow, account="404", today=TODAY)
