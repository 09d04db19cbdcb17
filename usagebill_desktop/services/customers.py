"""Customers: add, change, find."""

from collections.abc import Sequence

from ..domain.customers import Customer, make_customer, next_account
from ..domain.errors import AlreadyExists, NotFound
from .ports import EVERYTHING, OpenUnitOfWork, Page


def add_customer(
    open_uow: OpenUnitOfWork,
    *,
    name: str,
    account: str = "",
    tax_id: str = "",
    address: str = "",
    email: str = "",
    language: str = "",
    phone: str = "",
    supply_address: str = "",
    payment_method: str = "",
    iban: str = "",
) -> Customer:
    """Add a customer; without an account number, the next free number is given."""
    with open_uow(write=True) as uow:
        account = account.strip() or next_account(uow.customers.highest_numeric_account())
        if uow.customers.get(account) is not None:
            raise AlreadyExists(what="customer", key=account)
        language = language or uow.company.get().language
        customer = make_customer(
            account=account,
            name=name,
            tax_id=tax_id,
            address=address,
            email=email,
            language=language,
            phone=phone,
            supply_address=supply_address,
            payment_method=payment_method,
            iban=iban,
        )
        uow.customers.add(customer)
        uow.commit()
    return customer


def update_customer(
    open_uow: OpenUnitOfWork,
    *,
    account: str,
    name: str,
    tax_id: str = "",
    address: str = "",
    email: str = "",
    language: str = "es",
    active: bool = True,
    phone: str = "",
    supply_address: str = "",
    payment_method: str = "",
    iban: str = "",
) -> Customer:
    """Change a customer's details; the account number stays (invoices refer to it)."""
    with open_uow(write=True) as uow:
        if uow.customers.get(account) is None:
            raise NotFound(what="customer", key=account)
        customer = make_customer(
            account=account,
            name=name,
            tax_id=tax_id,
            address=address,
            email=email,
            language=language,
            active=active,
            phone=phone,
            supply_address=supply_address,
            payment_method=payment_method,
            iban=iban,
        )
        uow.customers.replace(account, customer)
        uow.commit()
    return customer


def get_customer(open_uow: OpenUnitOfWork, *, account: str) -> Customer:
    with open_uow() as uow:
        customer = uow.customers.get(account)
    if customer is None:
        raise NotFound(what="customer", key=account)
    return customer


def list_customers(open_uow: OpenUnitOfWork, *, page: Page = EVERYTHING) -> Sequence[Customer]:
    with open_uow() as uow:
        return uow.customers.fetch(page)


def count_customers(open_uow: OpenUnitOfWork, *, search: str = "") -> int:
    with open_uow() as uow:
        return uow.customers.count(search)
