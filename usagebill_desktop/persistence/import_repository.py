"""The record of imported files."""

from datetime import UTC, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..domain.imports import ImportRecord
from .queries import PENDING
from .tables import ImportRow

DONE = "done"


class SqlImports:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(self, record: ImportRecord, *, pending: bool = False) -> int:
        """A new import; a `pending` one (its rows still being written) is seen by no one
        until `publish`."""
        row = ImportRow(
            state=PENDING if pending else DONE,
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

    def publish(self, import_id: int) -> bool:
        """The pending import done, its rows seen by all; False if it is no longer there
        (removed as abandoned)."""
        result = self._session.execute(
            update(ImportRow)
            .where(ImportRow.id == import_id, ImportRow.state == PENDING)
            .values(state=DONE, at=datetime.now(UTC))
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def touch(self, import_id: int) -> None:
        """A pending import still being written (a chunk more): not abandoned."""
        update_at = update(ImportRow).where(ImportRow.id == import_id)
        self._session.execute(update_at.values(at=datetime.now(UTC)))

    def pending(self, untouched_since: datetime) -> list[int]:
        """Pending imports not written to since then: abandoned by a killed process."""
        query = select(ImportRow.id).where(
            ImportRow.state == PENDING, ImportRow.at < untouched_since
        )
        return list(self._session.scalars(query))

    def forget(self, import_id: int) -> None:
        """A pending import's record removed, once its rows are."""
        where = (ImportRow.id == import_id, ImportRow.state == PENDING)
        self._session.execute(delete(ImportRow).where(*where))

    def get(self, import_id: int) -> ImportRecord | None:
        """A done import (a pending one is not yet an import anyone can see or undo)."""
        row = self._session.get(ImportRow, import_id)
        if row is None or row.state == PENDING:
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
        done = select(ImportRow.id).where(ImportRow.state == DONE)
        ids = self._session.scalars(done.order_by(ImportRow.id.desc()).limit(limit))
        return [r for r in (self.get(i) for i in ids) if r is not None]
