"""Start-up: from process start to the main window shown (offscreen) on the demo
workspace, the way `make run` starts it. The limit is a process that imports PySide6
and SQLAlchemy and shows an empty QMainWindow."""

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.demo.workspace import build_demo
from usagebill_desktop.importers.demo_files import read_demo_tariffs

from .readings_page import METERS, READS, build_readings
from .timing import Figure

# The real entry point (`usagebill --db PATH --lang es`, what `make run` starts), in the
# order it imports things; it quits as soon as the window has been shown.
APP = """
import sys
from usagebill_desktop.cli import main
from usagebill_desktop.ui import main_window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
shown = main_window.MainWindow.show
def show_then_quit(window):
    shown(window)
    QApplication.processEvents()
    QTimer.singleShot(0, QApplication.quit)
main_window.MainWindow.show = show_then_quit
sys.exit(main(["--db", sys.argv[1], "--lang", "es"]))
"""
LIMIT = """
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
"""


def _seconds(code: str, *args: str, runs: int) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[1]
    samples = []
    for _ in range(runs + 1):  # the first warms the disk cache
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", code, *args], check=True, env=env, cwd=root, capture_output=True
        )
        samples.append(time.perf_counter() - start)
    return statistics.median(samples[1:])


def run(*, scale: float, runs: int) -> list[Figure]:
    # Bytecode compiled, as after any installation and first start (PYTHONDONTWRITEBYTECODE
    # would otherwise have every start compile the app, but not the libraries, anew).
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "usagebill_desktop", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        workspace = open_workspace(database_url(str(path)))
        build_demo(workspace.open_uow, today=date(2026, 11, 24), tariffs=read_demo_tariffs())
        workspace.close()
        app = _seconds(APP, str(path), runs=runs)
        # At real size: the start does not wait for the integrity check of the file
        # (`persistence.storage_errors.IntegrityCheck`), which reads every page.
        big = Path(folder) / "big.db"
        meters = max(10, int(METERS * scale))
        build_readings(big, meters)
        large = _seconds(APP, str(big), runs=runs)
    limit = _seconds(LIMIT, runs=runs)
    return [
        Figure(
            "startup: window shown",
            app * 1000,
            "ms",
            app / limit,
            "demo workspace, offscreen",
            target=("ratio", 1.5),
        ),
        Figure(
            "startup: window shown, real size",
            large * 1000,
            "ms",
            large / limit,
            f"{meters:,} meters, {meters * READS:,} readings, offscreen",
            target=("ratio", 1.5),
        ),
        Figure("startup: limit (PySide6 + SQLAlchemy, empty window)", limit * 1000, "ms", 1.0),
    ]
