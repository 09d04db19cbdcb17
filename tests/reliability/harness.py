"""What the reliability suite shares: the real CLI as a child process, a SIGKILL at a
seeded random moment, and the checks every promise is held to afterwards.

Also a pytest plugin (registered by `tests/conftest.py`): `--reliability-seed` and
`--reliability-kills`, and the seed in the report header so a failure can be replayed.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
import pytest

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.services.invoices import list_invoices

ROOT = Path(__file__).resolve().parents[2]
CLI = (sys.executable, "-m", "usagebill_desktop")
BATCH = (sys.executable, "-m", "tests.reliability.cli_batch")
DEFAULT_SEED = int(time.time()) % 1_000_000


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("reliability", "the reliability suite (tests/reliability)")
    group.addoption(
        "--reliability-seed", type=int, default=DEFAULT_SEED, help="seed of the kill moments"
    )
    group.addoption(
        "--reliability-kills", type=int, default=5, help="SIGKILLs per operation (30+: deep)"
    )


def pytest_report_header(config: pytest.Config) -> str:
    seed = config.getoption("--reliability-seed")
    kills = config.getoption("--reliability-kills")
    return f"reliability: --reliability-seed={seed} --reliability-kills={kills}"


@dataclass(frozen=True)
class Ran:
    code: int  # negative: killed by that signal
    out: str
    err: str
    seconds: float


def run(args: Sequence[str], *, kill_after: float | None = None, **options: object) -> Ran:
    """`args` in a child process of its own group; with `kill_after`, SIGKILL at that moment
    (then its whole group, so no worker outlives the test)."""
    started = time.monotonic()
    child = subprocess.Popen(
        args,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        **options,  # type: ignore[call-overload]
    )
    try:
        out, err = child.communicate(timeout=kill_after if kill_after is not None else 120)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        _kill_group(child.pid)  # its workers too: they hold the output pipes open
        out, err = child.communicate()
    finally:
        _kill_group(child.pid)
    return Ran(child.returncode, out, err, time.monotonic() - started)


def _kill_group(group: int) -> None:
    with suppress(ProcessLookupError):
        os.killpg(group, signal.SIGKILL)


def cli(db: Path, *words: str, **options: object) -> Ran:
    return run([*CLI, "--db", str(db), *words], **options)


def one_sentence(ran: Ran) -> bool:
    """Failed as a person should be told: non-zero, one `usagebill:` line, no traceback."""
    lines = ran.err.strip().splitlines()
    return (
        ran.code > 0
        and len(lines) == 1
        and lines[0].startswith("usagebill:")
        and "Traceback" not in ran.err
    )


def query(db: Path, sql: str, *values: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(sql, values).fetchall()


def integrity(db: Path) -> list[object]:
    """SQLite's own check of every page and index; ["ok"] when the file is sound."""
    return [row[0] for row in query(db, "PRAGMA integrity_check")]


def invoice_problems(db: Path) -> list[str]:
    """Every invoice whole: it has its lines (and, if not a credit note, its meters) and its
    taxes, and subtotal, tax and total add up to them."""
    problems = []
    rows = query(db, "SELECT id, kind, subtotal, tax_total, total FROM invoices")
    lines = dict(query(db, "SELECT invoice_id, SUM(amount) FROM invoice_lines GROUP BY 1"))
    taxes = dict(query(db, "SELECT invoice_id, SUM(amount) FROM invoice_taxes GROUP BY 1"))
    meters = dict(query(db, "SELECT invoice_id, COUNT(*) FROM invoice_meters GROUP BY 1"))
    for id_, kind, subtotal, tax, total in rows:
        if id_ not in lines or (kind == "invoice" and id_ not in meters):
            problems.append(f"invoice {id_}: no lines or no meters")
        elif lines[id_] != subtotal or taxes.get(id_, 0) != tax or subtotal + tax != total:  # type: ignore[operator]
            problems.append(f"invoice {id_}: {subtotal} + {tax} != {total} or lines differ")
    return problems


def numbering_gaps(db: Path) -> list[str]:
    """Issued numbers run 1, 2, 3… in every series and year, none missing or repeated."""
    seqs: dict[tuple[object, object], list[int]] = defaultdict(list)
    for series, year, seq in query(
        db, "SELECT series, year, seq FROM invoices WHERE seq IS NOT NULL"
    ):
        seqs[series, year].append(int(seq))  # type: ignore[call-overload]
    return [
        f"{series} {year}: {sorted(found)[:3]}…"
        for (series, year), found in seqs.items()
        if sorted(found) != list(range(1, len(found) + 1))
    ]


def app_reads(db: Path) -> int:
    """The app opens the file as it starts (its checks, any upgrade) and lists its
    invoices: how many."""
    workspace = open_workspace(database_url(str(db)), create=False)
    try:
        return len(list_invoices(workspace.open_uow))
    finally:
        workspace.close()


def pdf_problems(folder: Path) -> list[str]:
    """Every `.pdf` there opens and has its pages; temporary files are named `.part`."""
    problems = []
    for path in sorted(folder.glob("*.pdf")):
        try:
            document = pypdfium2.PdfDocument(path)
            pages = len(document)
            document.close()
        except pypdfium2.PdfiumError as error:
            problems.append(f"{path.name}: {error}")
            continue
        if pages == 0:
            problems.append(f"{path.name}: no pages")
    return problems


def leftovers(folder: Path) -> list[Path]:
    """Temporary files a killed writer left behind (`.<name>.<random>.part`)."""
    return sorted(folder.glob(".*.part"))


def kill_moments(rng: random.Random, kills: int, seconds: float) -> list[float]:
    """`kills` moments spread over a run of `seconds`: one in each equal slice, at random
    within it, so every stage of the operation is hit."""
    return [seconds * (i + rng.random()) / kills for i in range(kills)]


def copy_db(source: Path, target: Path) -> Path:
    """A workspace file (checkpointed, so one file) copied for one kill."""
    target.write_bytes(source.read_bytes())
    return target


def checkpoint(db: Path) -> Path:
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db
