"""Batch export: every invoice of a period on all cores, one failure reported and not
stopping the rest, a combined file for printing, and a cancel that stops."""

from functools import partial
from pathlib import Path

import pypdfium2 as pdfium

from usagebill_desktop.bootstrap import open_for_worker
from usagebill_desktop.domain.invoices import month_span
from usagebill_desktop.exporters.invoice_pdf import write_invoice_pdf
from usagebill_desktop.exporters.pdf_join import join_pdfs
from usagebill_desktop.services.document_batch import IN_PROCESS_BELOW, export_invoice_pdfs
from usagebill_desktop.services.documents import period_invoice_keys


def keys_of(demo, month: int) -> list[str]:
    return period_invoice_keys(demo.open_uow, period=month_span(2026, month))


def refuse_one(document, folder: Path, warn) -> Path:
    if document.invoice.customer.account == "000007":
        raise ValueError("the printer caught fire")
    return write_invoice_pdf(document, folder, warn)


def test_a_period_is_written_on_worker_processes_and_joined_in_number_order(september_pdfs):
    written = sorted(september_pdfs.folder.iterdir())
    assert len(written) == len(september_pdfs.keys) == 240
    assert not [p for p in written if p.suffix != ".pdf"]  # no half-written ".part" files
    combined = pdfium.PdfDocument(september_pdfs.combined)
    assert len(combined) == sum(len(pdfium.PdfDocument(p)) for p in written)
    first, last = combined[0], combined[len(combined) - 1]
    assert september_pdfs.keys[0] in first.get_textpage().get_text_range()
    assert september_pdfs.keys[-1] in last.get_textpage().get_text_range()


def test_one_failure_on_a_worker_process_does_not_stop_the_rest(demo, tmp_path):
    keys = keys_of(demo, 8)[:IN_PROCESS_BELOW]  # just enough to start the worker processes
    seen: list[int] = []
    result = export_invoice_pdfs(
        keys,
        tmp_path / "out",
        open_factory=partial(open_for_worker, demo.url),
        render=refuse_one,
        join=join_pdfs,
        combined=tmp_path / "all.pdf",
        workers=2,
        progress=lambda done, of: seen.append(done) or True,
    )
    [(failed, why)] = result.failed
    assert why == "the printer caught fire" and failed in keys
    assert len(result.written) == len(keys) - 1 and seen == list(range(1, len(keys) + 1))
    assert [p.name.split("_")[0] for p in result.written] == [k for k in keys if k != failed]
    combined = pdfium.PdfDocument(result.combined)
    assert len(combined) == sum(len(pdfium.PdfDocument(p)) for p in result.written)
    assert not list((tmp_path / "out").glob("*.part"))


def test_cancel_stops_the_batch_and_writes_no_combined_file(demo, tmp_path):
    keys = keys_of(demo, 7)[:20]
    result = export_invoice_pdfs(
        keys,
        tmp_path / "out",
        open_factory=partial(open_for_worker, demo.url),
        render=write_invoice_pdf,
        join=join_pdfs,
        combined=tmp_path / "all.pdf",
        workers=1,
        progress=lambda done, of: done < 3,
    )
    assert result.cancelled and len(result.written) == 3 and result.combined is None
    assert not (tmp_path / "all.pdf").exists()
