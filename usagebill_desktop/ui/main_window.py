"""The main window: a sidebar of pages and the page stack."""

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from ..services.ports import OpenFactory, OpenUnitOfWork
from . import remembered
from .formatting import Formatter
from .pages.dashboard_page import DashboardPage


class MainWindow(QMainWindow):
    """Pages refresh when shown, so what one page changed shows on the others.

    A page that shows a customer or a meter offers to open it by emitting
    `open_account(account)` or `open_meter(serial)`; the window connects those signals
    of every page it adds and goes there.

    Ctrl+1…9 open the pages in the sidebar's order; Ctrl+F goes to the page's search box
    and Ctrl+N clicks its `new_button`, for a page that has them. A page with unsaved work
    declares `may_leave() -> bool` (it asks the user), called before the page is left and
    before the window closes. Size, place, last page, splitters and column widths are
    kept by `remembered`.
    """

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        *,
        location: str,
        formatter: Formatter,
        open_factory: OpenFactory,
    ) -> None:
        super().__init__()
        self.location = location
        self._open_uow, self._formatter = open_uow, formatter
        self.account_view: QWidget | None = None  # the customer's account, when open
        self.setWindowTitle(self.tr("UsageBill — {location}").format(location=location))
        self.resize(1180, 740)
        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        icon = QStyle.StandardPixmap
        ready: dict[str, Callable[[], QWidget]] = {
            "dashboard": lambda: DashboardPage(open_uow, formatter, location),
            "customers": lambda: _page("customers_page", "CustomersPage")(open_uow),
            "meters": lambda: _page("meters_page", "MetersPage")(open_uow, formatter),
            "readings": lambda: _page("readings_page", "ReadingsPage")(open_uow, formatter),
            "read_sheet": lambda: _page("read_sheet_page", "ReadSheetPage")(open_uow, formatter),
            "tariffs": lambda: _page("tariffs_page", "TariffsPage")(open_uow, formatter),
            "billing": lambda: _page("billing_page", "BillingPage")(open_uow, formatter),
            "invoices": lambda: _page("invoices_page", "InvoicesPage")(
                open_uow, formatter, open_factory
            ),
            "reports": lambda: _page("reports_page", "ReportsPage")(open_uow, formatter),
            "settings": lambda: _page("settings_page", "SettingsPage")(open_uow),
        }
        entries = (
            ("dashboard", self.tr("Dashboard"), icon.SP_ComputerIcon),
            ("customers", self.tr("Customers"), icon.SP_DirHomeIcon),
            ("meters", self.tr("Meters"), icon.SP_DriveHDIcon),
            ("readings", self.tr("Readings"), icon.SP_FileDialogDetailedView),
            ("read_sheet", self.tr("Read sheet"), icon.SP_DialogApplyButton),
            ("tariffs", self.tr("Tariffs"), icon.SP_FileDialogListView),
            ("billing", self.tr("Billing"), icon.SP_BrowserReload),
            ("invoices", self.tr("Invoices"), icon.SP_FileIcon),
            ("reports", self.tr("Reports"), icon.SP_FileDialogContentsView),
            ("settings", self.tr("Settings"), icon.SP_FileDialogInfoView),
        )
        self.pages = _Pages(ready, self._add_page)
        self.page_keys = list(ready)
        self._build_menus()
        for n, (key, title, pixmap) in enumerate(entries, start=1):
            item = QListWidgetItem(self.style().standardIcon(pixmap), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
            self._add_page_action(n, key, title, item)
        self.sidebar.currentItemChanged.connect(self._on_sidebar_current_item_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        remembered.restore_window(self)
        last = remembered.last_page()
        self.show_page(last if last in self.page_keys else "dashboard")
        self.setAcceptDrops(True)  # drop a readings file on the window to import it

    IMPORTABLE = (".csv", ".txt", ".xlsx")

    def _dropped_file(self, event: QDropEvent | QDragEnterEvent) -> Path | None:
        urls = event.mimeData().urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in self.IMPORTABLE else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            page = self.show_page("readings")
            page.import_file(path)  # type: ignore[attr-defined]

    def _build_menus(self) -> None:
        """File, Edit, Go and Help; each feature adds its actions to `file_menu` before
        Quit."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.file_menu.addAction(self.quit_action)
        edit = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(self.tr("&Find"), "Ctrl+F", self._on_find_triggered)
        self.new_action = self._action(self.tr("&New"), "Ctrl+N", self._on_new_triggered)
        edit.addActions([self.find_action, self.new_action])
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        guide = self._action(self.tr("&Getting started"), "F1", self._on_guide_triggered)
        about = self._action(self.tr("&About UsageBill"), "", self._on_about_triggered)
        self.help_menu.addActions([guide, about])

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))  # the same keys on every platform
        action.triggered.connect(slot)
        return action

    def _add_page_action(self, n: int, key: str, title: str, item: QListWidgetItem) -> None:
        keys = f"Ctrl+{n % 10}" if n <= 10 else ""  # the tenth page is Ctrl+0
        action = self._action(title, keys, lambda: self.show_page(key))
        self.go_menu.addAction(action)
        if keys:
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{title} ({shown})")

    def _on_find_triggered(self) -> None:
        page = self.stack.currentWidget()
        box = page.findChild(QLineEdit, "searchEdit") if page is not None else None
        if box is not None and box.isVisible():
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()

    def _on_new_triggered(self) -> None:
        button = getattr(self.stack.currentWidget(), "new_button", None)
        if isinstance(button, QAbstractButton) and button.isVisible() and button.isEnabled():
            button.click()

    def _on_guide_triggered(self) -> None:
        from .dialogs.help_dialogs import GettingStartedDialog

        GettingStartedDialog.ask(self)

    def _on_about_triggered(self) -> None:
        from .dialogs.help_dialogs import AboutDialog

        AboutDialog.ask(self, self.location)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Pages with unsaved work ask first; then what the window looks like is kept."""
        if not all(getattr(page, "may_leave", lambda: True)() for page in self.pages.values()):
            event.ignore()
            return
        current = self.sidebar.currentItem()
        remembered.keep_window(self, current.data(Qt.ItemDataRole.UserRole) if current else "")
        for key, page in self.pages.items():
            remembered.keep_page(key, page)
        super().closeEvent(event)

    def open_account(self, account: str) -> None:
        """The customer `account`'s account view (one at a time: it replaces the last)."""
        from .dialogs.account_view import AccountView  # loaded when first asked for

        if self.account_view is not None:
            self.account_view.close()
        view = AccountView(self._open_uow, self._formatter, account, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open_invoice.connect(self.open_invoice)
        view.customer_saved.connect(self._on_account_customer_saved)
        view.destroyed.connect(lambda: self._forget_account_view(view))
        self.account_view = view
        view.show()

    def _forget_account_view(self, view: QWidget) -> None:
        if self.account_view is view:
            self.account_view = None

    def _on_account_customer_saved(self) -> None:
        if "customers" in self.pages:
            self.pages["customers"].refresh()  # type: ignore[attr-defined]

    def open_invoice(self, number: str) -> None:
        """The invoice `number`, found in the invoices list (its PDF shows beside it)."""
        page = self.show_page("invoices")
        page.list.show_only(number)  # type: ignore[attr-defined]
        self.raise_()
        self.activateWindow()

    def open_meter(self, serial: str) -> None:
        """The meter `serial`, found in the meters list."""
        page = self.show_page("meters")
        page.show_only(serial)  # type: ignore[attr-defined]

    def show_page(self, key: str) -> QWidget:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.setCurrentRow(row)
        return self.pages[key]

    def _on_page_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _add_page(self, key: str, page: QWidget) -> None:
        self.stack.addWidget(page)
        remembered.restore_page(key, page)
        if hasattr(page, "message"):
            page.message.connect(self._on_page_message)
        if hasattr(page, "open_account"):
            page.open_account.connect(self.open_account)
        if hasattr(page, "open_meter"):
            page.open_meter.connect(self.open_meter)

    def _on_sidebar_current_item_changed(
        self, item: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        if key not in self.page_keys:
            return
        leaving = self.stack.currentWidget()
        stays = not getattr(leaving, "may_leave", lambda: True)()
        if stays and previous is not None:
            with QSignalBlocker(self.sidebar):
                self.sidebar.setCurrentItem(previous)  # the user stays to save or cancel
            return
        page = self.pages[key]
        refresh = getattr(page, "refresh", None) or getattr(page, "load", None)
        if refresh is not None:
            refresh()
        self.stack.setCurrentWidget(page)


class _Pages(dict[str, QWidget]):
    """Pages made the first time they are asked for: the window opens with the dashboard
    only, and each other page costs its queries when the operator first goes there."""

    def __init__(
        self, factories: dict[str, Callable[[], QWidget]], added: Callable[[str, QWidget], None]
    ) -> None:
        super().__init__()
        self._factories, self._added = factories, added

    def __missing__(self, key: str) -> QWidget:
        page = self[key] = self._factories[key]()
        self._added(key, page)
        return page


def _page(module: str, name: str) -> Callable[..., QWidget]:
    """A page's class, its module imported when the page is first shown: the window
    opens without loading what the other pages need (the PDF viewer, printing, …)."""
    found: Callable[..., QWidget] = getattr(import_module(f"{__package__}.pages.{module}"), name)
    return found
