"""Numbers and dates as people type them in spreadsheets, read exactly.

"1.234,5", "1,234.5", "1 234,5" and "1234.5" are all 1234.5; never through float.
Dates: ISO, dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, and mm/dd/yyyy. What a cell tells about
its file's conventions (`mark_told`, `date_told`: 1.234 and 03/04/2026 read two ways) is
weighed in `conventions.py`.
"""

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..domain.marks import N_

_SPACES = re.compile(r"[\s\u00a0\u202f']")  # thin and no-break spaces, Swiss apostrophes
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d+)*|\d*[.,]\d+)$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+)?$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?: [\d:.]+)?$")
# Digits with at most the file's own decimal mark once: most cells, read without the rules.
_PLAIN = {True: re.compile(r"-?\d+(?:,\d+)?"), False: re.compile(r"-?\d+(?:\.\d+)?")}


class ValueProblem(ValueError):
    """A cell that cannot be read as the value its column needs: a sentence template
    and its values (so it can be translated), str() being the English sentence."""

    def __init__(self, template: str, **values: str) -> None:
        self.template, self.values = template, values
        super().__init__(template.format(**values))


def plain(text: str, decimal_comma: bool) -> bool:
    """Digits with at most the file's own decimal mark once (most cells)."""
    return _PLAIN[decimal_comma].fullmatch(text) is not None


def parse_number(text: str, decimal_comma: bool) -> Decimal:
    """Exact decimal from spreadsheet text, in a file that writes decimals with a comma
    (`decimal_comma`) or a point. Both marks present: the last one is the decimal mark.
    One mark repeated: thousands. The other convention's mark once: thousands when three
    digits follow it (1.234 in a decimal-comma file), else a decimal mark (12.5)."""
    if _PLAIN[decimal_comma].fullmatch(text):
        return Decimal(text.replace(",", ".") if decimal_comma else text)
    cleaned = _SPACES.sub("", text.strip())
    if not cleaned or not _NUMBER.match(cleaned):
        raise ValueProblem(N_("not a number: {text}"), text=repr(text.strip()))
    marks = {c for c in cleaned if c in ".,"}
    if len(marks) == 2:
        decimal = cleaned[max(cleaned.rfind("."), cleaned.rfind(","))]
    elif not marks:
        decimal = ""
    else:
        mark = marks.pop()
        ours = (mark == ",") == decimal_comma
        tail = cleaned.rsplit(mark, 1)[1]
        thousands = cleaned.count(mark) > 1 or (not ours and len(tail) == 3)
        decimal = "" if thousands else mark
    if decimal and cleaned.count(decimal) > 1:
        raise ValueProblem(N_("not a number: {text}"), text=repr(text.strip()))
    whole = cleaned.split(decimal)[0] if decimal else cleaned
    groups = whole.lstrip("+-").replace(",", ".").split(".")
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValueProblem(
            N_("not a number: {text}"), text=repr(text.strip())
        )  # 12,5,3: no grouping
    digits = "".join(c for c in cleaned if c not in ".," or c == decimal)
    try:
        return Decimal(digits.replace(",", ".") if decimal == "," else digits)
    except InvalidOperation:
        raise ValueProblem(N_("not a number: {text}"), text=repr(text.strip())) from None


@lru_cache(maxsize=4096)
def parse_date(text: str, day_first: bool = True) -> date:
    """A date (a time of day, if any, is dropped). Remembered: a file of a million
    readings has a few hundred different dates."""
    cleaned = text.strip()
    found = _ISO.match(cleaned)
    try:
        if found:
            return date(int(found[1]), int(found[2]), int(found[3]))
        found = _DMY.match(cleaned)
        if found:
            a, b, year = int(found[1]), int(found[2]), int(found[3])
            year += 2000 if len(found[3]) == 2 else 0  # 26 is 2026; 0001 is the year 1
            day, month = (a, b) if day_first else (b, a)
            return date(year, month, day)
    except ValueError:
        pass
    raise ValueProblem(N_("not a date: {text}"), text=repr(cleaned))


def cell_date(value: object, day_first: bool) -> date:
    """A date from a spreadsheet cell: a real date cell, or text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_date(str(value), day_first)


def cell_number(value: object, decimal_comma: bool) -> Decimal:
    """A number from a spreadsheet cell: a real number cell (an Excel double, taken as
    the shortest text that stands for it), or text."""
    if isinstance(value, bool):
        raise ValueProblem(N_("not a number: {text}"), text=repr(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    return parse_number(str(value), decimal_comma)


MONTH_FIRST = ("en_US", "en_PH", "en_CA")  # locales that write 10/31/2026
DECIMAL_POINT = ("en", "ja", "zh", "ko", "he", "th")  # languages that write 1,234.5


def conventions(locale: str) -> tuple[bool, bool]:
    """(day first, decimal comma): how a file from `locale` writes dates and numbers
    when the file itself does not tell."""
    return locale not in MONTH_FIRST, locale.split("_")[0] not in DECIMAL_POINT


def mark_told(text: str) -> str | None:
    """The decimal mark a number's text shows, by its own grouping: "," or "."; "" when it
    has no mark (nothing to tell) or is no number either way; None when it reads both ways
    (1.234: one thousand two hundred thirty-four, or one and a bit). `1.5` cannot group
    thousands, `1.234.567` can only group them, in `1.234,5` the last mark is the decimal."""
    cleaned = _SPACES.sub("", text.strip()).lstrip("+-")
    if "." not in cleaned and "," not in cleaned:
        return ""
    fits = [mark for mark in ".," if _reads_with(cleaned, mark)]
    return fits[0] if len(fits) == 1 else None if fits else ""


def _reads_with(cleaned: str, decimal: str) -> bool:
    """Whether unsigned `cleaned` is a number with this decimal mark (and the other mark,
    if any, grouping thousands: 1 to 3 digits, then groups of 3)."""
    whole, _, fraction = cleaned.partition(decimal)
    if fraction and not fraction.isdigit():
        return False
    head, *groups = whole.split("," if decimal == "." else ".")
    if not groups:
        return head.isdigit() or (not head and bool(fraction))
    short = head.isdigit() and len(head) <= 3 and not head.startswith("0")
    return short and all(len(g) == 3 and g.isdigit() for g in groups)


@lru_cache(maxsize=4096)
def date_told(text: str) -> str | None:
    """The order a date's text shows: "dmy" or "mdy"; "" when it reads one way whatever
    the order (ISO, or day and month the same); None when it reads two ways (03/04/2026)."""
    found = _DMY.match(text.strip())
    if not found:
        return ""
    a, b = int(found[1]), int(found[2])
    if a == b:
        return ""
    year = int(found[3]) + (2000 if len(found[3]) == 2 else 0)
    fits = [
        order
        for order, (day, month) in (("dmy", (a, b)), ("mdy", (b, a)))
        if _is_date(year, month, day)
    ]
    return fits[0] if len(fits) == 1 else None if fits else ""


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
