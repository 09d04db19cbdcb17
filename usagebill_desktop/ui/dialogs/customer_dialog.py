"""Add or edit one customer."""

from PySide6.QtWidgets import QDialog, QWidget

from ...domain.customers import Customer
from ...domain.errors import DomainError
from ...services.customers import add_customer, update_customer
from ...services.ports import OpenUnitOfWork
from ..forms.ui_customer_dialog import Ui_CustomerDialog
from ..messages import error_text

LANGUAGES = (("es", "Español"), ("en", "English"))  # each in its own language


class CustomerDialog(QDialog):
    """Saving calls the service; a broken rule is shown in the dialog, which stays open."""

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
        for code, label in LANGUAGES:
            self.ui.languageCombo.addItem(label, code)
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
        try:
            self.saved = self._save()
        except DomainError as error:
            self.ui.errorLabel.setText(error_text(error))
            self._focus_field(getattr(error, "field", "account"))
            return
        super().accept()

    def _save(self) -> Customer:
        ui = self.ui
        details = {
            "name": ui.nameEdit.text(),
            "tax_id": ui.taxIdEdit.text(),
            "email": ui.emailEdit.text(),
            "language": ui.languageCombo.currentData(),
            "address": ui.addressEdit.toPlainText(),
        }
        if self._editing is None:
            return add_customer(self._open_uow, account=ui.accountEdit.text(), **details)
        return update_customer(
            self._open_uow,
            account=self._editing.account,
            active=ui.activeCheck.isChecked(),
            **details,
        )

    def _focus_field(self, field: str) -> None:
        """Put the cursor where the problem is."""
        ui = self.ui
        editors = {
            "account": ui.accountEdit,
            "name": ui.nameEdit,
            "tax_id": ui.taxIdEdit,
            "email": ui.emailEdit,
            "language": ui.languageCombo,
            "address": ui.addressEdit,
        }
        editors.get(field, ui.nameEdit).setFocus()

    def _show(self, customer: Customer) -> None:
        ui = self.ui
        ui.accountEdit.setText(customer.account)
        ui.accountEdit.setReadOnly(True)  # invoices refer to it
        ui.nameEdit.setText(customer.name)
        ui.taxIdEdit.setText(customer.tax_id)
        ui.emailEdit.setText(customer.email)
        ui.addressEdit.setPlainText(customer.address)
        ui.activeCheck.setChecked(customer.active)
        self._select_language(customer.language)

    def _select_language(self, code: str) -> None:
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(code)))
