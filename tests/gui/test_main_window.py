from functools import partial

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication

from usagebill_desktop.bootstrap import open_for_worker
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.main_window import MainWindow

from .conftest import open_window, when_shown

SIDEBAR = [
    "Dashboard",
    "Customers",
    "Meters",
    "Readings",
    "Read sheet",
    "Tariffs",
    "Billing",
    "Invoices",
    "Reports",
    "Settings",
]


def _sidebar(window):
    return [window.sidebar.item(row) for row in range(window.sidebar.count())]


def test_the_sidebar_lists_every_area_and_each_opens(window):
    items = _sidebar(window)
    assert [item.text() for item in items] == SIDEBAR
    enabled = [item.text() for item in items if item.flags() & Qt.ItemFlag.ItemIsEnabled]
    assert enabled == SIDEBAR
    assert window.stack.currentWidget() is window.pages["dashboard"]


def test_clicking_a_sidebar_entry_shows_its_page(window, qtbot):
    customers = _sidebar(window)[1]
    rect = window.sidebar.visualItemRect(customers)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.pages["customers"]


def test_the_dashboard_shows_the_workspace_figures(window, qtbot):
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.figure("customers") == "240", timeout=10_000)
    assert dashboard.figure("meters") == "281" and dashboard.status.text() == ""


def test_every_table_model_behaves_as_qt_expects(window, qtmodeltester):
    for key in ("customers", "meters", "readings", "tariffs"):
        qtmodeltester.check(window.pages[key].model)


def test_the_window_speaks_spanish_with_spanish_numbers(qtbot, demo, spanish):
    window = MainWindow(
        demo.open_uow,
        location=demo.location,
        formatter=Formatter("es_ES"),
        open_factory=partial(open_for_worker, demo.url),
    )
    qtbot.addWidget(window)
    assert [item.text() for item in _sidebar(window)][:4] == [
        "Resumen",
        "Clientes",
        "Contadores",
        "Lecturas",
    ]
    readings = window.show_page("readings")
    assert readings.ui.countLabel.text().endswith(" lecturas")
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: bool(dashboard.figure("readings")), timeout=10_000)
    assert dashboard.figure("readings").count(".") == 1  # 12.035, not 12,035


def test_a_page_can_open_a_customers_account_or_a_meter_in_its_list(window, qtbot):
    window.open_account("000007")
    view = window.account_view
    qtbot.waitUntil(lambda: view.account is not None)
    assert view.account.customer.account == "000007"
    assert view.isVisible()
    serial = window.pages["meters"].model.row_at(3).meter.serial
    window.open_meter(serial)
    assert window.stack.currentWidget() is window.pages["meters"]
    assert window.pages["meters"].selected_row().meter.serial == serial


def test_ctrl_q_closes_the_window(window, qtbot):
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Go", "&Help"]
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def _menu_action(window, menu: str, text: str):
    [found] = [a for a in window.menuBar().actions() if a.text() == menu]
    [action] = [a for a in found.menu().actions() if a.text() == text]
    return action


def _press(window, qtbot, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def test_ctrl_and_a_number_opens_the_page_in_the_sidebar_order(window, qtbot):
    _press(window, qtbot, Qt.Key.Key_2)
    assert window.stack.currentWidget() is window.pages["customers"]
    _press(window, qtbot, Qt.Key.Key_9)
    assert window.stack.currentWidget() is window.pages["reports"]
    _press(window, qtbot, Qt.Key.Key_0)
    assert window.stack.currentWidget() is window.pages["settings"]
    assert window.sidebar.currentItem().text() == "Settings"
    go = _menu_action(window, "&Go", "Invoices")
    assert go.shortcut().toString() == "Ctrl+8"
    assert _sidebar(window)[3].toolTip() == "Readings (Ctrl+4)"


def test_ctrl_f_goes_to_the_search_box_and_ctrl_n_adds_a_customer(window, qtbot, monkeypatch):
    customers = window.show_page("customers")
    customers.ui.table.setFocus()
    _press(window, qtbot, Qt.Key.Key_F)
    assert customers.ui.searchEdit.hasFocus()
    asked = []
    from usagebill_desktop.ui.dialogs.customer_dialog import CustomerDialog

    monkeypatch.setattr(CustomerDialog, "ask", classmethod(lambda cls, *a, **k: asked.append(1)))
    _press(window, qtbot, Qt.Key.Key_N)
    assert asked == [1]  # the customer form opened, as "New customer…" does


def test_help_shows_a_getting_started_guide(window, qtbot):
    seen = {}

    def read(dialog) -> None:
        seen["text"] = dialog.text.toPlainText()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_shown(read)
    _menu_action(window, "&Help", "&Getting started").trigger()
    assert "Every month: readings" in seen["text"] and "Ctrl+F" in seen["text"]


def test_about_shows_the_version_the_data_file_and_licences(window, qtbot, demo):
    seen = {}

    def read(dialog) -> None:
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        table = dialog.licences
        seen["rows"] = {
            table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())
        }
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    when_shown(read)
    _menu_action(window, "&Help", "&About UsageBill").trigger()
    assert QGuiApplication.clipboard().text() == demo.location
    assert seen["rows"]["SQLAlchemy"] == "MIT"
    assert "LGPL" in seen["rows"]["PySide6-Essentials"]


def _drag_column_edge(qtbot, header, column: int, width: int) -> None:
    """Drag the right edge of the column's header with the mouse until it is `width` wide."""
    y = header.height() // 2
    edge = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) - 1, y)
    target = QPoint(header.sectionViewportPosition(column) + width - 1, y)
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=edge)
    moved = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(target),
        QPointF(viewport.mapToGlobal(target)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, moved)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)


def test_size_page_and_column_widths_are_there_at_the_next_start(qtbot, demo, english):
    first = open_window(qtbot, demo)
    first.resize(760, 540)
    customers = first.show_page("customers")
    header = customers.ui.table.horizontalHeader()
    _drag_column_edge(qtbot, header, 0, 222)
    assert header.sectionSize(0) == 222
    first.close()
    second = open_window(qtbot, demo)
    assert second.stack.currentWidget() is second.pages["customers"]
    assert (second.width(), second.height()) == (760, 540)
    table = second.pages["customers"].ui.table
    second.pages["customers"].refresh()
    assert table.horizontalHeader().sectionSize(0) == 222
