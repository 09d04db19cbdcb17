"""The fake unit of work stands in for the SQL one: typed as the ports, and it rolls back."""

from usagebill_desktop.domain.customers import Customer
from usagebill_desktop.services.customers import add_customer, list_customers
from usagebill_desktop.services.ports import OpenUnitOfWork, Page, UnitOfWork

from .fakes import FakeOpen


def _typed(open_uow: OpenUnitOfWork, uow: UnitOfWork) -> str:
    """mypy checks here that the fakes satisfy the ports' Protocols."""
    return uow.company.get().language


def test_the_fakes_are_what_the_services_ask_for() -> None:
    open_uow = FakeOpen()
    with open_uow() as uow:
        assert _typed(open_uow, uow)


def test_a_unit_of_work_left_without_commit_leaves_nothing_behind() -> None:
    open_uow = FakeOpen()
    add_customer(open_uow, name="Ana Ruiz", account="1")
    with open_uow(write=True) as uow:
        uow.customers.replace("1", Customer("1", "Someone else"))
        uow.customers.add(Customer("2", "Ben Ortiz"))
        assert [c.name for c in uow.customers.fetch(Page())] == ["Ben Ortiz", "Someone else"]
    assert [c.name for c in list_customers(open_uow)] == ["Ana Ruiz"]


def test_what_is_committed_is_seen_by_the_next_unit_of_work() -> None:
    open_uow = FakeOpen()
    with open_uow(write=True) as uow:
        uow.customers.add(Customer("2", "Ben Ortiz"))
        uow.commit()
    with open_uow() as uow:
        assert uow.customers.get("2") == Customer("2", "Ben Ortiz")
