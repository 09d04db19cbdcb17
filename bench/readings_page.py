"""Readings page at real size: 20,000 meters × 50 reads = 1,000,000 readings.

Measures what the operator waits for: the first screen of rows (count + first page,
through the real Qt model and services) and jumping to the last row, plus a search.
The limit is plain sqlite3 reading the same 200 rows by the same index.
"""

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

METERS, READS = 20_000, 50


def build_readings(path: Path, meters: int) -> None:
    """Deterministic data, written with Core executemany (the ORM would take minutes)."""
    workspace = open_workspace(database_url(str(path)))
    rng, now = random.Random(6), datetime.now(UTC)
    with workspace.engine.begin() as db:
        add_meters(db, meters, date(2022, 1, 1))
        for first in range(1, meters + 1, 2_000):
            rows = []
            for meter in range(first, min(first + 2_000, meters + 1)):
                value = 0
                for k in range(READS):
                    value += rng.randint(3, 40)
                    day = date(2022, 2, 1) + timedelta(days=30 * k)
                    rows.append(
                        {
                            "meter_id": meter,
                            "read_on": day,
                            "value": Decimal(value),
                            "type": "actual",
                            "source": "bench",
                            "note": "",
                            "created_at": now,
                        }
                    )
            db.execute(insert(ReadingRow), rows)
    workspace.close()


def run(*, scale: float, runs: int) -> list[Figure]:
    os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
    from PySide6.QtWidgets import QApplication

    from usagebill_desktop.ui.formatting import Formatter
    from usagebill_desktop.ui.pages.readings_page import ReadingsPage

    meters = max(10, int(METERS * scale))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        build_readings(path, meters)
        workspace = open_workspace(database_url(str(path)))
        app = QApplication.instance() or QApplication([])
        page = ReadingsPage(workspace.open_uow, Formatter("es_ES"))
        page.resize(1100, 700)
        page.show()
        app.processEvents()
        total = page.model.rowCount()

        def first_screen() -> None:
            page.model.refresh()
            page.model.index(0, 0).data()
            app.processEvents()

        def jump_to_last() -> None:
            page.model.refresh()
            page.ui.table.scrollToBottom()
            page.model.index(total - 1, 0).data()
            app.processEvents()

        def search() -> None:
            page.model.set_search("WM0001234")
            page.model.index(0, 0).data()
            page.model.set_search("")

        raw = sqlite3.connect(path)

        def limit_last() -> None:
            raw.execute(
                "SELECT r.*, m.serial, c.name FROM readings r JOIN meters m ON m.id = r.meter_id"
                " JOIN customers c ON c.id = m.customer_id WHERE r.id IN (SELECT id FROM readings"
                " ORDER BY read_on DESC, id DESC LIMIT 200 OFFSET ?)",
                (max(0, total - 200),),
            ).fetchall()

        limit = median_ms(limit_last, runs)
        shown = median_ms(first_screen, runs)
        last = median_ms(jump_to_last, runs)
        found = median_ms(search, runs)
        raw.close()
        page.close()
        workspace.close()
    note = f"{total:,} readings"
    return [
        Figure(
            "readings page: first rows shown", shown, "ms", shown / limit, note, target=("max", 200)
        ),
        Figure(
            "readings page: jump to last row", last, "ms", last / limit, note, target=("max", 200)
        ),
        Figure("readings page: search one meter", found, "ms", None, note),
        Figure("readings page: limit (sqlite3, last page)", limit, "ms", 1.0, note),
    ]
