"""The main window: a sidebar of pages and the page stack."""

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from ..services.ports import OpenFactory, OpenUnitOfWork
from .formatting import Formatter
from .pages.dashboard_page import DashboardPage


class MainWindow(QMainWindow):
    """Pages refresh when shown, so what one page changed shows on the others.

    A page that shows a customer or a meter offers to open it by emitting
    `open_account(account)` or `open_meter(serial)`; the window connects those signals
    of every page it adds and goes there.
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
        for key, title, pixmap in entries:
            item = QListWidgetItem(self.style().standardIcon(pixmap), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.currentItemChanged.connect(self._on_sidebar_current_item_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.show_page("dashboard")
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
        """File and Help; each feature adds its actions to `file_menu` before Quit."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # on every platform
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def open_account(self, account: str) -> None:
        """The customer `account`, found in the customers list."""
        page = self.show_page("customers")
        page.show_only(account)  # type: ignore[attr-defined]

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

    def _add_page(self, page: QWidget) -> None:
        self.stack.addWidget(page)
        if hasattr(page, "message"):
            page.message.connect(self._on_page_message)
        if hasattr(page, "open_account"):
            page.open_account.connect(self.open_account)
        if hasattr(page, "open_meter"):
            page.open_meter.connect(self.open_meter)

    def _on_sidebar_current_item_changed(self, item: QListWidgetItem | None) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        if key not in self.page_keys:
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
        self, factories: dict[str, Callable[[], QWidget]], added: Callable[[QWidget], None]
    ) -> None:
        super().__init__()
        self._factories, self._added = factories, added

    def __missing__(self, key: str) -> QWidget:
        page = self[key] = self._factories[key]()
        self._added(page)
        return page


def _page(module: str, name: str) -> Callable[..., QWidget]:
    """A page's class, its module imported when the page is first shown: the window
    opens without loading what the other pages need (the PDF viewer, printing, …)."""
    found: Callable[..., QWidget] = getattr(import_module(f"{__package__}.pages.{module}"), name)
    return found
