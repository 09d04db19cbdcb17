"""The Invoices list's filters and totals, worked out by the database: they agree with
the domain's one rule for a document's status (`domain.invoices.status`) on every
document of the demo, and the totals are the sums of the rows the filter shows."""

from collections import Counter
from decimal import Decimal

import pytest

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.domain.invoices import (
    InvoiceFilter,
    InvoiceKind,
    InvoiceState,
    InvoiceStatus,
    month_span,
    status,
)
from usagebill_desktop.domain.paging import EVERYTHING, Page
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.invoices import (
    count_invoices,
    invoice_page,
    invoice_periods,
    invoice_totals,
    list_invoices,
)

from ..conftest import TODAY

FILTERS = [
    *(InvoiceFilter(TODAY, status=s) for s in InvoiceStatus),
    InvoiceFilter(TODAY, credit_notes=True),
    InvoiceFilter(TODAY),
]


@pytest.fixture(scope="module")
def billed(demo_file, tmp_path_factory):
    """The demo with October's run open: 240 drafts beside 22 months issued (read only:
    built once for this module's tests)."""
    copy = tmp_path_factory.mktemp("billed") / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    opened = open_workspace(database_url(str(copy)))
    run_billing(opened.open_uow, period=month_span(2026, 10), today=TODAY)
    yield opened
    opened.close()


def test_each_filter_shows_what_the_domain_admits_and_adds_it_up(billed):
    everything = list_invoices(billed.open_uow)
    found = Counter(status(s, TODAY) for s in everything)
    assert {InvoiceStatus.DRAFT, InvoiceStatus.PAID, InvoiceStatus.OVERDUE} <= set(found)
    for filters in FILTERS:
        _check(billed, everything, filters)


def _check(demo, everything, filters):
    expected = {s.id for s in everything if filters.admits(s)}
    shown = invoice_page(demo.open_uow, page=EVERYTHING, filters=filters)
    assert {s.id for s in shown} == expected
    assert count_invoices(demo.open_uow, filters=filters) == len(expected)
    totals = invoice_totals(demo.open_uow, filters=filters)
    assert totals.count == len(expected)
    admitted = [s for s in everything if s.id in expected]
    owed = sum(
        (
            s.outstanding
            for s in admitted
            if s.state is InvoiceState.ISSUED
            and s.kind is InvoiceKind.INVOICE
            and s.outstanding > 0
        ),
        Decimal(0),
    )
    if admitted:
        ((currency, total, outstanding),) = totals.amounts
        assert (currency, total, outstanding) == ("EUR", sum(s.total for s in admitted), owed)


def test_a_period_and_a_search_combine_with_a_status(billed):
    demo = billed
    latest = invoice_periods(demo.open_uow)[0]
    drafts = InvoiceFilter(TODAY, status=InvoiceStatus.DRAFT, period=latest)
    some = invoice_page(demo.open_uow, page=EVERYTHING, filters=drafts)
    assert some and all(s.period == latest and s.state is InvoiceState.DRAFT for s in some)
    name = some[0].customer.name
    searched = invoice_page(demo.open_uow, page=Page(limit=1000, search=name), filters=drafts)
    assert {s.customer.name for s in searched} == {name}
    assert invoice_totals(demo.open_uow, search=name, filters=drafts).count == len(searched)


def test_sorting_by_status_puts_drafts_then_overdue_first(billed):
    demo = billed
    rows = invoice_page(demo.open_uow, page=Page(limit=10**6, sort="status"))
    order = [status(s, TODAY) for s in rows if s.kind is InvoiceKind.INVOICE]
    first_paid = order.index(InvoiceStatus.PAID)
    assert order[0] is InvoiceStatus.DRAFT
    assert InvoiceStatus.DRAFT not in order[first_paid:]
    assert InvoiceStatus.OVERDUE not in order[first_paid:]
    backwards = invoice_page(demo.open_uow, page=Page(limit=1, sort="status", descending=True))
    assert status(backwards[0], TODAY) is not InvoiceStatus.DRAFT
