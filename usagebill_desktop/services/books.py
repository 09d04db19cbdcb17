"""The period's books for the bookkeeper: every figure read in one unit of work and
handed, streaming, to whatever writes them (a workbook, CSV files, a preview)."""

from collections.abc import Callable, Iterable, Iterator
from datetime import date

from ..domain.books import Books, Totals
from ..domain.periods import Span
from .ports import OpenUnitOfWork


def export_books[T](
    open_uow: OpenUnitOfWork, *, span: Span, today: date, write: Callable[[Books], T]
) -> T:
    """Call `write` with the books of `span` (documents by issue date) while the data
    can still stream from the database; return what it returns."""
    with open_uow() as uow:
        books = Books(
            uow.company.get(),
            span,
            today,
            tuple(uow.books.tax_rates(span)),
            uow.books.invoices(span, today),
            _Later(lambda: uow.books.lines(span)),
            _Later(lambda: uow.books.consumption(span)),
            _Later(lambda: uow.books.customers(span, today)),
        )
        return write(books)


def books_totals(open_uow: OpenUnitOfWork, *, span: Span, today: date) -> Totals:
    """Counts and totals of the period, for a preview before exporting."""

    def count(books: Books) -> Totals:
        totals = Totals()
        for entry in books.invoices:
            totals.add(entry)
        return totals

    return export_books(open_uow, span=span, today=today, write=count)


class _Later[T]:
    """An iterable whose query runs when it is first read: one stream at a time."""

    def __init__(self, start: Callable[[], Iterable[T]]) -> None:
        self._start = start

    def __iter__(self) -> Iterator[T]:
        return iter(self._start())
