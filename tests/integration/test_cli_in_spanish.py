"""The command line under `--lang es` speaks Spanish all the way: its numbers and dates
(9.770, 20/11/2026), argparse's own usage and errors, and amounts typed as Spanish writes
them (12,50); a number that reads two ways (1.250) is refused, never guessed."""

from datetime import date
from decimal import Decimal

import pytest

from usagebill_desktop.cli import main
from usagebill_desktop.services.invoices import get_invoice

from ..conftest import water_meter
from .test_billing import bill_and_issue, read


def test_a_reading_is_told_with_spanish_numbers_and_dates(village, capsys):
    water_meter(village, "WM2", "1", install_read=9_000)
    argv = ["--db", village.location, "--lang", "es", "readings", "add", "WM2"]
    assert main([*argv, "9770", "--date", "2026-11-20", "--keep-high"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("WM2: ")
    assert "9.770" in out and "20/11/2026" in out, out
    assert "2026-11-20" not in out and "9770" not in out
    # English, without --lang, prints what scripts have always read.
    english = ["--db", village.location, "readings", "add", "WM2", "9771.5"]
    assert main([*english, "--date", "2026-11-21", "--keep-high"]) == 0
    out = capsys.readouterr().out
    assert "9771.5" in out and "2026-11-21" in out


def test_argparse_speaks_spanish_under_lang_es(village, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--db", village.location, "--lang", "es", "invoices", "pay"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("uso: usagebill invoices pay")
    assert "error: faltan estos argumentos obligatorios: number, amount" in err, err
    with pytest.raises(SystemExit):
        main(["--lang", "es", "--help"])
    out = capsys.readouterr().out
    assert "opciones:" in out and "muestra esta ayuda y sale" in out
    with pytest.raises(SystemExit):  # and English again without it
        main(["--db", village.location, "invoices", "pay"])
    assert "the following arguments are required" in capsys.readouterr().err


def test_an_amount_typed_the_spanish_way_is_accepted_and_one_that_reads_two_ways_refused(
    village, capsys
):
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    pay = ["--db", village.location, "--lang", "es", "invoices", "pay", "F-2026-00001"]
    with pytest.raises(SystemExit):
        main([*pay, "1.250"])
    err = capsys.readouterr().err
    assert "1.250 se lee de dos maneras: escriba 1250 (sin punto de millares) o 1,250" in err
    assert get_invoice(village.open_uow, key="F-2026-00001").paid == 0
    assert main([*pay, "12,50", "--date", "2026-03-01"]) == 0
    capsys.readouterr()
    assert get_invoice(village.open_uow, key="F-2026-00001").paid == Decimal("12.50")
