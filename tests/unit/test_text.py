import pytest

from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.text import fold, person_text


def test_names_fold_without_accents_case_or_extra_spaces():
    assert fold("  Álvarez   MUÑOZ ") == "alvarez munoz"
    assert fold("Ñandú Çedilla Über") == "nandu cedilla uber"


def test_folded_names_sort_as_a_spanish_reader_expects():
    names = ["Zamora", "Álvarez", "alonso", "Ortega", "Órtiz"]
    assert sorted(names, key=fold) == ["alonso", "Álvarez", "Ortega", "Órtiz", "Zamora"]


def test_person_text_is_trimmed_and_composed():
    assert person_text("name", "  Jose\u0301 ") == "Jos\u00e9"
    assert person_text("unit", "m³") == "m³"  # NFC, not NFKC: the unit stays as typed


def test_a_multi_line_field_keeps_its_line_breaks_and_nothing_else_invisible():
    assert person_text("address", "C/ Mayor 1\r\n28001 Madrid", lines=True) == (
        "C/ Mayor 1\n28001 Madrid"
    )
    for text in ("C/ Mayor 1\n28001", "Ana\tRuiz", "Ana\u200bRuiz", "Ana\u2028Ruiz"):
        with pytest.raises(InvalidValue, match="name: holds an invisible or control"):
            person_text("name", text)
    with pytest.raises(InvalidValue, match=r"U\+0007"):
        person_text("address", "C/ Mayor\n\x07", lines=True)
