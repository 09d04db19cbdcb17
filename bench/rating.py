"""Rating speed: quotes per second through the real engine (explanations included).

The tariff is the documented water tariff (service charge, three graduated blocks,
VAT); quantities vary, half of the quotes are prorated over a partial month. The limit
is a plain-Decimal loop computing the same totals inline, with no lines, no explanations
and no proration: what the arithmetic alone costs on this machine.
"""

import random
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from usagebill_desktop.domain.periods import Span
from usagebill_desktop.exporters.explanations import explain
from usagebill_desktop.exporters.quote_output import wording_for
from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.services.tariffs import quote

from .timing import Figure, median_ms

TARIFF = Path(__file__).resolve().parents[1] / "docs" / "examples" / "water.json"
QUOTES = 20_000
CENT = Decimal("0.01")


def _limit(quantities: list[Decimal]) -> Decimal:
    total = Decimal(0)
    for q in quantities:
        blocks = (
            min(q, Decimal(10)) * Decimal("0.50")
            + max(Decimal(0), min(q, Decimal(25)) - 10) * Decimal("0.90")
            + max(Decimal(0), q - 25) * Decimal("1.60")
        )
        net = Decimal("6.50") + blocks.quantize(CENT, ROUND_HALF_UP)
        total += net + (net * Decimal("0.10")).quantize(CENT, ROUND_HALF_UP)
    return total


def run(*, scale: float, runs: int) -> list[Figure]:
    tariff = read_tariff_file(TARIFF)
    rng = random.Random(3)
    count = max(100, int(QUOTES * scale))
    quantities = [Decimal(rng.randint(0, 600)) / 10 for _ in range(count)]
    spans = [
        None if n % 2 else Span(date(2026, 3, 1 + n % 20), date(2026, 3, 31)) for n in range(count)
    ]
    today = date(2026, 6, 1)

    def rate_all() -> None:
        for q, span in zip(quantities, spans, strict=True):
            quote(tariff, quantity=q, span=span, today=today)

    def rate_and_explain() -> None:
        for q, span in zip(quantities, spans, strict=True):
            bill = quote(tariff, quantity=q, span=span, today=today)
            wording = wording_for(bill, tariff.period, "es")
            for line in bill.lines:
                explain(line, wording)

    limit = median_ms(lambda: _limit(quantities), runs)
    rated = median_ms(rate_all, runs)
    explained = median_ms(rate_and_explain, max(1, runs // 2))
    per_second = lambda ms: count / (ms / 1000)  # noqa: E731
    note = f"{count:,} quotes, water tariff, half prorated"
    return [
        Figure("rating: quotes per second", per_second(rated), "1/s", rated / limit, note),
        Figure(
            "rating: with Spanish explanations",
            per_second(explained),
            "1/s",
            explained / limit,
            note,
        ),
        Figure("rating: limit (inline Decimal totals)", per_second(limit), "1/s", 1.0, note),
    ]
