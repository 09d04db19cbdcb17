"""Defect 11: a long import held the write lock while it checked every row, so other
writers waited past the busy timeout and got a traceback. Now the rows are checked in a
read transaction, the lock is taken only to write them, a chunk at a time under a pending
import no reader sees, and a busy data file is said in one sentence."""

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.exc import OperationalError

from bench.billing import PERIOD as BENCH_PERIOD
from bench.billing import _workspace as billing_workspace
from usagebill_desktop.bootstrap import open_workspace
from usagebill_desktop.cli import main
from usagebill_desktop.importers.readings_parser import parse_readings
from usagebill_desktop.importers.tables import read_table
from usagebill_desktop.persistence.storage_errors import storage_error
from usagebill_desktop.services import imports
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.imports import import_readings, imports_done
from usagebill_desktop.services.readings import count_readings

from .writers import meters_workspace, quick_busy_timeout, readings_csv, stored

TODAY = date(2026, 11, 24)
BUSY_ES = (
    "usagebill: error: el archivo de datos está ocupado por otra operación; "
    "inténtelo de nuevo en un momento\n"
)


def _import_while(url: str, csv: Path, meanwhile) -> object:
    """Import `csv`, running `meanwhile()` once while the rows are being checked."""
    workspace = open_workspace(url)
    ran: list[object] = []

    def progress(_done: int) -> bool:
        if not ran:
            ran.append(meanwhile())
        return True

    try:
        parsed = parse_readings(read_table(csv))
        report = import_readings(
            workspace.open_uow, parsed=parsed, sha256="x", today=TODAY, progress=progress
        )
    finally:
        workspace.close()
    return report, ran[0]


def test_another_command_writes_while_an_import_is_checked(tmp_path, monkeypatch, capsys):
    quick_busy_timeout(monkeypatch)
    db = tmp_path / "data.db"
    url = meters_workspace(db, 40)
    rows = readings_csv(tmp_path / "reads.csv", 40, 30)

    def add_customer() -> int:
        return main(["--db", str(db), "customers", "add", "--name", "Mientras tanto"])

    report, code = _import_while(url, tmp_path / "reads.csv", add_customer)

    assert code == 0, capsys.readouterr().err
    assert report.written and report.accepted == rows
    assert stored(db, "SELECT count(*) FROM readings") == rows
    assert stored(db, "SELECT count(*) FROM customers WHERE name = 'Mientras tanto'") == 1


def test_a_read_stored_meanwhile_is_weighed_before_the_import_writes(tmp_path, monkeypatch):
    """A desk types a different read for a day the file also has while the import checks:
    the import sees it before writing (the row is refused, not written twice)."""
    quick_busy_timeout(monkeypatch)
    db = tmp_path / "data.db"
    url = meters_workspace(db, 5)
    rows = readings_csv(tmp_path / "reads.csv", 5, 10)

    def type_a_read() -> int:
        args = ["--db", str(db), "readings", "add", "WM0000001", "10.5", "--date", "2021-01-01"]
        return main(args)

    report, code = _import_while(url, tmp_path / "reads.csv", type_a_read)

    assert code == 0
    assert report.accepted == rows - 1 and len(report.rejected) == 1
    day = "SELECT count(*) FROM readings WHERE meter_id = 1 AND read_on = '2021-01-01'"
    assert stored(db, day) == 1
    assert stored(db, "SELECT count(*) FROM readings") == rows


def test_a_busy_data_file_is_one_sentence_in_spanish_and_a_failing_code(
    tmp_path, monkeypatch, capsys
):
    quick_busy_timeout(monkeypatch)
    db = tmp_path / "data.db"
    meters_workspace(db, 1)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another operation holds the write lock
    try:
        code = main(["--db", str(db), "--lang", "es", "customers", "add", "--name", "Ana"])
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert code == 1
    assert capsys.readouterr().err == BUSY_ES


def test_busy_at_commit_is_the_same_sentence():
    error = OperationalError("COMMIT", {}, sqlite3.OperationalError("database is locked"))
    said = storage_error(error)
    assert said is not None
    assert said.reason == "the data file is busy with another operation; try again in a moment"


CHILD = """
import os, sys, time
from datetime import date, timedelta
from pathlib import Path
from usagebill_desktop.bootstrap import open_workspace
from usagebill_desktop.importers.readings_parser import parse_readings
from usagebill_desktop.importers.tables import read_table
from itertools import islice
from usagebill_desktop.persistence import reading_repository
from bench.billing import PERIOD as BENCH_PERIOD
from bench.billing import _workspace as billing_workspace
from usagebill_desktop.services import imports
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.imports import import_readings, imports_done
from usagebill_desktop.services.readings import count_readings

url, csv = sys.argv[1], Path(sys.argv[2])
insert_stored = reading_repository.insert_stored

def some_then_wait(connection, mapped, keys, rows):
    insert_stored(connection, mapped, keys, list(islice(rows, 100)))
    print("half", flush=True)
    time.sleep(60)  # killed here, with rows written and not committed

reading_repository.insert_stored = some_then_wait
workspace = open_workspace(url)
import_readings(workspace.open_uow, parsed=parse_readings(read_table(csv)), sha256="x",
                today=date(2026, 11, 24))
"""


def _killed_at_half(script: str, url: str, csv: Path) -> None:
    """Runs the import `script` in a child and kills it once it says "half"."""
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", script, url, str(csv)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert child.stdout is not None and child.stdout.readline() == "half\n"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()


def test_an_import_killed_while_writing_leaves_none_of_its_rows(tmp_path):
    db = tmp_path / "data.db"
    url = meters_workspace(db, 10)
    rows = readings_csv(tmp_path / "reads.csv", 10, 20)
    _killed_at_half(CHILD, url, tmp_path / "reads.csv")

    assert stored(db, "SELECT count(*) FROM readings") == 0
    assert stored(db, "SELECT count(*) FROM imports") == 0
    report, _ = _import_while(url, tmp_path / "reads.csv", lambda: None)
    assert report.accepted == rows
    assert stored(db, "SELECT count(*) FROM readings") == rows


class _Between:
    """A unit-of-work factory that runs `meanwhile()` after each write transaction ends
    (between the chunks of an import), or each read transaction (`after_reads`)."""

    def __init__(self, open_uow, meanwhile, *, after_reads: bool = False) -> None:
        self._open_uow, self._meanwhile = open_uow, meanwhile
        self._after_reads = after_reads

    def __call__(self, *, write: bool = False):
        uow = self._open_uow(write=write)
        if write == self._after_reads:
            return uow
        between = self._meanwhile

        class Then(type(uow)):  # type: ignore[misc]
            def __exit__(self, *exc) -> None:
                super().__exit__(*exc)
                between()

        uow.__class__ = Then
        return uow


def test_other_writers_get_in_between_the_chunks_and_readers_see_all_or_nothing(
    tmp_path, monkeypatch, capsys
):
    quick_busy_timeout(monkeypatch)
    monkeypatch.setattr(imports, "WRITE_CHUNK", 100)
    db = tmp_path / "data.db"
    url = meters_workspace(db, 40)
    rows = readings_csv(tmp_path / "reads.csv", 40, 30)  # 1,200 rows: 12 chunks
    other = open_workspace(url)  # another desk: its own connection
    seen: list[int] = []
    codes: list[int] = []

    def meanwhile() -> None:
        seen.append(count_readings(other.open_uow))
        name = f"Mientras {len(codes)}"
        codes.append(main(["--db", str(db), "customers", "add", "--name", name]))

    workspace = open_workspace(url)
    try:
        parsed = parse_readings(read_table(tmp_path / "reads.csv"))
        report = import_readings(
            _Between(workspace.open_uow, meanwhile), parsed=parsed, sha256="x", today=TODAY
        )
    finally:
        workspace.close()
        other.close()

    assert report.written and report.accepted == rows
    assert codes == [0] * len(codes) and len(codes) >= 12, capsys.readouterr().err
    assert set(seen) == {0, rows} and seen[-1] == rows  # never a part of the import
    assert stored(db, "SELECT count(*) FROM customers WHERE name LIKE 'Mientras %'") == len(codes)


KILLED_BETWEEN_CHUNKS = """
import sys, time
from datetime import date, timedelta
from pathlib import Path
from usagebill_desktop.bootstrap import open_workspace
from usagebill_desktop.importers.readings_parser import parse_readings
from usagebill_desktop.importers.tables import read_table
from usagebill_desktop.persistence.unit_of_work import SqlUnitOfWork
from bench.billing import PERIOD as BENCH_PERIOD
from bench.billing import _workspace as billing_workspace
from usagebill_desktop.services import imports
from usagebill_desktop.services.billing import run_billing

url, csv = sys.argv[1], Path(sys.argv[2])
imports.WRITE_CHUNK = 50
commit, commits = SqlUnitOfWork.commit, []

def commit_then_wait(uow):
    commit(uow)
    commits.append(1)
    if len(commits) == 4:  # the pending import and three chunks are in
        print("half", flush=True)
        time.sleep(60)

SqlUnitOfWork.commit = commit_then_wait
workspace = open_workspace(url)
imports.import_readings(workspace.open_uow, parsed=parse_readings(read_table(csv)),
                        sha256="x", today=date(2026, 11, 24))
"""


def test_an_import_killed_between_chunks_is_never_seen_and_the_next_start_removes_it(
    tmp_path, monkeypatch
):
    db = tmp_path / "data.db"
    url = meters_workspace(db, 10)
    rows = readings_csv(tmp_path / "reads.csv", 10, 20)
    _killed_at_half(KILLED_BETWEEN_CHUNKS, url, tmp_path / "reads.csv")

    assert stored(db, "SELECT count(*) FROM readings") == 150  # written, but pending
    workspace = open_workspace(url)  # too soon to call it abandoned: left alone, unseen
    assert count_readings(workspace.open_uow) == 0
    assert imports_done(workspace.open_uow) == []
    workspace.close()
    assert main(["--db", str(db), "readings", "undo-import", "1"]) == 1

    monkeypatch.setattr(imports, "ABANDONED_AFTER", timedelta(0))
    open_workspace(url).close()  # the next start removes it
    assert stored(db, "SELECT count(*) FROM readings") == 0
    assert stored(db, "SELECT count(*) FROM imports") == 0
    report, _ = _import_while(url, tmp_path / "reads.csv", lambda: None)
    assert report.accepted == rows
    assert stored(db, "SELECT count(*) FROM readings") == rows


def test_another_command_writes_while_a_billing_run_rates(tmp_path, monkeypatch, capsys):
    """The customers are rated in a read transaction: a desk adds a customer meanwhile,
    and the run, seeing that what it read changed, rates again before writing."""
    quick_busy_timeout(monkeypatch)
    db = tmp_path / "data.db"
    url = billing_workspace(db, 30)
    codes: list[int] = []

    def add_customer() -> None:
        if not codes:
            codes.append(main(["--db", str(db), "customers", "add", "--name", "Mientras"]))

    workspace = open_workspace(url)
    try:
        between = _Between(workspace.open_uow, add_customer, after_reads=True)
        run = run_billing(between, period=BENCH_PERIOD, today=TODAY)
    finally:
        workspace.close()

    assert codes == [0], capsys.readouterr().err
    assert run.drafts == 30 and len(run.nothing_to_bill) == 1  # the new one, rated too
    assert stored(db, "SELECT count(*) FROM invoices WHERE state = 'draft'") == 30
