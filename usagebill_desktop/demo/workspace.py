"""A demo workspace that looks like real work: a village water utility and a co-working space.

One cooperative runs both (as many Spanish villages do), so every screen has data:
~200 water customers on cumulative m³ meters read monthly for 24 months, with a few
estimates, one register rollover and one meter replacement; ~40 co-working members
with interval usage (meeting-room hours, printed pages). Deterministic for a seed.
"""

import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from ..domain.company import CompanyProfile
from ..domain.customers import Customer, make_customer, next_account
from ..domain.errors import InvalidValue
from ..domain.marks import N_
from ..domain.meters import Meter, MeterKind, make_meter
from ..domain.readings import Reading, ReadType, make_reading
from ..domain.tariffs import Assignment, Tariff
from ..services.ports import OpenUnitOfWork, UnitOfWork
from ..texts import texts
from . import people
from .history import History, Progress, bill_history

MONTHS = 24
WATER_CUSTOMERS = 200
COWORKING_MEMBERS = 40
REGISTER_DIGITS = 5
# Share of the water demand by month: summer gardens and pools, winter lows.
SEASON = tuple(
    Decimal(f)
    for f in [
        "0.85",
        "0.85",
        "0.9",
        "1.0",
        "1.1",
        "1.35",
        "1.55",
        "1.5",
        "1.2",
        "1.0",
        "0.9",
        "0.85",
    ]
)

DEMO_COMPANY = CompanyProfile(
    name="Cooperativa de Servicios de Valdeluz",
    tax_id=people.cif("F", 2817364),
    address="Plaza de la Constitución 1\n28770 Valdeluz (Madrid)",
    email="oficina@valdeluz.coop",
    phone="+34 918 000 123",
    bank_name="Caja Rural de Valdeluz",
    iban="ES74 3081 0176 6551 2034 8761",  # a Caja Rural account (3081), valid check digits
    currency="EUR",
    locale="es_ES",
)
# The notes the demo's reads carry, in the demo company's language, as its staff wrote them.
NO_ACCESS = texts(DEMO_COMPANY.language).gettext(N_("no access to the meter"))
PHOTO = texts(DEMO_COMPANY.language).gettext(N_("photo sent by the customer"))
REPLACED = texts(DEMO_COMPANY.language).gettext(N_("final read: meter replaced"))


@dataclass
class DemoSummary:
    customers: int = 0
    meters: int = 0
    readings: int = 0
    estimates: int = 0
    rollover_meter: str = ""
    replaced_meter: str = ""
    replacement_meter: str = ""
    tariffs: int = 0
    history: History = field(default_factory=History)
    # meter serial → (tariff, from): which tariff rates each meter
    assigned: dict[str, tuple[str, date]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


# Which demo tariff rates which meters (resources/demo/tariffs/).
DOMESTIC_WATER = "Agua – uso doméstico"
COMMERCIAL_WATER = "Agua – uso comercial"
MEETING_ROOMS = "Coworking – Bono Flex"
PRINTING = "Impresión – packs de 100"


def build_demo(
    open_uow: OpenUnitOfWork,
    *,
    today: date,
    seed: int = 2026,
    tariffs: Sequence[Tariff] = (),
    progress: Progress = lambda _: None,
) -> DemoSummary:
    """Fill an empty workspace with the demo; refuses a workspace that has customers.

    `tariffs` (the demo's tariff files) are stored and assigned to the meters; with them,
    two years of invoices are billed, issued and mostly paid."""
    rng = random.Random(seed)
    summary = DemoSummary()
    with open_uow(write=True) as uow:
        if uow.customers.count() > 0:
            raise InvalidValue(field="database", reason=N_("the demo needs an empty workspace"))
        uow.company.save(DEMO_COMPANY)
        first_read = _month_start(today, -MONTHS) + timedelta(days=6)
        _build_water(uow, rng, first_read, summary)
        _build_coworking(uow, rng, first_read, today, summary)
        _assign_tariffs(uow, tariffs, summary)
        uow.commit()
    if tariffs:
        first_bill = _month_start(today, -MONTHS + 1)
        summary.history = bill_history(
            open_uow, first=first_bill, today=today, seed=seed, progress=progress
        )
    return summary


def _assign_tariffs(uow: UnitOfWork, tariffs: Sequence[Tariff], summary: DemoSummary) -> None:
    names = {t.name for t in tariffs}
    for tariff in tariffs:
        uow.tariffs.add(tariff)
        summary.tariffs += 1
    for serial, (name, since) in summary.assigned.items():
        if name in names:
            uow.tariffs.assign(Assignment(serial, name, since))


def _month_start(today: date, months_back: int) -> date:
    index = today.year * 12 + today.month - 1 + months_back
    return date(index // 12, index % 12 + 1, 1)


def _read_dates(first: date) -> list[date]:
    """The install date, then one read a month on the route's day, for MONTHS months."""
    return [
        _month_start(first, n).replace(day=first.day + n % 3)  # routes slip a day or two
        for n in range(MONTHS + 1)
    ]


def _add_customer(
    uow: UnitOfWork,
    summary: DemoSummary,
    *,
    name: str,
    tax_id: str,
    address: str,
    email: str = "",
    language: str = "es",
) -> Customer:
    """The next account number, and the same checks as a customer typed in the window."""
    account = next_account(uow.customers.highest_numeric_account())
    customer = make_customer(
        account=account, name=name, tax_id=tax_id, address=address, email=email, language=language
    )
    uow.customers.add(customer)
    summary.customers += 1
    return customer


def _add_meter(uow: UnitOfWork, summary: DemoSummary, meter: Meter, tariff: str) -> None:
    uow.meters.add(meter)
    summary.meters += 1
    summary.assigned[meter.serial] = (tariff, meter.install_date)


def _water_customer(uow: UnitOfWork, rng: random.Random, n: int, summary: DemoSummary) -> Customer:
    if n < len(people.WATER_BUSINESSES):
        name = people.WATER_BUSINESSES[n]
        tax_id = people.cif("B", rng.randint(1_000_000, 9_999_999))
        return _add_customer(uow, summary, name=name, tax_id=tax_id, address=people.address(rng))
    english = n % 25 == 7
    name = people.ENGLISH_NAMES[n // 25 % 8] if english else people.person_name(rng)
    return _add_customer(
        uow,
        summary,
        name=name,
        tax_id=people.dni(rng.randint(1_000_000, 79_999_999)),
        address=people.address(rng),
        email=people.email_for(name, rng) if rng.random() < 0.6 else "",
        language="en" if english else "es",
    )


def _daily_use(n: int, rng: random.Random) -> Decimal:
    """m³ a day: households 0.15–0.55; businesses more; the farm (n = 2) a lot."""
    if n == 2:
        return Decimal("3.2")
    if n < len(people.WATER_BUSINESSES):
        return Decimal(rng.randint(80, 160)) / 100
    return Decimal(rng.randint(15, 55)) / 100


def _build_water(uow: UnitOfWork, rng: random.Random, first: date, summary: DemoSummary) -> None:
    dates = _read_dates(first)
    readings: list[Reading] = []
    for n in range(WATER_CUSTOMERS):
        customer = _water_customer(uow, rng, n, summary)
        start = Decimal(97_850) if n == 2 else Decimal(rng.randint(0, 3_000))
        holiday_home = n % 40 == 13
        meter = make_meter(
            serial=f"WM{18_00_000 + n * 37:07d}",
            customer_account=customer.account,
            kind=MeterKind.CUMULATIVE.value,
            unit="m³",
            digits=REGISTER_DIGITS,
            multiplier=Decimal(1),
            install_read=start,
            install_date=dates[0],
            route_order=n + 1,
        )
        business = n < len(people.WATER_BUSINESSES)
        _add_meter(uow, summary, meter, COMMERCIAL_WATER if business else DOMESTIC_WATER)
        daily = _daily_use(n, rng)
        if n == 2:
            summary.rollover_meter = meter.serial
        if n == 17:
            readings += _replaced_meter_reads(uow, rng, meter, daily, dates, summary)
            continue
        totals = _register_totals(rng, start, daily, dates, holiday_home)
        readings += _water_reads(rng, meter, dates, totals, summary)
    summary.readings += uow.readings.add_many(readings)


def _register_totals(
    rng: random.Random, start: Decimal, daily: Decimal, dates: list[date], holiday_home: bool
) -> list[Decimal]:
    """The true running total on the register at each read date (not yet wrapped)."""
    totals = [start]
    for before, after in itertools.pairwise(dates):
        season = SEASON[after.month - 1]
        if holiday_home:
            season = Decimal("2.5") if after.month in (7, 8, 9) else Decimal(0)
        noise = Decimal(rng.randint(85, 115)) / 100
        used = daily * (after - before).days * season * noise
        totals.append(totals[-1] + used.to_integral_value())
    return totals


def _water_reads(
    rng: random.Random, meter: Meter, dates: list[date], totals: list[Decimal], summary: DemoSummary
) -> Iterator[Reading]:
    wrap = Decimal(10) ** REGISTER_DIGITS
    for i in range(1, len(dates)):
        value, kind, note = totals[i], ReadType.ACTUAL, ""
        if 2 <= i < len(dates) - 1 and rng.random() < 0.015:
            # No access to the meter: estimate from the average so far, never above the truth.
            average = (totals[i - 1] - totals[0]) / (dates[i - 1] - dates[0]).days
            guess = totals[i - 1] + (average * (dates[i] - dates[i - 1]).days).to_integral_value()
            value, kind, note = min(guess, totals[i]), ReadType.ESTIMATED, NO_ACCESS
            summary.estimates += 1
        elif rng.random() < 0.03:
            kind, note = ReadType.CUSTOMER, PHOTO
        yield make_reading(
            meter, read_on=dates[i], value=value % wrap, type=kind, source="demo", note=note
        )


def _replaced_meter_reads(
    uow: UnitOfWork,
    rng: random.Random,
    old: Meter,
    daily: Decimal,
    dates: list[date],
    summary: DemoSummary,
) -> list[Reading]:
    """The old meter stuck reading slow; it is swapped at month 14 for a new one from zero."""
    swap = 14
    totals = _register_totals(rng, old.install_read, daily, dates, holiday_home=False)
    reads = [
        make_reading(old, read_on=d, value=v, source="demo")
        for d, v in zip(dates[1:swap], totals[1:swap], strict=True)
    ]
    reads.append(
        make_reading(
            old,
            read_on=dates[swap],
            value=totals[swap],
            source="demo",
            note=REPLACED,
        )
    )
    uow.meters.mark_removed(old.serial, dates[swap])
    new = make_meter(
        serial=f"WM{19_50_000 + 17:07d}",
        customer_account=old.customer_account,
        kind=MeterKind.CUMULATIVE.value,
        unit="m³",
        digits=REGISTER_DIGITS,
        multiplier=Decimal(1),
        install_read=Decimal(0),
        install_date=dates[swap],
        route_order=old.route_order,
    )
    _add_meter(uow, summary, new, DOMESTIC_WATER)
    offset = totals[swap]
    reads += [
        make_reading(new, read_on=d, value=v - offset, source="demo")
        for d, v in zip(dates[swap + 1 :], totals[swap + 1 :], strict=True)
    ]
    summary.replaced_meter, summary.replacement_meter = old.serial, new.serial
    return reads


def _build_coworking(
    uow: UnitOfWork, rng: random.Random, first: date, today: date, summary: DemoSummary
) -> None:
    readings: list[Reading] = []
    for n in range(COWORKING_MEMBERS):
        company = n % 5 == 0
        if company:
            name = people.COWORKING_COMPANIES[n // 5 % len(people.COWORKING_COMPANIES)]
            tax_id = people.cif("B", rng.randint(1_000_000, 9_999_999))
        else:
            name, tax_id = people.person_name(rng), people.dni(rng.randint(1_000_000, 79_999_999))
        member = _add_customer(
            uow,
            summary,
            name=name,
            tax_id=tax_id,
            address=people.address(rng),
            email=people.email_for(name, rng),
            language="en" if n % 9 == 4 else "es",
        )
        joined = first + timedelta(days=rng.randint(0, 400) if n >= 25 else 0)
        for prefix, unit, tariff in (("ROOM", "h", MEETING_ROOMS), ("PRINT", "pág", PRINTING)):
            meter = make_meter(
                serial=f"{prefix}-{member.account}",
                customer_account=member.account,
                kind=MeterKind.INTERVAL.value,
                unit=unit,
                digits=None,
                multiplier=Decimal(1),
                install_read=Decimal(0),
                install_date=joined,
            )
            _add_meter(uow, summary, meter, tariff)
            readings += _usage(rng, meter, joined, today, heavy=company)
    summary.readings += uow.readings.add_many(readings)


def _usage(
    rng: random.Random, meter: Meter, joined: date, today: date, *, heavy: bool
) -> Iterator[Reading]:
    """Bookings (half hours) or print jobs on working days, until yesterday."""
    day = joined
    while day < today:
        if day.weekday() < 5 and rng.random() < (0.35 if heavy else 0.15):
            if meter.unit == "h":
                amount = Decimal(rng.choice((1, 2, 2, 3, 4, 6))) / 2
                note = rng.choice(("Sala Encina", "Sala Olivo", "Sala Olivo", "Sala Grande"))
            else:
                amount = Decimal(rng.choice((3, 8, 12, 20, 35, 60, 120)))
                note = ""
            yield make_reading(meter, read_on=day, value=amount, source="demo", note=note)
        day += timedelta(days=1)
