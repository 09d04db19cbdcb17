from dataclasses import replace

import pytest

from usagebill_desktop.domain.company import (
    CompanyProfile,
    check_profile,
    format_document_number,
    sequence_digits,
)
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


# Formats Settings once accepted that broke the books, with the one sentence that now says why.
BROKEN_FORMATS = [
    ("F-{seq}", "must contain {year}, since {seq} starts again each year"),
    ("F-{year}-{seq:05}", "pad {seq} as {seq:05d}, with 2 to 9 digits, or not at all"),
    ("F-{year}-{seq:>1000000}", "pad {seq} as {seq:05d}, with 2 to 9 digits, or not at all"),
    ("{seq:>1000000}", "must contain {year}, since {seq} starts again each year"),
    *(
        (
            unsafe,
            "besides {year} and {seq}, use only letters, digits, hyphens, underscores "
            "and single dots, since the number names its PDF file",
        )
        for unsafe in ("F/{year}/{seq}", "../x/F{year}-{seq}", "F\\{year}{seq}", ".F{year}{seq}")
    ),
    ("F-{year}-{seq}-{seq}", "use {year} and {seq}, e.g. F-{year}-{seq:05d}"),
    ("F-{year}-{seq", "use {year} and {seq}, e.g. F-{year}-{seq:05d}"),
    ("F{year}-{seq}" + "x" * 50, "too long: a number must fit in 60 characters"),
]


@pytest.mark.parametrize(("template", "sentence"), BROKEN_FORMATS)
def test_a_number_format_that_would_break_the_books_is_refused_in_one_sentence(template, sentence):
    for field in ("invoice_number_format", "credit_note_number_format"):
        with pytest.raises(InvalidValue) as caught:
            check_profile(replace(CompanyProfile(), **{field: template}))
        assert caught.value.field == field
        assert str(caught.value) == f"{field}: {sentence}"


@pytest.mark.parametrize(
    ("template", "number"),
    [
        ("F-{year}-{seq:05d}", "F-2026-00007"),
        ("F-{year}-{seq}", "F-2026-7"),
        ("F.{year}.{seq:03d}", "F.2026.007"),
        ("{seq:09d}_{year}", "000000007_2026"),
    ],
)
def test_an_accepted_format_gives_numbers_unique_across_years_and_safe_as_file_names(
    template, number
):
    profile = check_profile(replace(CompanyProfile(), invoice_number_format=template))
    assert format_document_number(profile.invoice_number_format, year=2026, seq=7) == number
    this_year, next_year = (format_document_number(template, year=y, seq=1) for y in (2026, 2027))
    assert this_year != next_year


@pytest.mark.parametrize(
    ("template", "digits"),
    [("F-{year}-{seq:05d}", 5), ("{seq:02d}/{year}", 2), ("F{year}-{seq}", 0)],
)
def test_a_format_says_how_many_digits_its_numbers_have(template: str, digits: int):
    assert sequence_digits(template) == digits
