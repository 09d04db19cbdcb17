"""Meters: each with its customer's account, listed with their latest read."""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, and_, false, func, select, update
from sqlalchemy.orm import Session

from ..domain.invoices import InvoiceKind, InvoiceState
from ..domain.meters import Meter, MeterKind, MeterListing, MeterStatus
from ..domain.paging import Page
from ..domain.readings import ReadType
from .customer_repository import SqlCustomers
from .queries import Query, count_of, meter_or_customer_matches, paged, visible_readings
from .tables import (
    CustomerRow,
    InvoiceMeterRow,
    InvoiceRow,
    MeterRow,
    MeterTariffRow,
    ReadingRow,
    TariffRow,
)


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

    def update(self, meter: Meter) -> None:
        """What may change of a stored meter: its register, unit and route order."""
        self._session.execute(
            update(MeterRow)
            .where(MeterRow.serial == meter.serial)
            .values(
                unit=meter.unit,
                register_digits=meter.digits,
                multiplier=meter.multiplier,
                install_read=meter.install_read,
                installed_on=meter.install_date,
                route_order=meter.route_order,
            )
        )

    def mark_removed(self, serial: str, removed_on: date) -> None:
        self._session.execute(
            update(MeterRow).where(MeterRow.serial == serial).values(removed_on=removed_on)
        )

    def every(self) -> Sequence[Meter]:
        """All meters, plain (a billing run): no counts of readings, no ORM objects."""
        return self._plain()

    def of_customer(self, account: str) -> Sequence[Meter]:
        """One customer's meters, removed ones included, plain."""
        return self._plain(CustomerRow.account == account)

    def _plain(self, *where: Any) -> Sequence[Meter]:
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
            .where(*where)
            .order_by(MeterRow.serial)
        )
        return [
            Meter(serial, account, MeterKind(kind), *rest)
            for serial, account, kind, *rest in self._session.execute(query)
        ]

    def fetch(
        self, page: Page, *, status: MeterStatus | None = None, today: date | None = None
    ) -> Sequence[MeterListing]:
        """One page of meters, each with its current tariff (on `today`) and statuses."""
        looks = _Looks(self._session, today)
        query = self._filtered(page.search, status, looks).add_columns(
            looks.tariff, *looks.flags.values()
        )
        rows = self._session.execute(paged(query, page, self._SORT, "serial")).all()
        latest = self._latest_reads([row[0].id for row in rows])
        listings = []
        for meter_row, account, name, tariff, *flags in rows:
            statuses = frozenset(s for s, on in zip(looks.flags, flags, strict=True) if on)
            n, on, value = latest.get(meter_row.id, (0, None, None))
            meter = _meter(meter_row, account)
            listings.append(MeterListing(meter, name, n, on, value, tariff, statuses))
        return listings

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
            .where(ReadingRow.meter_id.in_(meter_ids), visible_readings(self._session))
            .subquery()
        )
        query = select(ranked.c.meter_id, ranked.c.n, ranked.c.read_on, ranked.c.value).where(
            ranked.c.rank == 1
        )
        return {meter_id: (n, on, value) for meter_id, n, on, value in self._session.execute(query)}

    def count(
        self, search: str = "", *, status: MeterStatus | None = None, today: date | None = None
    ) -> int:
        looks = None if status is None else _Looks(self._session, today)
        return count_of(self._session, self._filtered(search, status, looks))

    def _filtered(self, search: str, status: MeterStatus | None, looks: "_Looks | None") -> Query:
        query: Query = select(MeterRow, CustomerRow.account, CustomerRow.name).join(
            CustomerRow, MeterRow.customer_id == CustomerRow.id
        )
        if search.strip():
            query = query.where(meter_or_customer_matches(search))
        if status is not None and looks is not None:
            query = query.where(looks.flags[status])
        return query


class _Looks:
    """What the list says of each meter beyond its own row, as correlated subqueries
    that each seek one index (readings by meter and date, invoice blocks by serial,
    assignments by meter and date): a page costs a few lookups per row, and a status
    filter over 20,000 meters a few per meter, with no query per row in Python."""

    def __init__(self, session: Session, today: date | None) -> None:
        today = today or date.today()
        visible = visible_readings(session)

        def latest(column: Any, skip: int = 0) -> Any:
            return (
                select(column)
                .where(ReadingRow.meter_id == MeterRow.id, visible)
                .order_by(ReadingRow.read_on.desc(), ReadingRow.id.desc())
                .offset(skip)
                .limit(1)
                .correlate(MeterRow)
                .scalar_subquery()
            )

        last_on, last_value = latest(ReadingRow.read_on), latest(ReadingRow.value)
        before = func.coalesce(latest(ReadingRow.value, skip=1), MeterRow.install_read)
        # Where its last bill ended: the end read's day (a usage meter's: the last day billed).
        billed_until = (
            select(func.max(func.coalesce(InvoiceMeterRow.end_on, InvoiceMeterRow.last_day)))
            .join(InvoiceRow, InvoiceMeterRow.invoice_id == InvoiceRow.id)
            .where(
                InvoiceMeterRow.meter_serial == MeterRow.serial,
                InvoiceRow.kind == InvoiceKind.INVOICE.value,
                InvoiceRow.state != InvoiceState.VOID.value,
            )
            .correlate(MeterRow)
            .scalar_subquery()
        )
        unread = last_on.is_(None) | and_(billed_until.is_not(None), last_on <= billed_until)
        self.flags: dict[MeterStatus, ColumnElement[bool]] = {
            MeterStatus.NEEDS_READ: and_(MeterRow.removed_on.is_(None), unread),
            MeterStatus.ESTIMATED: func.coalesce(
                latest(ReadingRow.type) == ReadType.ESTIMATED.value, false()
            ),
            MeterStatus.FLAGGED: func.coalesce(
                and_(MeterRow.kind == MeterKind.CUMULATIVE.value, last_value < before), false()
            ),
        }
        # The tariff rating the meter today; before its first assignment starts, that one.
        started = MeterTariffRow.valid_from <= today
        self.tariff = (
            select(TariffRow.name)
            .join(MeterTariffRow, MeterTariffRow.tariff_id == TariffRow.id)
            .where(MeterTariffRow.meter_id == MeterRow.id)
            .order_by(started.desc(), MeterTariffRow.valid_from.desc())
            .limit(1)
            .correlate(MeterRow)
            .scalar_subquery()
        )
