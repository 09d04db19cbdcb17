"""Several PDF files joined into one, for printing a batch in one go."""

from collections.abc import Sequence
from pathlib import Path

from ..atomic_files import atomic_path


def join_pdfs(files: Sequence[Path], target: Path) -> None:
    """All pages of `files`, in order, into `target` (written whole or not at all)."""
    import pypdfium2 as pdfium  # only when joining

    joined = pdfium.PdfDocument.new()
    sources = []
    try:
        for path in files:
            sources.append(pdfium.PdfDocument(path))
            joined.import_pages(sources[-1])
        with atomic_path(target) as partial:
            joined.save(partial)
    finally:
        joined.close()  # before its sources: its pages refer to them
        for source in sources:
            source.close()
