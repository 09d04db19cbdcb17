"""Meters: install, list, edit, take out of service, replace."""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from ..domain.errors import AlreadyExists, InvalidValue, NotFound
from ..domain.marks import N_
from ..domain.meters import Meter, MeterListing, MeterStatus, make_meter
from ..domain.money import plain
from ..domain.tariffs import Assignment
from ..texts import texts
from .ports import EVERYTHING, OpenUnitOfWork, Page, UnitOfWork
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


def list_meters(
    open_uow: OpenUnitOfWork,
    *,
    page: Page = EVERYTHING,
    status: MeterStatus | None = None,
    today: date | None = None,
) -> Sequence[MeterListing]:
    """A page of meters (only those with `status`), each with the tariff rating it
    `today` and its statuses."""
    with open_uow() as uow:
        return uow.meters.fetch(page, status=status, today=today)


def count_meters(
    open_uow: OpenUnitOfWork,
    *,
    search: str = "",
    status: MeterStatus | None = None,
    today: date | None = None,
) -> int:
    with open_uow() as uow:
        return uow.meters.count(search, status=status, today=today)


# What a meter's readings were measured with: fixed once it has any (its billed history
# depends on them); before its first reading a slip in them may be corrected.
REGISTER = ("digits", "multiplier", "install_read", "install_date")


def edit_meter(
    open_uow: OpenUnitOfWork,
    *,
    serial: str,
    unit: str,
    route_order: int | None,
    digits: int | None,
    multiplier: Decimal,
    install_read: Decimal,
    install_date: date,
    actor: str = "operator",
) -> Meter:
    """Change a stored meter: its unit label and route order at any time (issued invoices
    keep the unit they printed); its register (digits, multiplier, install read and date)
    only while it has no readings. Its serial, customer and kind never change: a different
    meter is a replacement (`replace_meter`). Audited with the old and new values."""
    with open_uow(write=True) as uow:
        current = stored_meter(uow, serial)
        changed = make_meter(
            serial=current.serial,
            customer_account=current.customer_account,
            kind=current.kind.value,
            unit=unit,
            install_date=install_date,
            digits=digits,
            multiplier=multiplier,
            install_read=install_read,
            route_order=route_order,
        )
        changed = replace(changed, removed_on=current.removed_on)
        fields = [
            f
            for f in ("unit", "route_order", *REGISTER)
            if _value(changed, f) != _value(current, f)
        ]
        register = [f for f in fields if f in REGISTER]
        if register and uow.readings.of_meter(serial):
            reason = N_("cannot change once the meter has readings; replace the meter instead")
            raise InvalidValue(field=register[0], reason=reason)
        if fields:
            data = {f: [_value(current, f), _value(changed, f)] for f in fields}
            uow.meters.update(changed)
            uow.audit.record(actor, "edit meter", serial, data)
        uow.commit()
    return changed


def _value(meter: Meter, field: str) -> object:
    """A meter's field as the audit log writes it."""
    value = getattr(meter, field)
    if isinstance(value, Decimal):
        return plain(value)
    return value.isoformat() if isinstance(value, date) else value


def workspace_note(uow: UnitOfWork, template: str) -> str:
    """A note the app writes on a stored read, in the workspace's language (its company's),
    as the people who keep the data file write theirs."""
    return texts(uow.company.get().language).gettext(template)


def in_service(uow: UnitOfWork, serial: str) -> Meter:
    """The stored meter, or `NotFound`; refused when it was already removed."""
    meter = stored_meter(uow, serial)
    if meter.removed_on is not None:
        raise InvalidValue(field="serial", reason=N_("this meter was already removed"))
    return meter


def remove_meter(
    open_uow: OpenUnitOfWork,
    *,
    serial: str,
    on: date,
    today: date,
    final_read: Decimal | None = None,
    keep_lower: bool = False,
    keep_high: bool = False,
    actor: str = "operator",
) -> Meter:
    """Take a meter out of service on `on`, with no replacement: after its final read
    (typed here and checked like any read, or the last one stored), it is billed up to
    that day and no longer needs reading. Refused when it has readings after `on`.
    Audited."""
    with open_uow(write=True) as uow:
        current = in_service(uow, serial)
        if on < current.install_date:
            raise InvalidValue(field="date", reason=N_("before the meter was installed"))
        history = uow.readings.of_meter(serial)
        if any(r.read_on > on for r in history):
            reason = N_("{meter} has readings after that day; delete them first")
            raise InvalidValue(field="date", reason=reason, meter=serial)
        if final_read is not None:
            final = typed_read(
                current,
                history,
                read_on=on,
                value=final_read,
                today=today,
                note=workspace_note(uow, N_("final read: meter removed")),
                keep_lower=keep_lower,
                keep_high=keep_high,
            )
            uow.readings.add_many([final.reading])
        elif on > today:
            raise InvalidValue(field="date", reason=N_("must not be in the future"))
        uow.meters.mark_removed(serial, on)
        read = None if final_read is None else plain(final_read)
        uow.audit.record(actor, "remove meter", serial, {"on": on.isoformat(), "final_read": read})
        uow.commit()
    return replace(current, removed_on=on)


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
        current = in_service(uow, old)
        if uow.meters.get(new_serial.strip()) is not None:
            raise AlreadyExists(what="meter", key=new_serial.strip())
        final = typed_read(
            current,
            uow.readings.of_meter(old),
            read_on=on,
            value=final_read,
            today=today,
            note=workspace_note(uow, N_("final read: meter replaced")),
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
