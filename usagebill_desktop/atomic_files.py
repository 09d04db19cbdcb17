"""Every file the app writes is written whole or not at all: into a temporary file beside
the target, flushed to disk, then renamed over the target in one step. A failed, stopped
or killed write never leaves a half file under the target's name, and the temporary file
is removed when the write fails (only a kill can leave one, named `.<target>.<random>.part`).

Standard library only, outside the layers, so exporters, persistence, the CLI and the
window all write through it."""

import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A path beside `target` that does not exist yet, for a writer that wants a file
    name (a workbook, PDFium, SQLite's VACUUM INTO). When the block ends normally, the
    file there is synced to disk and renamed over `target`; when it raises (or is
    interrupted), the file is removed and `target` is as it was."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        yield temp
        _sync(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_open(target: Path, mode: str = "wb", **options: Any) -> Iterator[IO[Any]]:
    """`open(target, mode, **options)` for writing, written whole or not at all."""
    with atomic_path(target) as temp, open(temp, mode.replace("w", "x"), **options) as handle:
        yield handle


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """`target.write_bytes(data)`, written whole or not at all."""
    with atomic_open(target) as handle:
        handle.write(data)


def remove_leftovers(folder: Path, suffix: str) -> list[Path]:
    """Remove the temporary files killed writes left in `folder` for targets whose names
    end in `suffix`; the removed ones. (A write running meanwhile into the same folder
    would lose its temporary file and fail, never leave a half file.)"""
    removed = []
    for temp in folder.glob(f".*{suffix}.*.part"):
        if _TEMPORARY.fullmatch(temp.name):
            temp.unlink(missing_ok=True)
            removed.append(temp)
    return removed


_TEMPORARY = re.compile(r"\..+\.[0-9a-f]{8}\.part")


def _sync(path: Path) -> None:
    """Its bytes on disk before the rename, so a power cut cannot leave the target empty."""
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
