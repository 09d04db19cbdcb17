"""What happens to a meter in service: replaced by another, taken out of service, or
rated by another tariff from a date."""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from ...domain.meters import Meter
from ...domain.tariffs import Assignment
from ...services.meters import remove_meter, replace_meter
from ...services.ports import OpenUnitOfWork
from ...services.tariffs import assign_tariff, meter_assignments
from ..date_edits import date_edit, day_of
from ..formatting import Formatter
from ..table_model import Column, RowsTableModel
from .service_dialog import ServiceDialog


class ReplaceDialog(ServiceDialog):
    """`replace_meter`: the old meter's final read (checked like any read typed), the new
    meter's serial and install read, on one day; the new one keeps customer and tariff."""

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        meter: Meter,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Replace meter {serial}").format(serial=meter.serial)
        super().__init__(title, formatter, parent, offers_keep=True)
        self._open_uow, self._old, self._today = open_uow, meter, today
        self.on = date_edit(today)
        self.final_read = QLineEdit()
        self.new_serial = QLineEdit()
        self.install_read = QLineEdit(formatter.number(0))
        self.form.addRow(self.tr("&Date:"), self.on)
        self.form.addRow(
            self.tr("&Final read of {serial}:").format(serial=meter.serial), self.final_read
        )
        self.form.addRow(self.tr("&New serial number:"), self.new_serial)
        self.form.addRow(self.tr("&Install read of the new meter:"), self.install_read)
        self.final_read.setFocus()

    def editors(self) -> dict[str, QWidget]:
        return {
            "date": self.on,
            "value": self.final_read,
            "serial": self.new_serial,
            "install_read": self.install_read,
        }

    def service_call(self) -> Callable[[], Meter]:
        open_uow, old, today = self._open_uow, self._old.serial, self._today
        final, install = (
            self.number(self.final_read, "value"),
            self.number(self.install_read, "install_read"),
        )
        on, new, keep = day_of(self.on), self.new_serial.text(), self.keep.isChecked()
        return lambda: replace_meter(
            open_uow,
            old=old,
            final_read=final,
            new_serial=new,
            install_read=install,
            on=on,
            today=today,
            keep_lower=keep,
            keep_high=keep,
        )


class RemoveDialog(ServiceDialog):
    """`remove_meter`: out of service on a day, with no replacement, after its final read
    (typed here, or the last one stored when left empty)."""

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        meter: Meter,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Take meter {serial} out of service").format(serial=meter.serial)
        super().__init__(title, formatter, parent, offers_keep=True)
        self._open_uow, self._meter, self._today = open_uow, meter, today
        explained = QLabel(
            self.tr(
                "The meter is billed up to its final read and no longer needs reading. "
                "Leave the read empty if its last stored read is the final one."
            ),
            wordWrap=True,
        )
        self.form.addRow(explained)
        self.on = date_edit(today)
        self.final_read = QLineEdit()
        self.form.addRow(self.tr("&Date:"), self.on)
        self.form.addRow(self.tr("&Final read:"), self.final_read)
        self.on.setFocus()

    def editors(self) -> dict[str, QWidget]:
        return {"date": self.on, "value": self.final_read, "serial": self.on}

    def service_call(self) -> Callable[[], Meter]:
        open_uow, serial, today = self._open_uow, self._meter.serial, self._today
        typed = self.final_read.text().strip()
        final = self.number(self.final_read, "value") if typed else None
        on, keep = day_of(self.on), self.keep.isChecked()
        return lambda: remove_meter(
            open_uow,
            serial=serial,
            on=on,
            today=today,
            final_read=final,
            keep_lower=keep,
            keep_high=keep,
        )


class TariffDialog(ServiceDialog):
    """The meter's tariff assignments, oldest first, and a new one from a date
    (`assign_tariff`): billing rates each day with the assignment in force on it."""

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        meter: Meter,
        tariffs: Sequence[str],
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Tariff of meter {serial}").format(serial=meter.serial)
        super().__init__(title, formatter, parent)
        self.setMinimumWidth(560)
        self._open_uow, self._meter = open_uow, meter
        A = Column[Assignment]
        self.history = RowsTableModel(
            (
                A(self.tr("From"), "", lambda a: formatter.day(a.valid_from)),
                A(self.tr("Tariff"), "", lambda a: a.tariff),
            ),
            self,
        )
        self.history.set_rows(meter_assignments(open_uow, meter=meter.serial))
        self.table = QTableView()
        self.table.setModel(self.history)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(150)  # a meter has a few assignments, not a screenful
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.form.addRow(QLabel(self.tr("Assignments so far:")))
        self.form.addRow(self.table)
        self.tariff = QComboBox()
        for name in tariffs:
            self.tariff.addItem(name, name)
        self.valid_from = date_edit(today)
        self.form.addRow(self.tr("&New tariff:"), self.tariff)
        self.form.addRow(self.tr("&From:"), self.valid_from)
        self.tariff.setFocus()

    def editors(self) -> dict[str, QWidget]:
        return {"tariff": self.tariff, "valid_from": self.valid_from}

    def service_call(self) -> Callable[[], Assignment]:
        open_uow, serial = self._open_uow, self._meter.serial
        tariff, on = self.tariff.currentData(), day_of(self.valid_from)
        return lambda: assign_tariff(open_uow, meter=serial, tariff=tariff, valid_from=on)
