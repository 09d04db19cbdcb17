from datetime import date
from decimal import Decimal

import pytest

from usagebill_desktop.domain.errors import AlreadyExists, InvalidValue, NotFound
from usagebill_desktop.services.customers import (
    add_customer,
    count_customers,
    get_customer,
    list_customers,
    update_customer,
)
from usagebill_desktop.services.meters import add_meter, list_meters
from usagebill_desktop.services.ports import Page


def test_customers_without_an_account_number_get_the_next_free_one(workspace):
    first = add_customer(workspace.open_uow, name="Ana Ruiz")
    add_customer(workspace.open_uow, name="Bar La Plaza SL", account="B-7")
    second = add_customer(workspace.open_uow, name="Luis Gil")
    assert (first.account, second.account) == ("000001", "000002")


def test_a_new_customer_speaks_the_company_language_unless_told(workspace):
    assert add_customer(workspace.open_uow, name="Ana").language == "es"
    assert add_customer(workspace.open_uow, name="Peter", language="en").language == "en"


def test_an_account_number_is_never_given_twice(workspace):
    add_customer(workspace.open_uow, name="Ana", account="7")
    with pytest.raises(AlreadyExists):
        add_customer(workspace.open_uow, name="Luis", account="7")
    assert count_customers(workspace.open_uow) == 1


def test_a_refused_change_leaves_the_customer_as_it_was(workspace):
    add_customer(workspace.open_uow, name="Ana", account="7", email="ana@example.com")
    with pytest.raises(InvalidValue):
        update_customer(workspace.open_uow, account="7", name="Ana", email="not-an-email")
    assert get_customer(workspace.open_uow, account="7").email == "ana@example.com"


def test_search_finds_by_part_of_name_account_tax_id_or_email_ignoring_case(workspace):
    add_customer(workspace.open_uow, name="Ana Ruiz", tax_id="12345678Z", email="ana@x.es")
    add_customer(workspace.open_uow, name="Luis Gil", tax_id="87654321X")
    for search in ("ruiz", "000001", "5678z", "ANA@"):
        found = list_customers(workspace.open_uow, page=Page(search=search))
        assert [c.name for c in found] == ["Ana Ruiz"], search
    assert count_customers(workspace.open_uow, search="%") == 0  # wildcards are literal


def test_pages_of_a_long_list_neither_repeat_nor_skip_a_customer(workspace):
    for n in range(25):
        add_customer(workspace.open_uow, name=f"Same Name {n % 3}")
    seen = []
    for offset in range(0, 25, 10):
        page = Page(offset=offset, limit=10, sort="name", descending=True)
        seen += [c.account for c in list_customers(workspace.open_uow, page=page)]
    assert sorted(seen) == [f"{n:06d}" for n in range(1, 26)]


def test_a_meter_belongs_to_an_existing_customer_and_its_serial_is_unique(workspace):
    add_customer(workspace.open_uow, name="Ana", account="7")
    details = {
        "serial": "WM1",
        "kind": "cumulative",
        "unit": "m³",
        "install_date": date(2025, 1, 1),
        "digits": 5,
        "install_read": Decimal("12.5"),
    }
    with pytest.raises(NotFound):
        add_meter(workspace.open_uow, customer_account="8", **details)
    add_meter(workspace.open_uow, customer_account="7", **details)
    with pytest.raises(AlreadyExists):
        add_meter(workspace.open_uow, customer_account="7", **details)
    [listing] = list_meters(workspace.open_uow)
    assert listing.meter.install_read == Decimal("12.5")
    assert (listing.customer_name, listing.readings, listing.last_read_on) == ("Ana", 0, None)


def test_names_are_found_and_sorted_ignoring_accents_and_case(workspace):
    for name in ("Zoe Zamora", "Íñigo Álvarez", "ana Ortega"):
        add_customer(workspace.open_uow, name=name)
    by_name = [c.name for c in list_customers(workspace.open_uow, page=Page(sort="name"))]
    assert by_name == ["ana Ortega", "Íñigo Álvarez", "Zoe Zamora"]
    [found] = list_customers(workspace.open_uow, page=Page(search="inigo alvarez"))
    assert found.name == "Íñigo Álvarez"


def test_a_renamed_customer_is_found_by_the_new_name(workspace):
    add_customer(workspace.open_uow, name="Ana Ruiz", account="7")
    update_customer(workspace.open_uow, account="7", name="Ana Núñez")
    assert count_customers(workspace.open_uow, search="nunez") == 1
    assert count_customers(workspace.open_uow, search="ruiz") == 0
