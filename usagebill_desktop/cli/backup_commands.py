"""`usagebill backup` and `usagebill restore`: the data file copied, or replaced by a copy.

Neither opens the file as a workspace: a backup needs no upgrade, and a restore must be
able to replace a file that cannot be opened."""

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from ..bootstrap import data_file, database_url, refuse_missing
from ..domain.marks import N_
from ..services.backups import backup_now, restore
from .common import LazyWorkspace, Voice


def register(commands: Any, shared: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[shared],
        help="copy the data file, safely while it is in use, into backups/ beside it",
    )
    backup.add_argument("--out", type=Path, metavar="FILE", help="write the copy here instead")
    backup.set_defaults(handler=_backup)
    chosen = commands.add_parser(
        "restore",
        parents=[shared],
        help="replace the data file with a backup, keeping the replaced one in backups/",
    )
    chosen.add_argument("file", type=Path, metavar="FILE")
    chosen.set_defaults(handler=_restore)


def _backup(args: argparse.Namespace, _workspace: LazyWorkspace) -> int:
    url = database_url(args.db)
    refuse_missing(url)
    written = backup_now(data_file=data_file(url), now=datetime.now(), out=args.out)
    print(Voice(args.lang)(N_("data file backed up to {path}"), path=written))
    return 0


def _restore(args: argparse.Namespace, _workspace: LazyWorkspace) -> int:
    url = database_url(args.db)
    target = data_file(url)
    kept = restore(data_file=target, chosen=args.file, now=datetime.now())
    voice = Voice(args.lang)
    print(voice(N_("{chosen} restored into {path}"), chosen=args.file, path=target.path))
    if kept is not None:
        print(voice(N_("the replaced data file is kept at {path}"), path=kept))
    return 0
