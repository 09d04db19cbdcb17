"""The read sheet at real size: 5,000 meters, each with 15 monthly reads.

Measures what the operator waits for: the sheet of meters needing a read opened in the
page (the service off the GUI thread, the grid filled, the first value cell open for
typing), and one row saved as Enter is pressed (on the GUI thread: typing waits on it).
The limit is plain sqlite3 reading the same readings the sheet weighs.
"""

import itertools
import os
import random
import sqlite3
import tempfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.persistence.tables import ReadingRow

from .fixtures import add_meters
from .timing import Figure, median_ms

METERS, READS = 5_000, 15
FIRST, SHEET_DAY = date(2025, 7, 1), date(2026, 10, 26)


def build_sheet(path: Path, meters: int) -> dict[str, Decimal]:
    """The workspace, and each meter's last read (what a row is typed against)."""
    workspace = open_workspace(database_url(str(path)))
    rng, now, last = random.Random(15), datetime.now(UTC), {}
    with workspace.engine.begin() as db:
        add_meters(db, meters, FIRST)
        rows = []
        for meter in range(1, meters + 1):
            value = 0
            for k in range(READS):
                value += rng.randint(8, 20)
                rows.append(
                    {
                        "meter_id": meter,
                        "read_on": FIRST + timedelta(days=30 * k + 5),
                        "value": Decimal(value),
                        "type": "actual",
                        "source": "bench",
                        "note": "",
                        "created_at": now,
                    }
                )
            last[f"WM{meter:07d}"] = Decimal(value)
        db.execute(insert(ReadingRow), rows)
    workspace.close()
    return last


def run(*, scale: float, runs: int) -> list[Figure]:
    os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
    from PySide6.QtCore import QDate, QEventLoop
    from PySide6.QtWidgets import QApplication

    from usagebill_desktop.services.read_sheets import save_sheet_read
    from usagebill_desktop.ui.formatting import Formatter
    from usagebill_desktop.ui.pages.read_sheet_page import ReadSheetPage

    meters = max(10, int(METERS * scale))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        last = build_sheet(path, meters)
        workspace = open_workspace(database_url(str(path)))
        app = QApplication.instance() or QApplication([])
        page = ReadSheetPage(workspace.open_uow, Formatter("es_ES"))
        page.sheet_day.setDate(QDate(SHEET_DAY))
        page.resize(1300, 700)
        page.show()

        def open_sheet() -> None:
            loop = QEventLoop()
            page.loaded.connect(loop.quit)
            page.refresh()
            loop.exec()
            page.loaded.disconnect(loop.quit)
            app.processEvents()

        serials = itertools.cycle(sorted(last))

        def save_row() -> None:
            serial = next(serials)
            save_sheet_read(
                workspace.open_uow,
                meter=serial,
                value=last[serial] + 14,
                read_on=SHEET_DAY,
                today=date.today(),
            )

        raw = sqlite3.connect(path)
        since = (SHEET_DAY - timedelta(days=400)).isoformat()

        def limit() -> None:
            raw.execute(
                "SELECT m.serial, r.read_on, r.value, r.type FROM readings r JOIN meters m"
                " ON m.id = r.meter_id WHERE r.read_on >= ? ORDER BY r.meter_id, r.read_on",
                (since,),
            ).fetchall()

        limit_ms = median_ms(limit, runs)
        opened = median_ms(open_sheet, runs)
        shown = page.model.rowCount()
        saved = median_ms(save_row, runs)
        raw.close()
        page.close()
        workspace.close()
    note = f"{shown:,} meters needing a read, {meters * READS:,} readings"
    return [
        Figure(
            "read sheet: open (page shown, first cell open)",
            opened,
            "ms",
            opened / limit_ms,
            note,
            target=("max", 300),
        ),
        Figure("read sheet: save one typed row", saved, "ms", None, note, target=("max", 50)),
        Figure("read sheet: limit (sqlite3, the sheet's readings)", limit_ms, "ms", 1.0, note),
    ]
