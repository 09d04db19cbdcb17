"""Import speed: a readings CSV of 20,000 meters × 50 reads through the real import
(parsing, every check, one transaction) into a file database.

The limit is `csv` + `sqlite3.executemany` of the same rows with no validation at all.
Peak memory is the process's high-water mark, measured in a child process each.
"""

import csv
import random
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from usagebill_desktop.bootstrap import database_url, open_workspace

from .fixtures import add_meters
from .timing import PEAK_MB, Figure

METERS, READS = 20_000, 50


def _workspace(path: Path, meters: int) -> None:
    workspace = open_workspace(database_url(str(path)))
    with workspace.engine.begin() as db:
        add_meters(db, meters, date(2020, 1, 1))
    workspace.close()


def _csv(path: Path, meters: int) -> int:
    rng = random.Random(5)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["contador", "fecha", "lectura"])
        for n in range(1, meters + 1):
            value = Decimal(0)
            for k in range(READS):
                value += Decimal(rng.randint(50, 4000)) / 100
                day = date(2021, 1, 1) + timedelta(days=30 * k)
                out.writerow([f"WM{n:07d}", day.strftime("%d/%m/%Y"), str(value).replace(".", ",")])
                rows += 1
    return rows


CHILD = {
    "app": "from bench.import_readings import app_import as run",
    "limit": "from bench.import_readings import limit_import as run",
    "pandas": "from bench.import_readings import pandas_import as run",
}


def has_pandas() -> bool:
    from importlib.util import find_spec

    return find_spec("pandas") is not None


def pandas_import(db: str, csv_path: str) -> None:
    """What a user with pandas would write: read, join the meter ids, append. No checks."""
    import pandas as pd

    connection = sqlite3.connect(db)
    meters = pd.read_sql("SELECT serial, id AS meter_id FROM meters", connection)
    frame = pd.read_csv(csv_path, sep=";", decimal=",", dtype={"contador": str, "fecha": str})
    frame = frame.merge(meters, left_on="contador", right_on="serial")
    out = pd.DataFrame(
        {
            "meter_id": frame["meter_id"],
            "read_on": pd.to_datetime(frame["fecha"], format="%d/%m/%Y").dt.strftime("%Y-%m-%d"),
            "value": (frame["lectura"] * 10_000).round().astype("int64"),  # the stored scale
            "type": "actual",
            "source": "pandas",
            "note": "",
            "created_at": "2026-11-24",
        }
    )
    out.to_sql("readings", connection, if_exists="append", index=False)
    connection.commit()


def app_import(db: str, csv_path: str) -> None:
    from usagebill_desktop.importers.readings_parser import parse_readings
    from usagebill_desktop.importers.tables import read_table
    from usagebill_desktop.services.imports import import_readings

    workspace = open_workspace(database_url(db))
    parsed = parse_readings(read_table(Path(csv_path), max_bytes=2**30))
    report = import_readings(
        workspace.open_uow, parsed=parsed, sha256="bench", today=date(2026, 11, 24)
    )
    assert report.rejected == [], report.rejected[:3]


def limit_import(db: str, csv_path: str) -> None:
    connection = sqlite3.connect(db)
    ids = dict(connection.execute("SELECT serial, id FROM meters"))
    with open(csv_path, encoding="utf-8") as handle:
        rows = csv.reader(handle, delimiter=";")
        next(rows)
        connection.executemany(
            "INSERT INTO readings (meter_id, read_on, value, type, source, note, created_at)"
            " VALUES (?, ?, ?, 'actual', 'bench', '', '2026-11-24')",
            ((ids[m], d, v) for m, d, v in rows),
        )
    connection.commit()


def _child(kind: str, db: Path, csv_path: Path) -> tuple[float, float]:
    """Seconds and peak MB of one import in a fresh process."""
    code = (
        f"import sys, time\n{CHILD[kind]}\nstart = time.perf_counter()\n"
        f"run({str(db)!r}, {str(csv_path)!r})\n"
        f"print(time.perf_counter() - start, {PEAK_MB})"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout.split()
    return float(out[0]), float(out[1])


def run(*, scale: float, runs: int) -> list[Figure]:
    meters = max(20, int(METERS * scale))
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        rows = _csv(base / "readings.csv", meters)
        results = {}
        for kind in ("limit", "app", *(("pandas",) if has_pandas() else ())):
            db = base / f"{kind}.db"
            _workspace(db, meters)
            results[kind] = _child(kind, db, base / "readings.csv")
    (app_s, app_mb), (limit_s, limit_mb) = results["app"], results["limit"]
    note = f"{rows:,} rows, {meters:,} meters"
    peers = []
    if "pandas" in results:
        pandas_s, pandas_mb = results["pandas"]
        peers.append(
            Figure(
                "import: peer (pandas read_csv + to_sql, no checks)",
                rows / pandas_s,
                "rows/s",
                pandas_s / limit_s,
                f"{note}; {pandas_mb:.0f} MB peak",
            )
        )
    return [
        *peers,
        Figure(
            "import: rows per second",
            rows / app_s,
            "rows/s",
            app_s / limit_s,
            note,
            target=("ratio", 2.0),
        ),  # at least half the limit's speed
        Figure("import: peak memory", app_mb, "MB", None, note),
        Figure(
            "import: limit (csv + executemany)",
            rows / limit_s,
            "rows/s",
            1.0,
            f"{note}; {limit_mb:.0f} MB peak",
        ),
    ]
