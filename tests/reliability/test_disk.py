"""A full disk and a read-only file: one sentence, a non-zero exit, nothing half-written,
and the file still good.

The full disk is emulated portably: the child may write files of at most `LIMIT` bytes
(RLIMIT_FSIZE) and ignores SIGXFSZ, so a write beyond fails with EFBIG as on a full disk.
"""

import json
import resource
import shutil
import signal
import subprocess
import sys
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


# A real full disk (ENOSPC, not the file-size limit above): a tmpfs just larger than the
# file, mounted in a mount namespace of the child's own, so nothing on the machine changes.
ON_TMPFS = """
import json, shutil, sqlite3, subprocess, sys
source, csv, folder = sys.argv[1:4]
room = 96 * 1024  # bytes beyond the file: the import's log needs more
size = (len(open(source, "rb").read()) + room + 4095) // 4096 * 4096
subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", folder], check=True)
db = folder + "/work.db"
shutil.copy(source, db)
ran = subprocess.run(
    [sys.executable, "-m", "usagebill_desktop", "--db", db, "readings", "import", csv],
    capture_output=True, text=True,
)
with sqlite3.connect(db) as connection:
    check = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    count = connection.execute("SELECT COUNT(*) FROM readings").fetchone()[0]
print(json.dumps({"code": ran.returncode, "err": ran.stderr, "check": check, "count": count}))
"""


def test_a_real_full_disk_during_an_import_is_one_sentence_and_leaves_the_file_good(
    demo_db: Path, readings_csv: Path, tmp_path: Path
) -> None:
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare (util-linux)")
    probe = ["unshare", "--mount", "mount", "-t", "tmpfs", "tmpfs", str(tmp_path)]
    if subprocess.run(probe, capture_output=True, check=False).returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    folder = tmp_path / "small disk"
    folder.mkdir()
    before = query(demo_db, "SELECT COUNT(*) FROM readings")[0][0]
    ran = subprocess.run(
        [
            "unshare",
            "--mount",
            sys.executable,
            "-c",
            ON_TMPFS,
            *map(str, (demo_db, readings_csv, folder)),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = json.loads(ran.stdout)
    print(f"\nreliability: tmpfs full, readings import: exit {found['code']}: {found['err']}")
    assert found["code"] > 0 and "Traceback" not in found["err"]
    assert found["err"].strip().splitlines() == ["usagebill: error: the disk is full"]
    assert found["check"] == ["ok"] and found["count"] == before
