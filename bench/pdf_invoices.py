"""PDF speed: real invoices of the demo workspace through the batch exporter, on all
cores (documents read from the database, history and comparison included, each file
written whole).

The limit is ReportLab alone on one core: a bare platypus page with a 15-row table in
the same embedded font, no database, no chart. Ratios above 1 are slower than it."""

import os
import tempfile
import time
from datetime import date
from functools import partial
from pathlib import Path

from usagebill_desktop.bootstrap import database_url, open_for_worker, open_workspace
from usagebill_desktop.demo.workspace import build_demo
from usagebill_desktop.exporters.invoice_pdf import write_invoice_pdf
from usagebill_desktop.exporters.pdf_style import FONT, register_fonts
from usagebill_desktop.importers.demo_files import read_demo_tariffs
from usagebill_desktop.services.document_batch import export_invoice_pdfs
from usagebill_desktop.services.invoices import list_invoices

from .timing import Figure

INVOICES = 1_000


def _bare_page(folder: Path, number: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    rows = [[f"Concepto {n}", f"{n},00 m³ × 0,90 €", f"{n * 0.9:.2f} €"] for n in range(15)]
    table = Table(rows)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9)]))
    SimpleDocTemplate(str(folder / f"bare-{number}.pdf"), pagesize=A4).build([table])


def run(*, scale: float, runs: int) -> list[Figure]:
    count = max(20, int(INVOICES * scale))
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        url = database_url(str(base / "demo.db"))
        workspace = open_workspace(url)
        build_demo(workspace.open_uow, today=date(2026, 11, 24), tariffs=read_demo_tariffs())
        keys = [
            s.number
            for s in list_invoices(workspace.open_uow)
            if s.number and s.number.startswith("F-")
        ][-count:]
        workspace.close()
        samples = []
        for run_number in range(max(1, runs // 2)):
            out = base / f"run{run_number}"
            start = time.perf_counter()
            result = export_invoice_pdfs(
                keys, out, open_factory=partial(open_for_worker, url), render=write_invoice_pdf
            )
            samples.append(time.perf_counter() - start)
            assert not result.failed, result.failed[:3]
        app_s = sorted(samples)[len(samples) // 2]
        register_fonts()
        bare = base / "bare"
        bare.mkdir()
        start = time.perf_counter()
        for n in range(count):
            _bare_page(bare, n)
        limit_s = time.perf_counter() - start
    cores = os.cpu_count() or 1
    note = f"{count:,} demo invoices, {cores} cores (process start included)"
    return [
        # Half the one-core limit per core: on N cores, time ≤ 2/N of the limit's.
        Figure(
            "pdf: invoices per second",
            count / app_s,
            "1/s",
            app_s / limit_s,
            note,
            target=("ratio", 2 / cores),
        ),
        Figure(
            "pdf: limit (bare platypus page, 1 core)",
            count / limit_s,
            "1/s",
            1.0,
            f"{count:,} pages, 15-row table, DejaVu Sans",
        ),
    ]
