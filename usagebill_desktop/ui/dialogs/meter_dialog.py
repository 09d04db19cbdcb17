"""Add a meter (for a customer found by name or account, on a tariff from its install
date) or edit one (what may change without touching what was billed)."""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QSpinBox, QWidget

from ...domain.meters import MAX_DIGITS, Meter, MeterKind
from ...domain.paging import Page
from ...services.customers import list_customers
from ...services.meters import add_meter, edit_meter
from ...services.ports import OpenUnitOfWork
from ...services.tariffs import assign_tariff
from ..date_edits import date_edit, day_of, to_qdate
from ..formatting import Formatter
from .service_dialog import ServiceDialog

SEPARATOR = " — "  # between a customer's account and name in the customer field
SUGGESTIONS = 20  # customers suggested as the user types: a page, never the whole list


class MeterDialog(ServiceDialog):
    """Saving calls `add_meter` (then `assign_tariff` from the install date, when a tariff
    is chosen) or `edit_meter`. On an edit the serial, customer, kind and tariff are shown
    but fixed here: the tariff changes from a date in its own dialog."""

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        tariffs: Sequence[str],
        meter: Meter | None = None,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New meter") if meter is None else self.tr("Meter {serial}")
        super().__init__(title.format(serial=meter and meter.serial), formatter, parent)
        self._open_uow, self._editing = open_uow, meter
        self.customer = QLineEdit(placeholderText=self.tr("Type a name or an account number"))
        self._suggested = QStringListModel(self)
        completer = QCompleter(self._suggested, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.customer.setCompleter(completer)
        self.customer.textEdited.connect(self._on_customer_text_edited)
        self.serial = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Cumulative (a register)"), MeterKind.CUMULATIVE.value)
        self.kind.addItem(self.tr("Usage (each entry a quantity)"), MeterKind.INTERVAL.value)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.unit = QLineEdit("m³")
        self.digits = QSpinBox(minimum=0, maximum=MAX_DIGITS, value=5)
        self.digits.setSpecialValueText(self.tr("no register"))
        self.multiplier = QLineEdit(formatter.number(1))
        self.install_date = date_edit(today)
        self.install_read = QLineEdit(formatter.number(0))
        self.route = QSpinBox(minimum=0, maximum=999_999)
        self.route.setSpecialValueText(self.tr("none"))
        self.tariff = QComboBox()
        self.tariff.addItem(self.tr("(none yet)"), "")
        for name in tariffs:
            self.tariff.addItem(name, name)
        rows = (
            (self.tr("&Customer:"), self.customer),
            (self.tr("&Serial number:"), self.serial),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Unit:"), self.unit),
            (self.tr("Register &digits:"), self.digits),
            (self.tr("&Multiplier:"), self.multiplier),
            (self.tr("Install &date:"), self.install_date),
            (self.tr("Install &read:"), self.install_read),
            (self.tr("&Route order:"), self.route),
            (self.tr("&Tariff from the install date:"), self.tariff),
        )
        for label, editor in rows:
            self.form.addRow(label, editor)
        if meter is not None:
            self._show(meter)
        self.customer.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        tariffs: Sequence[str],
        meter: Meter | None = None,
        *,
        today: date,
    ) -> Meter | None:
        """The saved meter, or None when the user cancelled."""
        dialog = cls(open_uow, formatter, tariffs, meter, today=today, parent=parent)
        return dialog.saved if dialog.exec() == cls.DialogCode.Accepted else None  # type: ignore[return-value]

    def editors(self) -> dict[str, QWidget]:
        return {
            "customer": self.customer,
            "account": self.customer,
            "serial": self.serial,
            "kind": self.kind,
            "unit": self.unit,
            "digits": self.digits,
            "multiplier": self.multiplier,
            "install_date": self.install_date,
            "install_read": self.install_read,
            "route_order": self.route,
            "tariff": self.tariff,
        }

    def service_call(self) -> Callable[[], Meter]:
        open_uow = self._open_uow
        details = {
            "unit": self.unit.text(),
            "digits": self.digits.value() or None,
            "multiplier": self.number(self.multiplier, "multiplier"),
            "install_read": self.number(self.install_read, "install_read"),
            "install_date": day_of(self.install_date),
            "route_order": self.route.value() or None,
        }
        if self._editing is not None:
            serial = self._editing.serial
            return lambda: edit_meter(open_uow, serial=serial, **details)  # type: ignore[arg-type]
        account = self.customer.text().split(SEPARATOR)[0].strip()
        serial, kind, tariff = (
            self.serial.text(),
            self.kind.currentData(),
            self.tariff.currentData(),
        )

        def install() -> Meter:
            meter = add_meter(
                open_uow,
                serial=serial,
                customer_account=account,
                kind=kind,
                **details,  # type: ignore[arg-type]
            )
            if tariff:
                assign_tariff(
                    open_uow, meter=meter.serial, tariff=tariff, valid_from=meter.install_date
                )
            return meter

        return install

    def _on_customer_text_edited(self, text: str) -> None:
        """A page of the customers the text finds (by name or account): a LIKE on an
        indexed table, limited, so it is as quick with 20,000 customers as with 20."""
        if SEPARATOR in text or not text.strip():
            return
        found = list_customers(self._open_uow, page=Page(limit=SUGGESTIONS, search=text))
        self._suggested.setStringList([f"{c.account}{SEPARATOR}{c.name}" for c in found])

    def _on_kind_current_index_changed(self) -> None:
        register = self.kind.currentData() == MeterKind.CUMULATIVE.value
        for editor in (self.digits, self.install_read):
            editor.setEnabled(register)
        if not register:
            self.digits.setValue(0)
            self.install_read.setText(self.formatter.number(0))

    def _show(self, meter: Meter) -> None:
        f = self.formatter
        self.customer.setText(meter.customer_account)
        self.serial.setText(meter.serial)
        self.kind.setCurrentIndex(self.kind.findData(meter.kind.value))
        for fixed in (self.customer, self.serial):
            fixed.setReadOnly(True)
        self.kind.setEnabled(False)
        self.form.setRowVisible(self.tariff, False)
        self.unit.setText(meter.unit)
        self.digits.setValue(meter.digits or 0)
        self.multiplier.setText(f.number(meter.multiplier))
        self.install_date.setDate(to_qdate(meter.install_date))
        self.install_read.setText(f.number(meter.install_read))
        self.route.setValue(meter.route_order or 0)
