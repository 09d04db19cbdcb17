import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.services.company import get_company
from usagebill_desktop.services.readings import list_readings
from usagebill_desktop.ui import styles
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.pages.dashboard_page import DashboardPage
from usagebill_desktop.ui.pages.settings_page import SettingsPage


def test_readings_show_newest_first_with_unit_and_type_mark(window):
    page = window.show_page("readings")
    model = page.model
    first, second = (model.row_at(n).reading.read_on for n in (0, 1))
    assert first >= second
    assert model.index(0, 3).data().endswith((" h", " pág", " m³"))
    assert model.index(0, 4).data() in {"A · Actual", "E · Estimated", "C · Customer read"}


def test_jumping_to_the_last_reading_fetches_only_that_page(window, monkeypatch):
    page = window.show_page("readings")
    asked = []  # the pages of readings the database is asked for

    def listed(open_uow, *, page):
        asked.append(page)
        return list_readings(open_uow, page=page)

    monkeypatch.setattr("usagebill_desktop.ui.pages.readings_page.list_readings", listed)
    last = page.model.rowCount() - 1
    page.ui.table.scrollToBottom()
    assert page.model.index(last, 1).data()  # a real serial, fetched on demand
    [fetched] = asked  # the last page, not the ones between
    assert fetched.offset <= last < fetched.offset + fetched.limit and fetched.offset > 0


def test_the_replaced_meter_shows_when_it_was_removed(window, qtbot):
    page = window.show_page("meters")
    qtbot.keyClicks(page.ui.searchEdit, "WM1800629")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    removed = page.model.index(0, 5).data()  # column 6 is the count of readings
    assert removed == "9 Jan 2026"  # the day of the demo's replacement


def _save(page, qtbot, signal) -> None:
    with qtbot.waitSignal(signal, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


def _field(page, name: str) -> QLineEdit:
    """The line where the profile's field is typed."""
    found = page.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def _retype(qtbot, editor, text: str) -> None:
    editor.clear()
    qtbot.keyClicks(editor, text)


def test_the_company_profile_is_saved_from_settings(window, demo, qtbot):
    page = window.show_page("settings")
    _retype(qtbot, _field(page, "name"), "Aguas de Valdeluz")
    _save(page, qtbot, page.saving.succeeded)
    assert page.status.text() == "Saved."
    assert get_company(demo.open_uow).name == "Aguas de Valdeluz"


def test_a_bad_profile_is_refused_with_the_reason(window, demo, qtbot):
    page = window.show_page("settings")
    _retype(qtbot, _field(page, "invoice_number_format"), "F-{year}")
    _save(page, qtbot, page.saving.failed)
    assert page.status.text() == "Invoice number format: must contain {seq}"
    assert page.status.styleSheet() == styles.PROBLEM and page.save_button.isEnabled()
    assert get_company(demo.open_uow).invoice_number_format == "F-{year}-{seq:05d}"
    _retype(qtbot, _field(page, "invoice_number_format"), "F-{year}-{seq}")
    _save(page, qtbot, page.saving.succeeded)  # corrected, it saves; the reason goes
    assert page.status.text() == "Saved." and page.status.styleSheet() == styles.PLAIN


def test_saving_waits_for_the_save_then_says_a_refusal_in_spanish(
    demo, qtbot, spanish, monkeypatch
):
    page = SettingsPage(demo.open_uow)
    qtbot.addWidget(page)
    page.show()
    release = threading.Event()

    def refused(*_, **__):
        release.wait(10)
        raise InvalidValue(field="currency", reason="a three-letter ISO code such as EUR")

    monkeypatch.setattr("usagebill_desktop.ui.pages.settings_page.save_company", refused)
    with qtbot.waitSignal(page.saving.finished, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert not page.save_button.isEnabled()
        release.set()
    assert page.status.text() == "Moneda: un código ISO de tres letras, como EUR"
    assert page.save_button.isEnabled()


def test_the_dashboard_says_when_its_figures_cannot_be_read(demo, qtbot, spanish, monkeypatch):
    def damaged(*_, **__):
        raise OSError("disk I/O error")

    monkeypatch.setattr("usagebill_desktop.ui.pages.dashboard_page.workspace_overview", damaged)
    page = DashboardPage(demo.open_uow, Formatter("es_ES"), demo.location)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.reading.failed, timeout=10_000):
        page.refresh()
    assert page.status.text() == "No se han podido leer las cifras: disk I/O error"
    assert page.figure("customers") == ""


@pytest.mark.parametrize(
    ("template", "sentence"),
    [
        ("F-{seq}", "debe contener {year}, porque {seq} vuelve a empezar cada año"),
        ("F-{year}-{seq:05}", "rellene {seq} como {seq:05d}, con 2 a 9 cifras, o no lo rellene"),
        (
            "F/{year}/{seq}",
            "además de {year} y {seq}, use solo letras, cifras, guiones, guiones bajos y "
            "puntos sueltos, porque el número da nombre a su archivo PDF",
        ),
        (
            "../x/F{year}-{seq}",
            "además de {year} y {seq}, use solo letras, cifras, guiones, guiones bajos y "
            "puntos sueltos, porque el número da nombre a su archivo PDF",
        ),
        ("{seq:>1000000}", "debe contener {year}, porque {seq} vuelve a empezar cada año"),
    ],
)
def test_a_number_format_that_would_break_the_books_is_refused_in_spanish(
    demo, qtbot, spanish, template, sentence
):
    page = SettingsPage(demo.open_uow)
    qtbot.addWidget(page)
    page.show()
    _retype(qtbot, _field(page, "invoice_number_format"), template)
    _save(page, qtbot, page.saving.failed)
    assert page.status.text() == f"Formato del número de factura: {sentence}"
    assert page.status.styleSheet() == styles.PROBLEM
    assert get_company(demo.open_uow).invoice_number_format == "F-{year}-{seq:05d}"
