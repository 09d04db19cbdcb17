from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.cli import main
from usagebill_desktop.domain.invoices import month_span
from usagebill_desktop.services.documents import period_invoice_keys


@dataclass(frozen=True)
class ExportedPeriod:
    """What `usagebill export pdf --period 2026-09 --combined …` wrote and said."""

    keys: list[str]  # the period's invoices, in number order, as the database has them
    folder: Path
    combined: Path
    code: int
    out: str
    err: str


@pytest.fixture(scope="session")
def september_pdfs(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> ExportedPeriod:
    """The demo's September (240 invoices) exported once for the whole suite, through the
    command line on two worker processes: rendering it takes seconds, so the tests that
    look at the result share it and only read it."""
    root = tmp_path_factory.mktemp("september")
    copy = root / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    workspace = open_workspace(database_url(str(copy)))
    keys = period_invoice_keys(workspace.open_uow, period=month_span(2026, 9))
    workspace.close()
    folder, combined, out, err = root / "pdf", root / "all.pdf", StringIO(), StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(
            [
                "--db",
                str(copy),
                "export",
                "pdf",
                "--period",
                "2026-09",
                "--out",
                str(folder),
                "--combined",
                str(combined),
                "--workers",
                "2",
            ]
        )
    return ExportedPeriod(keys, folder, combined, code, out.getvalue(), err.getvalue())
