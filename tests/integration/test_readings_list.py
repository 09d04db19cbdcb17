"""The readings list pages through a large table without repeating or skipping rows."""

from usagebill_desktop.domain.text import fold
from usagebill_desktop.services.ports import Page
from usagebill_desktop.services.readings import count_readings, list_readings


def test_reading_pages_run_newest_first_without_repeats_or_gaps(demo):
    total = count_readings(demo.open_uow)
    seen = []
    for offset in range(0, total, 1000):
        page = Page(offset=offset, limit=1000, sort="date", descending=True)
        seen += list_readings(demo.open_uow, page=page)
    assert len({r.id for r in seen}) == len(seen) == total
    dates = [r.reading.read_on for r in seen]
    assert dates == sorted(dates, reverse=True)


def test_readings_are_found_by_customer_name_without_accents(demo):
    page = Page(limit=5000, search="granja los almendros")
    found = list_readings(demo.open_uow, page=page)
    assert {r.customer_name for r in found} == {"Granja Los Almendros SC"}
    assert count_readings(demo.open_uow, search="granja los almendros") == len(found) == 24


def test_readings_sort_by_customer_name(demo):
    page = Page(limit=3000, sort="customer")
    names = [fold(r.customer_name) for r in list_readings(demo.open_uow, page=page)]
    assert names == sorted(names)
