"""`usagebill`: the command line. With no command it opens the window.

Every command calls the same services the GUI calls; each module here registers its
commands on the parser. `--lang` chooses the language of the window and of what the
commands say to people (English without it, so scripts read the same words).
"""

import argparse
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..bootstrap import (
    data_file,
    database_chosen,
    database_url,
    demo_url,
    open_for_worker,
    open_workspace,
    workspace_exists,
)
from ..domain.errors import DomainError
from ..texts import LANGUAGES
from .common import Handler, LazyWorkspace, Voice, asked_language, speak_arguments

WINDOW_OPTIONS = ("--db", "--lang")


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    speak_arguments(asked_language(argv) or "en")
    # The window's start skips loading every command's module (a tenth of its time).
    args = (_window_parser() if _asks_for_window(argv) else _parser()).parse_args(argv)
    url = database_url(args.db)
    if args.command is None or args.command == "gui":
        from ..ui.app import run_gui  # Qt loads only when a window is wanted
        from ..ui.remembered import last_data_file

        # Unless the user names one, the window reopens the data file it had open last
        # (the demo, say), so the first-start question comes only while there is none.
        last = "" if database_chosen(args.db) else last_data_file()
        url = last if last and workspace_exists(last) else url
        return run_gui(
            url,
            is_new=not workspace_exists(url),
            open_workspace=open_workspace,
            open_for_worker=open_for_worker,
            url_of=database_url,
            data_file=data_file,
            demo=demo_url(url),
            language=args.lang,
        )
    # A file the user named must already be a workspace, unless the command starts one.
    creates = getattr(args, "creates", False) or not database_chosen(args.db)
    workspace = LazyWorkspace(url, create=creates)
    try:
        handler: Handler = args.handler
        return handler(args, workspace)
    except DomainError as error:
        print(f"usagebill: error: {Voice(args.lang).error(error)}", file=sys.stderr)
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
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("command", nargs="?", choices=("gui",))
    return parser


def _parser() -> argparse.ArgumentParser:
    from . import (
        audit_commands,
        backup_commands,
        billing_commands,
        master_data,
        readings_commands,
        tariff_commands,
    )

    # The options every command shares, --db and --lang, are accepted before the command
    # and after it; the later one wins.
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    shared.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )

    parser = argparse.ArgumentParser(
        prog="usagebill",
        description="Bill customers for what they use. Without a command, opens the window.",
        epilog="The data lives in one SQLite file; --db or $USAGEBILL_DB chooses another "
        "file or a SQLAlchemy URL.",
    )
    parser.add_argument("--db", metavar="PATH", help="database file or SQLAlchemy URL")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the window (default: the system's) and of the commands' messages "
        "(default: English)",
    )
    parser.add_argument("--version", action="version", version=f"usagebill {__version__}")
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")

    commands.add_parser("gui", parents=[shared], help="open the window (the default)")

    master_data.register(commands, shared)
    readings_commands.register(commands, shared)
    tariff_commands.register(commands, shared)
    billing_commands.register(commands, shared)
    audit_commands.register(commands, shared)
    backup_commands.register(commands, shared)
    return parser
