"""An in-memory unit of work for service tests: the repositories of `services/ports.py`
on plain lists and dicts, with the SQL repositories' semantics where services rely on them.

State lives in a `Store` shared by every unit of work that one `FakeOpen` opens. A unit
of work works on its own copy of the store (domain objects are frozen, so copying the
containers is enough); `commit()` makes that copy the store, and leaving the block
without committing drops it, as the SQL unit of work rolls back.
"""

import copy
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from types import TracebackType
from typing import Self

from usagebill_desktop.domain.audit import AuditEntry, StoredDocument, StoredPayment
from usagebill_desktop.domain.books import BookConsumption, BookInvoice, BookLine, CustomerBalance
from usagebill_desktop.domain.company import CompanyProfile
from usagebill_desktop.domain.customers import Customer
from usagebill_desktop.domain.errors import NotFound
from usagebill_desktop.domain.imports import ImportRecord
from usagebill_desktop.domain.invoices import (
    CustomerSnapshot,
    Invoice,
    InvoiceFilter,
    InvoiceKind,
    InvoiceState,
    InvoiceSummary,
    InvoiceTotals,
    LastBilled,
    MeterBlock,
    Numbering,
    Payment,
)
from usagebill_desktop.domain.issuer import Issuer
from usagebill_desktop.domain.meters import Meter, MeterKind, MeterListing, MeterStatus
from usagebill_desktop.domain.periods import Span
from usagebill_desktop.domain.readings import Reading, ReadingListing, ReadType
from usagebill_desktop.domain.tariffs import Assignment, Tariff, TariffSummary, TariffVersion
from usagebill_desktop.domain.text import fold
from usagebill_desktop.domain.usage import BilledUse, Compared, UsagePoint
from usagebill_desktop.services.ports import Page


@dataclass(frozen=True, slots=True)
class StoredReading:
    id: int
    reading: Reading
    import_id: int | None


@dataclass
class Store:
    """Everything a database would hold; each field a container of frozen objects."""

    customers: dict[str, Customer] = field(default_factory=dict)
    meters: dict[str, Meter] = field(default_factory=dict)
    readings: list[StoredReading] = field(default_factory=list)
    tariffs: dict[str, Tariff] = field(default_factory=dict)
    assignments: list[Assignment] = field(default_factory=list)
    invoices: dict[int, Invoice] = field(default_factory=dict)
    numbering: dict[int, Numbering] = field(default_factory=dict)
    payments: list[tuple[int, Payment]] = field(default_factory=list)
    audit: list[tuple[str, str, str, object]] = field(default_factory=list)
    imports: dict[int, ImportRecord] = field(default_factory=dict)
    company: list[CompanyProfile] = field(default_factory=list)  # none saved, or one
    issuers: list[Issuer] = field(default_factory=list)  # versions: id is position + 1
    issued_with: dict[int, int] = field(default_factory=dict)  # invoice id → version id
    ids: dict[str, int] = field(default_factory=dict)  # the last id given, per table
    pending: dict[int, datetime] = field(default_factory=dict)  # import id → last written

    def copied(self) -> "Store":
        return Store(**{f.name: copy.copy(getattr(self, f.name)) for f in fields(self)})

    def next_id(self, table: str) -> int:
        self.ids[table] = self.ids.get(table, 0) + 1
        return self.ids[table]


def _paged[T](items: Sequence[T], page: Page) -> list[T]:
    return list(items[page.offset : page.offset + page.limit])


def _matches(search: str, *texts: str) -> bool:
    wanted = fold(search.strip())
    return not wanted or any(wanted in fold(text) for text in texts)


class FakeCustomers:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, customer: Customer) -> None:
        assert customer.account not in self._store.customers, "unique account"
        self._store.customers[customer.account] = customer

    def replace(self, account: str, customer: Customer) -> None:
        if account not in self._store.customers:
            raise NotFound(what="customer", key=account)
        self._store.customers[account] = customer

    def get(self, account: str) -> Customer | None:
        return self._store.customers.get(account)

    def highest_numeric_account(self) -> int | None:
        return max((int(a) for a in self._store.customers if a.isdigit()), default=None)

    def fetch(self, page: Page) -> Sequence[Customer]:
        found = [
            c
            for c in self._store.customers.values()
            if _matches(page.search, c.name, c.account, c.tax_id, c.email)
        ]
        found.sort(key=lambda c: fold(c.name), reverse=page.descending)
        return _paged(found, page)

    def count(self, search: str = "") -> int:
        return len(self.fetch(Page(limit=10**9, search=search)))

    def addressed(self) -> dict[str, tuple[str, str]]:
        return {c.account: (c.name, c.address) for c in self._store.customers.values()}


class FakeMeters:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, meter: Meter) -> None:
        if meter.customer_account not in self._store.customers:
            raise NotFound(what="customer", key=meter.customer_account)
        assert meter.serial not in self._store.meters, "unique serial"
        self._store.meters[meter.serial] = meter

    def get(self, serial: str) -> Meter | None:
        return self._store.meters.get(serial)

    def update(self, meter: Meter) -> None:
        self._store.meters[meter.serial] = meter

    def mark_removed(self, serial: str, removed_on: date) -> None:
        self._store.meters[serial] = replace(self._store.meters[serial], removed_on=removed_on)

    def every(self) -> Sequence[Meter]:
        return sorted(self._store.meters.values(), key=lambda m: m.serial)

    def of_customer(self, account: str) -> Sequence[Meter]:
        return [m for m in self.every() if m.customer_account == account]

    def fetch(
        self, page: Page, *, status: MeterStatus | None = None, today: date | None = None
    ) -> Sequence[MeterListing]:
        listings = []
        billed = FakeInvoices(self._store).last_billed_all(date.max)
        for meter in self.every():
            name = self._store.customers[meter.customer_account].name
            if not _matches(page.search, meter.serial, name, meter.customer_account):
                continue
            reads = FakeReadings(self._store).of_meter(meter.serial)
            on, value = (reads[-1].read_on, reads[-1].value) if reads else (None, None)
            statuses = _statuses(meter, reads, billed.get(meter.serial))
            if status is not None and status not in statuses:
                continue
            tariff = _current_tariff(FakeTariffs(self._store).assignments(meter.serial), today)
            listings.append(MeterListing(meter, name, len(reads), on, value, tariff, statuses))
        return _paged(listings, page)

    def count(
        self, search: str = "", *, status: MeterStatus | None = None, today: date | None = None
    ) -> int:
        return len(self.fetch(Page(limit=10**9, search=search), status=status, today=today))


def _statuses(
    meter: Meter, reads: Sequence[Reading], billed: LastBilled | None
) -> frozenset[MeterStatus]:
    found = set()
    last = reads[-1] if reads else None
    unread = last is None or (
        billed is not None and last.read_on <= (billed.end_on or billed.last_day)
    )
    if meter.removed_on is None and unread:
        found.add(MeterStatus.NEEDS_READ)
    if last is not None and last.type is ReadType.ESTIMATED:
        found.add(MeterStatus.ESTIMATED)
    before = reads[-2].value if len(reads) > 1 else meter.install_read
    if last is not None and meter.kind is MeterKind.CUMULATIVE and last.value < before:
        found.add(MeterStatus.FLAGGED)
    return frozenset(found)


def _current_tariff(assignments: Sequence[Assignment], today: date | None) -> str | None:
    started = [a for a in assignments if a.valid_from <= (today or date.today())]
    chosen = started or list(assignments)
    return chosen[-1].tariff if chosen else None


class _Staged(list[Reading]):
    def add(self, reading: Reading) -> None:
        self.append(reading)


class FakeReadings:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add_many(self, readings: Iterable[Reading], import_id: int | None = None) -> int:
        written = 0
        for reading in readings:
            if reading.meter_serial not in self._store.meters:
                raise KeyError(reading.meter_serial)  # as the SQL repository does
            stored = StoredReading(self._store.next_id("readings"), reading, import_id)
            self._store.readings.append(stored)
            written += 1
        return written

    def staging(self) -> _Staged:
        return _Staged()

    def add_staged(
        self, staged: list[Reading], import_id: int | None = None, part: slice = slice(None)
    ) -> int:
        return self.add_many(staged[part], import_id)

    def replace_value(self, reading: Reading, import_id: int | None) -> None:
        self._store.readings = [
            replace(s, reading=reading, import_id=import_id)
            if (s.reading.meter_serial, s.reading.read_on)
            == (reading.meter_serial, reading.read_on)
            else s
            for s in self._store.readings
        ]

    def delete_one(self, serial: str, read_on: date) -> int:
        kept = [
            s
            for s in self._store.readings
            if (s.reading.meter_serial, s.reading.read_on) != (serial, read_on)
        ]
        removed = len(self._store.readings) - len(kept)
        self._store.readings = kept
        return removed

    def of_import(self, import_id: int) -> list[Reading]:
        return [s.reading for s in self._store.readings if s.import_id == import_id]

    def delete_import(self, import_id: int, limit: int | None = None) -> int:
        kept = [s for s in self._store.readings if s.import_id != import_id]
        deleted = len(self._store.readings) - len(kept)
        self._store.readings = kept
        return deleted

    def _ordered(self) -> list[StoredReading]:
        """Oldest first, and in the order they were stored within a day; none of a
        pending import."""
        seen = [s for s in self._store.readings if s.import_id not in self._store.pending]
        return sorted(seen, key=lambda s: (s.reading.read_on, s.id))

    def of_meter(self, serial: str) -> Sequence[Reading]:
        return [s.reading for s in self._ordered() if s.reading.meter_serial == serial]

    def of_meters(
        self, since: date, until: date, serials: Collection[str] | None = None
    ) -> dict[str, list[Reading]]:
        found: dict[str, list[Reading]] = {}
        for stored in self._ordered():
            r = stored.reading
            if since <= r.read_on <= until and (serials is None or r.meter_serial in serials):
                found.setdefault(r.meter_serial, []).append(r)
        return found

    def last_before(self, on: date) -> dict[str, Reading]:
        return {
            s.reading.meter_serial: s.reading for s in self._ordered() if s.reading.read_on < on
        }

    def state(self, since: date, until: date) -> tuple[object, ...]:
        return tuple(s for s in self._ordered() if since <= s.reading.read_on <= until)

    def fetch(self, page: Page) -> Sequence[ReadingListing]:
        listings = []
        for stored in self._ordered():
            meter = self._store.meters[stored.reading.meter_serial]
            customer = self._store.customers[meter.customer_account]
            if _matches(page.search, meter.serial, customer.name, customer.account):
                listings.append(
                    ReadingListing(
                        stored.id, stored.reading, customer.account, customer.name, meter.unit
                    )
                )
        if page.descending:
            listings.reverse()
        return _paged(listings, page)

    def count(self, search: str = "") -> int:
        return len(self.fetch(Page(limit=10**9, search=search)))


class FakeTariffs:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, tariff: Tariff) -> None:
        assert tariff.name not in self._store.tariffs, "unique name"
        self._store.tariffs[tariff.name] = tariff

    def add_version(self, name: str, version: TariffVersion) -> None:
        tariff = self._stored(name)
        versions = sorted((*tariff.versions, version), key=lambda v: v.valid_from)
        self._store.tariffs[name] = replace(tariff, versions=tuple(versions))

    def set_translations(self, name: str, translations: Mapping[str, Mapping[str, str]]) -> None:
        self._store.tariffs[name] = replace(self._stored(name), translations=translations)

    def get(self, name: str) -> Tariff | None:
        return self._store.tariffs.get(name)

    def summaries(self, today: date) -> Sequence[TariffSummary]:
        raise NotImplementedError("not faked: the tariffs list is tested on SQLite")

    def assign(self, assignment: Assignment) -> None:
        if assignment.meter_serial not in self._store.meters:
            raise NotFound(what="meter", key=assignment.meter_serial)
        self._stored(assignment.tariff)
        self._store.assignments.append(assignment)

    def assignments(self, meter_serial: str) -> Sequence[Assignment]:
        return self.all_assignments().get(meter_serial, [])

    def all_assignments(self) -> dict[str, list[Assignment]]:
        found: dict[str, list[Assignment]] = {}
        for a in sorted(self._store.assignments, key=lambda a: (a.meter_serial, a.valid_from)):
            found.setdefault(a.meter_serial, []).append(a)
        return found

    def _stored(self, name: str) -> Tariff:
        if name not in self._store.tariffs:
            raise NotFound(what="tariff", key=name)
        return self._store.tariffs[name]


class FakeInvoices:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add_draft(self, invoice: Invoice) -> int:
        return self.add_drafts([invoice])[0]

    def add_drafts(self, invoices: Sequence[Invoice]) -> list[int]:
        ids = []
        for invoice in invoices:
            if invoice.customer.account not in self._store.customers:
                raise NotFound(what="customer", key=invoice.customer.account)
            invoice_id = self._store.next_id("invoices")
            self._store.invoices[invoice_id] = replace(
                invoice, id=invoice_id, state=InvoiceState.DRAFT
            )
            ids.append(invoice_id)
        return ids

    def delete_drafts(self, period: Span, account: str | None = None) -> int:
        """Drafts of exactly this period go (or only this customer's); issued stay."""
        ids = [
            i
            for i, inv in self._store.invoices.items()
            if inv.state is InvoiceState.DRAFT
            and inv.period == period
            and account in (None, inv.customer.account)
        ]
        self.delete_draft_ids(ids)
        return len(ids)

    def delete_draft_ids(self, ids: Sequence[int]) -> None:
        for invoice_id in ids:
            del self._store.invoices[invoice_id]

    def billing_read(self, serial: str, on: date) -> list[tuple[int, str | None, InvoiceState]]:
        return [
            (i, inv.number, inv.state)
            for i, inv in self._store.invoices.items()
            if inv.kind is InvoiceKind.INVOICE
            and any(
                b.meter_serial == serial
                and b.consumption.span.first
                <= on
                <= (b.end.on if b.end else b.consumption.span.last)
                for b in inv.blocks
            )
        ]

    def last_billed_all(self, before: date) -> dict[str, LastBilled]:
        """Per meter, its block on its latest invoice that counts (issued and not void, or
        a draft of a period before `before`); the end read is the meter's own last one."""
        found: dict[str, LastBilled] = {}
        for invoice in self._store.invoices.values():
            counts = invoice.state is InvoiceState.ISSUED or (
                invoice.state is InvoiceState.DRAFT and invoice.period.last < before
            )
            if invoice.kind is not InvoiceKind.INVOICE or not counts:
                continue
            for block in invoice.blocks:
                used = block.consumption
                own = [s for s in used.segments if s.meter_serial == block.meter_serial]
                end = own[-1].end if own else None
                billed = LastBilled(
                    used.span.last, end.on if end else None, end.value if end else None
                )
                known = found.get(block.meter_serial)
                if known is None or billed.last_day > known.last_day:
                    found[block.meter_serial] = billed
        return found

    def draft_ids(self) -> list[int]:
        drafts = [
            (inv.customer.account, i)
            for i, inv in self._store.invoices.items()
            if inv.state is InvoiceState.DRAFT
        ]
        return [i for _, i in sorted(drafts)]

    def draft_findings(self, period: Span) -> dict[int, list[MeterBlock]]:
        found: dict[int, list[MeterBlock]] = {}
        for invoice_id, inv in self._store.invoices.items():
            if inv.state is InvoiceState.DRAFT and inv.period == period:
                blocks = [b for b in inv.blocks if b.consumption.findings]
                if blocks:
                    found[invoice_id] = blocks
        return found

    def draft_heads(self, ids: Sequence[int]) -> dict[int, tuple[InvoiceKind, str, Decimal]]:
        heads = {}
        for invoice_id in ids:
            invoice = self._store.invoices.get(invoice_id)
            if invoice is not None and invoice.state is InvoiceState.DRAFT:
                heads[invoice_id] = (invoice.kind, invoice.customer.account, invoice.total)
        return heads

    def next_seq(self, series: str, year: int) -> int:
        numbers = self._store.numbering.values()
        used = [n.seq for n in numbers if n.series == series and n.year == year]
        return max(used, default=0) + 1

    def numbers_taken(self, numbers: Sequence[str]) -> set[str]:
        return {n.number for n in self._store.numbering.values()} & set(numbers)

    def last_issue_date(self, series: str, year: int) -> date | None:
        numbers = self._store.numbering.items()
        dates = [
            self._store.invoices[i].issue_date
            for i, n in numbers
            if n.series == series and n.year == year
        ]
        return max((d for d in dates if d is not None), default=None)

    def issue_many(
        self,
        issues: Sequence[tuple[int, Numbering]],
        issue_date: date,
        due_date: date,
        issuers: Mapping[str, int],
        usage: Mapping[int, Sequence[Compared]],
    ) -> None:
        for invoice_id, numbering in issues:
            invoice = self._store.invoices[invoice_id]
            if invoice.state is not InvoiceState.DRAFT:
                continue
            c = self._store.customers[invoice.customer.account]
            snapshot = CustomerSnapshot(c.account, c.name, c.tax_id, c.address)
            self._store.invoices[invoice_id] = replace(
                invoice,
                state=InvoiceState.ISSUED,
                number=numbering.number,
                issue_date=issue_date,
                due_date=due_date,
                customer=snapshot,
            )
            self._store.numbering[invoice_id] = numbering
            self._store.issued_with[invoice_id] = issuers[c.language]

    def get(self, key: str) -> Invoice | None:
        """By number, or by id for drafts."""
        found = [i for i, inv in self._store.invoices.items() if inv.number == key]
        if not found and key.isdigit() and int(key) in self._store.invoices:
            found = [int(key)]
        if not found:
            return None
        invoice = self._store.invoices[found[0]]
        return replace(invoice, paid=self._paid(found[0]), credited=self.credited_total(found[0]))

    def summaries(
        self,
        period: Span | None = None,
        state: InvoiceState | None = None,
        account: str | None = None,
    ) -> Sequence[InvoiceSummary]:
        chosen = [
            self._summary(i)
            for i, inv in self._store.invoices.items()
            if (
                period is None
                or (inv.period.first <= period.last and inv.period.last >= period.first)
            )
            and (state is None or inv.state is state)
            and (account is None or inv.customer.account == account)
        ]
        return sorted(chosen, key=lambda s: (s.number is None, s.number or "", s.id))

    def fetch(self, page: Page, filters: InvoiceFilter | None = None) -> Sequence[InvoiceSummary]:
        found = [
            s
            for s in self.summaries()
            if _matches(page.search, s.number or "", s.customer.account, s.customer.name)
            and (filters is None or filters.admits(s))
        ]
        if page.descending:
            found.reverse()
        return _paged(found, page)

    def count(self, search: str = "", filters: InvoiceFilter | None = None) -> int:
        return len(self.fetch(Page(limit=10**9, search=search), filters))

    def totals(self, search: str = "", filters: InvoiceFilter | None = None) -> InvoiceTotals:
        found = self.fetch(Page(limit=10**9, search=search), filters)
        currencies = sorted({s.currency for s in found})
        return InvoiceTotals(
            len(found),
            tuple(
                (
                    c,
                    sum((s.total for s in found if s.currency == c), Decimal(0)),
                    sum(
                        (
                            s.outstanding
                            for s in found
                            if s.currency == c
                            and s.state is InvoiceState.ISSUED
                            and s.kind is InvoiceKind.INVOICE
                            and s.outstanding > 0
                        ),
                        Decimal(0),
                    ),
                )
                for c in currencies
            ),
        )

    def periods(self) -> list[Span]:
        spans = {inv.period for inv in self._store.invoices.values()}
        return sorted(spans, key=lambda s: (s.first, s.last), reverse=True)

    def credited_total(self, invoice_id: int) -> Decimal:
        original = self._store.invoices[invoice_id].number
        return -sum(
            (
                inv.total
                for inv in self._store.invoices.values()
                if inv.state is InvoiceState.ISSUED
                and original is not None
                and inv.credited_number == original
            ),
            Decimal(0),
        )

    def void(self, invoice_id: int) -> None:
        invoice = self._store.invoices[invoice_id]
        self._store.invoices[invoice_id] = replace(invoice, state=InvoiceState.VOID)

    def add_payment(
        self, invoice_id: int, payment: Payment, *, reverses: int | None = None, reason: str = ""
    ) -> int:
        self._store.payments.append((invoice_id, payment))
        return len(self._store.payments)

    def stored_payments(
        self, invoice_id: int | None = None, account: str | None = None
    ) -> list[StoredPayment]:
        return [
            StoredPayment(
                n,
                str(self._store.invoices[i].number),
                "EUR",
                p.paid_on,
                p.amount,
                p.method,
                "",
                None,
            )
            for n, (i, p) in enumerate(self._store.payments, start=1)
            if invoice_id in (None, i)
            and account in (None, self._store.invoices[i].customer.account)
        ]

    def stored_documents(self) -> list[StoredDocument]:
        return [
            StoredDocument(str(i.number), i.state.value, i.currency, i.total, i.issue_date)
            for i in self._store.invoices.values()
            if i.state is not InvoiceState.DRAFT
        ]

    def _paid(self, invoice_id: int) -> Decimal:
        return sum((p.amount for i, p in self._store.payments if i == invoice_id), Decimal(0))

    def _summary(self, invoice_id: int) -> InvoiceSummary:
        inv = self._store.invoices[invoice_id]
        return InvoiceSummary(
            invoice_id,
            inv.kind,
            inv.state,
            inv.number,
            inv.customer,
            inv.period,
            inv.issue_date,
            inv.due_date,
            inv.currency,
            inv.subtotal,
            inv.total - inv.subtotal,
            inv.total,
            self._paid(invoice_id),
            self.credited_total(invoice_id),
        )


class FakeAudit:
    """Keeps each entry as (actor, action, subject, data), in the order recorded."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def record(self, actor: str, action: str, subject: str, data: object) -> None:
        self.record_many(actor, action, [(subject, data)])

    def record_many(self, actor: str, action: str, entries: Sequence[tuple[str, object]]) -> None:
        self._store.audit += [(actor, action, subject, data) for subject, data in entries]

    def entries(self) -> list[AuditEntry]:
        return []  # the chain is persistence's: checked on a real database


class FakeImports:
    def __init__(self, store: Store) -> None:
        self._store = store

    def record(self, record: ImportRecord, *, pending: bool = False) -> int:
        import_id = self._store.next_id("imports")
        self._store.imports[import_id] = replace(record, id=import_id, at=datetime.now(UTC))
        if pending:
            self._store.pending[import_id] = datetime.now(UTC)
        return import_id

    def publish(self, import_id: int) -> bool:
        return self._store.pending.pop(import_id, None) is not None

    def touch(self, import_id: int) -> None:
        self._store.pending[import_id] = datetime.now(UTC)

    def pending(self, untouched_since: datetime) -> list[int]:
        return [i for i, at in self._store.pending.items() if at < untouched_since]

    def forget(self, import_id: int) -> None:
        if self._store.pending.pop(import_id, None) is not None:
            del self._store.imports[import_id]

    def finish(self, import_id: int, record: ImportRecord) -> None:
        stored = self._store.imports[import_id]
        counts = ("rows", "accepted", "duplicates", "skipped", "warnings", "rejected")
        self._store.imports[import_id] = replace(
            stored, **{name: getattr(record, name) for name in counts}
        )

    def get(self, import_id: int) -> ImportRecord | None:
        return None if import_id in self._store.pending else self._store.imports.get(import_id)

    def mark_undone(self, import_id: int) -> None:
        stored = self._store.imports[import_id]
        self._store.imports[import_id] = replace(stored, undone_at=datetime.now(UTC))

    def latest(self, limit: int = 50) -> list[ImportRecord]:
        done = [
            i for i in sorted(self._store.imports, reverse=True) if i not in self._store.pending
        ]
        return [self._store.imports[i] for i in done][:limit]


class FakeCompany:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self) -> CompanyProfile:
        return self._store.company[0] if self._store.company else CompanyProfile()

    def save(self, profile: CompanyProfile) -> None:
        self._store.company[:] = [profile]

    def keep(self, issuer: Issuer) -> int:
        if issuer not in self._store.issuers:
            self._store.issuers.append(issuer)
        return self._store.issuers.index(issuer) + 1

    def issued_by(self, invoice_id: int) -> Issuer | None:
        version = self._store.issued_with.get(invoice_id)
        return None if version is None else self._store.issuers[version - 1]


class NoUsage:
    """Not faked: usage history and peers are SQL aggregates, tested on SQLite. Issuing
    on the fakes keeps no usage (no invoice is said to have billed any)."""

    def histories(
        self, wanted: Collection[tuple[str, date]], count: int
    ) -> dict[tuple[str, date], list[UsagePoint]]:
        if wanted:
            raise NotImplementedError(self.__doc__)
        return {}

    def billed(self, ids: Sequence[int]) -> dict[int, BilledUse]:
        return {}

    def kept(self, invoice_id: int) -> tuple[Compared, ...] | None:
        return None

    def peers(self, tariff: str, unit: str, period_start: date) -> list[tuple[str, UsagePoint]]:
        raise NotImplementedError(self.__doc__)


class NoBooks:
    """Not faked: the books are SQL queries, tested on SQLite."""

    def tax_rates(self, span: Span) -> list[tuple[str, Decimal]]:
        raise NotImplementedError(self.__doc__)

    def invoices(self, span: Span, today: date) -> Iterator[BookInvoice]:
        raise NotImplementedError(self.__doc__)

    def lines(self, span: Span) -> Iterator[BookLine]:
        raise NotImplementedError(self.__doc__)

    def consumption(self, span: Span) -> Iterator[BookConsumption]:
        raise NotImplementedError(self.__doc__)

    def customers(self, span: Span, today: date) -> list[CustomerBalance]:
        raise NotImplementedError(self.__doc__)


class FakeUnitOfWork:
    """One transaction on its own copy of the store: kept on commit, dropped otherwise."""

    def __init__(self, opened: "FakeOpen", write: bool) -> None:
        self._opened, self.write = opened, write
        self._work = opened.store.copied()
        self.committed = False

    @property
    def customers(self) -> FakeCustomers:
        return FakeCustomers(self._work)

    @property
    def meters(self) -> FakeMeters:
        return FakeMeters(self._work)

    @property
    def readings(self) -> FakeReadings:
        return FakeReadings(self._work)

    @property
    def company(self) -> FakeCompany:
        return FakeCompany(self._work)

    @property
    def tariffs(self) -> FakeTariffs:
        return FakeTariffs(self._work)

    @property
    def invoices(self) -> FakeInvoices:
        return FakeInvoices(self._work)

    @property
    def imports(self) -> FakeImports:
        return FakeImports(self._work)

    @property
    def usage(self) -> NoUsage:
        return NoUsage()

    @property
    def books(self) -> NoBooks:
        return NoBooks()

    @property
    def audit(self) -> FakeAudit:
        return FakeAudit(self._work)

    def __enter__(self) -> Self:
        self._work = self._opened.store.copied()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._work = self._opened.store.copied()  # whatever was not committed is undone

    def commit(self) -> None:
        self._opened.store = self._work.copied()
        self.committed = True


class FakeOpen:
    """`open_uow` for services: every unit of work it opens shares one in-memory store."""

    def __init__(self) -> None:
        self.store = Store()

    def __call__(self, *, write: bool = False) -> FakeUnitOfWork:
        return FakeUnitOfWork(self, write)
