"""An invoice's status, worked out once and worded from one table per layer."""

from datetime import date
from decimal import Decimal

import pytest

from usagebill_desktop.domain.invoices import (
    CustomerSnapshot,
    InvoiceKind,
    InvoiceState,
    InvoiceStatus,
    InvoiceSummary,
    status,
)
from usagebill_desktop.domain.periods import Span
from usagebill_desktop.exporters.books_columns import STATUSES, Catalogue

DUE = date(2026, 3, 5)


def summary(state: InvoiceState, paid: str = "0", kind=InvoiceKind.INVOICE) -> InvoiceSummary:
    return InvoiceSummary(
        1,
        kind,
        state,
        "F-1",
        CustomerSnapshot("1", "Ana"),
        Span(date(2026, 1, 1), date(2026, 1, 31)),
        date(2026, 2, 3),
        DUE,
        "EUR",
        Decimal(10),
        Decimal(1),
        Decimal(11),
        Decimal(paid),
    )


@pytest.mark.parametrize(
    ("found", "today", "expected"),
    [
        (summary(InvoiceState.DRAFT), DUE, InvoiceStatus.DRAFT),
        (summary(InvoiceState.VOID), DUE, InvoiceStatus.VOID),
        (summary(InvoiceState.ISSUED), DUE, InvoiceStatus.ISSUED),
        (summary(InvoiceState.ISSUED, "5"), DUE, InvoiceStatus.PARTIALLY_PAID),
        (summary(InvoiceState.ISSUED, "5"), date(2026, 3, 6), InvoiceStatus.OVERDUE),
        (summary(InvoiceState.ISSUED, "11"), date(2026, 3, 6), InvoiceStatus.PAID),
        (
            summary(InvoiceState.ISSUED, kind=InvoiceKind.CREDIT_NOTE),
            date(2026, 3, 6),
            InvoiceStatus.ISSUED,
        ),
    ],
)
def test_the_status_says_what_is_still_owed(found, today, expected):
    assert status(found, today) is expected


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_books_word_every_status(language):
    assert set(STATUSES(language)) == set(InvoiceStatus)
    assert (
        Catalogue(language, "EUR", ()).status_name(InvoiceStatus.PAID)
        == {"en": "Paid", "es": "Cobrada"}[language]
    )
