"""Entering readings and replacing a meter, as the operator does at the desk."""

from datetime import date
from decimal import Decimal

import pytest

from usagebill_desktop.cli import main
from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.domain.money import plain
from usagebill_desktop.domain.readings import ReadType
from usagebill_desktop.domain.register import ReadRefused
from usagebill_desktop.services.meters import list_meters, replace_meter
from usagebill_desktop.services.readings import meter_readings, record_reading
from usagebill_desktop.services.tariffs import meter_assignments

from ..conftest import TODAY

D = Decimal

REPLACED = "lectura final: contador sustituido"  # the note, in the workspace's Spanish


def test_a_new_read_reports_what_was_used_since_the_previous_one(demo):
    done = record_reading(
        demo.open_uow, meter="WM1800074", value=D(520), read_on=TODAY, today=TODAY
    )
    assert done.previous is not None and done.used == done.reading.value - done.previous.value
    assert meter_readings(demo.open_uow, meter="WM1800074")[-1].value == 520


def test_a_read_past_the_wrap_is_reported_as_a_rollover(workspace):
    main(["--db", workspace.location, "customers", "add", "--name", "Ana", "--account", "1"])
    main(
        [
            "--db",
            workspace.location,
            "meters",
            "add",
            "WM1",
            "--customer",
            "1",
            "--kind",
            "cumulative",
            "--unit",
            "m³",
            "--digits",
            "5",
            "--install-read",
            "99990",
            "--date",
            "2026-01-01",
        ]
    )
    done = record_reading(
        workspace.open_uow,
        meter="WM1",
        value=D(12),
        read_on=date(2026, 2, 1),
        today=TODAY,
        type=ReadType.ESTIMATED,
    )
    assert (done.used, done.rolled_over) == (D(22), True)


def test_a_second_read_on_the_same_day_and_reads_in_the_future_are_refused(demo):
    with pytest.raises(ReadRefused, match="WM1800074 already has the reading 432 on 2026-11-07"):
        record_reading(
            demo.open_uow, meter="WM1800074", value=D(1), read_on=date(2026, 11, 7), today=TODAY
        )
    with pytest.raises(ReadRefused, match="dated 2026-12-01, in the future"):
        record_reading(
            demo.open_uow, meter="WM1800074", value=D(600), read_on=date(2026, 12, 1), today=TODAY
        )


def test_a_replacement_closes_the_old_meter_and_starts_the_new_one_on_the_same_tariff(demo):
    new = replace_meter(
        demo.open_uow,
        old="WM1800370",
        final_read=D(712),
        new_serial="WM2000001",
        install_read=D(0),
        on=date(2026, 11, 20),
        today=TODAY,
    )
    meters = {m.meter.serial: m.meter for m in list_meters(demo.open_uow)}
    old = meters["WM1800370"]
    assert old.removed_on == date(2026, 11, 20) and new.customer_account == old.customer_account
    assert meter_readings(demo.open_uow, meter="WM1800370")[-1].note == REPLACED
    [assignment] = meter_assignments(demo.open_uow, meter="WM2000001")
    assert (assignment.tariff, assignment.valid_from) == (
        "Agua – uso doméstico",
        date(2026, 11, 20),
    )
    with pytest.raises(InvalidValue, match="already removed"):
        replace_meter(
            demo.open_uow,
            old="WM1800370",
            final_read=D(1),
            new_serial="X",
            install_read=D(0),
            on=date(2026, 11, 21),
            today=TODAY,
        )


def test_readings_are_entered_and_listed_from_the_command_line(demo, capsys):
    db = demo.location
    assert (
        main(
            [
                "--db",
                db,
                "readings",
                "add",
                "ROOM-000201",
                "2.5",
                "--date",
                "2026-11-20",
                "--note",
                "Sala Olivo",
            ]
        )
        == 0
    )
    assert "used since the previous read: 2.5" in capsys.readouterr().out
    assert main(["--db", db, "readings", "list", "ROOM-000201", "--json"]) == 0
    assert '"note": "Sala Olivo"' in capsys.readouterr().out


def test_an_estimate_follows_the_usual_daily_use_and_is_marked_e(demo, capsys):
    history = meter_readings(demo.open_uow, meter="WM1800370")
    last = history[-1]
    assert (
        main(["--db", demo.location, "readings", "estimate", "WM1800370", "--date", "2026-11-20"])
        == 0
    )
    estimated = meter_readings(demo.open_uow, meter="WM1800370")[-1]
    assert estimated.type is ReadType.ESTIMATED and estimated.source == "estimate"
    assert last.value < estimated.value < last.value + 40  # a few weeks of a household's use
    assert "(E)" in capsys.readouterr().out


def test_a_lower_read_typed_is_refused_with_the_imports_words_unless_kept(demo, capsys):
    db, last = demo.location, meter_readings(demo.open_uow, meter="WM1800074")[-1]
    lower, before = plain(last.value - 100), plain(last.value)
    assert main(["--db", db, "readings", "add", "WM1800074", lower, "--date", "2026-11-20"]) == 1
    said = capsys.readouterr().err
    assert f"{lower} is lower than the previous reading {before}" in said
    assert "add --keep-lower" in said
    assert meter_readings(demo.open_uow, meter="WM1800074")[-1] == last  # nothing written
    assert (
        main(
            [
                "--db",
                db,
                "readings",
                "add",
                "WM1800074",
                lower,
                "--date",
                "2026-11-20",
                "--keep-lower",
            ]
        )
        == 0
    )
    assert "billing holds WM1800074 until it is checked" in capsys.readouterr().out
    assert meter_readings(demo.open_uow, meter="WM1800074")[-1].value == D(lower)


def test_a_faulty_meter_reading_low_is_replaced_once_the_lower_final_read_is_kept(demo):
    last = meter_readings(demo.open_uow, meter="WM1800370")[-1]
    swap = dict(
        old="WM1800370",
        final_read=last.value - 50,
        new_serial="WM2000002",
        install_read=D(0),
        on=date(2026, 11, 20),
        today=TODAY,
    )
    with pytest.raises(ReadRefused, match="is lower than the previous reading"):
        replace_meter(demo.open_uow, **swap)
    assert "WM2000002" not in {m.meter.serial for m in list_meters(demo.open_uow)}
    replace_meter(demo.open_uow, **swap, keep_lower=True)
    final = meter_readings(demo.open_uow, meter="WM1800370")[-1]
    assert (final.value, final.note) == (last.value - 50, REPLACED)
