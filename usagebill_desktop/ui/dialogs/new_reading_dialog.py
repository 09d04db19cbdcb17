"""Type one reading of one meter (from a customer's account)."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.meters import Meter
from ...domain.readings import ReadType
from ...services.ports import OpenUnitOfWork
from ...services.readings import Recorded, record_reading
from .. import styles
from ..date_edits import date_edit, day_of
from ..formatting import Formatter
from ..operations import Operation
from ..wording import read_types


class NewReadingDialog(QDialog):
    """The register's rules check the read when it is saved (`services.readings`); a
    refused read is said in the dialog, which stays open.

    Operations (see `ui.operations`): `saving` (the reading; the dialog closes once saved).
    """

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        meter: Meter,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_uow, self._formatter, self._meter, self._today = (
            open_uow,
            formatter,
            meter,
            today,
        )
        self.saved: Recorded | None = None
        self.setWindowTitle(self.tr("New reading of {serial}").format(serial=meter.serial))
        self.date_edit = date_edit(today)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(meter.unit)
        self.type_combo = QComboBox()
        types = read_types()
        for kind in (ReadType.ACTUAL, ReadType.CUSTOMER, ReadType.ESTIMATED):
            self.type_combo.addItem(types[kind], kind.value)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Reading ({unit})").format(unit=meter.unit), self.value_edit)
        form.addRow(self.tr("&Type"), self.type_combo)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(styles.PROBLEM)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        waiting = (self.date_edit, self.value_edit, self.type_combo, self.buttons)
        self.saving = Operation(self, waiting=waiting, status=self.error_label)
        self.saving.succeeded.connect(self._on_saving_succeeded)
        self.saving.failed.connect(lambda _: self.value_edit.setFocus())
        self.value_edit.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        meter: Meter,
        *,
        today: date,
    ) -> Recorded | None:
        """The saved reading, or None when the user cancelled."""
        dialog = cls(open_uow, formatter, meter, today=today, parent=parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def accept(self) -> None:
        try:
            value = self._formatter.parse_number(self.value_edit.text())
        except ValueError:
            example = self._formatter.number(Decimal("1234.5"))
            text = self.tr("Type the reading as a number, e.g. {example}")
            self.error_label.setText(text.format(example=example))
            self.value_edit.setFocus()
            return
        open_uow, serial, today = self._open_uow, self._meter.serial, self._today
        read_on = day_of(self.date_edit)
        kind = ReadType(self.type_combo.currentData())
        self.saving.start(
            lambda: record_reading(
                open_uow, meter=serial, value=value, read_on=read_on, today=today, type=kind
            )
        )

    def done(self, result: int) -> None:
        """A save under way ends first; if it saved the reading, the dialog closes as saved."""
        if self.saving.running:
            self.saving.wait()
            if self.saved is not None:
                return
        super().done(result)

    def _on_saving_succeeded(self, recorded: Recorded) -> None:
        self.saved = recorded
        super().accept()
