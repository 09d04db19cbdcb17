"""Defect 12: killing `usagebill export pdf` left its worker processes running, holding
the data file and the output pipe. Now they die with it, and an interrupted export says
which files are complete."""

import os
import re
import signal
from pathlib import Path

import pytest

from .processes import alive, children, on_linux, start_command, wait_until

pytestmark = pytest.mark.skipif(not on_linux(), reason="looks at processes in /proc")


@pytest.fixture
def export(tmp_path: Path, demo_file: Path):
    """`export pdf` of the demo's September (240 invoices) on two workers, started in a
    child; handed over once both workers are writing PDF files."""
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    folder = tmp_path / "pdf"
    export_pdf = ["export", "pdf", "--period", "2026-09", "--workers", "2"]
    child = start_command("--db", str(copy), *export_pdf, "--out", str(folder))
    workers: set[int] = set()

    def writing() -> bool:
        workers.update(children(child.pid))
        return len(workers) >= 2 and any(folder.glob("*.pdf"))

    try:
        assert wait_until(writing, seconds=60), child.communicate(timeout=60)
        yield child, folder, workers
    finally:
        for pid in [child.pid, *workers]:  # a surviving worker would hold the pipes open
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        child.communicate()


def test_killing_the_export_leaves_no_worker_running(export):
    child, _folder, workers = export
    child.kill()  # SIGKILL: nothing in the parent runs
    child.wait()

    assert wait_until(lambda: not any(alive(pid) for pid in workers), seconds=5)


def test_a_stopped_export_says_how_many_files_were_written_and_where(export):
    child, folder, workers = export
    # Held still while the signal is sent: on a busy machine the export could otherwise
    # finish (and put back the default handler) between the check and the signal.
    everyone = [child.pid, *workers]
    for pid in everyone:
        os.kill(pid, signal.SIGSTOP)
    assert len(list(folder.glob("*.pdf"))) < 240  # still exporting, so still listening
    child.send_signal(signal.SIGTERM)
    for pid in everyone:
        os.kill(pid, signal.SIGCONT)
    child.wait(timeout=60)
    # (the resource tracker among them ends just after its parent)
    assert wait_until(lambda: not any(alive(pid) for pid in workers), seconds=5)
    out, err = child.communicate()

    written = sorted(folder.glob("*.pdf"))
    assert child.returncode == 130
    said = re.search(r"interrupted: (\d+) of 240 PDF files written, each complete, in (.+)", err)
    assert said is not None, err
    assert int(said[1]) == len(written) and Path(said[2]) == folder
    assert sorted(Path(line) for line in out.splitlines()) == written
    assert [p.read_bytes()[-6:].strip() for p in written] == [b"%%EOF"] * len(written)
    assert not list(folder.glob(".*.part"))  # no temporary file left
