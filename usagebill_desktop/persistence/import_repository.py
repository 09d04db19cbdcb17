"""The record of imported files."""

from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain.imports import ImportRecord
from .tables import ImportRow


class SqlImports:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(self, record: ImportRecord) -> int:
        row = ImportRow(
            kind=record.kind,
            file_name=record.file_name,
            sha256=record.sha256,
            rows=record.rows,
            accepted=record.accepted,
            duplicates=record.duplicates,
            skipped=record.skipped,
            warnings=record.warnings,
            rejected=record.rejected,
            actor=record.actor,
            at=datetime.now(UTC),
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def finish(self, import_id: int, record: ImportRecord) -> None:
        """The counts, once every row has been checked."""
        self._session.execute(
            update(ImportRow)
            .where(ImportRow.id == import_id)
            .values(
                rows=record.rows,
                accepted=record.accepted,
                duplicates=record.duplicates,
                skipped=record.skipped,
                warnings=record.warnings,
                rejected=record.rejected,
            )
        )

    def get(self, import_id: int) -> ImportRecord | None:
        row = self._session.get(ImportRow, import_id)
        if row is None:
            return None
        return ImportRecord(
            row.kind,
            row.file_name,
            row.sha256,
            row.rows,
            row.accepted,
            row.duplicates,
            row.skipped,
            row.warnings,
            row.rejected,
            row.actor,
            row.id,
            row.at,
            row.undone_at,
        )

    def mark_undone(self, import_id: int) -> None:
        self._session.execute(
            update(ImportRow).where(ImportRow.id == import_id).values(undone_at=datetime.now(UTC))
        )

    def latest(self, limit: int = 50) -> list[ImportRecord]:
        ids = self._session.scalars(select(ImportRow.id).order_by(ImportRow.id.desc()).limit(limit))
        return [r for r in (self.get(i) for i in ids) if r is not None]
