"""`usagebill check`: the audit log's chain and the books it vouches for."""

import argparse
from typing import Any

from ..domain.marks import N_
from ..services.audit import check_audit_log
from .common import LazyWorkspace, Voice


def register(commands: Any, shared: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "check",
        parents=[shared],
        help="check the audit log's chain and the issued documents and payments against it",
    )
    check.set_defaults(handler=_check)


def _check(args: argparse.Namespace, workspace: LazyWorkspace) -> int:
    """One sentence per problem and exit code 1, or the chain's length and head."""
    voice = Voice(args.lang)
    found = check_audit_log(workspace().open_uow)
    for problem in found.problems:
        print(voice.note(problem))
    if found.problems:
        said = N_("{count} problems found in {entries} audit entries")
        print(voice(said, count=len(found.problems), entries=found.entries))
        return 1
    said = N_("the audit log is whole: {entries} entries, the last one's hash {head}")
    print(voice(said, entries=found.entries, head=found.head))
    return 0
