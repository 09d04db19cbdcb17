"""What the list repositories share: searching with LIKE, a total order for pages, and
counting what a query matches."""

from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, true
from sqlalchemy.orm import Session

from ..domain.paging import Page
from ..domain.text import fold
from .tables import CustomerRow, ImportRow, MeterRow, ReadingRow

Query = Select[*tuple[Any, ...]]


PENDING = "pending"


def visible_readings(session: Session) -> ColumnElement[bool]:
    """What keeps a query on readings off the rows of an import still being written (a
    chunk at a time, `services/imports.py`): every reader sees an import whole or not at
    all. While no import is pending (nearly always) it is plain `true`, so the query and
    its indexes run as before."""
    pending = list(session.scalars(select(ImportRow.id).where(ImportRow.state == PENDING)))
    if not pending:
        return true()
    return or_(ReadingRow.import_id.is_(None), ReadingRow.import_id.not_in(pending))


def like_pattern(search: str) -> str:
    escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def folded_like(search: str) -> str:
    """A LIKE pattern on a folded name key: "ALVAREZ" finds "Álvarez"."""
    return like_pattern(fold(search))


def meter_or_customer_matches(search: str) -> ColumnElement[bool]:
    """Part of a meter serial, a customer's name (folded) or account number."""
    pattern = like_pattern(search)
    return or_(
        MeterRow.serial.ilike(pattern, escape="\\"),
        CustomerRow.name_key.like(folded_like(search), escape="\\"),
        CustomerRow.account.ilike(pattern, escape="\\"),
    )


def ordered(query: Query, page: Page, sort_columns: dict[str, Any], default: str) -> Query:
    column = sort_columns.get(page.sort, sort_columns[default])
    tiebreak = sort_columns["_id"]
    # The id makes the order total, so pages never repeat or skip a row; it runs the
    # same way as the sort so that an index on (column, id) serves both.
    if page.descending:
        return query.order_by(column.desc(), tiebreak.desc())
    return query.order_by(column.asc(), tiebreak.asc())


def paged(query: Query, page: Page, sort_columns: dict[str, Any], default: str) -> Query:
    return ordered(query, page, sort_columns, default).offset(page.offset).limit(page.limit)


def count_of(session: Session, query: Query) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
