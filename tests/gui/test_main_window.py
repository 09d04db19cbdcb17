from functools import partial

from PySide6.QtCore import Qt

from usagebill_desktop.bootstrap import open_for_worker
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.main_window import MainWindow

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


def test_a_page_can_open_a_customer_or_a_meter_in_its_list(window, qtbot):
    window.open_account("000007")
    customers = window.pages["customers"]
    assert window.stack.currentWidget() is customers
    assert customers.selected_row().account == "000007"
    assert customers.ui.searchEdit.text() == "000007"
    serial = window.pages["meters"].model.row_at(3).meter.serial
    window.open_meter(serial)
    assert window.stack.currentWidget() is window.pages["meters"]
    assert window.pages["meters"].selected_row().meter.serial == serial


def test_ctrl_q_closes_the_window(window, qtbot):
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Help"]
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
