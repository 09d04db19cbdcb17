"""Meters: install, list."""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from ..domain.errors import AlreadyExists, NotFound
from ..domain.meters import Meter, MeterListing, make_meter
from .ports import EVERYTHING, OpenUnitOfWork, Page


def add_meter(
    open_uow: OpenUnitOfWork,
    *,
    serial: str,
    customer_account: str,
    kind: str,
    unit: str,
    install_date: date,
    digits: int | None = None,
    multiplier: Decimal = Decimal(1),
    install_read: Decimal = Decimal(0),
    route_order: int | None = None,
) -> Meter:
    """Install a meter at a customer's; its install read is where billing starts."""
    meter = make_meter(
        serial=serial,
        customer_account=customer_account.strip(),
        kind=kind,
        unit=unit,
        install_date=install_date,
        digits=digits,
        multiplier=multiplier,
        install_read=install_read,
        route_order=route_order,
    )
    with open_uow(write=True) as uow:
        if uow.customers.get(meter.customer_account) is None:
            raise NotFound(what="customer", key=meter.customer_account)
        if uow.meters.get(meter.serial) is not None:
            raise AlreadyExists(what="meter", key=meter.serial)
        uow.meters.add(meter)
        uow.commit()
    return meter


def list_meters(open_uow: OpenUnitOfWork, *, page: Page = EVERYTHING) -> Sequence[MeterListing]:
    with open_uow() as uow:
        return uow.meters.fetch(page)


def count_meters(open_uow: OpenUnitOfWork, *, search: str = "") -> int:
    with open_uow() as uow:
        return uow.meters.count(search)
