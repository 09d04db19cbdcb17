"""Correct one stored reading before it is issued: a new value, type or note, or delete it.

The services decide (`services.corrections`): a reading an issued invoice billed stays,
and the dialog says why and that a credit note corrects that invoice; a reading a draft
billed may change, and the dialog says that the customer must be billed again.
"""

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.readings import ReadingListing, ReadType
from ...domain.register import ReadRefused, Why
from ...services.corrections import Corrected, check_correctable, delete_reading, edit_reading
from ...services.ports import OpenUnitOfWork
from .. import styles
from ..formatting import Formatter
from ..operations import Operation
from ..wording import read_types


class ReadingDialog(QDialog):
    """Operations (see `ui.operations`): `checking` (what a change would touch, on
    opening), `saving` (the new value) and `deleting`; the dialog closes once either is
    done, with `corrected` set."""

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        listing: ReadingListing,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_uow, self._f, self._today = open_uow, formatter, today
        reading = listing.reading
        self._meter, self._day = reading.meter_serial, reading.read_on
        self.corrected: Corrected | None = None
        self.setWindowTitle(self.tr("Correct a reading"))
        said = self.tr("{customer} · meter {meter} · read on {day}")
        heading = said.format(
            customer=listing.customer_name, meter=self._meter, day=formatter.day(self._day)
        )
        self.uses = QLabel(wordWrap=True)
        self.value = QLineEdit(formatter.ungrouped(reading.value))
        self.type = QComboBox()
        for kind, text in read_types().items():
            self.type.addItem(text, kind)
        self.type.setCurrentIndex(self.type.findData(reading.type))
        self.note = QLineEdit(reading.note)
        # Offered only when the register refused the value: an answer, not a setting.
        self.keep = QCheckBox(self.tr("Keep it: the register really shows this"), visible=False)
        self.error = QLabel(wordWrap=True)
        self._why: list[Why | None] = [None]  # why the register refused the last value
        form = QFormLayout()
        form.addRow(self.tr("&Reading ({unit})").format(unit=listing.unit), self.value)
        form.addRow(self.tr("&Type"), self.type)
        form.addRow(self.tr("&Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.delete = QPushButton(self.tr("&Delete this reading"))
        self.buttons.addButton(self.delete, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.delete.clicked.connect(self._on_delete_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(heading, styleSheet=styles.STRONG))
        layout.addWidget(self.uses)
        layout.addLayout(form)
        layout.addWidget(self.keep)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        editors = (self.value, self.type, self.note, self.keep, self.delete)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self._editors = (*editors, save)
        self.checking = Operation(self, waiting=self._editors, status=self.uses)
        self.saving = Operation(self, waiting=self._editors, status=self.error)
        self.deleting = Operation(self, waiting=self._editors, status=self.error)
        self.checking.succeeded.connect(self._on_checking_succeeded)
        self.checking.failed.connect(self._on_checking_failed)
        for operation in (self.saving, self.deleting):
            operation.succeeded.connect(self._on_done)
        self.saving.failed.connect(self._on_saving_failed)
        meter, day = self._meter, self._day
        self.checking.start(lambda: check_correctable(open_uow, meter=meter, read_on=day))
        self.value.selectAll()
        self.value.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        listing: ReadingListing,
        *,
        today: date,
    ) -> Corrected | None:
        """The correction made, or None when the user cancelled."""
        dialog = cls(open_uow, formatter, listing, today=today, parent=parent)
        return dialog.corrected if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _on_checking_succeeded(self, found: Corrected) -> None:
        if found.drafts:
            self.uses.setText(
                self.tr(
                    "A draft of {month} billed this reading: after the change, bill this "
                    "customer again on the Billing page."
                ).format(month=self._f.span(found.drafts[0][1]))
            )
        else:
            self.uses.setText(self.tr("No invoice has billed this reading yet."))

    def _on_checking_failed(self, _error: str) -> None:
        """An issued invoice billed it: the sentence says which and points to the credit
        note; nothing here may change it."""
        for widget in self._editors:
            widget.setEnabled(False)

    def accept(self) -> None:
        """Save the new value; the dialog closes once it is saved."""
        self.error.clear()
        try:
            value = self._f.parse_number(self.value.text())
        except ValueError:
            example = self._f.number(Decimal("1234.5"))
            self.error.setText(
                self.tr("Type the reading as a number, such as {example}.").format(example=example)
            )
            self.value.setFocus()
            return
        kind = ReadType(self.type.currentData())
        note, keep = self.note.text().strip(), self.keep.isChecked()
        open_uow, meter, day, today = self._open_uow, self._meter, self._day, self._today
        why = self._why
        lower, high = keep and why[0] is Why.LOWER, keep and why[0] is Why.BEYOND
        why[0] = None

        def work() -> Corrected:
            try:
                return edit_reading(
                    open_uow,
                    meter=meter,
                    read_on=day,
                    value=value,
                    today=today,
                    type=kind,
                    note=note,
                    keep_lower=lower,
                    keep_high=high,
                )
            except ReadRefused as refused:
                why[0] = refused.check.why
                raise

        self.saving.start(work)

    def _on_saving_failed(self, _error: str) -> None:
        self.keep.setVisible(self._why[0] in (Why.LOWER, Why.BEYOND))
        if not self.keep.isVisible():
            self.keep.setChecked(False)

    def _on_delete_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete the reading"),
            self.tr(
                "Delete the reading of {meter} on {day}? The audit log keeps its value."
            ).format(meter=self._meter, day=self._f.day(self._day)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.error.clear()
        open_uow, meter, day, today = self._open_uow, self._meter, self._day, self._today
        self.deleting.start(lambda: delete_reading(open_uow, meter=meter, read_on=day, today=today))

    def _on_done(self, corrected: Corrected) -> None:
        self.corrected = corrected
        super().accept()
