"""Readings: written in bulk, read back per meter, per import or a page at a time."""

from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import islice
from typing import Any, ClassVar

from sqlalchemy import BigInteger, Dialect, String, delete, func, select, type_coerce, update
from sqlalchemy.orm import Session, aliased

from ..domain.paging import Page
from ..domain.readings import Reading, ReadingListing, ReadType
from .bulk import insert_many, insert_stored
from .queries import Query, meter_or_customer_matches, ordered, paged, visible_readings
from .tables import QUANTITY, CustomerRow, MeterRow, ReadingRow

_INT64 = 2**63


def _plain_columns(reading: Any) -> tuple[Any, ...]:
    """A reading's columns as SQLite stores them (the meter's serial, the day as ISO text,
    the value as a scaled integer, type, source, note), for `_plain_readings`; `reading`
    is `ReadingRow` or an alias of it."""
    return (
        MeterRow.serial,
        type_coerce(reading.read_on, String),
        type_coerce(reading.value, BigInteger),
        reading.type,
        reading.source,
        reading.note,
    )


class StagedReadings:
    """Readings to add once the write lock is taken (an import checks its rows first),
    kept as the driver will take them, a column at a time: about 20 bytes a reading, so
    a million checked rows wait without a million objects, and writing them under the
    lock is little more than SQLite's own work."""

    def __init__(self, meter_ids: dict[str, int], dialect: Dialect) -> None:
        self._meter_ids = meter_ids
        self._as_value = _processor("value", dialect) or (lambda value: value)
        self._meters, self._days, self._values = array("i"), array("i"), array("q")
        self._kinds: dict[tuple[str, str], int] = {}  # (type, source) → its index
        self._kind_of = array("b")
        self._notes: dict[int, str] = {}
        self._large: dict[int, int] = {}  # scaled values beyond 64 bits

    def add(self, reading: Reading) -> None:
        position = len(self._days)
        self._meters.append(self._meter_ids[reading.meter_serial])
        self._days.append(reading.read_on.toordinal())
        value = self._as_value(reading.value)
        if -_INT64 <= value < _INT64:
            self._values.append(value)
        else:
            self._values.append(0)
            self._large[position] = value
        kind = (reading.type.value, reading.source)
        self._kind_of.append(self._kinds.setdefault(kind, len(self._kinds)))
        if reading.note:
            self._notes[position] = reading.note

    def __len__(self) -> int:
        return len(self._days)

    def rows(
        self, dialect: Dialect, import_id: int | None, part: slice = slice(None)
    ) -> Iterator[tuple[Any, ...]]:
        """In `STAGED_KEYS` order, as the driver takes them: all, or `part` of them."""
        as_day = _processor("read_on", dialect) or (lambda day: day)
        as_time = _processor("created_at", dialect) or (lambda when: when)
        created, kinds = as_time(datetime.now(UTC)), list(self._kinds)
        days: dict[int, Any] = {}
        for p in range(*part.indices(len(self._days))):
            day = self._days[p]
            stored = days.get(day)
            if stored is None:
                stored = days[day] = as_day(date.fromordinal(day))
            kind, source = kinds[self._kind_of[p]]
            value = self._large.get(p, self._values[p])
            note = self._notes.get(p, "")
            yield (self._meters[p], stored, value, kind, source, note, created, import_id)


STAGED_KEYS = ("meter_id", "read_on", "value", "type", "source", "note", "created_at", "import_id")


def _processor(key: str, dialect: Dialect) -> Callable[[Any], Any] | None:
    """The column's own bind processor (its type's, then the driver's), as SQLAlchemy uses."""
    column_type = ReadingRow.__table__.c[key].type
    return column_type.dialect_impl(dialect).bind_processor(dialect)


class SqlReadings:
    _SORT: ClassVar[dict[str, Any]] = {
        "date": ReadingRow.read_on,
        "meter": MeterRow.serial,
        "customer": CustomerRow.name_key,
        "value": ReadingRow.value,
        "type": ReadingRow.type,
        "_id": ReadingRow.id,
    }

    def __init__(self, session: Session) -> None:
        self._session = session

    def add_many(self, readings: Iterable[Reading], import_id: int | None = None) -> int:
        """Bulk insert straight to the driver's executemany (the ORM unit of work is ~40×
        slower), in batches, so a million readings never sit in memory as parameters."""
        found = self._session.execute(select(MeterRow.serial, MeterRow.id))
        meter_ids = {serial: meter_id for serial, meter_id in found}
        now = datetime.now(UTC)
        rows = (
            {
                "meter_id": meter_ids[r.meter_serial],
                "read_on": r.read_on,
                "value": r.value,
                "type": r.type.value,
                "source": r.source,
                "note": r.note,
                "created_at": now,
                "import_id": import_id,
            }
            for r in readings
        )
        written, connection = 0, self._session.connection()
        while batch := list(islice(rows, 10_000)):
            insert_many(connection, ReadingRow, batch)
            written += len(batch)
        return written

    def staging(self) -> StagedReadings:
        """A place for readings to add later with `add_staged` (any unit of work's)."""
        found = self._session.execute(select(MeterRow.serial, MeterRow.id))
        dialect = self._session.get_bind().dialect
        return StagedReadings({serial: meter_id for serial, meter_id in found}, dialect)

    def add_staged(
        self, staged: StagedReadings, import_id: int | None = None, part: slice = slice(None)
    ) -> int:
        """Write what was staged, or `part` of it (at the driver's speed: each value is
        already in stored form)."""
        connection = self._session.connection()
        rows = staged.rows(connection.dialect, import_id, part)
        return insert_stored(connection, ReadingRow, STAGED_KEYS, rows)

    def of_meter(self, serial: str) -> Sequence[Reading]:
        """Every reading of one meter, oldest first (the order they were taken in)."""
        query = (
            select(ReadingRow)
            .join(MeterRow, ReadingRow.meter_id == MeterRow.id)
            .where(MeterRow.serial == serial, visible_readings(self._session))
            .order_by(ReadingRow.read_on, ReadingRow.id)
        )
        return [
            Reading(serial, r.read_on, r.value, ReadType(r.type), r.source, r.note)
            for r in self._session.scalars(query)
        ]

    def replace_value(self, reading: Reading, import_id: int | None) -> None:
        """A new value for the register read of that meter and day (an import's --replace)."""
        meter_id = select(MeterRow.id).where(MeterRow.serial == reading.meter_serial)
        self._session.execute(
            update(ReadingRow)
            .where(
                ReadingRow.meter_id == meter_id.scalar_subquery(),
                ReadingRow.read_on == reading.read_on,
                visible_readings(self._session),
            )
            .values(
                value=reading.value,
                type=reading.type.value,
                source=reading.source,
                note=reading.note,
                import_id=import_id,
            )
        )

    def delete_one(self, serial: str, read_on: date) -> int:
        """The reading of that meter and day removed (a correction before billing)."""
        meter_id = select(MeterRow.id).where(MeterRow.serial == serial)
        result = self._session.execute(
            delete(ReadingRow).where(
                ReadingRow.meter_id == meter_id.scalar_subquery(),
                ReadingRow.read_on == read_on,
                visible_readings(self._session),
            )
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def of_import(self, import_id: int) -> list[Reading]:
        query = (
            select(ReadingRow, MeterRow.serial)
            .join(MeterRow, ReadingRow.meter_id == MeterRow.id)
            .where(ReadingRow.import_id == import_id)
        )
        return [
            Reading(serial, r.read_on, r.value, ReadType(r.type), r.source, r.note)
            for r, serial in self._session.execute(query)
        ]

    def delete_import(self, import_id: int, limit: int | None = None) -> int:
        """The import's readings removed: all, or at most `limit` of them (a pending import
        is removed a bounded transaction at a time)."""
        of_import = ReadingRow.import_id == import_id
        if limit is not None:
            of_import = ReadingRow.id.in_(select(ReadingRow.id).where(of_import).limit(limit))
        result = self._session.execute(delete(ReadingRow).where(of_import))
        return int(result.rowcount)  # type: ignore[attr-defined]

    def of_meters(
        self, since: date, until: date, serials: Collection[str] | None = None
    ) -> dict[str, list[Reading]]:
        """Every meter's readings (or these meters') dated since … until, oldest first, in
        one query. Tens of thousands of rows (a read sheet, a billing run): the day and the
        value come as SQLite stores them (ISO text, a scaled integer; `_plain_readings`)."""
        query = (
            select(*_plain_columns(ReadingRow))
            .join(MeterRow, ReadingRow.meter_id == MeterRow.id)
            .where(ReadingRow.read_on >= since, ReadingRow.read_on <= until)
            .where(visible_readings(self._session))
            .order_by(ReadingRow.meter_id, ReadingRow.read_on, ReadingRow.id)
        )
        if serials is not None:
            query = query.where(MeterRow.serial.in_(serials))
        found: dict[str, list[Reading]] = {}
        for reading in self._plain_readings(query):
            found.setdefault(reading.meter_serial, []).append(reading)
        return found

    def last_before(self, on: date) -> dict[str, Reading]:
        """Each meter's latest reading dated before `on`, in one query: an index seek per
        meter, however long its history (the read sheet opens on these)."""
        latest = (
            select(ReadingRow.id)
            .where(ReadingRow.meter_id == MeterRow.id, ReadingRow.read_on < on)
            .where(visible_readings(self._session))
            .order_by(ReadingRow.read_on.desc(), ReadingRow.id.desc())
            .limit(1)
            .correlate(MeterRow)
            .scalar_subquery()
        )
        found = aliased(ReadingRow)
        query = select(*_plain_columns(found)).join(found, found.id == latest)
        return {r.meter_serial: r for r in self._plain_readings(query)}

    def _plain_readings(self, query: Any) -> Iterator[Reading]:
        """Rows of `_plain_columns` made into `Reading`s here, through Core rather than the
        ORM — three times faster than the column types' own conversion, to the same
        `Reading`s."""
        scale = QUANTITY.scale
        kinds, day = {kind.value: kind for kind in ReadType}, date.fromisoformat
        self._session.flush()  # Core does not flush what this unit of work added
        rows = self._session.connection().execute(query).fetchall()  # one call, not one a row
        for serial, read_on, value, kind, source, note in rows:
            yield Reading(
                serial, day(read_on), Decimal(value).scaleb(-scale), kinds[kind], source, note
            )

    def state(self, since: date, until: date) -> tuple[object, ...]:
        """What changes when a reading dated since … until is added (count, highest id),
        removed (count) or given a new value (only an import does, and it sets its own
        import id): compared before and after a long check instead of locking meanwhile."""
        query = select(
            func.count(),
            func.max(ReadingRow.id),
            func.sum(ReadingRow.import_id),
            func.sum(ReadingRow.value),
        ).where(
            ReadingRow.read_on >= since,
            ReadingRow.read_on <= until,
            visible_readings(self._session),
        )
        return tuple(self._session.execute(query).one())

    def fetch(self, page: Page) -> Sequence[ReadingListing]:
        """One page in two steps: first the ids (from an index, joining only when the sort
        needs the meter or customer), then those rows with their meter and customer.
        Skipping to row 999,800 of a million then takes milliseconds, not a second."""
        ids: Query = self._matching(page.search)
        if page.sort in ("meter", "customer"):
            ids = self._joined(ids)
        ids = paged(ids, page, self._SORT, "date")
        rows = select(
            ReadingRow, MeterRow.serial, MeterRow.unit, CustomerRow.account, CustomerRow.name
        ).where(ReadingRow.id.in_(ids))
        query = ordered(self._joined(rows), page, self._SORT, "date")
        return [
            ReadingListing(
                row.id,
                Reading(serial, row.read_on, row.value, ReadType(row.type), row.source, row.note),
                account,
                name,
                unit,
            )
            for row, serial, unit, account, name in self._session.execute(query)
        ]

    def count(self, search: str = "") -> int:
        query = self._matching(search).with_only_columns(func.count(), maintain_column_froms=True)
        return int(self._session.scalar(query) or 0)

    def _matching(self, search: str) -> Query:
        """Reading ids, of the meters whose serial or customer matches the search."""
        query: Query = select(ReadingRow.id).where(visible_readings(self._session))
        if search.strip():
            meters = select(MeterRow.id).join(CustomerRow, MeterRow.customer_id == CustomerRow.id)
            query = query.where(
                ReadingRow.meter_id.in_(meters.where(meter_or_customer_matches(search)))
            )
        return query

    @staticmethod
    def _joined(query: Query) -> Query:
        return query.join(MeterRow, ReadingRow.meter_id == MeterRow.id).join(
            CustomerRow, MeterRow.customer_id == CustomerRow.id
        )
