"""What an import found and did: counts, and the rows that need a person."""

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class RowNote:
    """A warning or a rejection, by the file's own row number."""

    row: int
    message: str


@dataclass(frozen=True, slots=True)
class ImportRecord:
    kind: str
    file_name: str
    sha256: str
    rows: int
    accepted: int
    duplicates: int
    skipped: int
    warnings: int
    rejected: int
    actor: str = "operator"
    id: int | None = None
    at: datetime | None = None
    undone_at: datetime | None = None


@dataclass
class ImportReport:
    file: str
    encoding: str | None
    delimiter: str | None
    rows: int = 0
    accepted: int = 0
    duplicates: int = 0
    skipped: int = 0
    warnings: list[RowNote] = field(default_factory=list)
    rejected: list[RowNote] = field(default_factory=list)
    written: bool = False
    import_id: int | None = None
