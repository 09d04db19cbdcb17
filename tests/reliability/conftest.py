"""Workspaces for the reliability suite, each made once per session by the real CLI
(from the demo, or from the stored revision-0009 file for an upgrade), checkpointed to
one file so a test copies it per kill. Each records how long its operation took unkilled:
the kills are spread over that time."""

import json
import random
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from .harness import checkpoint, cli, copy_db, query

DATA = Path(__file__).resolve().parents[1] / "data"
PERIOD = "2026-10"  # the demo's last month, left unbilled for the operator
PAYMENTS = 20  # `invoices pay` commands in the killed batch
PDF_INVOICES = 12  # the PDF workspace's period: enough files for kills between them


@dataclass(frozen=True)
class Prepared:
    before: Path  # the file the operation starts from
    after: Path  # the file after one unkilled run
    seconds: float  # how long that run took


@pytest.fixture(scope="session")
def rng(request: pytest.FixtureRequest) -> random.Random:
    return random.Random(request.config.getoption("--reliability-seed"))


@pytest.fixture(scope="session")
def kills(request: pytest.FixtureRequest) -> int:
    return int(request.config.getoption("--reliability-kills"))


@pytest.fixture(scope="session")
def stock(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reliability")


def _unkilled(before: Path, after: Path, *words: str) -> Prepared:
    ran = cli(copy_db(before, after), *words)
    assert ran.code == 0, ran.err
    return Prepared(before, checkpoint(after), ran.seconds)


@pytest.fixture(scope="session")
def demo_db(demo_file: Path, stock: Path) -> Path:
    return checkpoint(copy_db(demo_file, stock / "demo.db"))


@pytest.fixture(scope="session")
def readings_csv(demo_db: Path, stock: Path) -> Path:
    """A read for every meter on each day after the demo's last read, up to today (at most
    ten days): some thousand rows, each one more than the last."""
    last = date.fromisoformat(str(query(demo_db, "SELECT MAX(read_on) FROM readings")[0][0]))
    days = [last + timedelta(n) for n in range(1, 11) if last + timedelta(n) <= date.today()]
    meters = query(
        demo_db,
        "SELECT m.serial, m.kind, (SELECT value FROM readings r WHERE r.meter_id = m.id"
        " ORDER BY read_on DESC, id DESC LIMIT 1) FROM meters m WHERE removed_on IS NULL",
    )
    lines = ["meter,date,value"]
    for n, day in enumerate(days, start=1):
        for serial, kind, value in meters:
            read = int(value or 0) // 10_000 + n if kind == "cumulative" else 2  # type: ignore[call-overload]
            lines.append(f"{serial},{day.isoformat()},{read}")
    path = stock / "reads.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def imported(demo_db: Path, readings_csv: Path, stock: Path) -> Prepared:
    return _unkilled(demo_db, stock / "imported.db", "readings", "import", str(readings_csv))


@pytest.fixture(scope="session")
def billed(demo_db: Path, stock: Path) -> Prepared:
    return _unkilled(demo_db, stock / "billed.db", "bill", "--period", PERIOD)


@pytest.fixture(scope="session")
def issued(billed: Prepared, stock: Path) -> Prepared:
    return _unkilled(billed.after, stock / "issued.db", "invoices", "issue", "--all-drafts")


@pytest.fixture(scope="session")
def payments_batch(issued: Prepared, stock: Path) -> Path:
    """A payment of 1.00 on each of the period's new invoices, each with its own reference."""
    numbers = [
        str(n)
        for (n,) in query(
            issued.after,
            "SELECT number FROM invoices WHERE period_start = ? AND kind = 'invoice'",
            f"{PERIOD}-01",
        )
    ]
    path = stock / "payments.jsonl"
    path.write_text(
        "".join(
            json.dumps(["invoices", "pay", number, "1.00", "--reference", f"kill-{n}"]) + "\n"
            for n, number in enumerate(numbers[:PAYMENTS])
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="session")
def pdf_ready(billed: Prepared, stock: Path) -> Path:
    """The billed demo with only `PDF_INVOICES` of the period's drafts kept, issued."""
    path = copy_db(billed.after, stock / "pdf_ready.db")
    with sqlite3.connect(path) as db:
        kept = f"SELECT id FROM invoices WHERE state = 'draft' ORDER BY id LIMIT {PDF_INVOICES}"
        for table in ("invoice_lines", "invoice_taxes", "invoice_meters"):
            db.execute(
                f"DELETE FROM {table} WHERE invoice_id IN (SELECT id FROM invoices"
                f" WHERE state = 'draft' AND id NOT IN ({kept}))"
            )
        db.execute(f"DELETE FROM invoices WHERE state = 'draft' AND id NOT IN ({kept})")
    db.close()
    ran = cli(path, "invoices", "issue", "--all-drafts")
    assert ran.code == 0, ran.err
    return checkpoint(path)


@pytest.fixture(scope="session")
def old_schema(stock: Path) -> Path:
    """The stored revision-0009 workspace (issued invoices, payments, credit notes)."""
    path = stock / "old_0009.db"
    with sqlite3.connect(path) as db:
        db.executescript((DATA / "invoices_0009.sql").read_text(encoding="utf-8"))
    db.close()
    return path
