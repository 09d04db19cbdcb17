"""A full disk and a read-only file: one sentence, a non-zero exit, nothing half-written,
and the file still good.

The full disk is emulated portably: the child may write files of at most `LIMIT` bytes
(RLIMIT_FSIZE) and ignores SIGXFSZ, so a write beyond fails with EFBIG as on a full disk.
"""

import resource
import signal
from pathlib import Path

import pytest

from .conftest import PERIOD
from .harness import (
    app_reads,
    cli,
    copy_db,
    integrity,
    leftovers,
    one_sentence,
    pdf_problems,
    query,
)

LIMIT = 8 * 1024  # bytes a file may grow to: the WAL, a PDF, a backup all need more


def _small_disk() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _pdf(prepared: Path, folder: Path) -> tuple[Path, list[str]]:
    out = folder / "out"
    return prepared, ["export", "pdf", "--period", PERIOD, "--workers", "2", "--out", str(out)]


@pytest.mark.parametrize("operation", ["readings import", "bill", "export pdf", "upgrade"])
def test_a_full_disk_is_one_sentence_and_leaves_the_file_good(
    operation: str,
    demo_db: Path,
    readings_csv: Path,
    pdf_ready: Path,
    old_schema: Path,
    tmp_path: Path,
) -> None:
    words: dict[str, tuple[Path, list[str]]] = {
        "readings import": (demo_db, ["readings", "import", str(readings_csv)]),
        "bill": (demo_db, ["bill", "--period", PERIOD]),
        "export pdf": _pdf(pdf_ready, tmp_path),
        "upgrade": (old_schema, ["customers", "list"]),
    }
    source, command = words[operation]
    db = copy_db(source, tmp_path / "work.db")
    before = query(db, "SELECT (SELECT COUNT(*) FROM readings), (SELECT COUNT(*) FROM invoices)")
    ran = cli(db, *command, preexec_fn=_small_disk)
    print(f"\nreliability: full disk, {operation}: exit {ran.code}: {ran.err.strip()[-300:]}")
    assert one_sentence(ran), ran.err
    assert integrity(db) == ["ok"]
    assert leftovers(tmp_path) == []
    assert (
        query(db, "SELECT (SELECT COUNT(*) FROM readings), (SELECT COUNT(*) FROM invoices)")
        == before
    )
    if (tmp_path / "out").exists():
        assert pdf_problems(tmp_path / "out") == []
        assert leftovers(tmp_path / "out") == []
    assert sorted(tmp_path.glob("work.db.bak-*")) == []
    assert app_reads(db) > 0
