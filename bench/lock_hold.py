"""How long another writer waits for the write lock while a large operation runs: a
1,000,000-row readings import (20,000 meters × 50 reads) and a 20,000-meter billing run.

A probe process tries `BEGIN IMMEDIATE` with a short timeout in a loop, as another desk
or command would, and records the longest it had to wait before it got the lock. The
figure is that wait as a share of the busy timeout (`persistence/database.py`): at 1 or
more, a real writer would have given up with "the data file is busy". The import is also
run with `WRITE_CHUNK` beyond its size (one write transaction, as before chunks), for
comparison.
"""

import multiprocessing
import sqlite3
import subprocess
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from pathlib import Path

from usagebill_desktop.persistence.database import BUSY_TIMEOUT_MS

from . import billing, import_readings
from .timing import Figure

TRY_SECONDS = 0.05  # each BEGIN IMMEDIATE gives up after this; the probe then tries again
ROOT = Path(__file__).resolve().parents[1]

IMPORT = """
import sys
from bench.import_readings import app_import
from usagebill_desktop.services import imports
imports.WRITE_CHUNK = int(sys.argv[3])
app_import(sys.argv[1], sys.argv[2])
"""
BILL = """
import sys
from bench.billing import PERIOD, TODAY
from usagebill_desktop.bootstrap import open_workspace
from usagebill_desktop.services.billing import run_billing
workspace = open_workspace(sys.argv[1])
run_billing(workspace.open_uow, period=PERIOD, today=TODAY)
"""


def _probe(db: str, stop: Event, out: Connection) -> None:
    """The longest wait for the write lock until `stop`, sent through `out`."""
    connection = sqlite3.connect(db, timeout=TRY_SECONDS, isolation_level=None)
    longest = 0.0
    while not stop.is_set():
        wanted = time.monotonic()
        while not stop.is_set():
            try:
                connection.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError:
                continue  # busy: keep waiting, as a writer with a long timeout would
            connection.execute("ROLLBACK")
            longest = max(longest, time.monotonic() - wanted)
            break
        time.sleep(0.01)
    out.send(longest)
    connection.close()


def longest_wait(db: Path, code: str, *args: str) -> tuple[float, float]:
    """Seconds of the longest wait for the lock while `code` runs in a child, and of the
    child's run."""
    context = multiprocessing.get_context("spawn")
    stop, (mine, theirs) = context.Event(), context.Pipe()
    probe = context.Process(target=_probe, args=(str(db), stop, theirs))
    probe.start()
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT)
    took = time.monotonic() - started
    stop.set()
    longest = float(mine.recv())
    probe.join()
    return longest, took


def run(*, scale: float, runs: int) -> list[Figure]:
    timeout = BUSY_TIMEOUT_MS / 1000
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        meters = max(20, int(import_readings.METERS * scale))
        rows = import_readings._csv(base / "readings.csv", meters)
        for label, chunk in (("in chunks", "50000"), ("one transaction", str(10**9))):
            db = base / f"import-{chunk}.db"
            import_readings._workspace(db, meters)
            wait, took = longest_wait(db, IMPORT, str(db), str(base / "readings.csv"), chunk)
            note = f"{rows:,} rows in {took:.0f} s, chunks of {int(chunk):,}"
            figures.append(_figure(f"lock hold: import, {label}", wait, timeout, note))
        meters = max(20, int(billing.METERS * scale))
        url = billing._workspace(base / "billing.db", meters)
        wait, took = longest_wait(base / "billing.db", BILL, url)
        note = f"{meters:,} meters in {took:.0f} s"
        figures.append(_figure("lock hold: billing run", wait, timeout, note))
    return figures


def _figure(name: str, wait: float, timeout: float, note: str) -> Figure:
    """The longest wait, its share of the busy timeout the ratio: well under 1 is the goal."""
    return Figure(name, wait, "s", wait / timeout, note, target=("ratio", 0.5))
