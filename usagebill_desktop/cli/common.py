"""What every command shares: the lazily opened workspace, its voice, decimals, list output."""

import argparse
import json
from collections.abc import Callable, Sequence
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
from ..sentences import error_sentence, note_sentence
from ..texts import texts


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
        return texts(self.language).gettext(template).format(**values)

    def error(self, error: DomainError) -> str:
        return error_sentence(error, self.language)

    def note(self, note: RowNote | Note) -> str:
        return note_sentence(note, self.language)

    def json_note(self, note: RowNote | Note) -> str:
        """A note's `message` in --json: the sentence scripts have always read (the field's
        own name, not its label: `name: required`), unless --lang asks for a language."""
        return self.note(note) if self.asked else note.message


def decimal_arg(text: str) -> Decimal:
    try:
        return to_decimal(text)
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
        raise argparse.ArgumentTypeError(f"not a month like 2026-10: {text}") from None


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
