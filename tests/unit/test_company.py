from dataclasses import replace

import pytest

from usagebill_desktop.domain.company import CompanyProfile, check_profile, format_document_number
from usagebill_desktop.domain.errors import InvalidValue


def test_the_default_invoice_number_has_the_year_and_a_padded_sequence():
    profile = CompanyProfile()
    number = format_document_number(profile.invoice_number_format, year=2026, seq=7)
    assert number == "F-2026-00007"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"invoice_number_format": "F-{year}"}, "invoice_number_format"),
        ({"credit_note_number_format": "R-{sequence}"}, "credit_note_number_format"),
        ({"currency": "EURO"}, "currency"),
        ({"payment_terms_days": 400}, "payment_terms_days"),
    ],
)
def test_a_profile_that_would_print_wrong_invoices_is_refused(changes, field):
    with pytest.raises(InvalidValue) as caught:
        check_profile(replace(CompanyProfile(), **changes))
    assert caught.value.field == field
