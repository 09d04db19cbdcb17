"""Readings: list and count (entry and import come with their issues)."""

from collections.abc import Sequence

from ..domain.readings import ReadingListing
from .ports import OpenUnitOfWork, Page


def list_readings(open_uow: OpenUnitOfWork, *, page: Page) -> Sequence[ReadingListing]:
    with open_uow() as uow:
        return uow.readings.fetch(page)


def count_readings(open_uow: OpenUnitOfWork, *, search: str = "") -> int:
    with open_uow() as uow:
        return uow.readings.count(search)
