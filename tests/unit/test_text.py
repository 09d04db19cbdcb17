from usagebill_desktop.domain.text import fold


def test_names_fold_without_accents_case_or_extra_spaces():
    assert fold("  Álvarez   MUÑOZ ") == "alvarez munoz"
    assert fold("Ñandú Çedilla Über") == "nandu cedilla uber"


def test_folded_names_sort_as_a_spanish_reader_expects():
    names = ["Zamora", "Álvarez", "alonso", "Ortega", "Órtiz"]
    assert sorted(names, key=fold) == ["alonso", "Álvarez", "Ortega", "Órtiz", "Zamora"]
