from usagebill_desktop.services.company import get_company


def test_readings_show_newest_first_with_unit_and_type_mark(window):
    page = window.show_page("readings")
    model = page.model
    first, second = (model.row_at(n).reading.read_on for n in (0, 1))
    assert first >= second
    assert model.index(0, 3).data().endswith((" h", " pág", " m³"))
    assert model.index(0, 4).data() in {"A · Actual", "E · Estimated", "C · Customer read"}


def test_jumping_to_the_last_reading_fetches_only_that_page(window):
    page = window.show_page("readings")
    last = page.model.rowCount() - 1
    page.ui.table.scrollToBottom()
    assert page.model.index(last, 1).data()  # a real serial, fetched on demand
    assert len(page.model._pages) == 2  # the first page and the last, not the ones between


def test_the_replaced_meter_shows_when_it_was_removed(window, qtbot):
    page = window.show_page("meters")
    qtbot.keyClicks(page.ui.searchEdit, "WM1800629")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    removed = page.model.index(0, 6).data()  # column 7 is the count of readings
    assert removed == "9 Jan 2026"  # the day of the demo's replacement


def test_the_company_profile_is_saved_from_settings(window, demo):
    page = window.show_page("settings")
    page._editors["name"].setText("Aguas de Valdeluz")
    page._on_save_clicked()
    assert page._status.text() == "Saved."
    assert get_company(demo.open_uow).name == "Aguas de Valdeluz"


def test_a_bad_profile_is_refused_with_the_reason(window, demo):
    page = window.show_page("settings")
    page._editors["invoice_number_format"].setText("F-{year}")
    page._on_save_clicked()
    assert page._status.text() == "Invoice number format: must contain {seq}"
    assert get_company(demo.open_uow).invoice_number_format == "F-{year}-{seq:05d}"
