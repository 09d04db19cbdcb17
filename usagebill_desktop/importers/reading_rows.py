"""The rows of a readings file, kept compact: a million rows take tens of megabytes, not
hundreds, and come back in date order without a second copy.

Each row is a few machine integers in parallel arrays (row number, day, meter, the
value's digits and exponent, read type); notes, which few rows have, sit in a dict.
`FileReading` objects are made only when a row is looked at."""

from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain.readings import ReadType

_TYPES = tuple(ReadType)
_TYPE_INDEX = {t: i for i, t in enumerate(_TYPES)}
_INT64_DIGITS = 18  # any coefficient this long fits in a signed 64-bit integer


@dataclass(frozen=True, slots=True)
class FileReading:
    row: int
    meter: str
    read_on: date
    value: Decimal
    type: ReadType
    note: str


class FileReadings:
    """An append-only sequence of `FileReading`, in file order."""

    def __init__(self) -> None:
        self._rows = array("i")
        self._days = array("i")
        self._meters = array("i")
        self._digits = array("q")
        self._exponents = array("i")
        self._types = array("b")
        self._serials: list[str] = []
        self._serial_index: dict[str, int] = {}
        self._notes: dict[int, str] = {}
        self._large: dict[int, Decimal] = {}  # values with more digits than an int64 holds
        self._by_day: dict[int, array[int]] = {}

    def add(
        self, row: int, meter: str, read_on: date, value: Decimal, kind: ReadType, note: str
    ) -> None:
        """A row, from its fields (no FileReading is made just to be taken apart)."""
        position = len(self._rows)
        serial = self._serial_index.get(meter)
        if serial is None:
            serial = self._serial_index[meter] = len(self._serials)
            self._serials.append(meter)
        _, digits, exponent = value.as_tuple()
        if isinstance(exponent, int) and len(digits) <= _INT64_DIGITS:
            coefficient = int(value.scaleb(-exponent))
        else:
            self._large[position] = value
            coefficient, exponent = 0, 0
        day = read_on.toordinal()
        self._rows.append(row)
        self._days.append(day)
        self._meters.append(serial)
        self._digits.append(coefficient)
        self._exponents.append(exponent)
        self._types.append(_TYPE_INDEX[kind])
        if note:
            self._notes[position] = note
        same_day = self._by_day.get(day)
        if same_day is None:
            same_day = self._by_day[day] = array("i")
        same_day.append(position)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, position: int) -> FileReading:
        if not -len(self) <= position < len(self):
            raise IndexError(position)
        return self._at(position % len(self))

    def _at(self, position: int) -> FileReading:
        value = self._large.get(position)
        if value is None:
            value = Decimal(self._digits[position]).scaleb(self._exponents[position])
        meter = self._serials[self._meters[position]]
        day = date.fromordinal(self._days[position])
        kind = _TYPES[self._types[position]]
        return FileReading(
            self._rows[position], meter, day, value, kind, self._notes.get(position, "")
        )

    def __iter__(self) -> Iterator[FileReading]:
        return (self._at(p) for p in range(len(self)))

    def head(self, count: int) -> list[FileReading]:
        return [self[p] for p in range(min(count, len(self)))]

    def first_day(self) -> date | None:
        return date.fromordinal(min(self._by_day)) if self._by_day else None

    def last_day(self) -> date | None:
        return date.fromordinal(max(self._by_day)) if self._by_day else None

    def in_date_order(self) -> Iterator[FileReading]:
        """By day, and within a day in file order (rows were appended in file order)."""
        for day in sorted(self._by_day):
            for position in self._by_day[day]:
                yield self._at(position)
