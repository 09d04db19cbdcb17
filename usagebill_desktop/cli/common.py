"""What every command shares: the lazily opened workspace, its voice, decimals, list output."""

import argparse
import json
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from typing import Any

from ..bootstrap import Workspace, open_workspace
from ..domain.errors import DomainError, InvalidValue
from ..domain.imports import Note, RowNote
from ..domain.invoices import month_span
from ..domain.marks import N_
from ..domain.money import to_decimal
from ..domain.periods import Span
from ..importers.values import ValueProblem, conventions, mark_told, parse_number
from ..sentences import error_sentence, note_sentence
from ..texts import FORMAT_LOCALES, LANGUAGES, say, texts

# The language `--lang` asked for, known before argparse reads the command line (see
# `speak_arguments`): the values typed in options are read as that language writes them.
ARGUMENT_LANGUAGE: ContextVar[str] = ContextVar("argument_language", default="en")

# argparse's own sentences (it asks `gettext` for each): marked here so the catalogue
# keeps them, said in the language of `--lang` by `speak_arguments`.
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("unexpected option string: %s"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)


def asked_language(argv: Sequence[str]) -> str | None:
    """The language the last `--lang` in `argv` asks for, if it is one we speak."""
    found: str | None = None
    words = iter(argv)
    for word in words:
        if word == "--lang":
            found = next(words, None)
        elif word.startswith("--lang="):
            found = word.partition("=")[2]
    return found if found in LANGUAGES else None


def speak_arguments(language: str) -> None:
    """argparse's messages (usage, errors, help) and the reading of typed values in
    `language`. argparse takes its texts from `gettext.gettext` through its module's
    `_`: pointed at our catalogue here, for this process's command line."""
    ARGUMENT_LANGUAGE.set(language)
    catalogue = texts(language)
    argparse._ = catalogue.gettext  # type: ignore[attr-defined]
    argparse.ngettext = catalogue.ngettext  # type: ignore[attr-defined]


class LazyWorkspace:
    """Opens the database on first use: `quote --tariff FILE` needs none. A missing or
    empty data file becomes a new workspace only when `create`."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        self._url, self._create = url, create
        self._opened: Workspace | None = None

    def __call__(self) -> Workspace:
        if self._opened is None:
            self._opened = open_workspace(self._url, create=self._create)
        return self._opened

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()


Handler = Callable[[argparse.Namespace, LazyWorkspace], int]


class Voice:
    """What the command line says to people, in the language of `--lang` (English without
    it). Its sentences are marked `N_` where they are written and translated here through
    the one catalogue (`texts.py`); broken rules and notes are said by `sentences.py`,
    as the window says them."""

    def __init__(self, language: str | None) -> None:
        self.asked, self.language = language is not None, language or "en"

    def __call__(self, template: str, /, **values: object) -> str:
        return say(self.language, template, **values)

    def error(self, error: DomainError) -> str:
        return error_sentence(error, self.language)

    def note(self, note: RowNote | Note) -> str:
        return note_sentence(note, self.language)

    def json_note(self, note: RowNote | Note) -> str:
        """A note's `message` in --json: the sentence scripts have always read (the field's
        own name, not its label: `name: required`), unless --lang asks for a language."""
        return self.note(note) if self.asked else note.message


def decimal_arg(text: str) -> Decimal:
    """A number typed in an option. In a language that writes decimals with a comma it
    reads as the import files read that language's numbers (`importers.values`): "12,50",
    "1.250,5", and "12.5" (a point there can only be decimal); "1.250", which reads two
    ways, is refused, never guessed. Otherwise canonical ("12.50"), as always."""
    language = ARGUMENT_LANGUAGE.get()
    _, decimal_comma = conventions(FORMAT_LOCALES.get(language, "en_GB"))
    try:
        if not decimal_comma:
            return to_decimal(text)
        told = mark_told(text)
        if told is None and "," not in text:
            said = N_("{text} reads two ways: write {whole} (no thousands point) or {decimal}")
            whole, decimal = text.replace(".", ""), text.replace(".", ",")
            raise argparse.ArgumentTypeError(
                say(language, said, text=text, whole=whole, decimal=decimal)
            )
        return parse_number(text, decimal_comma=told != ".")
    except ValueProblem as problem:
        said = texts(language).gettext(problem.template).format(**problem.values)
        raise argparse.ArgumentTypeError(said) from None
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def print_list(rows: list[dict[str, Any]], columns: Sequence[str], as_json: bool) -> int:
    """All fields as JSON for scripts, or the main columns as a table for people."""
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print_table(rows, columns)
    return 0


def print_table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    cells = [[str(row[c] if row[c] is not None else "") for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    print("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    print(f"({len(rows)})")


def month_arg(text: str) -> Span:
    try:
        year, month = (int(part) for part in text.split("-"))
        return month_span(year, month)
    except ValueError:
        said = say(ARGUMENT_LANGUAGE.get(), N_("not a month like 2026-10: {text}"), text=text)
        raise argparse.ArgumentTypeError(said) from None


def period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", type=month_arg, metavar="YYYY-MM", help="a calendar month")
    parser.add_argument("--from", dest="first", type=date.fromisoformat, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=date.fromisoformat, metavar="YYYY-MM-DD")


def period_option(span: Span) -> str:
    """The options that give `span` back to `span_of`: --period for a calendar month."""
    if span == month_span(span.first.year, span.first.month):
        return f"--period {span.first:%Y-%m}"
    return f"--from {span.first} --to {span.last}"


def span_of(args: argparse.Namespace) -> Span:
    if args.period is not None and args.first is None and args.last is None:
        period: Span = args.period
        return period
    if args.period is None and args.first is not None and args.last is not None:
        return Span(args.first, args.last)
    raise InvalidValue(field="--period", reason=N_("give --period, or both --from and --to"))
