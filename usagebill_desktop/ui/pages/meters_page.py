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
        kinds = {
            MeterKind.CUMULATIVE: self.tr("Cumulative"),
            MeterKind.INTERVAL: self.tr("Interval"),
        }
        f = formatter
        M = Column[MeterListing]
        columns = (
            M(self.tr("Serial"), "serial", lambda m: m.meter.serial),
            M(self.tr("Customer"), "customer", lambda m: m.customer_name),
            M(self.tr("Kind"), "kind", lambda m: kinds[m.meter.kind]),
            M(self.tr("Unit"), "unit", lambda m: m.meter.unit, CENTER),
            M(self.tr("Digits"), "digits", lambda m: f.number(m.meter.digits), RIGHT),
            M(self.tr("Multiplier"), "multiplier", lambda m: f.number(m.meter.multiplier), RIGHT),
            M(self.tr("Installed"), "installed", lambda m: f.day(m.meter.install_date), RIGHT),
            M(self.tr("Removed"), "removed", lambda m: f.day(m.meter.removed_on), RIGHT),
            M(self.tr("Readings"), "", lambda m: f.number(m.readings), RIGHT),
            M(self.tr("Last read"), "", lambda m: f.day(m.last_read_on), RIGHT),
            M(self.tr("Last value"), "", lambda m: f.number(m.last_value), RIGHT),
            M(self.tr("Route"), "route", lambda m: f.number(m.meter.route_order), RIGHT),
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
        return self.tr("%n meter(s)", "", count)
