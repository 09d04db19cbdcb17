"""`python -m bench [NAME ...] [--scale S] [--runs N]`: run benchmarks, print a table,
write bench/results/latest.json (figures, machine, versions)."""

import argparse
import json
import platform
import sys
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from . import (
    account_view,
    billing,
    import_readings,
    lock_hold,
    pdf_invoices,
    rating,
    read_sheet,
    readings_page,
    startup,
    xlsx_books,
)
from .timing import Figure

BENCHMARKS = {
    "rating": rating.run,
    "billing": billing.run,
    "readings_page": readings_page.run,
    "read_sheet": read_sheet.run,
    "import": import_readings.run,
    "pdf": pdf_invoices.run,
    "xlsx": xlsx_books.run,
    "startup": startup.run,
    "lock_hold": lock_hold.run,
    "account_view": account_view.run,
}
RESULTS = Path(__file__).parent / "results" / "latest.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    known = ", ".join(BENCHMARKS)
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"default: all of {known}")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of full size")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (median reported)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON")
    args = parser.parse_args(argv)
    unknown = set(args.names) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark {', '.join(sorted(unknown))}; choose from {known}")
    figures: list[Figure] = []
    for name in args.names or BENCHMARKS:
        print(f"running {name} at scale {args.scale} …", file=sys.stderr)
        figures += BENCHMARKS[name](scale=args.scale, runs=args.runs)
    _print(figures)
    _save(figures, args)
    return 0


def _print(figures: list[Figure]) -> None:
    width = max(len(f.name) for f in figures)
    print(f"{'benchmark'.ljust(width)}  {'median':>10}  {'unit':<6}  {'vs limit':>8}  target")
    for f in figures:
        ratio = f"{f.ratio:.1f}×" if f.ratio is not None else ""
        print(
            f"{f.name.ljust(width)}  {f.value:>10.1f}  {f.unit:<6}  {ratio:>8}  {f.target_text()}"
        )


def _merged(path: Path, figures: list[dict[str, object]]) -> list[dict[str, object]]:
    """A run of some benchmarks keeps the others' last figures in the file."""
    new = {f["name"] for f in figures}
    try:
        kept = [f for f in json.loads(path.read_text())["figures"] if f["name"] not in new]
    except (OSError, ValueError, KeyError):
        kept = []
    return kept + figures


def _save(figures: list[Figure], args: argparse.Namespace) -> None:
    args.out.parent.mkdir(parents=True, exist_ok=True)
    packages = ("SQLAlchemy", "PySide6-Essentials")
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "scale": args.scale,
        "runs": args.runs,
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "sqlite": __import__("sqlite3").sqlite_version,
            **{name: version(name) for name in packages},
        },
        "figures": _merged(args.out, [f.as_dict() for f in figures]),
    }
    args.out.write_text(json.dumps(report, indent=2))
    print(f"saved {args.out}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
