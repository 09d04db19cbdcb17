"""Timing helpers: warm up, time several runs, keep the median."""

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float  # the median
    unit: str
    ratio: float | None = None  # time taken ÷ the limit's time for the same work (1 = as fast)
    note: str = ""
    # The goal chased (never a failure): ("ratio", 2.0) means ratio ≤ 2; ("min", 15000)
    # means value ≥ 15,000; ("max", 200) means value ≤ 200.
    target: tuple[str, float] | None = None

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        kind, bound = self.target
        if kind == "ratio":
            return self.ratio is not None and self.ratio <= bound
        return self.value >= bound if kind == "min" else self.value <= bound

    def target_text(self) -> str:
        if self.target is None:
            return ""
        kind, bound = self.target
        goal = {"ratio": f"≤ {bound:g}× limit", "min": f"≥ {bound:,.0f}", "max": f"≤ {bound:,.0f}"}[
            kind
        ]
        return f"{goal}: {'pass' if self.met else 'short'}"

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "target": self.target_text() or None}


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm: caches, page cache, lazy imports
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


# Printed by a child process after its work: its own peak memory in MB. VmHWM belongs to
# the process's address space, made new at exec; ru_maxrss would keep the parent's peak.
PEAK_MB = (
    "int(next(line for line in open('/proc/self/status') if line.startswith('VmHWM'))"
    ".split()[1]) / 1024"
)
