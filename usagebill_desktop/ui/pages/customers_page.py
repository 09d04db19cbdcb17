"""Customers: find, add, edit."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...domain.customers import Customer
from ...services.company import get_company
from ...services.customers import count_customers, list_customers
from ...services.ports import OpenUnitOfWork
from ..dialogs.customer_dialog import CustomerDialog
from ..table_model import CENTER, Column
from .list_page import ListPage


class CustomersPage(ListPage):
    """Enter or a double-click on a customer (or Enter in the search box) opens their
    account; editing is the Edit button's.

    Signals: open_account(str) — the account the operator opened (the window shows it).
    """

    open_account = Signal(str)

    def __init__(self, open_uow: OpenUnitOfWork, parent: QWidget | None = None) -> None:
        self._open_uow = open_uow
        yes, no = self.tr("Yes"), self.tr("No")
        columns = (
            Column[Customer](self.tr("Account"), "account", lambda c: c.account),
            Column[Customer](self.tr("Name"), "name", lambda c: c.name),
            Column[Customer](self.tr("Tax ID"), "tax_id", lambda c: c.tax_id),
            Column[Customer](self.tr("E-mail"), "email", lambda c: c.email),
            Column[Customer](self.tr("Language"), "language", lambda c: c.language.upper(), CENTER),
            Column[Customer](
                self.tr("Active"), "active", lambda c: yes if c.active else no, CENTER
            ),
        )
        super().__init__(
            self.tr("Customers"),
            columns,
            lambda page: list_customers(open_uow, page=page),
            lambda search: count_customers(open_uow, search=search),
            parent,
        )
        self.ui.searchEdit.setPlaceholderText(self.tr("Search by name, account, tax ID or e-mail"))
        self.ui.addButton.setText(self.tr("&New customer…"))
        self.new_button = self.ui.addButton  # what the window's Ctrl+N clicks
        self.ui.editButton.setText(self.tr("&Edit…"))
        self.ui.editButton.setEnabled(False)
        self.ui.addButton.clicked.connect(self._on_add_clicked)
        self.ui.editButton.clicked.connect(self._on_edit_clicked)
        self.ui.table.activated.connect(self._on_table_activated)  # Enter, double-click
        self.ui.searchEdit.returnPressed.connect(self._on_search_return_pressed)
        self.ui.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def count_text(self, count: int) -> str:
        return self.tr("%Ln customer(s)", "", count)

    def _on_add_clicked(self) -> None:
        # New customers speak the company's language unless the operator says otherwise.
        language = get_company(self._open_uow).language
        saved = CustomerDialog.ask(self, self._open_uow, default_language=language)
        self._show_saved(saved)

    def _on_edit_clicked(self) -> None:
        customer = self.selected_row()
        if customer is not None:
            self._show_saved(CustomerDialog.ask(self, self._open_uow, customer))

    def _on_table_activated(self) -> None:
        customer = self.selected_row()
        if customer is not None:
            self.open_account.emit(customer.account)

    def _on_search_return_pressed(self) -> None:
        """The search now, and the first customer found opened."""
        self.show_only(self.ui.searchEdit.text())
        self._on_table_activated()

    def _show_saved(self, saved: Customer | None) -> None:
        if saved is not None:
            self.refresh()
            self.select(lambda c: c.account == saved.account)
            text = self.tr("Customer {account} saved: {name}")
            self.message.emit(text.format(account=saved.account, name=saved.name))

    def _on_selection_changed(self) -> None:
        self.ui.editButton.setEnabled(self.selected_row() is not None)

    def refresh(self) -> None:
        super().refresh()
        self._on_selection_changed()
