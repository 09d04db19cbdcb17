"""`usagebill`: the command line. With no command it opens the window.

Every command calls the same services the GUI calls; each module here registers its
commands on the parser.
"""

import argparse
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..bootstrap import database_url, demo_url, open_for_worker, open_workspace, workspace_exists
from ..domain.errors import DomainError
from .common import Handler, LazyWorkspace

WINDOW_OPTIONS = ("--db", "--lang")


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # The window's start skips loading every command's module (a tenth of its time).
    args = (_window_parser() if _asks_for_window(argv) else _parser()).parse_args(argv)
    url = database_url(args.db)
    if args.command is None or args.command == "gui":
        from ..ui.app import run_gui  # Qt loads only when a window is wanted

        return run_gui(url, is_new=not workspace_exists(url), open_workspace=open_workspace,
                       open_for_worker=open_for_worker, demo=demo_url(url),
                       language=args.lang)  # fmt: skip
    workspace = LazyWorkspace(url)
    try:
        handler: Handler = args.handler
        return handler(args, workspace)
    except DomainError as error:
        print(f"usagebill: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `usagebill customers list | head`: the reader has gone
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (Python's own recipe)
        return 0
    finally:
        workspace.close()


def _asks_for_window(argv: list[str]) -> bool:
    """No command, or `gui`, among the window's own options."""
    words, rest = [], iter(argv)
    for word in rest:
        if word in WINDOW_OPTIONS:
            next(rest, None)  # its value
        elif not word.startswith(tuple(f"{option}=" for option in WINDOW_OPTIONS)):
            words.append(word)
    return words in ([], ["gui"])


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="usagebill")
    parser.add_argument("--db", metavar="PATH")
    parser.add_argument("--lang", choices=("en", "es"))
    parser.add_argument("command", nargs="?", choices=("gui",))
    return parser


def _parser() -> argparse.ArgumentParser:
    from . import billing_commands, master_data, readings_commands, tariff_commands

    # --db is accepted before the command and after it; the later one wins.
    db_after = argparse.ArgumentParser(add_help=False)
    db_after.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(
        prog="usagebill",
        description="Bill customers for what they use. Without a command, opens the window.",
        epilog="The data lives in one SQLite file; --db or $USAGEBILL_DB chooses another "
        "file or a SQLAlchemy URL.",
    )
    parser.add_argument("--db", metavar="PATH", help="database file or SQLAlchemy URL")
    parser.add_argument("--lang", choices=("en", "es"), help="window language (default: system)")
    parser.add_argument("--version", action="version", version=f"usagebill {__version__}")
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")

    commands.add_parser("gui", parents=[db_after], help="open the window (the default)")

    master_data.register(commands, db_after)
    readings_commands.register(commands, db_after)
    tariff_commands.register(commands, db_after)
    billing_commands.register(commands, db_after)
    return parser
