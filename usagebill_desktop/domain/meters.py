"""Meters: what is measured, for whom, and how its register behaves."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .errors import InvalidValue
from .marks import N_
from .money import MOST_QUANTITY, QUANTITY_PLACES, check_size, decimal_places
from .periods import check_day
from .text import person_text


class MeterKind(StrEnum):
    # A running total on a register (water, electricity): bill end − start.
    CUMULATIVE = "cumulative"
    # Each reading is a usage quantity (hours booked, pages printed): bill the sum.
    INTERVAL = "interval"


MAX_DIGITS = 12


@dataclass(frozen=True, slots=True)
class Meter:
    serial: str
    customer_account: str
    kind: MeterKind
    unit: str
    digits: int | None
    multiplier: Decimal
    install_read: Decimal
    install_date: date
    removed_on: date | None = None
    route_order: int | None = None

    @property
    def register_limit(self) -> Decimal | None:
        """The value at which the register wraps to zero (10^digits)."""
        return None if self.digits is None else Decimal(10) ** self.digits


def check_quantity(field: str, value: Decimal) -> None:
    if value < 0:
        raise InvalidValue(field=field, reason=N_("must not be negative"))
    check_size(field, value, MOST_QUANTITY)
    if decimal_places(value) > QUANTITY_PLACES:
        raise InvalidValue(
            field=field, reason=N_("at most {places} decimals"), places=QUANTITY_PLACES
        )


def make_meter(
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
    """A validated meter, or `InvalidValue` naming the field."""
    serial, unit = person_text("serial", serial), person_text("unit", unit)
    if not serial or len(serial) > 40:
        raise InvalidValue(field="serial", reason=N_("required, at most 40 characters"))
    try:
        meter_kind = MeterKind(kind)
    except ValueError:
        raise InvalidValue(field="kind", reason=N_("must be cumulative or interval")) from None
    if not unit or len(unit) > 16:
        raise InvalidValue(field="unit", reason=N_("required, at most 16 characters"))
    if multiplier <= 0:
        raise InvalidValue(field="multiplier", reason=N_("must be greater than zero"))
    check_quantity("multiplier", multiplier)
    check_quantity("install_read", install_read)
    check_day("install_date", install_date)  # 0001-01-01 from a sheet is a slip, not history
    if meter_kind is MeterKind.INTERVAL and (digits is not None or install_read != 0):
        raise InvalidValue(field="digits", reason=N_("interval meters have no register"))
    if digits is not None and not 1 <= digits <= MAX_DIGITS:
        raise InvalidValue(
            field="digits", reason=N_("must be between 1 and {most}"), most=MAX_DIGITS
        )
    if digits is not None and install_read >= Decimal(10) ** digits:
        raise InvalidValue(
            field="install_read", reason=N_("does not fit in {digits} digits"), digits=digits
        )
    return Meter(
        serial,
        customer_account,
        meter_kind,
        unit,
        digits,
        multiplier,
        install_read,
        install_date,
        None,
        route_order,
    )


class MeterStatus(StrEnum):
    """What the meters list can be filtered by (a meter may be more than one)."""

    # In service, and not read since its last billed period ended (or never read).
    NEEDS_READ = "needs_read"
    # Its latest read is an estimate: the next actual read trues it up.
    ESTIMATED = "estimated"
    # Its latest read is lower than the one before: a person kept it when asked (billing
    # holds the meter until someone has looked) or the register rolled over; both are
    # what the checks warned about, and all the stored readings tell.
    FLAGGED = "flagged"


@dataclass(frozen=True, slots=True)
class MeterListing:
    """A meter as the meters list shows it: with its customer's name, last read, current
    tariff and what needs a look."""

    meter: Meter
    customer_name: str
    readings: int
    last_read_on: date | None
    last_value: Decimal | None
    tariff: str | None = None
    statuses: frozenset[MeterStatus] = frozenset()
