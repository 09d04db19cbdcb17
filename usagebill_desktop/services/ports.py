"""What the services need from storage. `persistence` provides it; tests may fake it."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from types import TracebackType
from typing import Protocol, Self

from ..domain.company import CompanyProfile
from ..domain.customers import Customer
from ..domain.meters import Meter, MeterListing
from ..domain.readings import Reading, ReadingListing
from ..domain.tariffs import Assignment, Tariff, TariffSummary, TariffVersion


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of a list to fetch, filtered by free text and sorted by a named key."""

    offset: int = 0
    limit: int = 100
    search: str = ""
    sort: str = ""
    descending: bool = False


class Customers(Protocol):
    def add(self, customer: Customer) -> None: ...
    def replace(self, account: str, customer: Customer) -> None: ...
    def get(self, account: str) -> Customer | None: ...
    def highest_numeric_account(self) -> int | None: ...
    def fetch(self, page: Page) -> Sequence[Customer]: ...
    def count(self, search: str = "") -> int: ...


class Meters(Protocol):
    def add(self, meter: Meter) -> None: ...
    def get(self, serial: str) -> Meter | None: ...
    def mark_removed(self, serial: str, removed_on: date) -> None: ...
    def fetch(self, page: Page) -> Sequence[MeterListing]: ...
    def count(self, search: str = "") -> int: ...


class Readings(Protocol):
    def add_many(self, readings: Iterable[Reading]) -> int: ...
    def fetch(self, page: Page) -> Sequence[ReadingListing]: ...
    def count(self, search: str = "") -> int: ...


class Tariffs(Protocol):
    def add(self, tariff: Tariff) -> None: ...
    def add_version(self, name: str, version: TariffVersion) -> None: ...
    def get(self, name: str) -> Tariff | None: ...
    def summaries(self, today: date) -> Sequence[TariffSummary]: ...
    def assign(self, assignment: Assignment) -> None: ...
    def assignments(self, meter_serial: str) -> Sequence[Assignment]: ...


class Company(Protocol):
    def get(self) -> CompanyProfile: ...
    def save(self, profile: CompanyProfile) -> None: ...


class UnitOfWork(Protocol):
    customers: Customers
    meters: Meters
    readings: Readings
    company: Company
    tariffs: Tariffs

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def commit(self) -> None: ...


class OpenUnitOfWork(Protocol):
    """Opens a unit of work; `write=True` takes the write lock up front."""

    def __call__(self, *, write: bool = False) -> UnitOfWork: ...


EVERYTHING = Page(limit=10**9)  # for the CLI and small lists; the GUI fetches pages
