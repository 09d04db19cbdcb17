"""Repositories: domain objects in, domain objects out. ORM rows stay in here."""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import islice
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Select, delete, func, or_, select, update
from sqlalchemy.orm import Session

from ..domain.company import CompanyProfile
from ..domain.customers import Customer
from ..domain.errors import NotFound
from ..domain.meters import Meter, MeterKind, MeterListing
from ..domain.paging import Page
from ..domain.readings import Reading, ReadingListing, ReadType
from ..domain.text import fold
from .bulk import insert_many
from .tables import CompanyRow, CustomerRow, MeterRow, ReadingRow

Query = Select[*tuple[Any, ...]]


def like_pattern(search: str) -> str:
    escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _folded_like(search: str) -> str:
    """A LIKE pattern on a folded name key: "ALVAREZ" finds "Álvarez"."""
    return like_pattern(fold(search))


def _meter_or_customer_matches(search: str) -> ColumnElement[bool]:
    """Part of a meter serial, a customer's name (folded) or account number."""
    pattern = like_pattern(search)
    return or_(
        MeterRow.serial.ilike(pattern, escape="\\"),
        CustomerRow.name_key.like(_folded_like(search), escape="\\"),
        CustomerRow.account.ilike(pattern, escape="\\"),
    )


def _ordered(query: Query, page: Page, sort_columns: dict[str, Any], default: str) -> Query:
    column = sort_columns.get(page.sort, sort_columns[default])
    tiebreak = sort_columns["_id"]
    # The id makes the order total, so pages never repeat or skip a row; it runs the
    # same way as the sort so that an index on (column, id) serves both.
    if page.descending:
        return query.order_by(column.desc(), tiebreak.desc())
    return query.order_by(column.asc(), tiebreak.asc())


def _page(query: Query, page: Page, sort_columns: dict[str, Any], default: str) -> Query:
    return _ordered(query, page, sort_columns, default).offset(page.offset).limit(page.limit)


def _count(session: Session, query: Query) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _customer(row: CustomerRow) -> Customer:
    return Customer(
        row.account, row.name, row.tax_id, row.address, row.email, row.language, row.active
    )


# A Customer's fields as columns: lists of thousands skip building ORM objects.
_CUSTOMER_COLUMNS = (CustomerRow.account, CustomerRow.name, CustomerRow.tax_id,
                     CustomerRow.address, CustomerRow.email, CustomerRow.language,
                     CustomerRow.active)  # fmt: skip


class SqlCustomers:
    _SORT: ClassVar[dict[str, Any]] = {
        "account": CustomerRow.account,
        "name": CustomerRow.name_key,
        "tax_id": CustomerRow.tax_id,
        "email": CustomerRow.email,
        "language": CustomerRow.language,
        "active": CustomerRow.active,
        "_id": CustomerRow.id,
    }

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, customer: Customer) -> None:
        row = CustomerRow(**asdict(customer), name_key=fold(customer.name))
        row.created_at = datetime.now(UTC)
        self._session.add(row)
        self._session.flush()

    def replace(self, account: str, customer: Customer) -> None:
        row = self._row(account)
        for field, value in asdict(customer).items():
            setattr(row, field, value)
        row.name_key = fold(customer.name)
        self._session.flush()

    def get(self, account: str) -> Customer | None:
        row = self._session.scalars(
            select(CustomerRow).where(CustomerRow.account == account)
        ).one_or_none()
        return None if row is None else _customer(row)

    def highest_numeric_account(self) -> int | None:
        accounts = self._session.scalars(select(CustomerRow.account))
        numbers = [int(a) for a in accounts if a.isdigit()]
        return max(numbers, default=None)

    def fetch(self, page: Page) -> Sequence[Customer]:
        query = _page(self._filtered(page.search, _CUSTOMER_COLUMNS), page, self._SORT, "name")
        return [Customer(*row) for row in self._session.execute(query)]

    def count(self, search: str = "") -> int:
        return _count(self._session, self._filtered(search))

    def _filtered(self, search: str, columns: tuple[Any, ...] = (CustomerRow,)) -> Query:
        query: Query = select(*columns)
        if search.strip():
            pattern = like_pattern(search)
            query = query.where(
                or_(
                    CustomerRow.name_key.like(_folded_like(search), escape="\\"),
                    CustomerRow.account.ilike(pattern, escape="\\"),
                    CustomerRow.tax_id.ilike(pattern, escape="\\"),
                    CustomerRow.email.ilike(pattern, escape="\\"),
                )
            )
        return query

    def _row(self, account: str) -> CustomerRow:
        row = self._session.scalars(
            select(CustomerRow).where(CustomerRow.account == account)
        ).one_or_none()
        if row is None:
            raise NotFound(what="customer", key=account)
        return row

    def id_of(self, account: str) -> int:
        return self._row(account).id


def _meter(row: MeterRow, account: str) -> Meter:
    return Meter(
        row.serial,
        account,
        MeterKind(row.kind),
        row.unit,
        row.register_digits,
        row.multiplier,
        row.install_read,
        row.installed_on,
        row.removed_on,
        row.route_order,
    )


class SqlMeters:
    _SORT: ClassVar[dict[str, Any]] = {
        "serial": MeterRow.serial,
        "customer": CustomerRow.name_key,
        "kind": MeterRow.kind,
        "unit": MeterRow.unit,
        "digits": MeterRow.register_digits,
        "multiplier": MeterRow.multiplier,
        "installed": MeterRow.installed_on,
        "removed": MeterRow.removed_on,
        "route": MeterRow.route_order,
        "_id": MeterRow.id,
    }

    def __init__(self, session: Session, customers: SqlCustomers) -> None:
        self._session = session
        self._customers = customers

    def add(self, meter: Meter) -> None:
        self._session.add(
            MeterRow(
                serial=meter.serial,
                customer_id=self._customers.id_of(meter.customer_account),
                kind=meter.kind.value,
                unit=meter.unit,
                register_digits=meter.digits,
                multiplier=meter.multiplier,
                install_read=meter.install_read,
                installed_on=meter.install_date,
                removed_on=meter.removed_on,
                route_order=meter.route_order,
            )
        )
        self._session.flush()

    def get(self, serial: str) -> Meter | None:
        found = self._session.execute(
            select(MeterRow, CustomerRow.account)
            .join(CustomerRow, MeterRow.customer_id == CustomerRow.id)
            .where(MeterRow.serial == serial)
        ).one_or_none()
        return None if found is None else _meter(found[0], found[1])

    def mark_removed(self, serial: str, removed_on: date) -> None:
        self._session.execute(
            update(MeterRow).where(MeterRow.serial == serial).values(removed_on=removed_on)
        )

    def every(self) -> Sequence[Meter]:
        """All meters, plain (a billing run): no counts of readings, no ORM objects."""
        query = (
            select(
                MeterRow.serial,
                CustomerRow.account,
                MeterRow.kind,
                MeterRow.unit,
                MeterRow.register_digits,
                MeterRow.multiplier,
                MeterRow.install_read,
                MeterRow.installed_on,
                MeterRow.removed_on,
                MeterRow.route_order,
            )
            .join(CustomerRow, MeterRow.customer_id == CustomerRow.id)
            .order_by(MeterRow.serial)
        )
        return [Meter(serial, account, MeterKind(kind), *rest)
                for serial, account, kind, *rest in self._session.execute(query)]  # fmt: skip

    def fetch(self, page: Page) -> Sequence[MeterListing]:
        rows = self._session.execute(_page(self._filtered(page.search), page, self._SORT, "serial"))
        meters = [(_meter(row, account), name, row.id) for row, account, name in rows]
        latest = self._latest_reads([meter_id for _, _, meter_id in meters])
        return [
            MeterListing(meter, name, *latest.get(meter_id, (0, None, None)))
            for meter, name, meter_id in meters
        ]

    def _latest_reads(self, meter_ids: list[int]) -> dict[int, tuple[int, date, Decimal]]:
        """Per meter of one page: how many readings, and the latest one's date and value."""
        by_meter = (ReadingRow.meter_id,)
        ranked = (
            select(
                ReadingRow.meter_id,
                ReadingRow.read_on,
                ReadingRow.value,
                func.row_number()
                .over(
                    partition_by=by_meter,
                    order_by=(ReadingRow.read_on.desc(), ReadingRow.id.desc()),
                )
                .label("rank"),
                func.count().over(partition_by=by_meter).label("n"),
            )
            .where(ReadingRow.meter_id.in_(meter_ids))
            .subquery()
        )
        query = select(ranked.c.meter_id, ranked.c.n, ranked.c.read_on, ranked.c.value).where(
            ranked.c.rank == 1
        )
        return {meter_id: (n, on, value) for meter_id, n, on, value in self._session.execute(query)}

    def count(self, search: str = "") -> int:
        return _count(self._session, self._filtered(search))

    def _filtered(self, search: str) -> Query:
        query: Query = select(MeterRow, CustomerRow.account, CustomerRow.name).join(
            CustomerRow, MeterRow.customer_id == CustomerRow.id
        )
        if search.strip():
            query = query.where(_meter_or_customer_matches(search))
        return query


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

    def of_meter(self, serial: str) -> Sequence[Reading]:
        """Every reading of one meter, oldest first (the order they were taken in)."""
        query = (
            select(ReadingRow)
            .join(MeterRow, ReadingRow.meter_id == MeterRow.id)
            .where(MeterRow.serial == serial)
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
            .where(ReadingRow.meter_id == meter_id.scalar_subquery(),
                   ReadingRow.read_on == reading.read_on)
            .values(value=reading.value, type=reading.type.value, source=reading.source,
                    note=reading.note, import_id=import_id)
        )  # fmt: skip

    def of_import(self, import_id: int) -> list[Reading]:
        query = (
            select(ReadingRow, MeterRow.serial)
            .join(MeterRow, ReadingRow.meter_id == MeterRow.id)
            .where(ReadingRow.import_id == import_id)
        )
        return [Reading(serial, r.read_on, r.value, ReadType(r.type), r.source, r.note)
                for r, serial in self._session.execute(query)]  # fmt: skip

    def delete_import(self, import_id: int) -> int:
        result = self._session.execute(delete(ReadingRow).where(ReadingRow.import_id == import_id))
        return int(result.rowcount)  # type: ignore[attr-defined]

    def of_meters(self, since: date, until: date,
                  serials: Collection[str] | None = None) -> dict[str, list[Reading]]:  # fmt: skip
        """Every meter's readings (or these meters') dated since … until, oldest first, in
        one query."""
        query = (
            select(MeterRow.serial, ReadingRow.read_on, ReadingRow.value, ReadingRow.type,
                   ReadingRow.source, ReadingRow.note)
            .join(MeterRow, ReadingRow.meter_id == MeterRow.id)
            .where(ReadingRow.read_on >= since, ReadingRow.read_on <= until)
            .order_by(ReadingRow.meter_id, ReadingRow.read_on, ReadingRow.id)
        )  # fmt: skip
        if serials is not None:
            query = query.where(MeterRow.serial.in_(serials))
        found: dict[str, list[Reading]] = {}
        for serial, read_on, value, kind, source, note in self._session.execute(query):
            found.setdefault(serial, []).append(
                Reading(serial, read_on, value, ReadType(kind), source, note)
            )
        return found

    def fetch(self, page: Page) -> Sequence[ReadingListing]:
        """One page in two steps: first the ids (from an index, joining only when the sort
        needs the meter or customer), then those rows with their meter and customer.
        Skipping to row 999,800 of a million then takes milliseconds, not a second."""
        ids: Query = self._matching(page.search)
        if page.sort in ("meter", "customer"):
            ids = self._joined(ids)
        ids = _page(ids, page, self._SORT, "date")
        rows = select(
            ReadingRow, MeterRow.serial, MeterRow.unit, CustomerRow.account, CustomerRow.name
        ).where(ReadingRow.id.in_(ids))
        query = _ordered(self._joined(rows), page, self._SORT, "date")
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
        query: Query = select(ReadingRow.id)
        if search.strip():
            meters = select(MeterRow.id).join(CustomerRow, MeterRow.customer_id == CustomerRow.id)
            query = query.where(
                ReadingRow.meter_id.in_(meters.where(_meter_or_customer_matches(search)))
            )
        return query

    @staticmethod
    def _joined(query: Query) -> Query:
        return query.join(MeterRow, ReadingRow.meter_id == MeterRow.id).join(
            CustomerRow, MeterRow.customer_id == CustomerRow.id
        )


class SqlCompany:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> CompanyProfile:
        row = self._session.get(CompanyRow, 1)
        if row is None:
            return CompanyProfile()
        fields = CompanyProfile.__dataclass_fields__
        return CompanyProfile(**{name: getattr(row, name) for name in fields})

    def save(self, profile: CompanyProfile) -> None:
        row = self._session.get(CompanyRow, 1) or CompanyRow(id=1)
        for name, value in asdict(profile).items():
            setattr(row, name, value)
        self._session.add(row)
        self._session.flush()
