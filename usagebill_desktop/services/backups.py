"""Backing up and restoring the data file, from the window's menu and the command line.

Copies go to a `backups/` folder beside the data file, named after it and the time
(`usagebill-20261128-081500.db`), and only the newest `KEEP` are kept (the upgrade's own
copies beside the file keep their own rule). A restore keeps the file it replaces there
too, under the same kind of name."""

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import StorageError
from .ports import DataFile

KEEP = 10
FOLDER = "backups"


def backup_now(*, data_file: DataFile, now: datetime, out: Path | None = None) -> Path:
    """A complete, checked copy of the data file: at `out`, or in the backups folder
    (then all but the newest `KEEP` copies there are removed). Returns where it went."""
    target = out if out is not None else _free_name(data_file.path, now)
    data_file.copy_to(target)
    if out is None:
        prune_backups(data_file.path)
    return target


def restore(*, data_file: DataFile, chosen: Path, now: datetime) -> Path | None:
    """Put `chosen` in the data file's place, once checked (SQLite's check, a workspace of
    this app, a version this app knows); the replaced file is kept in the backups folder
    (with `-damaged` in its name when it fails the check), and its path returned (None
    when there was no data file). An older file is upgraded at the next start."""
    keep = _free_name(data_file.path, now)
    return data_file.replace_with(
        chosen, keep=keep, damaged=keep.with_name(f"{keep.stem}-damaged{keep.suffix}")
    )


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime  # when the copy was written
    size: int  # bytes


def listed_backups(db_file: Path) -> list[Backup]:
    """The backups of `db_file`, newest first, with when each was taken and its size."""
    found = []
    for path in reversed(backups_of(db_file)):
        stat = path.stat()
        found.append(Backup(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return found


def latest_good_backup(*, data_file: DataFile) -> Backup | None:
    """The newest backup of the data file that a restore would take (see `restore`), or
    None: what to offer when the data file itself cannot be opened."""
    for candidate in listed_backups(data_file.path):
        try:
            data_file.check(candidate.path)
        except StorageError:
            continue
        return candidate
    return None


def backups_folder(db_file: Path) -> Path:
    return db_file.parent / FOLDER


def backups_of(db_file: Path) -> list[Path]:
    """The backups of `db_file` in its folder, oldest first (their names sort by time)."""
    return _named(db_file, r"\.db")


def prune_backups(db_file: Path, keep: int = KEEP) -> list[Path]:
    """Removes all but the newest `keep` backups of `db_file`, and the temporary files
    of its backups cut short by a kill; returns those removed."""
    found = backups_of(db_file)
    removed = found[: max(len(found) - keep, 0)]
    removed += _named(db_file, r"\.db\.[0-9a-f]{8}\.part", hidden=True)
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def _named(db_file: Path, ending: str, *, hidden: bool = False) -> list[Path]:
    dot = r"\." if hidden else ""
    named = re.compile(rf"{dot}{re.escape(db_file.stem)}-\d{{8}}-\d{{6}}(-\d+)?{ending}")
    folder = backups_folder(db_file)
    found = folder.iterdir() if folder.is_dir() else ()
    return sorted(path for path in found if named.fullmatch(path.name))


def _free_name(db_file: Path, now: datetime) -> Path:
    stamp = f"{db_file.stem}-{now:%Y%m%d-%H%M%S}"
    target, n = backups_folder(db_file) / f"{stamp}.db", 1
    while target.exists() or target.with_name(f"{target.stem}-damaged.db").exists():
        target, n = backups_folder(db_file) / f"{stamp}-{n}.db", n + 1  # within a second
    return target
