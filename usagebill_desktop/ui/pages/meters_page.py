"""Meters: every meter with its customer, register and latest read."""

from PySide6.QtWidgets import QWidget

from ...domain.meters import MeterKind, MeterListing
from ...services.meters import count_meters, list_meters
from ...services.ports import OpenUnitOfWork
from ..formatting import Formatter
from ..table_model import CENTER, RIGHT, Column
from .list_page import ListPage


class MetersPage(ListPage):
    def __init__(
        self, open_uow: OpenUnitOfWork, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        self._formatter = formatter
        kinds = {
            MeterKind.CUMULATIVE: self.tr("Cumulative"),
            MeterKind.INTERVAL: self.tr("Usage"),
        }
        f = formatter
        M = Column[MeterListing]
        columns = (
            M(self.tr("Serial"), "serial", lambda m: m.meter.serial),
            M(self.tr("Customer"), "customer", lambda m: m.customer_name),
            M(self.tr("Type"), "kind", lambda m: kinds[m.meter.kind]),
            M(self.tr("Unit"), "unit", lambda m: m.meter.unit, CENTER),
            M(self.tr("Register"), "digits", self._register, RIGHT),
            M(self.tr("Installed"), "installed", lambda m: f.day(m.meter.install_date), RIGHT),
            M(self.tr("Removed"), "removed", lambda m: f.day(m.meter.removed_on), RIGHT),
            M(self.tr("Readings"), "", lambda m: f.number(m.readings), RIGHT),
            M(self.tr("Last reading"), "", lambda m: self._last_reading(m), RIGHT),
        )
        super().__init__(
            self.tr("Meters"),
            columns,
            lambda page: list_meters(open_uow, page=page),
            lambda search: count_meters(open_uow, search=search),
            parent,
        )
        self.ui.searchEdit.setPlaceholderText(self.tr("Search by serial, customer or account"))
        self.ui.addButton.hide()  # installing meters from the window comes with the operator GUI
        self.ui.editButton.hide()

    def count_text(self, count: int) -> str:
        return self.tr("%Ln meter(s)", "", count)

    def _register(self, listing: MeterListing) -> str:
        """ "5 digits", "6 digits × 10" (the multiplier only when it is not 1)."""
        meter = listing.meter
        if meter.digits is None:
            return ""
        text = self.tr("%n digit(s)", "", meter.digits)
        if meter.multiplier != 1:
            text += f" × {self._formatter.number(meter.multiplier)}"
        return text

    def _last_reading(self, listing: MeterListing) -> str:
        if listing.last_read_on is None:
            return ""
        f = self._formatter
        value = f"{f.number(listing.last_value)} {listing.meter.unit}"
        return self.tr("{value} on {date}").format(value=value, date=f.day(listing.last_read_on))
