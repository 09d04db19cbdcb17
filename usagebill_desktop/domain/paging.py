"""Which slice of a list to fetch: the shape a long list (customers, readings, invoices)
is asked for in, by the window's pages and the CLI alike, and answered by storage."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of a list to fetch, filtered by free text and sorted by a named key."""

    offset: int = 0
    limit: int = 100
    search: str = ""
    sort: str = ""
    descending: bool = False


EVERYTHING = Page(limit=10**9)  # for the CLI and small lists; the GUI fetches pages
