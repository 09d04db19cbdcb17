"""Customers: their details, found by part of a name, account, tax id or email."""

from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.customers import Customer, PaymentMethod
from ..domain.errors import NotFound
from ..domain.paging import Page
from ..domain.text import fold
from .queries import Query, count_of, folded_like, like_pattern, paged
from .tables import CustomerRow


def _customer(row: CustomerRow) -> Customer:
    return _built(tuple(getattr(row, column.key) for column in _CUSTOMER_COLUMNS))


def _built(values: Sequence[Any]) -> Customer:
    """A customer from its columns' values, in `_CUSTOMER_COLUMNS` order."""
    fields = dict(zip(_FIELDS, values, strict=True))
    return Customer(**{**fields, "payment_method": PaymentMethod(fields["payment_method"])})


# A Customer's fields as columns: lists of thousands skip building ORM objects.
_CUSTOMER_COLUMNS = (
    CustomerRow.account,
    CustomerRow.name,
    CustomerRow.tax_id,
    CustomerRow.address,
    CustomerRow.email,
    CustomerRow.language,
    CustomerRow.active,
    CustomerRow.phone,
    CustomerRow.supply_address,
    CustomerRow.payment_method,
    CustomerRow.iban,
)
_FIELDS = tuple(column.key for column in _CUSTOMER_COLUMNS)


class SqlCustomers:
    _SORT: ClassVar[dict[str, Any]] = {
        "account": CustomerRow.account,
        "name": CustomerRow.name_key,
        "tax_id": CustomerRow.tax_id,
        "email": CustomerRow.email,
        "language": CustomerRow.language,
        "active": CustomerRow.active,
        "_id": CustomerRow.id,
    }

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, customer: Customer) -> None:
        row = CustomerRow(**asdict(customer), name_key=fold(customer.name))
        row.created_at = datetime.now(UTC)
        self._session.add(row)
        self._session.flush()

    def replace(self, account: str, customer: Customer) -> None:
        row = self._row(account)
        for field, value in asdict(customer).items():
            setattr(row, field, value)
        row.name_key = fold(customer.name)
        self._session.flush()

    def get(self, account: str) -> Customer | None:
        row = self._session.scalars(
            select(CustomerRow).where(CustomerRow.account == account)
        ).one_or_none()
        return None if row is None else _customer(row)

    def highest_numeric_account(self) -> int | None:
        accounts = self._session.scalars(select(CustomerRow.account))
        numbers = [int(a) for a in accounts if a.isdigit()]
        return max(numbers, default=None)

    def fetch(self, page: Page) -> Sequence[Customer]:
        query = paged(self._filtered(page.search, _CUSTOMER_COLUMNS), page, self._SORT, "name")
        return [_built(row) for row in self._session.execute(query)]

    def count(self, search: str = "") -> int:
        return count_of(self._session, self._filtered(search))

    def addressed(self) -> dict[str, tuple[str, str]]:
        """Every customer's name and billing address, by account: three columns, no
        `Customer` built (a read sheet of thousands of meters)."""
        query = select(CustomerRow.account, CustomerRow.name, CustomerRow.address)
        return {account: (name, address) for account, name, address in self._session.execute(query)}

    def _filtered(self, search: str, columns: tuple[Any, ...] = (CustomerRow,)) -> Query:
        query: Query = select(*columns)
        if search.strip():
            pattern = like_pattern(search)
            query = query.where(
                or_(
                    CustomerRow.name_key.like(folded_like(search), escape="\\"),
                    CustomerRow.account.ilike(pattern, escape="\\"),
                    CustomerRow.tax_id.ilike(pattern, escape="\\"),
                    CustomerRow.email.ilike(pattern, escape="\\"),
                )
            )
        return query

    def _row(self, account: str) -> CustomerRow:
        row = self._session.scalars(
            select(CustomerRow).where(CustomerRow.account == account)
        ).one_or_none()
        if row is None:
            raise NotFound(what="customer", key=account)
        return row

    def id_of(self, account: str) -> int:
        return self._row(account).id
