"""The audit log as a chain, and what checking it finds.

Each entry stores the hash of the entry before it and its own: SHA-256 over a canonical
form of its content and that previous hash. An entry removed, inserted or rewritten
breaks the chain at the entry after it (or at itself); a document or payment whose
stored amounts were changed behind the triggers no longer matches its entry.
"""

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from typing import Any

from .imports import Note, note
from .marks import N_
from .money import round_money

GENESIS = "0" * 64  # what the first entry names as the one before it


def entry_hash(
    previous: str, at: datetime, actor: str, action: str, subject: str, data: str
) -> str:
    """The entry's own hash; `data` is its JSON as stored."""
    content = [previous, at.astimezone(UTC).isoformat(), actor, action, subject, data]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    subject: str
    data_json: str  # as stored: what the hash covers
    previous_hash: str
    hash: str
    data: Any = field(compare=False)  # the JSON read back


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """An issued (or void) invoice or credit note as its row holds it now."""

    number: str
    state: str
    currency: str
    total: Decimal
    issue_date: date | None


@dataclass(frozen=True, slots=True)
class StoredPayment:
    """A payment row (a reversal has a negative amount and names the one it reverses)."""

    id: int
    invoice_number: str
    currency: str
    paid_on: date
    amount: Decimal
    method: str
    reference: str
    reverses: int | None


def chain_problems(entries: Iterable[AuditEntry]) -> list[Note]:
    """Entries, in the order written, whose hash or link to the one before is wrong."""
    problems, previous = [], GENESIS
    for e in entries:
        if e.previous_hash != previous:
            said = N_(
                "audit entry {entry} ({action} {subject}) does not follow the entry before "
                "it: an entry was removed or inserted there"
            )
            problems.append(note(said, entry=e.id, action=e.action, subject=e.subject))
        own = entry_hash(e.previous_hash, e.at, e.actor, e.action, e.subject, e.data_json)
        if own != e.hash:
            said = N_("audit entry {entry} ({action} {subject}) was changed after it was written")
            problems.append(note(said, entry=e.id, action=e.action, subject=e.subject))
        previous = e.hash
    return problems


def ledger_problems(
    entries: Sequence[AuditEntry],
    documents: Iterable[StoredDocument],
    payments: Iterable[StoredPayment],
) -> list[Note]:
    """Documents and payments whose stored amounts or dates differ from their entries."""
    issued: dict[str, Any] = {}
    credited: dict[str, Decimal] = defaultdict(Decimal)
    paid: dict[str, Decimal] = defaultdict(Decimal)
    each_payment: dict[int, Any] = {}
    for e in entries:
        data = e.data if isinstance(e.data, dict) else {}
        if e.action == "issue":
            issued[e.subject] = data
        elif e.action == "credit":
            credited[str(data.get("invoice"))] += Decimal(data.get("total", 0))
        elif e.action in ("payment", "reverse payment"):
            paid[e.subject] += Decimal(data.get("amount", 0))
            if "id" in data:
                each_payment[data["id"]] = data
    problems = [p for d in documents for p in _document_problems(d, issued, credited)]
    stored: dict[str, Decimal] = defaultdict(Decimal)
    currencies = {}
    for p in payments:
        stored[p.invoice_number] += p.amount
        currencies[p.invoice_number] = p.currency
        recorded = each_payment.get(p.id)
        if recorded is not None and (
            Decimal(recorded.get("amount")) != p.amount or recorded.get("paid_on") != p.paid_on
        ):
            said = N_(
                "payment {payment} on {number} is {amount} of {date}; its audit entry says "
                "{recorded} of {recorded_date}"
            )
            problems.append(
                note(
                    said,
                    payment=p.id,
                    number=p.invoice_number,
                    amount=round_money(p.amount, p.currency),
                    date=p.paid_on,
                    recorded=recorded.get("amount"),
                    recorded_date=recorded.get("paid_on"),
                )
            )
    for number in sorted(set(stored) | set(paid)):
        if stored[number] != paid[number]:
            said = N_(
                "the payments on {number} add up to {stored}; its audit entries to {recorded}"
            )
            money = partial(round_money, currency=currencies.get(number, "EUR"))
            problems.append(
                note(said, number=number, stored=money(stored[number]), recorded=paid[number])
            )
    return problems


def _document_problems(
    document: StoredDocument, issued: dict[str, Any], credited: dict[str, Decimal]
) -> list[Note]:
    number, recorded = document.number, issued.get(document.number)
    if recorded is None:
        return [note(N_("{number} has no audit entry of its issue"), number=number)]
    problems = []
    if Decimal(recorded.get("total", 0)) != document.total:
        said = N_("{number} has a total of {stored}; its audit entry says {recorded}")
        problems.append(
            note(
                said,
                number=number,
                stored=round_money(document.total, document.currency),
                recorded=round_money(Decimal(recorded.get("total", 0)), document.currency),
            )
        )
    if "date" in recorded and recorded["date"] != document.issue_date:
        said = N_("{number} is dated {stored}; its audit entry says {recorded}")
        problems.append(
            note(said, number=number, stored=document.issue_date, recorded=recorded["date"])
        )
    if document.state == "void" and credited[number] != -document.total:
        said = N_("{number} is void without a credit note for all of it in the audit log")
        problems.append(note(said, number=number))
    return problems
