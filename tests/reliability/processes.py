"""Small helpers the reliability tests share for processes: a command in a child, its
children, and whether a process is still alive (Linux /proc)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start_command(*args: str) -> subprocess.Popen[str]:
    """`usagebill ARGS…` in a child process, its output captured."""
    return subprocess.Popen(
        [sys.executable, "-m", "usagebill_desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def children(pid: int) -> set[int]:
    """The live processes whose parent is `pid`."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _stat(int(entry.name))[1] == pid:
            found.add(int(entry.name))
    return {child for child in found if alive(child)}


def alive(pid: int) -> bool:
    """Running or sleeping: not gone, and not a zombie waiting to be reaped."""
    state, _ = _stat(pid)
    return state not in ("", "Z", "X")


def _stat(pid: int) -> tuple[str, int]:
    """State letter and parent pid; ("", 0) once the process is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return "", 0
    fields = text[text.rindex(")") + 2 :].split()  # after "pid (name) "
    return fields[0], int(fields[1])


def wait_until(condition, *, seconds: float, step: float = 0.05) -> bool:
    """Whether `condition()` became true within `seconds` (polling: no sleep-and-hope)."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())


def on_linux() -> bool:
    return sys.platform == "linux" and os.path.isdir("/proc/self")
