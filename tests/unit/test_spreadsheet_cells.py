"""The guard on text cells: nothing a spreadsheet would evaluate, and the app's own import
gets back exactly what was written, whatever the text."""

from hypothesis import given
from hypothesis import strategies as st

from usagebill_desktop.spreadsheet_cells import csv_text, csv_text_read

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Texts built from what matters here: triggers, spaces, digits, separators, letters.
texts = st.text(alphabet=st.sampled_from([*TRIGGERS, " ", "1", ",", ".", "a", "'"]), max_size=8)


@given(st.one_of(texts, st.text(max_size=20)))
def test_any_text_reads_back_exactly_and_never_starts_a_formula(text):
    written = csv_text(text)
    assert csv_text_read(written) == text
    assert written == text or written == " " + text  # at most one space, never a "'"
    if written.startswith(TRIGGERS):  # left as it is only when a spreadsheet reads a number
        assert written.lstrip("+-").replace(",", "").replace(".", "").isdigit() or written in "+-"


def test_numbers_and_lone_signs_stay_as_they_are():
    for text in ("-5", "+3", "-1234,56", "-1.234,56", "-", "+", "Ana", ""):
        assert csv_text(text) == text
    for text in ("-Mario", "=1+1", "@SUM(1,2)", "+34 600 000 000", "\tx", "\rx", " =x"):
        assert csv_text(text) == " " + text
