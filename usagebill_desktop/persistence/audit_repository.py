"""The audit log: who did what, when, to which invoice, file or setting. Append-only, and
chained: each entry stores the previous entry's hash and its own (`domain/audit.py`)."""

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..domain.audit import GENESIS, AuditEntry, entry_hash
from .invoice_json import dumps, loads
from .tables import AuditRow


class SqlAudit:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(self, actor: str, action: str, subject: str, data: object) -> None:
        self.record_many(actor, action, [(subject, data)])

    def record_many(self, actor: str, action: str, entries: Sequence[tuple[str, object]]) -> None:
        """One entry per (subject, data), all at the same moment, in one executemany; the
        chain goes on from the last entry (read once: the writer holds the lock)."""
        if not entries:
            return
        now = datetime.now(UTC)
        last = select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)
        previous = self._session.scalar(last) or GENESIS
        rows = []
        for subject, data in entries:
            text = dumps(data)
            own = entry_hash(previous, now, actor, action, subject, text)
            rows.append(
                {
                    "at": now,
                    "actor": actor,
                    "action": action,
                    "subject": subject,
                    "data": text,
                    "previous_hash": previous,
                    "hash": own,
                }
            )
            previous = own
        self._session.execute(insert(AuditRow), rows)

    def entries(self) -> list[AuditEntry]:
        """Every entry, in the order written."""
        return [
            AuditEntry(
                r.id,
                r.at,
                r.actor,
                r.action,
                r.subject,
                r.data,
                r.previous_hash,
                r.hash,
                loads(r.data),
            )
            for r in self._session.scalars(select(AuditRow).order_by(AuditRow.id))
        ]
