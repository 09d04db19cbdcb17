"""Readings: what a meter showed (cumulative) or what was used (interval) on a day."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .errors import InvalidValue
from .marks import N_
from .meters import Meter, check_quantity


class ReadType(StrEnum):
    ACTUAL = "actual"  # read by staff
    ESTIMATED = "estimated"  # computed; the next actual read trues it up
    CUSTOMER = "customer"  # reported by the customer

    @property
    def letter(self) -> str:
        """The mark printed next to a read: A, E or C."""
        return self.value[0].upper()

    @classmethod
    def parse(cls, text: str) -> "ReadType":
        """Accepts the name or its letter, in any case ("E", "estimated")."""
        wanted = text.strip().lower()
        for member in cls:
            if wanted in (member.value, member.value[0]):
                return member
        raise InvalidValue(field="type", reason=N_("must be actual, estimated or customer (A/E/C)"))


@dataclass(frozen=True, slots=True)
class Read:
    """A point on a register: its date, value and type (A, E or C). What consumption,
    checks and estimates work with; a `Reading` says it with `point`."""

    on: date
    value: Decimal
    type: ReadType = ReadType.ACTUAL


@dataclass(frozen=True, slots=True)
class Reading:
    """A reading as stored: which meter, when, what it showed, where it came from."""

    meter_serial: str
    read_on: date
    value: Decimal
    type: ReadType = ReadType.ACTUAL
    source: str = "manual"
    note: str = ""

    @property
    def point(self) -> Read:
        """The register view of this reading."""
        return Read(self.read_on, self.value, self.type)


def make_reading(
    meter: Meter,
    *,
    read_on: date,
    value: Decimal,
    type: ReadType = ReadType.ACTUAL,
    source: str = "manual",
    note: str = "",
) -> Reading:
    """A reading that fits its meter: not negative, not past the register, not before install."""
    check_quantity("value", value)
    limit = meter.register_limit
    if limit is not None and value >= limit:
        raise InvalidValue(
            field="value", reason=N_("does not fit in {digits} digits"), digits=meter.digits
        )
    if read_on < meter.install_date:
        raise InvalidValue(field="date", reason=N_("before the meter was installed"))
    return Reading(meter.serial, read_on, value, type, source, note.strip())


@dataclass(frozen=True, slots=True)
class ReadingListing:
    """A reading as the readings list shows it."""

    id: int
    reading: Reading
    customer_account: str
    customer_name: str
    unit: str


@dataclass(frozen=True, slots=True)
class SheetLine:
    route: int | None
    serial: str
    customer: str
    address: str
    previous: Decimal
    previous_on: date
    low: Decimal | None  # the expected range on `on`, from the meter's usual daily use
    high: Decimal | None
