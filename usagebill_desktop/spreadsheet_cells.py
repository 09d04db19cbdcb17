"""Text that people typed, written so that no spreadsheet takes it for a formula: one
rule for what is risky, one guard for CSV cells, one for XLSX cells, and the CSV guard
taken off again when the app reads a file back. docs/architecture.md ("Text in
spreadsheets") says what LibreOffice, Excel and an accounting import see.

- Risky: text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (after any
  spaces), unless it is a plain number ("-12", "+3,5") or a lone "-" or "+": those are read
  as numbers or text, never as a formula, and stay as they are.
- CSV: a risky cell gets one leading space. A spreadsheet reads " =HYPERLINK(…)" as
  text, a person sees the name, and an import that trims its fields (as most do) gets
  the name exactly; no apostrophe is left in the data. `csv_text_read` takes the space
  off again, so a file the app wrote reads back exactly.
- XLSX: a risky cell is stored as a string with Excel's quote prefix (the `'` people
  type, kept as a cell style, not in the text): the value is the name exactly, and
  editing the cell does not turn it into a formula.
- XLSX: a character XML cannot hold (control characters but tab and line breaks, as
  openpyxl's `ILLEGAL_CHARACTERS_RE`; lone surrogates; U+FFFE, U+FFFF) is written as
  U+FFFD "�". New text cannot hold them (`domain.text.person_text`), but an invoice
  issued before that rule keeps its customer's name as it was, and its period's books
  must still export: the mark shows where the character was.

Standard library only, outside the layers, so the exporters write with it and the
importers read with it."""

import re
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet evaluate a cell
CSV_GUARD = " "
_INERT = re.compile(r"[+-]?\d+(?:[.,]\d+)*|[+-]")  # a plain number, or a lone sign
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
UNWRITABLE_MARK = "\ufffd"


def is_risky(text: str) -> bool:
    """Would a spreadsheet take this text for a formula?"""
    bare = text.lstrip(" ")
    return bare.startswith(FORMULA_START) and not _INERT.fullmatch(bare)


def csv_text(text: str) -> str:
    """A text cell for a CSV file: risky text behind one leading space."""
    return CSV_GUARD + text if is_risky(text) else text


def csv_text_read(text: str) -> str:
    """A CSV cell as it was before `csv_text` (other cells are left as they are)."""
    return text[1:] if text.startswith(CSV_GUARD) and is_risky(text) else text


def needs_xlsx_text(text: str) -> bool:
    """Must this text go through `xlsx_text` (not straight into a row)?"""
    return is_risky(text) or XML_ILLEGAL.search(text) is not None


def xlsx_text(cell: Any, text: str) -> Any:
    """`cell` (an openpyxl cell, write-only or not) holding `text`, which stays text: risky
    text is stored as a string with the quote prefix (openpyxl would store "=…" as a
    formula), and a character XML cannot hold is written as U+FFFD (openpyxl would
    refuse the whole workbook). Returns the cell."""
    text = XML_ILLEGAL.sub(UNWRITABLE_MARK, text)
    cell.value = text
    risky = is_risky(text)
    if risky:
        cell.data_type = "s"
    cell.quotePrefix = risky
    return cell
