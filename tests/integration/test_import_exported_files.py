"""What the app itself writes imports back with the same values: a read sheet, filled in
with the figures the sheet itself prints, whatever its format, language and the company's
locale, is never read a thousand times off."""

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.domain.readings import SheetLine
from usagebill_desktop.exporters.read_sheet_file import write_read_sheet
from usagebill_desktop.services.customers import add_customer
from usagebill_desktop.services.file_imports import import_readings_file
from usagebill_desktop.services.meters import add_meter
from usagebill_desktop.services.readings import meter_readings

TODAY = date(2026, 11, 24)
READ_ON = date(2026, 11, 20)
# Figures like 236.619 (which a decimal-comma file would read as 236619) come up often.
amounts = st.one_of(
    st.integers(1_000, 999_999).map(lambda n: Decimal(n).scaleb(-3)),
    st.decimals(min_value=1, max_value=99_999, places=3, allow_nan=False),
)
steps = st.decimals(min_value=0, max_value=50, places=3, allow_nan=False)


def _fill(sheet: Path) -> None:
    """The reader writes the day (as a person types it) and the sheet's own "Expected to"
    figure as the read, in every line."""
    if sheet.suffix == ".xlsx":
        book = load_workbook(sheet)
        for row in list(book.active.iter_rows(min_row=2)):
            row[8].value, row[9].value = "20/11/2026", row[7].value
        book.save(sheet)
        return
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    for row in rows[1:]:
        row[8], row[9] = "20/11/2026", row[7]
    with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example([(Decimal("236.619"), Decimal("0.001"))], ".csv", "es", "es_ES")
@given(
    st.lists(st.tuples(amounts, steps), min_size=1, max_size=5),
    st.sampled_from([".csv", ".xlsx"]),
    st.sampled_from(["es", "en"]),
    st.sampled_from(["es_ES", "en_GB", "en_US"]),
)
def test_a_read_sheet_filled_with_its_own_figures_imports_them_back(
    meters, suffix, language, locale
):
    with TemporaryDirectory() as folder:
        workspace = open_workspace(database_url(str(Path(folder) / "work.db")))
        add_customer(workspace.open_uow, name="Ana", account="1")
        lines = []
        for n, (last, step) in enumerate(meters):
            serial = f"M{n}"
            add_meter(
                workspace.open_uow,
                serial=serial,
                customer_account="1",
                kind="cumulative",
                unit="m³",
                install_date=date(2025, 1, 1),
                install_read=last,
            )
            lines.append(
                SheetLine(None, serial, "Ana", "", last, date(2025, 1, 1), last, last + step)
            )
        sheet = write_read_sheet(lines, Path(folder) / f"ruta{suffix}", language)
        _fill(sheet)
        done = import_readings_file(workspace.open_uow, path=sheet, locale=locale, today=TODAY)
        assert done.report.rejected == []
        for line in lines:
            stored = [
                (r.read_on, r.value) for r in meter_readings(workspace.open_uow, meter=line.serial)
            ]
            assert stored == [(READ_ON, line.high)]
        workspace.close()
