"""Billing speed: a month's run over 20,000 water meters (reads, consumption, rating with
the documented 3-block tariff with service charge and VAT, drafts with their lines
persisted), then issuing the 20,000 drafts (gapless numbers, one transaction).

The limit is a plain-Python loop over one ordered SQL query of the same reads, computing
the same totals with Decimal inline, persisting nothing: what reading and arithmetic
alone cost on this machine."""

import sqlite3
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy import insert, select

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.domain.invoices import month_span
from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.persistence.tables import MeterTariffRow, ReadingRow, TariffRow
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.invoices import issue_invoices
from usagebill_desktop.services.tariffs import import_tariff

from .fixtures import add_meters
from .import_readings import has_pandas
from .timing import Figure

METERS = 20_000
TARIFF = Path(__file__).resolve().parents[1] / "docs" / "examples" / "water.json"
PERIOD = month_span(2026, 10)
TODAY = date(2026, 11, 24)
CENT = Decimal("0.01")


def _workspace(path: Path, meters: int) -> str:
    """Meters installed on 1 October at 0, each read once on 31 October."""
    url = database_url(str(path))
    workspace = open_workspace(url)
    import_tariff(workspace.open_uow, tariff=read_tariff_file(TARIFF))
    now = datetime.now(UTC)
    with workspace.engine.begin() as db:
        add_meters(db, meters, PERIOD.first)
        tariff_id = db.scalar(select(TariffRow.id))
        db.execute(
            insert(MeterTariffRow),
            [
                {"meter_id": n, "tariff_id": tariff_id, "valid_from": PERIOD.first}
                for n in range(1, meters + 1)
            ],
        )
        db.execute(
            insert(ReadingRow),
            [
                {
                    "meter_id": n,
                    "read_on": PERIOD.last,
                    "value": Decimal(n % 60) + Decimal("0.5"),
                    "type": "actual",
                    "source": "bench",
                    "note": "",
                    "created_at": now,
                }
                for n in range(1, meters + 1)
            ],
        )
    workspace.close()
    return url


def _limit(path: Path) -> Decimal:
    """The same totals straight from the reads: no rules, no lines, nothing written.
    Installed on the 1st and read on the 31st, a meter has used 30 of October's 31 days:
    the service charge and the block limits are 30/31 of a month's."""
    connection = sqlite3.connect(path)
    total = Decimal(0)
    share = Decimal(30) / 31
    fixed = (Decimal("6.50") * share).quantize(CENT, ROUND_HALF_UP)
    first, second = (
        (Decimal(n) * share).quantize(Decimal("0.0001"), ROUND_HALF_UP) for n in (10, 25)
    )
    query = (
        "SELECT m.serial, r.value FROM readings r JOIN meters m ON m.id = r.meter_id "
        "WHERE r.read_on BETWEEN ? AND ? ORDER BY m.serial, r.read_on"
    )
    for _, stored in connection.execute(query, (PERIOD.first.isoformat(), PERIOD.last.isoformat())):
        q = Decimal(stored) / 10_000  # the stored scaled integer
        net = (
            fixed
            + (min(q, first) * Decimal("0.50")).quantize(CENT, ROUND_HALF_UP)
            + (max(Decimal(0), min(q, second) - first) * Decimal("0.90")).quantize(
                CENT, ROUND_HALF_UP
            )
            + (max(Decimal(0), q - second) * Decimal("1.60")).quantize(CENT, ROUND_HALF_UP)
        )
        total += net + (net * Decimal("0.10")).quantize(CENT, ROUND_HALF_UP)
    connection.close()
    return total


def _pandas(path: Path) -> float:
    """The peer: the same totals with pandas and floats, vectorised, nothing persisted."""
    import numpy as np
    import pandas as pd

    connection = sqlite3.connect(path)
    frame = pd.read_sql(
        "SELECT m.serial, r.value FROM readings r JOIN meters m "
        "ON m.id = r.meter_id ORDER BY m.serial",
        connection,
    )
    connection.close()
    used, share = frame["value"] / 10_000, 30 / 31
    first, second = 10 * share, 25 * share
    net = (
        6.50 * share
        + np.minimum(used, first) * 0.50
        + np.clip(used - first, 0, second - first) * 0.90
        + np.clip(used - second, 0, None) * 1.60
    )
    return float((net * 1.10).round(2).sum())


def run(*, scale: float, runs: int) -> list[Figure]:
    meters = max(200, int(METERS * scale))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "billing.db"
        url = _workspace(path, meters)
        workspace = open_workspace(url)
        samples = []
        for _ in range(max(1, runs // 2)):  # each run replaces the period's drafts
            start = time.perf_counter()
            billed = run_billing(workspace.open_uow, period=PERIOD, today=TODAY)
            samples.append(time.perf_counter() - start)
        assert billed.drafts == meters, billed
        bill_s = sorted(samples)[len(samples) // 2]
        start = time.perf_counter()
        issued = issue_invoices(workspace.open_uow, all_drafts=True, issue_date=TODAY)
        issue_s = time.perf_counter() - start
        assert len(issued.numbers) == meters
        workspace.close()
        start = time.perf_counter()
        limit_total = _limit(path)
        limit_s = time.perf_counter() - start
        peer_s = None
        if has_pandas():
            start = time.perf_counter()
            _pandas(path)
            peer_s = time.perf_counter() - start
    assert limit_total == billed.total, (limit_total, billed.total)  # the same money
    note = f"{meters:,} meters, one month, 3 blocks + service charge + VAT"
    peers = []
    if peer_s is not None:
        peers.append(
            Figure(
                "billing: peer (pandas, floats, nothing persisted)",
                meters / peer_s,
                "1/s",
                peer_s / limit_s,
                note,
            )
        )
    return [
        *peers,
        Figure(
            "billing: invoices per second",
            meters / bill_s,
            "1/s",
            bill_s / limit_s,
            f"{note}, drafts persisted",
            target=("min", 15_000),
        ),
        Figure(
            "billing: issue drafts per second",
            meters / issue_s,
            "1/s",
            None,
            f"{meters:,} drafts numbered in one transaction",
        ),
        Figure("billing: limit (one query, inline Decimal)", meters / limit_s, "1/s", 1.0, note),
    ]
