"""Defect 1, its last line: a read beyond what the meter can have registered (hundreds of
times its usual use: a decimal mark read as thousands, a digit too many) is refused, at
the desk and from a file, unless the person confirms it."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from usagebill_desktop.cli import main
from usagebill_desktop.services.readings import meter_readings, record_reading
from usagebill_desktop.ui.dialogs.import_wizard import ImportWizard
from usagebill_desktop.ui.formatting import Formatter

TODAY = date(2026, 11, 24)


def usual_of_one_a_day(desk) -> None:
    """WM1: installed at 1,000 on 1 January, 1,300 on 28 October: 1 m³ a day."""
    record_reading(
        desk.open_uow, meter="WM1", value=Decimal(1300), read_on=date(2026, 10, 28), today=TODAY
    )


def booked(desk, *hours: int) -> None:
    """ROOM-1 booked for these hours on 3, 10 and 17 November."""
    for day, booked_hours in zip((3, 10, 17), hours, strict=True):
        record_reading(
            desk.open_uow,
            meter="ROOM-1",
            value=Decimal(booked_hours),
            read_on=date(2026, 11, day),
            today=TODAY,
        )


def values(desk) -> list[Decimal]:
    return [r.value for r in meter_readings(desk.open_uow, meter="WM1")]


def test_a_typed_read_far_beyond_the_usual_is_refused_with_the_way_to_keep_it(desk, capsys):
    usual_of_one_a_day(desk)
    misread = ["readings", "add", "WM1", "99000", "--date", "2026-11-07"]
    assert main(["--lang", "es", "--db", desk.location, *misread]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "usagebill: 97.700 consumidos desde el 28/10/2026 son 9.770,0 veces el uso habitual: "
        "mucho más de lo que usa este contador; compruebe la lectura (¿una coma decimal o una "
        "cifra de más?)",
        "usagebill: si el totalizador marca de verdad esta lectura, añada --keep-high",
    ]
    assert values(desk) == [Decimal(1300)]
    assert main(["--db", desk.location, *misread, "--keep-high"]) == 0
    assert "kept as confirmed" in capsys.readouterr().out
    assert values(desk) == [Decimal(1300), Decimal(99000)]


def test_a_file_read_far_beyond_the_usual_is_rejected_until_the_import_is_confirmed(
    desk, tmp_path: Path, capsys
):
    usual_of_one_a_day(desk)
    sheet = tmp_path / "lecturas.csv"
    sheet.write_text("Contador;Fecha;Lectura\nWM1;07/11/2026;99000\n", encoding="utf-8")
    assert main(["--db", desk.location, "readings", "import", str(sheet)]) == 1
    out = capsys.readouterr().out
    assert "row 2: rejected: 97700 used since 2026-10-28 is 9770.0 times the usual use" in out
    assert "import again with --keep-high" in out
    assert values(desk) == [Decimal(1300)]
    assert main(["--db", desk.location, "readings", "import", str(sheet), "--keep-high"]) == 0
    assert values(desk) == [Decimal(1300), Decimal(99000)]


def checked_in_wizard(qtbot, desk, tmp_path: Path, read: str) -> ImportWizard:
    """A one-row file of WM1 read on 7 November, checked in the wizard."""
    usual_of_one_a_day(desk)
    sheet = tmp_path / "lecturas.csv"
    sheet.write_text(f"Contador;Fecha;Lectura\nWM1;07/11/2026;{read}\n", encoding="utf-8")
    wizard = ImportWizard(
        desk.open_uow, Formatter("en_GB"), path=sheet, locale="es_ES", today=TODAY
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    return wizard


def test_the_wizard_offers_to_keep_such_reads_only_when_it_found_one(
    qtbot, desk, tmp_path, english
):
    wizard = checked_in_wizard(qtbot, desk, tmp_path, "99000")
    page = wizard.check_page
    assert page.summary.text().startswith("1 row: 0 will be imported")
    assert page.keep_high.isVisible()
    qtbot.mouseClick(
        page.keep_high, Qt.MouseButton.LeftButton, pos=QPoint(8, page.keep_high.height() // 2)
    )
    qtbot.waitUntil(
        lambda: page.isComplete() and "1 will be imported" in page.summary.text(), timeout=10_000
    )
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    assert values(desk) == [Decimal(1300), Decimal(99000)]


@pytest.mark.usefixtures("english")
def test_an_ordinary_file_does_not_offer_it(qtbot, desk, tmp_path):
    wizard = checked_in_wizard(qtbot, desk, tmp_path, "1310")
    assert wizard.check_page.summary.text().startswith("1 row: 1 will be imported")
    assert not wizard.check_page.keep_high.isVisible()


def test_a_usage_far_beyond_the_meters_usual_entry_is_refused_unless_kept(desk, capsys):
    # ROOM-1 is booked 1 to 3 hours at a time; 999,999,999,999.999 hours is a slip that
    # would otherwise bill billions.
    booked(desk, 1, 2, 3)
    slip = ["readings", "add", "ROOM-1", "999999999999.999", "--date", "2026-11-20"]
    assert main(["--db", desk.location, *slip]) == 1
    err = capsys.readouterr().err
    assert "times this meter's usual entry" in err and "--keep-high" in err
    assert (
        main(["--db", desk.location, "readings", "add", "ROOM-1", "4", "--date", "2026-11-20"]) == 0
    )
    assert [r.value for r in meter_readings(desk.open_uow, meter="ROOM-1")][-1] == 4


def test_a_file_misread_decided_by_another_meter_is_caught_on_the_usage_meter(
    desk, tmp_path: Path, capsys
):
    # The water meter's history says 1.310 is 1310 (a decimal mark is not possible there),
    # so the file's marks are thousands; ROOM-1's "1.500" then reads 1500 hours: refused.
    usual_of_one_a_day(desk)
    booked(desk, 1, 2, 1)
    sheet = tmp_path / "lecturas.csv"
    sheet.write_text(
        "Contador;Fecha;Lectura\nWM1;07/11/2026;1.310\nROOM-1;20/11/2026;1.500\n", encoding="utf-8"
    )
    assert main(["--db", desk.location, "readings", "import", str(sheet)]) == 1
    out = capsys.readouterr().out
    assert "row 3: rejected: 1500 on 2026-11-20 is 1125.0 times this meter's usual entry" in out
    assert values(desk) == [Decimal(1300), Decimal(1310)]


def test_a_late_read_higher_than_the_next_stored_one_is_refused(desk, capsys):
    usual_of_one_a_day(desk)  # 1,000 on 1 January, 1,300 on 28 October
    late = ["readings", "add", "WM1", "1350", "--date", "2026-10-20"]
    assert main(["--lang", "es", "--db", desk.location, *late]) == 1
    assert capsys.readouterr().err == (
        "usagebill: 1.350 es mayor que la lectura siguiente, 1.300 del 28/10/2026, que quedaría "
        "por debajo; corrija antes esa lectura\n"
    )
    assert values(desk) == [Decimal(1300)]
