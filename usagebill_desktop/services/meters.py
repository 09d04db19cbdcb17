"""Meters: install, list."""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from ..domain.errors import AlreadyExists, InvalidValue, NotFound
from ..domain.marks import N_
from ..domain.meters import Meter, MeterListing, make_meter
from ..domain.tariffs import Assignment
from .ports import EVERYTHING, OpenUnitOfWork, Page
from .readings import stored_meter, typed_read


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


def replace_meter(
    open_uow: OpenUnitOfWork,
    *,
    old: str,
    final_read: Decimal,
    new_serial: str,
    install_read: Decimal,
    on: date,
    today: date,
    digits: int | None = None,
    keep_lower: bool = False,
    keep_high: bool = False,
) -> Meter:
    """Swap a meter in one step: the old one's final read closes it, the new one starts at
    its install read, for the same customer and on the same tariff. Both reads are shown
    on the next bill, which adds the two parts. The final read is checked like any read a
    person types: a faulty meter may well read lower than before, which a person who was
    asked keeps (`keep_lower`; billing then holds it until someone has looked), and a read
    far beyond the usual use is kept only when confirmed (`keep_high`)."""
    with open_uow(write=True) as uow:
        current = stored_meter(uow, old)
        if current.removed_on is not None:
            raise InvalidValue(field="serial", reason=N_("this meter was already removed"))
        if uow.meters.get(new_serial.strip()) is not None:
            raise AlreadyExists(what="meter", key=new_serial.strip())
        final = typed_read(
            current,
            uow.readings.of_meter(old),
            read_on=on,
            value=final_read,
            today=today,
            note="final read: meter replaced",
            keep_lower=keep_lower,
            keep_high=keep_high,
        ).reading
        new = make_meter(
            serial=new_serial,
            customer_account=current.customer_account,
            kind=current.kind.value,
            unit=current.unit,
            install_date=on,
            digits=current.digits if digits is None else digits,
            multiplier=current.multiplier,
            install_read=install_read,
            route_order=current.route_order,
        )
        uow.readings.add_many([final])
        uow.meters.mark_removed(old, on)
        uow.meters.add(new)
        started = [a for a in uow.tariffs.assignments(old) if a.valid_from <= on]
        if started:
            uow.tariffs.assign(Assignment(new.serial, started[-1].tariff, on))
        uow.commit()
    return new
