"""The compact store of a file's rows gives back exactly what was put in."""

from datetime import date
from decimal import Decimal

from usagebill_desktop.domain.readings import ReadType
from usagebill_desktop.importers.reading_rows import FileReading, FileReadings

VALUES = ["1234.5", "-0.001", "1E+3", "0", "123456789012345678901234567890.5", "12.30"]


def _rows() -> list[FileReading]:
    return [
        FileReading(
            n + 2,
            f"WM{n % 2}",
            date(2026, 1, 10 - n % 3),
            Decimal(v),
            list(ReadType)[n % 3],
            "gate locked" if n == 1 else "",
        )
        for n, v in enumerate(VALUES)
    ]


def _stored(rows: list[FileReading]) -> FileReadings:
    store = FileReadings()
    for r in rows:
        store.add(r.row, r.meter, r.read_on, r.value, r.type, r.note)
    return store


def test_rows_come_back_exactly_with_their_value_scale() -> None:
    store = _stored(_rows())
    assert list(store) == _rows()
    assert [str(r.value) for r in store] == VALUES
    assert store[-1] == _rows()[-1] and len(store) == len(VALUES)


def test_date_order_keeps_file_order_within_a_day() -> None:
    store = _stored(_rows())
    ordered = list(store.in_date_order())
    assert ordered == sorted(_rows(), key=lambda r: (r.read_on, r.row))
    assert (store.first_day(), store.last_day()) == (date(2026, 1, 8), date(2026, 1, 10))
