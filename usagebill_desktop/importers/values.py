"""Numbers and dates as people type them in spreadsheets, read exactly.

"1.234,5", "1,234.5", "1 234,5" and "1234.5" are all 1234.5; never through float.
Dates: ISO, dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, and mm/dd/yyyy when the locale says
so. A date like 03/04/2026 is ambiguous; the file's other dates or its locale decide.
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


def decimal_comma_in(texts: list[str]) -> bool | None:
    """Whether a file's numbers use a decimal comma, from the first that tells;
    None when none of them does (then the locale decides)."""
    for text in texts:
        cleaned = _SPACES.sub("", text.strip())
        marks = [c for c in cleaned if c in ".,"]
        if len(set(marks)) == 2:
            return cleaned[max(cleaned.rfind("."), cleaned.rfind(","))] == ","
        if len(marks) == 1 and len(cleaned.rsplit(marks[0], 1)[1]) != 3:
            return marks[0] == ","
    return None


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
            year += 2000 if year < 100 else 0
            day, month = (a, b) if day_first else (b, a)
            return date(year, month, day)
    except ValueError:
        pass
    raise ValueProblem(N_("not a date: {text}"), text=repr(cleaned))


def date_order(texts: list[str]) -> bool | None:
    """True if the dates are day-first, False if month-first, None if they cannot tell
    (every date has day and month ≤ 12: then the locale decides)."""
    for text in texts:
        found = _DMY.match(text.strip())
        if found:
            a, b = int(found[1]), int(found[2])
            if a > 12 >= b:
                return True
            if b > 12 >= a:
                return False
    return None


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
