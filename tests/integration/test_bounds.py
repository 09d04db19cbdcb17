"""Numbers too large to bill are refused where they come in, in one sentence."""

from pathlib import Path

import pytest

from usagebill_desktop.cli import main

WATER_FILE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "water.json"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_read_of_9e14_on_a_meter_without_digits_is_refused_in_one_sentence(
    tmp_path: Path, capsys
):
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "init"]) == 0
    assert main(["--db", db, "customers", "add", "--name", "Ana Ruiz"]) == 0
    meter = ["WM-1", "--customer", "000001", "--kind", "cumulative", "--unit", "m³"]
    assert main(["--db", db, "meters", "add", *meter, "--date", "2026-01-01"]) == 0
    capsys.readouterr()
    typed = ["readings", "add", "WM-1", "900000000000000", "--date", "2026-02-01"]
    code, out, err = run(capsys, "--db", db, *typed)
    assert code == 1 and out == ""
    assert err == "usagebill: Reading: must be below 1000000000000\n"
    code, out, err = run(capsys, "--lang", "es", "--db", db, *typed)
    assert err.count("\n") == 1 and "1000000000000" in err
    assert main(["--db", db, "readings", "list", "WM-1", "--json"]) == 0
    assert "900000000000000" not in capsys.readouterr().out  # nothing was written


@pytest.mark.parametrize("price", ['"1e30"', "1e30", '"1e999999"', "1e999999"])
def test_a_tariff_file_with_a_price_too_large_to_bill_is_refused_in_one_sentence(
    tmp_path: Path, capsys, price: str
):
    text = WATER_FILE.read_text(encoding="utf-8").replace('"1.60"', price)
    path = tmp_path / "water.json"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "tariffs", "import", str(path))
    assert code == 1 and out == ""
    assert err == (
        "usagebill: error: water.json: charges[1].tiers[2].unit_price: must be below 1000000000\n"
    )
