"""Corrections before billing: a stored reading edited or deleted, a draft discarded.

A reading that an issued (or void) invoice billed stays as it is: that invoice is final,
and a credit note corrects it. A reading that only a draft billed may change; the draft
then has to be billed again (`billing.rebill_customer`). Every change is audited with
the old and the new value.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain.errors import InvalidValue, NotFound
from ..domain.invoices import InvoiceState
from ..domain.marks import N_
from ..domain.money import plain
from ..domain.periods import Span
from ..domain.readings import Reading, ReadType
from .ports import OpenUnitOfWork, UnitOfWork
from .readings import Recorded, recorded_as, stored_meter, typed_read


@dataclass(frozen=True, slots=True)
class Corrected:
    """A reading as it was and as it is now (None: deleted), and the drafts that billed
    it (id and period): they must be billed again, for the meter's customer (`account`)."""

    old: Reading
    new: Reading | None
    drafts: tuple[tuple[int, Span], ...]
    account: str
    recorded: Recorded | None = None  # an edit: what the new value means, as when typed


def edit_reading(
    open_uow: OpenUnitOfWork,
    *,
    meter: str,
    read_on: date,
    value: Decimal,
    today: date,
    type: ReadType = ReadType.ACTUAL,
    note: str = "",
    keep_lower: bool = False,
    keep_high: bool = False,
    actor: str = "operator",
) -> Corrected:
    """A stored reading's new value, checked by the register's one rule against the reads
    before and after it (`readings.typed_read`), or `ReadRefused` saying why; `keep_lower`
    and `keep_high` are the person's answers, as when a read is typed."""
    with open_uow(write=True) as uow:
        found = stored_meter(uow, meter)
        history = uow.readings.of_meter(meter)
        old, drafts = _correctable(uow, meter, read_on, history)
        others = [r for r in history if r.read_on != read_on]
        checked = typed_read(
            found,
            others,
            read_on=read_on,
            value=value,
            today=today,
            type=type,
            note=note,
            keep_lower=keep_lower,
            keep_high=keep_high,
        )
        uow.readings.replace_value(checked.reading, None)
        uow.audit.record(actor, "edit reading", f"{meter} {read_on}", _change(old, value))
        uow.commit()
    recorded = recorded_as(found, others, checked)
    return Corrected(old, checked.reading, drafts, found.customer_account, recorded)


def delete_reading(
    open_uow: OpenUnitOfWork, *, meter: str, read_on: date, today: date, actor: str = "operator"
) -> Corrected:
    """A stored reading removed, unless an issued invoice billed it. The read after it
    then follows the one before it: it is checked again by the register's one rule
    (`readings.typed_read`), and the deletion refused (`ReadRefused`) if it fails."""
    with open_uow(write=True) as uow:
        found = stored_meter(uow, meter)
        history = uow.readings.of_meter(meter)
        old, drafts = _correctable(uow, meter, read_on, history)
        left = [r for r in history if r.read_on != read_on]
        later = [r for r in left if r.read_on > read_on]
        if later:
            following = min(later, key=lambda r: r.read_on)
            typed_read(
                found,
                [r for r in left if r.read_on != following.read_on],
                read_on=following.read_on,
                value=following.value,
                today=max(today, following.read_on),
                type=following.type,
                note=following.note,
            )
        uow.readings.delete_one(meter, read_on)
        uow.audit.record(actor, "delete reading", f"{meter} {read_on}", _change(old, None))
        uow.commit()
    return Corrected(old, None, drafts, found.customer_account)


def check_correctable(open_uow: OpenUnitOfWork, *, meter: str, read_on: date) -> Corrected:
    """What a correction of this reading would touch (the drafts to bill again), asked
    before the person types it; refused, as `edit_reading` would, if an issued invoice
    billed it."""
    with open_uow() as uow:
        found = stored_meter(uow, meter)
        old, drafts = _correctable(uow, meter, read_on, uow.readings.of_meter(meter))
    return Corrected(old, old, drafts, found.customer_account)


def _correctable(
    uow: UnitOfWork, meter: str, read_on: date, history: Sequence[Reading]
) -> tuple[Reading, tuple[tuple[int, Span], ...]]:
    """The reading of that day and the drafts that billed it; refused if there is none or
    an issued invoice billed it."""
    same_day = [r for r in history if r.read_on == read_on]
    if not same_day:
        raise NotFound(what="reading", key=f"{meter} {read_on}")
    billed = uow.invoices.billing_read(meter, read_on)
    final = [number for _, number, state in billed if state is not InvoiceState.DRAFT]
    if final:
        reason = N_("invoice {number} has billed it; correct that invoice with a credit note")
        raise InvalidValue(field="value", reason=reason, number=final[0])
    drafts = [i for i, _, state in billed if state is InvoiceState.DRAFT]
    return same_day[-1], tuple((i, _period(uow, i)) for i in drafts)


def _period(uow: UnitOfWork, draft: int) -> Span:
    invoice = uow.invoices.get(str(draft))
    assert invoice is not None  # found by `billing_read` in the same transaction
    return invoice.period


def _change(old: Reading, new: Decimal | None) -> dict[str, object]:
    return {
        "old": plain(old.value),
        "new": None if new is None else plain(new),
        "type": old.type.value,
    }


@dataclass(frozen=True, slots=True)
class Discarded:
    id: int
    account: str
    period_start: date
    total: Decimal


def discard_draft(open_uow: OpenUnitOfWork, *, key: str, actor: str = "operator") -> Discarded:
    """One draft removed (by id); an issued invoice never: a credit note corrects it."""
    with open_uow(write=True) as uow:
        invoice = uow.invoices.get(key)
        if invoice is None or invoice.id is None:
            raise NotFound(what="invoice", key=key)
        if invoice.state is not InvoiceState.DRAFT:
            reason = N_("{number} is issued and stays; correct it with a credit note")
            raise InvalidValue(field="invoice", reason=reason, number=invoice.number)
        uow.invoices.delete_draft_ids([invoice.id])
        done = Discarded(invoice.id, invoice.customer.account, invoice.period.first, invoice.total)
        data = {"customer": done.account, "period": str(done.period_start), "total": done.total}
        uow.audit.record(actor, "discard draft", str(invoice.id), data)
        uow.commit()
    return done
