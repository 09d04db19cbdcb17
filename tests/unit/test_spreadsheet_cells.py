"""The guard on text cells: nothing a spreadsheet would evaluate, and the app's own import
gets back exactly what was written, whatever the text."""

from hypothesis import given
from hypothesis import strategies as st

from usagebill_desktop.spreadsheet_cells import XML_ILLEGAL, csv_text, csv_text_read, xlsx_text

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


def test_a_character_xml_cannot_hold_is_written_as_a_visible_mark():
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    bmp = [chr(c) for c in range(0xD800)]
    assert [c for c in bmp if XML_ILLEGAL.match(c)] == [
        c for c in bmp if ILLEGAL_CHARACTERS_RE.match(c)
    ]
    cell = xlsx_text(Workbook().active["A1"], "Ana\x07 Ruiz\n=x")
    assert cell.value == "Ana\ufffd Ruiz\n=x"
    assert xlsx_text(Workbook().active["A1"], "=Ana\x1b").value == "=Ana\ufffd"
