"""The audit log: who did what, when, to which invoice, file or setting. Append-only."""

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from .invoice_json import dumps
from .tables import AuditRow


class SqlAudit:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(self, actor: str, action: str, subject: str, data: object) -> None:
        self.record_many(actor, action, [(subject, data)])

    def record_many(self, actor: str, action: str, entries: Sequence[tuple[str, object]]) -> None:
        """One entry per (subject, data), all at the same moment, in one executemany."""
        now = datetime.now(UTC)
        rows = [
            {"at": now, "actor": actor, "action": action, "subject": subject, "data": dumps(data)}
            for subject, data in entries
        ]
        if rows:
            self._session.execute(insert(AuditRow), rows)
