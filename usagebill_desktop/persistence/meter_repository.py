"""Meters: each with its customer's account, listed with their latest read."""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..domain.meters import Meter, MeterKind, MeterListing
from ..domain.paging import Page
from .customer_repository import SqlCustomers
from .queries import Query, count_of, meter_or_customer_matches, paged, visible_readings
from .tables import CustomerRow, MeterRow, ReadingRow


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

    def fetch(self, page: Page) -> Sequence[MeterListing]:
        rows = self._session.execute(paged(self._filtered(page.search), page, self._SORT, "serial"))
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
            .where(ReadingRow.meter_id.in_(meter_ids), visible_readings(self._session))
            .subquery()
        )
        query = select(ranked.c.meter_id, ranked.c.n, ranked.c.read_on, ranked.c.value).where(
            ranked.c.rank == 1
        )
        return {meter_id: (n, on, value) for meter_id, n, on, value in self._session.execute(query)}

    def count(self, search: str = "") -> int:
        return count_of(self._session, self._filtered(search))

    def _filtered(self, search: str) -> Query:
        query: Query = select(MeterRow, CustomerRow.account, CustomerRow.name).join(
            CustomerRow, MeterRow.customer_id == CustomerRow.id
        )
        if search.strip():
            query = query.where(meter_or_customer_matches(search))
        return query
