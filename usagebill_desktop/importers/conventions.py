"""How a readings file writes its numbers and dates, decided by evidence and never in
silence: what every cell of the column shows (`mark_told`, `date_told`), the delimiter (in
a comma-separated file a decimal comma can only sit in a quoted cell), an option given by
the person, and only when no cell reads two ways, the locale. What the file leaves open
the meters' history may settle (`services/file_imports.py`); else the import asks."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..domain.imports import Note, note
from ..domain.marks import N_
from .tables import UnreadableFile
from .values import ValueProblem, parse_date, parse_number

DECIMAL, DATES = "decimal", "dates"
CHOICES = {DECIMAL: (",", "."), DATES: ("dmy", "mdy")}
SAMPLE = 200  # the rows that read two ways, kept for the meters' history to weigh

WHY_TOLD = N_("row {row} reads {text} only this way")
WHY_DELIMITER = N_("the file is comma-separated and no value has a comma")
WHY_HISTORY = N_("{rows} rows fit the meters' stored reads only this way")
WHY_OPTION = N_("as you chose")
WHY_LOCALE = N_("the locale's; no value reads two ways")
# A value that shows the other mark than the one a person gave: a problem of its row.
OTHER_MARK = {
    ".": N_("{text} has a decimal point, not the decimal comma asked for"),
    ",": N_("{text} has a decimal comma, not the decimal point asked for"),
}

_TWO_WAYS = {
    DECIMAL: N_(
        "{file}: the values of column {column} read two ways (row {row}: {text} is {one} "
        "or {other}); say which with --decimal . or --decimal ,"
    ),
    DATES: N_(
        "{file}: the dates of column {column} read two ways (row {row}: {text} is {one} "
        "or {other}); say which with --dates dmy or --dates mdy"
    ),
}
_DISAGREE = {
    DECIMAL: N_(
        "{file}: the values of column {column} disagree on the decimal mark (row {row}: "
        "{text}; row {other_row}: {other_text}); say which with --decimal . or --decimal ,"
    ),
    DATES: N_(
        "{file}: the dates of column {column} disagree on their order (row {row}: {text}; "
        "row {other_row}: {other_text}); say which with --dates dmy or --dates mdy"
    ),
}


@dataclass
class Evidence:
    """What one column's cells say: the first cell that tells each choice, and the rows
    that read two ways (a sample of them, with their meter and date cells)."""

    told: dict[str, tuple[int, str]] = field(default_factory=dict)
    two_ways: list[tuple[int, str, object, object]] = field(default_factory=list)
    two_ways_count: int = 0
    comma_two_ways: bool = False  # a value that reads two ways has a comma

    def add(self, told: str | None, row: int, text: str, meter: object, when: object) -> None:
        if told is None:
            self.two_ways_count += 1
            self.comma_two_ways = self.comma_two_ways or "," in text
            if len(self.two_ways) < SAMPLE:
                self.two_ways.append((row, text, meter, when))
        elif told and told not in self.told:
            self.told[told] = (row, text)


@dataclass(frozen=True)
class Convention:
    """How one column is read and why. `choice` None: the file cannot tell (yet)."""

    choice: str | None
    source: str = ""  # "file", "history", "option" or "locale"
    why: Note | None = None


UNDECIDED = Convention(None)


def decide(
    kind: str, evidence: Evidence, *, option: str | None, locale: str, delimiter: str | None
) -> Convention:
    """What the file (or the option, or the locale where nothing reads two ways) says."""
    if option is not None:
        return Convention(option, "option", note(WHY_OPTION))
    if len(evidence.told) > 1:
        return Convention(None)  # cells that contradict each other are a problem
    if evidence.told:
        ((choice, (row, text)),) = evidence.told.items()
        return Convention(choice, "file", note(WHY_TOLD, row=row, text=text))
    if not evidence.two_ways_count:
        return Convention(locale, "locale", note(WHY_LOCALE))
    if kind == DECIMAL and delimiter == "," and not evidence.comma_two_ways:
        return Convention(".", "file", note(WHY_DELIMITER))
    return Convention(None)


def decide_all(
    evidence: dict[str, Evidence],
    *,
    options: dict[str, str | None],
    locale: dict[str, str],
    delimiter: str | None,
) -> dict[str, Convention]:
    """`decide` for the dates and the decimal mark at once, by kind."""
    return {
        kind: decide(
            kind,
            evidence.get(kind, Evidence()),
            option=options[kind],
            locale=locale[kind],
            delimiter=delimiter,
        )
        for kind in (DATES, DECIMAL)
    }


def readings_of(kind: str, text: str) -> dict[str, Decimal | date]:
    """A cell's reading under each choice (those that read at all)."""
    found: dict[str, Decimal | date] = {}
    for choice in CHOICES[kind]:
        try:
            if kind == DECIMAL:
                found[choice] = parse_number(text, choice == ",")
            else:
                found[choice] = parse_date(text, choice == "dmy")
        except ValueProblem:
            pass
    return found


class ConventionUndecided(UnreadableFile):
    """The file's numbers or dates read two ways and nothing decides: the import stops
    before writing and asks. `kind` is DECIMAL or DATES; `row` a sample row, and `readings`
    for each choice a cell and what it is read that way, for the wizard to show."""

    def __init__(self, kind: str, evidence: Evidence, *, file: str, column: str) -> None:
        self.kind = kind
        self.readings: dict[str, tuple[str, Decimal | date]] = {}
        if len(evidence.told) > 1:
            (row, text), (other_row, other_text) = sorted(evidence.told.values())
            super().__init__(
                _DISAGREE[kind],
                file=file,
                column=column,
                row=row,
                text=text,
                other_row=other_row,
                other_text=other_text,
            )
            for choice, (_, told) in sorted(evidence.told.items()):
                self.readings[choice] = (told, readings_of(kind, told)[choice])
        else:
            row, text, _, _ = evidence.two_ways[0]
            both = readings_of(kind, text)
            one, other = (str(both[choice]) for choice in CHOICES[kind])
            super().__init__(
                _TWO_WAYS[kind], file=file, column=column, row=row, text=text, one=one, other=other
            )
            self.readings = {choice: (text, both[choice]) for choice in CHOICES[kind]}
        self.row = row
