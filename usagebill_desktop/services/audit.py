"""Checking the books against the audit log: the chain whole, and every issued document
and payment as its entries recorded it."""

from dataclasses import dataclass

from ..domain.audit import GENESIS, chain_problems, ledger_problems
from ..domain.imports import Note
from .ports import OpenUnitOfWork


@dataclass(frozen=True, slots=True)
class AuditCheck:
    entries: int
    head: str  # the last entry's hash: noted down, it vouches for everything before it
    problems: tuple[Note, ...]


def check_audit_log(open_uow: OpenUnitOfWork) -> AuditCheck:
    """An entry removed, inserted or rewritten, and a document or payment whose stored
    amounts or dates differ from its entry (changed behind dropped triggers), each one
    problem naming the entry, document or payment."""
    with open_uow() as uow:
        entries = uow.audit.entries()
        documents = uow.invoices.stored_documents()
        payments = uow.invoices.stored_payments()
    problems = chain_problems(entries) + ledger_problems(entries, documents, payments)
    head = entries[-1].hash if entries else GENESIS
    return AuditCheck(len(entries), head, tuple(problems))
