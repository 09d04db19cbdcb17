from usagebill_desktop.demo.people import cif, dni


def test_demo_tax_ids_carry_real_check_characters():
    assert dni(12345678) == "12345678Z"
    assert cif("B", 1234567) == "B12345674"
    assert cif("Q", 2826000) == "Q2826000H"
