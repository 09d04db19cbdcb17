"""Add or edit one customer."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ...domain.customers import Customer, PaymentMethod, grouped_iban
from ...domain.errors import DomainError
from ...services.customers import add_customer, update_customer
from ...services.ports import OpenUnitOfWork
from ..forms.ui_customer_dialog import Ui_CustomerDialog
from ..operations import Operation

LANGUAGES = (("es", "Español"), ("en", "English"))  # each in its own language


class CustomerDialog(QDialog):
    """Saving calls the service; a broken rule is shown in the dialog, which stays open.

    Operations (see `ui.operations`): `saving` (the customer; the dialog closes once saved).
    """

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        customer: Customer | None = None,
        *,
        default_language: str = "es",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomerDialog()
        self.ui.setupUi(self)
        self._open_uow = open_uow
        self._editing = customer
        self.saved: Customer | None = None
        self._refused: list[str] = []  # the field a broken rule names, from the save's thread
        for code, label in LANGUAGES:
            self.ui.languageCombo.addItem(label, code)
        for method, label in payment_methods().items():
            self.ui.paymentCombo.addItem(label, method.value)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        if customer is None:
            self.setWindowTitle(self.tr("New customer"))
            self.ui.activeCheck.hide()
            self._select_language(default_language)
            self.ui.nameEdit.setFocus()  # the account number is optional: start with the name
        else:
            self.setWindowTitle(self.tr("Customer {account}").format(account=customer.account))
            self._show(customer)
        ui = self.ui
        waiting = (*self._editors().values(), ui.activeCheck, ui.buttons)
        self.saving = Operation(self, waiting=waiting, status=ui.errorLabel)
        self.saving.succeeded.connect(self._on_saving_succeeded)
        self.saving.failed.connect(self._on_saving_failed)

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        open_uow: OpenUnitOfWork,
        customer: Customer | None = None,
        *,
        default_language: str = "es",
    ) -> Customer | None:
        """The saved customer, or None when the user cancelled."""
        dialog = cls(open_uow, customer, default_language=default_language, parent=parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def accept(self) -> None:
        """Save what the form says; the dialog closes once the customer is saved."""
        save, refused = self._service_call(), self._refused
        refused.clear()

        def work() -> Customer:
            try:
                return save()
            except DomainError as error:
                refused.append(getattr(error, "field", "account"))
                raise

        self.saving.start(work)

    def done(self, result: int) -> None:
        """However the dialog closes, a save under way ends first; if it saved the customer,
        the dialog closes as saved."""
        if self.saving.running:
            self.saving.wait()  # delivers the result: a saved customer has closed the dialog
            if self.saved is not None:
                return
        super().done(result)

    def _on_saving_succeeded(self, saved: Customer) -> None:
        self.saved = saved
        super().accept()

    def _on_saving_failed(self, _error: str) -> None:
        self._focus_field(self._refused[0] if self._refused else "name")

    def _service_call(self) -> Callable[[], Customer]:
        """The service call for what the form says, gathered here on the GUI thread."""
        ui, open_uow = self.ui, self._open_uow
        details = {
            "name": ui.nameEdit.text(),
            "tax_id": ui.taxIdEdit.text(),
            "email": ui.emailEdit.text(),
            "language": ui.languageCombo.currentData(),
            "address": ui.addressEdit.toPlainText(),
            "phone": ui.phoneEdit.text(),
            "supply_address": ui.supplyAddressEdit.toPlainText(),
            "payment_method": ui.paymentCombo.currentData(),
            "iban": ui.ibanEdit.text(),
        }
        if self._editing is None:
            account = ui.accountEdit.text()
            return lambda: add_customer(open_uow, account=account, **details)
        account, active = self._editing.account, ui.activeCheck.isChecked()
        return lambda: update_customer(open_uow, account=account, active=active, **details)

    def _focus_field(self, field: str) -> None:
        """Put the cursor where the problem is."""
        self._editors().get(field, self.ui.nameEdit).setFocus()

    def _editors(self) -> dict[str, QWidget]:
        """Each field the services name, and where it is typed."""
        ui = self.ui
        return {
            "account": ui.accountEdit,
            "name": ui.nameEdit,
            "tax_id": ui.taxIdEdit,
            "email": ui.emailEdit,
            "language": ui.languageCombo,
            "address": ui.addressEdit,
            "phone": ui.phoneEdit,
            "supply_address": ui.supplyAddressEdit,
            "payment_method": ui.paymentCombo,
            "iban": ui.ibanEdit,
        }

    def _show(self, customer: Customer) -> None:
        ui = self.ui
        ui.accountEdit.setText(customer.account)
        ui.accountEdit.setReadOnly(True)  # invoices refer to it
        ui.nameEdit.setText(customer.name)
        ui.taxIdEdit.setText(customer.tax_id)
        ui.emailEdit.setText(customer.email)
        ui.addressEdit.setPlainText(customer.address)
        ui.activeCheck.setChecked(customer.active)
        ui.phoneEdit.setText(customer.phone)
        ui.supplyAddressEdit.setPlainText(customer.supply_address)
        ui.paymentCombo.setCurrentIndex(ui.paymentCombo.findData(customer.payment_method.value))
        ui.ibanEdit.setText(grouped_iban(customer.iban))
        self._select_language(customer.language)

    def _select_language(self, code: str) -> None:
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(code)))


def payment_methods() -> dict[PaymentMethod, str]:
    """Each payment method as the window words it (the dialog and the account view)."""
    return {
        PaymentMethod.NOT_STATED: QCoreApplication.translate("PaymentMethod", "Not stated"),
        PaymentMethod.BANK_TRANSFER: QCoreApplication.translate("PaymentMethod", "Bank transfer"),
        PaymentMethod.DIRECT_DEBIT: QCoreApplication.translate("PaymentMethod", "Direct debit"),
        PaymentMethod.CASH: QCoreApplication.translate("PaymentMethod", "Cash"),
        PaymentMethod.CARD: QCoreApplication.translate("PaymentMethod", "Card"),
    }
