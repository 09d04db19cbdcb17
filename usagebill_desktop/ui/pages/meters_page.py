"""Meters: every meter with its customer, register, tariff, latest read and what needs a
look; where meters are installed, edited, replaced, taken out of service and given a
tariff from a date."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QWidget

from ...domain.meters import Meter, MeterKind, MeterListing, MeterStatus
from ...services.meters import count_meters, list_meters
from ...services.ports import OpenUnitOfWork
from ...services.tariffs import list_tariffs
from ..dialogs.meter_actions import RemoveDialog, ReplaceDialog, TariffDialog
from ..dialogs.meter_dialog import MeterDialog
from ..formatting import Formatter
from ..table_model import RIGHT, Column
from .list_page import ListPage


class MetersPage(ListPage):
    """Signals: message(str) (from `ListPage`); open_account(str) — show this customer."""

    open_account = Signal(str)

    def __init__(
        self, open_uow: OpenUnitOfWork, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        self._open_uow = open_uow
        self._formatter = formatter
        self._status: MeterStatus | None = None  # the filter chosen in the status box
        kinds = {
            MeterKind.CUMULATIVE: self.tr("Cumulative"),
            MeterKind.INTERVAL: self.tr("Usage"),
        }
        self._said = {
            MeterStatus.NEEDS_READ: self.tr("Needs a read"),
            MeterStatus.ESTIMATED: self.tr("Estimated"),
            MeterStatus.FLAGGED: self.tr("Lower read"),
        }
        f = formatter
        M = Column[MeterListing]
        # No unit column: the unit shows with the last reading ("432 m³"), which leaves the
        # customer's name room at 1366 pixels.
        columns = (
            M(self.tr("Serial"), "serial", lambda m: m.meter.serial),
            M(self.tr("Customer"), "customer", lambda m: m.customer_name),
            M(self.tr("Type"), "kind", lambda m: kinds[m.meter.kind]),
            M(self.tr("Register"), "digits", self._register, RIGHT),
            M(self.tr("Installed"), "installed", lambda m: f.day(m.meter.install_date), RIGHT),
            M(self.tr("Removed"), "removed", lambda m: f.day(m.meter.removed_on), RIGHT),
            M(self.tr("Readings"), "", lambda m: f.number(m.readings), RIGHT),
            M(self.tr("Last reading"), "", lambda m: self._last_reading(m), RIGHT),
            M(self.tr("Tariff"), "", lambda m: m.tariff or ""),
            M(self.tr("Status"), "", self._statuses, tooltip=self._status_tip),
        )
        super().__init__(
            self.tr("Meters"),
            columns,
            lambda page: list_meters(open_uow, page=page, status=self._status, today=date.today()),
            lambda search: count_meters(
                open_uow, search=search, status=self._status, today=date.today()
            ),
            parent,
        )
        self.ui.searchEdit.setPlaceholderText(self.tr("Search by serial, customer or account"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All meters"), None)
        for status, text in self._said.items():
            self.status_filter.addItem(text, status)
        self.status_filter.setToolTip(self.tr("Show only the meters that need this look"))
        self.status_filter.currentIndexChanged.connect(self._on_status_filter_changed)
        self.ui.toolbar.insertWidget(1, self.status_filter)
        self.ui.addButton.setText(self.tr("&New meter…"))
        self.ui.editButton.setText(self.tr("&Edit…"))
        self.ui.addButton.clicked.connect(self._on_add_clicked)
        self.ui.table.doubleClicked.connect(self._on_edit_clicked)
        self._actions: list[QAction] = []
        for text, slot in (
            (self.tr("&Edit…"), self._on_edit_clicked),
            (self.tr("&Tariff…"), self._on_tariff_clicked),
            (self.tr("&Replace…"), self._on_replace_clicked),
            (self.tr("Out of ser&vice…"), self._on_remove_clicked),
            (self.tr("Open c&ustomer"), self._on_open_customer_clicked),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            self._actions.append(action)
        self.edit_action, self.tariff_action, self.replace_action = self._actions[:3]
        self.remove_action, self.open_customer_action = self._actions[3:]
        self.ui.editButton.clicked.connect(self.edit_action.trigger)
        self.buttons: dict[QAction, QPushButton] = {self.edit_action: self.ui.editButton}
        for action in self._actions[1:]:
            button = QPushButton(action.text())
            button.clicked.connect(action.trigger)
            self.ui.toolbar.addWidget(button)
            self.buttons[action] = button
        self.ui.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.ui.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.ui.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    def count_text(self, count: int) -> str:
        return self.tr("%Ln meter(s)", "", count)

    def refresh(self) -> None:
        super().refresh()
        self._on_selection_changed()

    def _selected(self) -> Meter | None:
        listing = self.selected_row()
        return None if listing is None else listing.meter

    def _on_selection_changed(self) -> None:
        meter = self._selected()
        in_service = meter is not None and meter.removed_on is None
        for action in self._actions:
            action.setEnabled(meter is not None)
        for action in (self.replace_action, self.remove_action):
            action.setEnabled(in_service)
        for action, button in self.buttons.items():
            button.setEnabled(action.isEnabled())

    def _on_status_filter_changed(self) -> None:
        chosen = self.status_filter.currentData()  # Qt hands the enum back as its text
        self._status = None if chosen is None else MeterStatus(chosen)
        self.refresh()

    def _on_table_context_menu(self, where: QPoint) -> None:
        if self._selected() is None:
            return
        menu = QMenu(self)
        menu.addActions(self._actions)
        menu.exec(self.ui.table.viewport().mapToGlobal(where))

    def _tariffs(self) -> list[str]:
        return [t.name for t in list_tariffs(self._open_uow, today=date.today())]

    def _on_add_clicked(self) -> None:
        saved = MeterDialog.ask(
            self, self._open_uow, self._formatter, self._tariffs(), today=date.today()
        )
        self._show_done(saved, self.tr("Meter {serial} installed"))

    def _on_edit_clicked(self) -> None:
        meter = self._selected()
        if meter is not None:
            saved = MeterDialog.ask(
                self, self._open_uow, self._formatter, (), meter, today=date.today()
            )
            self._show_done(saved, self.tr("Meter {serial} saved"))

    def _on_tariff_clicked(self) -> None:
        self._run(
            lambda meter: TariffDialog(
                self._open_uow,
                self._formatter,
                meter,
                self._tariffs(),
                today=date.today(),
                parent=self,
            ),
            self.tr("Meter {serial}: new tariff saved"),
        )

    def _on_replace_clicked(self) -> None:
        self._run(
            lambda meter: ReplaceDialog(
                self._open_uow, self._formatter, meter, today=date.today(), parent=self
            ),
            self.tr("Meter {serial} replaced"),
            new=True,
        )

    def _on_remove_clicked(self) -> None:
        self._run(
            lambda meter: RemoveDialog(
                self._open_uow, self._formatter, meter, today=date.today(), parent=self
            ),
            self.tr("Meter {serial} taken out of service"),
        )

    def _on_open_customer_clicked(self) -> None:
        meter = self._selected()
        if meter is not None:
            self.open_account.emit(meter.customer_account)

    def _run(self, make: Callable[[Meter], object], said: str, *, new: bool = False) -> None:
        """Open the dialog `make` builds for the selected meter; once it saved, show the
        meter (the new one, after a replacement) and say `said`."""
        meter = self._selected()
        if meter is None:
            return
        dialog = make(meter)
        if dialog.exec():  # type: ignore[attr-defined]
            saved = dialog.saved if new else meter  # type: ignore[attr-defined]
            self._show_done(saved, said.format(serial=meter.serial))

    def _show_done(self, meter: Meter | None, said: str) -> None:
        if meter is not None:
            self.refresh()
            self.select(lambda m: m.meter.serial == meter.serial)
            if self._selected() != meter:  # outside the search or filter shown: show it
                self.status_filter.setCurrentIndex(0)
                self.show_only(meter.serial)
            self.message.emit(said.format(serial=meter.serial))

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

    def _statuses(self, listing: MeterListing) -> str:
        return ", ".join(text for s, text in self._said.items() if s in listing.statuses)

    def _status_tip(self, listing: MeterListing) -> str:
        tips = {
            MeterStatus.NEEDS_READ: self.tr("Not read since its last bill ended"),
            MeterStatus.ESTIMATED: self.tr("Its last read is an estimate"),
            MeterStatus.FLAGGED: self.tr(
                "Its last read is lower than the one before: kept when asked (billing holds "
                "the meter until someone has looked) or the register rolled over"
            ),
        }
        return "\n".join(tip for s, tip in tips.items() if s in listing.statuses)
