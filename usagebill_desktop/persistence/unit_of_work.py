"""A unit of work: one session, one transaction, committed only when asked."""

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from .audit_repository import SqlAudit
from .books_repository import SqlBooks
from .company_repository import SqlCompany
from .customer_repository import SqlCustomers
from .database import writer
from .import_repository import SqlImports
from .invoice_repository import SqlInvoices
from .meter_repository import SqlMeters
from .reading_repository import SqlReadings
from .storage_errors import storage_error
from .tariff_repository import SqlTariffs
from .usage_repository import SqlUsage


class SqlUnitOfWork:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def __enter__(self) -> Self:
        self.session = self._sessions()
        self.customers = SqlCustomers(self.session)
        self.meters = SqlMeters(self.session, self.customers)
        self.readings = SqlReadings(self.session)
        self.company = SqlCompany(self.session)
        self.tariffs = SqlTariffs(self.session)
        self.invoices = SqlInvoices(self.session)
        self.imports = SqlImports(self.session)
        self.usage = SqlUsage(self.session)
        self.books = SqlBooks(self.session, self.invoices)
        self.audit = SqlAudit(self.session)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Whatever was not committed is undone: nothing is ever half-written.
        self.session.rollback()
        self.session.close()
        if isinstance(error, DatabaseError) and (plain := storage_error(error)) is not None:
            raise plain from error  # a damaged or locked file, said in one sentence

    def commit(self) -> None:
        self.session.commit()


class UnitOfWorkFactory:
    """Opens units of work on one engine; writers take the lock up front, and the first
    one waits for `before_writing` (the integrity check of the file) to pass."""

    def __init__(self, engine: Engine, before_writing: Callable[[], None] | None = None) -> None:
        self._readers = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(writer(engine), expire_on_commit=False)
        self._before_writing = before_writing

    def __call__(self, *, write: bool = False) -> SqlUnitOfWork:
        if write and self._before_writing is not None:
            self._before_writing()  # raises while the file is damaged, every time
            self._before_writing = None
        return SqlUnitOfWork(self._writers if write else self._readers)
