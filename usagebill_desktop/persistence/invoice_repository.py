"""Invoices in the database: drafts in, issued numbers, immutable afterwards."""

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    Select,
    Subquery,
    and_,
    bindparam,
    case,
    delete,
    func,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session, aliased

from ..domain.audit import StoredDocument, StoredPayment
from ..domain.errors import NotFound
from ..domain.invoices import (
    CustomerSnapshot,
    Invoice,
    InvoiceFilter,
    InvoiceKind,
    InvoiceLine,
    InvoiceState,
    InvoiceStatus,
    InvoiceSummary,
    InvoiceTotals,
    LastBilled,
    MeterBlock,
    Numbering,
    Payment,
)
from ..domain.money import round_money, trim
from ..domain.paging import Page
from ..domain.periods import Span
from ..domain.rating import TaxLine
from ..domain.usage import Compared
from .bulk import insert_many, insert_many_returning_ids
from .invoice_json import block_detail, line_detail, meter_block, rated_line
from .queries import like_pattern
from .tables import (
    MONEY,
    CustomerRow,
    InvoiceLineRow,
    InvoiceMeterRow,
    InvoiceRow,
    InvoiceTaxRow,
    PaymentRow,
)
from .usage_repository import kept_json


class SqlInvoices:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add_draft(self, invoice: Invoice) -> int:
        return self.add_drafts([invoice])[0]

    def add_drafts(self, invoices: Sequence[Invoice]) -> list[int]:
        """Store drafts; Core inserts, children in one batch per table (a billing run of
        thousands of invoices would spend most of its time in per-row statements)."""
        accounts = {i.customer.account for i in invoices}
        found = self._session.execute(
            select(CustomerRow.account, CustomerRow.id).where(CustomerRow.account.in_(accounts))
        )
        customer_ids = {account: customer_id for account, customer_id in found}
        heads = []
        for invoice in invoices:
            c = invoice.customer
            if c.account not in customer_ids:
                raise NotFound(what="customer", key=c.account)
            heads.append(
                dict(
                    kind=invoice.kind.value,
                    state=InvoiceState.DRAFT.value,
                    customer_id=customer_ids[c.account],
                    customer_account=c.account,
                    customer_name=c.name,
                    customer_tax_id=c.tax_id,
                    customer_address=c.address,
                    period_start=invoice.period.first,
                    period_end=invoice.period.last,
                    currency=invoice.currency,
                    subtotal=invoice.subtotal,
                    tax_total=invoice.tax_total,
                    total=invoice.total,
                    credited_id=self._id_of(invoice.credited_number),
                    reason=invoice.reason,
                    created_at=datetime.now(UTC),
                )
            )
        if not heads:
            return []
        connection = self._session.connection()
        ids = insert_many_returning_ids(connection, InvoiceRow, heads)
        children: dict[Any, list[dict[str, Any]]] = {
            InvoiceMeterRow: [],
            InvoiceLineRow: [],
            InvoiceTaxRow: [],
        }
        for invoice_id, invoice in zip(ids, invoices, strict=True):
            for table, rows in self._children(invoice_id, invoice).items():
                children[table] += rows
        for table, rows in children.items():
            insert_many(connection, table, rows)
        return ids

    def _children(self, invoice_id: int, invoice: Invoice) -> dict[Any, list[dict[str, Any]]]:
        meters, lines = [], []
        for n, block in enumerate(invoice.blocks):
            used, end = block.consumption, block.end
            meters.append(
                dict(
                    invoice_id=invoice_id,
                    position=n,
                    meter_serial=block.meter_serial,
                    unit=block.unit,
                    tariff=block.tariff,
                    quantity=used.quantity,
                    first_day=used.span.first,
                    last_day=used.span.last,
                    end_on=end.on if end else None,
                    end_value=end.value if end else None,
                    detail=block_detail(block),
                )
            )
        for n, line in enumerate(invoice.lines):
            r = line.rated
            lines.append(
                dict(
                    invoice_id=invoice_id,
                    position=n,
                    meter_serial=line.meter_serial,
                    charge=r.charge,
                    label=r.label,
                    kind=r.kind,
                    quantity=r.quantity,
                    unit_price=r.unit_price,
                    amount=r.amount,
                    detail=line_detail(r),
                )
            )
        taxes = [
            dict(
                invoice_id=invoice_id,
                position=n,
                name=t.name,
                rate=t.rate,
                base=t.base,
                amount=t.amount,
            )
            for n, t in enumerate(invoice.taxes)
        ]
        return {InvoiceMeterRow: meters, InvoiceLineRow: lines, InvoiceTaxRow: taxes}

    def delete_drafts(self, period: Span, account: str | None = None) -> int:
        """Drafts of exactly this period go (a billing run is being redone), or only this
        customer's (one customer re-billed); issued stay."""
        query = select(InvoiceRow.id).where(
            InvoiceRow.state == InvoiceState.DRAFT.value,
            InvoiceRow.period_start == period.first,
            InvoiceRow.period_end == period.last,
        )
        if account is not None:
            query = query.where(InvoiceRow.customer_account == account)
        ids = list(self._session.scalars(query))
        self.delete_draft_ids(ids)
        return len(ids)

    def delete_draft_ids(self, ids: Sequence[int]) -> None:
        """These drafts and their blocks, lines and taxes removed (the triggers refuse an
        issued invoice's)."""
        for child in (InvoiceMeterRow, InvoiceLineRow, InvoiceTaxRow):
            self._session.execute(delete(child).where(child.invoice_id.in_(ids)))
        self._session.execute(delete(InvoiceRow).where(InvoiceRow.id.in_(ids)))

    def draft_findings(self, period: Span) -> dict[int, list[MeterBlock]]:
        """What the checks found on the blocks of this period's drafts, by draft id: one
        query, and only the blocks that found something are read."""
        query = (
            select(
                InvoiceMeterRow.invoice_id,
                InvoiceMeterRow.meter_serial,
                InvoiceMeterRow.unit,
                InvoiceMeterRow.detail,
                InvoiceMeterRow.quantity,
                InvoiceMeterRow.tariff,
            )
            .join(InvoiceRow, InvoiceMeterRow.invoice_id == InvoiceRow.id)
            .where(
                InvoiceRow.state == InvoiceState.DRAFT.value,
                InvoiceRow.period_start == period.first,
                InvoiceRow.period_end == period.last,
                InvoiceMeterRow.detail.not_like('%"findings":[]%'),
            )
            .order_by(InvoiceMeterRow.invoice_id, InvoiceMeterRow.position)
        )
        found: dict[int, list[MeterBlock]] = {}
        for invoice_id, serial, unit, detail, quantity, tariff in self._session.execute(query):
            block = meter_block(serial, unit, tariff, quantity, detail)
            if block.consumption.findings:
                found.setdefault(invoice_id, []).append(block)
        return found

    def billing_read(self, serial: str, on: date) -> list[tuple[int, str | None, InvoiceState]]:
        """The invoices (id, number, state) whose block for this meter runs from its start
        read to its end read with `on` among them: a read of that day is what they billed."""
        query = (
            select(InvoiceRow.id, InvoiceRow.number, InvoiceRow.state)
            .join(InvoiceMeterRow, InvoiceMeterRow.invoice_id == InvoiceRow.id)
            .where(
                InvoiceRow.kind == InvoiceKind.INVOICE.value,
                InvoiceMeterRow.meter_serial == serial,
                InvoiceMeterRow.first_day <= on,
                func.coalesce(InvoiceMeterRow.end_on, InvoiceMeterRow.last_day) >= on,
            )
            .order_by(InvoiceRow.id)
        )
        return [(i, n, InvoiceState(s)) for i, n, s in self._session.execute(query)]

    def last_billed_all(self, before: date) -> dict[str, LastBilled]:
        """Per meter, its block on its latest invoice that counts (issued and not void, or a
        draft of a period before `before`): where its next bill starts. One query for all
        meters (a billing run over 20,000 meters)."""
        counts = or_(
            InvoiceRow.state == InvoiceState.ISSUED.value,
            (InvoiceRow.state == InvoiceState.DRAFT.value) & (InvoiceRow.period_end < before),
        )
        ranked = (
            select(
                InvoiceMeterRow.meter_serial,
                InvoiceMeterRow.last_day,
                InvoiceMeterRow.end_on,
                InvoiceMeterRow.end_value,
                func.row_number()
                .over(
                    partition_by=InvoiceMeterRow.meter_serial,
                    order_by=InvoiceMeterRow.last_day.desc(),
                )
                .label("rank"),
            )
            .join(InvoiceRow, InvoiceMeterRow.invoice_id == InvoiceRow.id)
            .where(InvoiceRow.kind == InvoiceKind.INVOICE.value, counts)
            .subquery()
        )
        query = select(
            ranked.c.meter_serial, ranked.c.last_day, ranked.c.end_on, ranked.c.end_value
        ).where(ranked.c.rank == 1)
        return {serial: LastBilled(*rest) for serial, *rest in self._session.execute(query)}

    def draft_ids(self) -> list[int]:
        query = select(InvoiceRow.id).where(InvoiceRow.state == InvoiceState.DRAFT.value)
        return list(
            self._session.scalars(query.order_by(InvoiceRow.customer_account, InvoiceRow.id))
        )

    def draft_heads(self, ids: Sequence[int]) -> dict[int, tuple[InvoiceKind, str, Decimal]]:
        """Kind, customer account and total of each of these that is a draft: what issuing
        needs, nothing more."""
        found: dict[int, tuple[InvoiceKind, str, Decimal]] = {}
        for chunk in _chunks(list(ids), 5_000):
            query = select(
                InvoiceRow.id, InvoiceRow.kind, InvoiceRow.customer_account, InvoiceRow.total
            ).where(InvoiceRow.id.in_(chunk), InvoiceRow.state == InvoiceState.DRAFT.value)
            for invoice_id, kind, account, total in self._session.execute(query):
                found[invoice_id] = (InvoiceKind(kind), account, total)
        return found

    def next_seq(self, series: str, year: int) -> int:
        query = select(func.max(InvoiceRow.seq)).where(
            InvoiceRow.series == series, InvoiceRow.year == year
        )
        return int(self._session.scalar(query) or 0) + 1

    def numbers_taken(self, numbers: Sequence[str]) -> set[str]:
        """Which of `numbers` a stored document already carries (asked in chunks: a
        statement takes a bounded number of parameters)."""
        taken: set[str] = set()
        for start in range(0, len(numbers), 5_000):
            chunk = numbers[start : start + 5_000]
            query = select(InvoiceRow.number).where(InvoiceRow.number.in_(chunk))
            taken.update(n for n in self._session.scalars(query) if n is not None)
        return taken

    def last_issue_date(self, series: str, year: int) -> date | None:
        """The latest date a number of this series and year was issued on."""
        query = select(func.max(InvoiceRow.issue_date)).where(
            InvoiceRow.series == series, InvoiceRow.year == year
        )
        return self._session.scalar(query)

    def issue_many(
        self,
        issues: Sequence[tuple[int, Numbering]],
        issue_date: date,
        due_date: date,
        issuers: Mapping[str, int],
        usage: Mapping[int, Sequence[Compared]],
    ) -> None:
        """Drafts become issued invoices in one executemany; the customer's name, tax id
        and address are copied from the customer as they are now, and never change again;
        the issuer is the version (`issuers`, by language) in the customer's language;
        an invoice keeps its `usage` as compared now (a credit note has none)."""
        customer = aliased(CustomerRow)

        def copied(column: Any) -> Any:
            return select(column).where(customer.id == InvoiceRow.customer_id).scalar_subquery()

        statement = (
            update(InvoiceRow)
            .where(InvoiceRow.id == bindparam("b_id"), InvoiceRow.state == InvoiceState.DRAFT.value)
            .values(
                state=InvoiceState.ISSUED.value,
                series=bindparam("b_series"),
                year=bindparam("b_year"),
                seq=bindparam("b_seq"),
                number=bindparam("b_number"),
                issue_date=issue_date,
                due_date=due_date,
                customer_account=copied(customer.account),
                customer_name=copied(customer.name),
                customer_tax_id=copied(customer.tax_id),
                customer_address=copied(customer.address),
                issuer_version_id=copied(case(dict(issuers), value=customer.language)),
                kept_usage=bindparam("b_usage"),
            )
        )
        rows = [
            {
                "b_id": invoice_id,
                "b_series": n.series,
                "b_year": n.year,
                "b_seq": n.seq,
                "b_number": n.number,
                "b_usage": kept_json(usage[invoice_id]) if invoice_id in usage else None,
            }
            for invoice_id, n in issues
        ]
        if rows:
            self._session.connection().execute(statement, rows)

    def get(self, key: str) -> Invoice | None:
        """By number, or by id for drafts."""
        query = select(InvoiceRow).where(InvoiceRow.number == key)
        row = self._session.scalars(query).one_or_none()
        if row is None and key.isdigit():
            row = self._session.get(InvoiceRow, int(key))
        return None if row is None else self._invoice(row)

    def summaries(
        self,
        period: Span | None = None,
        state: InvoiceState | None = None,
        account: str | None = None,
    ) -> Sequence[InvoiceSummary]:
        customer = None if account is None else _customer_id(account)
        query = self.with_amounts(select(InvoiceRow), customer)
        if customer is not None:
            query = query.where(InvoiceRow.customer_id == customer)
        if period is not None:
            query = query.where(
                InvoiceRow.period_start <= period.last, InvoiceRow.period_end >= period.first
            )
        if state is not None:
            query = query.where(InvoiceRow.state == state.value)
        query = query.order_by(InvoiceRow.number.is_(None), InvoiceRow.number, InvoiceRow.id)
        return self.summaries_of(query)

    _SORT: ClassVar[dict[str, Any]] = {
        "number": (InvoiceRow.number.is_(None), InvoiceRow.number),
        "customer": (InvoiceRow.customer_name,),
        "issue_date": (InvoiceRow.issue_date, InvoiceRow.number),
        "due_date": (InvoiceRow.due_date,),
        "period": (InvoiceRow.period_start,),
        "total": (InvoiceRow.total,),
    }
    # The status column's order: what needs the operator first.
    _STATUS_RANK: ClassVar[dict[str, int]] = {
        InvoiceStatus.DRAFT.value: 0,
        InvoiceStatus.OVERDUE.value: 1,
        InvoiceStatus.PARTIALLY_PAID.value: 2,
        InvoiceStatus.ISSUED.value: 3,
        InvoiceStatus.PAID.value: 4,
        "credit_note": 5,
        InvoiceStatus.VOID.value: 6,
    }

    def fetch(self, page: Page, filters: InvoiceFilter | None = None) -> Sequence[InvoiceSummary]:
        """One page of invoices, credit notes and drafts, for the Invoices list."""
        listed = _Listed(self, page.search, filters)
        if page.sort == "status":
            rank = case(self._STATUS_RANK, value=listed.status)
            columns: tuple[Any, ...] = (rank, InvoiceRow.number.is_(None), InvoiceRow.number)
        else:
            columns = self._SORT.get(page.sort) or self._SORT["number"]
        order = [c.desc() if page.descending else c for c in columns]
        query = listed.query.add_columns(listed.paid, listed.credited)
        query = query.order_by(*order, InvoiceRow.id).offset(page.offset).limit(page.limit)
        return [
            self._summary(row, Decimal(paid_amount), Decimal(credited))
            for row, paid_amount, credited in self._session.execute(query)
        ]

    def count(self, search: str = "", filters: InvoiceFilter | None = None) -> int:
        query = _Listed(self, search, filters).query.with_only_columns(InvoiceRow.id).subquery()
        return int(self._session.scalar(select(func.count()).select_from(query)) or 0)

    def totals(self, search: str = "", filters: InvoiceFilter | None = None) -> InvoiceTotals:
        """How many rows `fetch` would show, and their amounts per currency."""
        listed = _Listed(self, search, filters)
        owed = case(
            (
                and_(
                    InvoiceRow.state == InvoiceState.ISSUED.value,
                    InvoiceRow.kind == InvoiceKind.INVOICE.value,
                    listed.outstanding > 0,
                ),
                listed.outstanding,
            ),
            else_=0,
        )
        query = listed.query.with_only_columns(
            InvoiceRow.currency,
            func.count(),
            type_coerce(func.sum(InvoiceRow.total), MONEY),
            type_coerce(func.sum(owed), MONEY),
        ).group_by(InvoiceRow.currency)
        rows = self._session.execute(query.order_by(InvoiceRow.currency)).all()
        return InvoiceTotals(
            sum(n for _, n, _, _ in rows),
            tuple(
                (currency, round_money(total, currency), round_money(owing, currency))
                for currency, _, total, owing in rows
            ),
        )

    def periods(self) -> list[Span]:
        """Every billed period there are documents for, newest first."""
        query = (
            select(InvoiceRow.period_start, InvoiceRow.period_end)
            .distinct()
            .order_by(InvoiceRow.period_start.desc(), InvoiceRow.period_end.desc())
        )
        return [Span(first, last) for first, last in self._session.execute(query)]

    def filtered(self, search: str) -> Select[Any]:
        """Part of the number, the customer's account or name (as printed)."""
        query = select(InvoiceRow)
        if search.strip():
            pattern = like_pattern(search)
            columns = (InvoiceRow.number, InvoiceRow.customer_account, InvoiceRow.customer_name)
            query = query.where(or_(*(c.ilike(pattern, escape="\\") for c in columns)))
        return query

    def amounts(self, customer: Any = None) -> tuple[Subquery, Subquery]:
        """Per invoice, what was paid on it and what credit notes took off it (negative);
        for one `customer` (an id expression), the sums are of their documents only, so
        one customer's list costs the same in a workspace of any size."""
        credit = aliased(InvoiceRow)
        credited_query = select(
            credit.credited_id.label("invoice_id"), func.sum(credit.total).label("total")
        ).where(credit.state == InvoiceState.ISSUED.value, credit.credited_id.is_not(None))
        if customer is not None:
            credited_query = credited_query.where(credit.customer_id == customer)
        credited = credited_query.group_by(credit.credited_id).subquery()
        return self._paid_subquery(customer), credited

    def with_amounts(self, query: Select[Any], customer: Any = None) -> Select[Any]:
        """Each invoice with what was paid on it and what credit notes took off it."""
        paid, credited = self.amounts(customer)
        return (
            query.add_columns(paid.c.paid, credited.c.total)
            .outerjoin(paid, paid.c.invoice_id == InvoiceRow.id)
            .outerjoin(credited, credited.c.invoice_id == InvoiceRow.id)
        )

    def summaries_of(self, query: Select[Any]) -> list[InvoiceSummary]:
        return [
            self._summary(row, paid_amount or Decimal(0), -(credit_total or Decimal(0)))
            for row, paid_amount, credit_total in self._session.execute(query)
        ]

    def credited_total(self, invoice_id: int) -> Decimal:
        """How much credit notes have already taken off this invoice (a positive amount)."""
        total = self._session.scalar(
            select(func.sum(InvoiceRow.total)).where(
                InvoiceRow.credited_id == invoice_id,
                InvoiceRow.state == InvoiceState.ISSUED.value,
            )
        )
        return Decimal(0) if total is None else -Decimal(total)

    def void(self, invoice_id: int) -> None:
        self._session.execute(
            update(InvoiceRow).where(InvoiceRow.id == invoice_id).values(state="void")
        )

    def add_payment(
        self, invoice_id: int, payment: Payment, *, reverses: int | None = None, reason: str = ""
    ) -> int:
        """A payment, or (`reverses` naming one) its reversal: rows are never changed."""
        row = PaymentRow(
            invoice_id=invoice_id,
            paid_on=payment.paid_on,
            amount=payment.amount,
            method=payment.method,
            reference=payment.reference,
            created_at=datetime.now(UTC),
            reverses_id=reverses,
            reason=reason,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def stored_payments(
        self, invoice_id: int | None = None, account: str | None = None
    ) -> list[StoredPayment]:
        """Payments and reversals as stored, in the order recorded (one invoice's, one
        customer's, or all)."""
        query = select(PaymentRow, InvoiceRow.number, InvoiceRow.currency).join(
            InvoiceRow, InvoiceRow.id == PaymentRow.invoice_id
        )
        if invoice_id is not None:
            query = query.where(PaymentRow.invoice_id == invoice_id)
        if account is not None:
            query = query.where(InvoiceRow.customer_id == _customer_id(account))
        return [
            StoredPayment(
                p.id,
                number or "",
                currency,
                p.paid_on,
                p.amount,
                p.method,
                p.reference,
                p.reverses_id,
            )
            for p, number, currency in self._session.execute(query.order_by(PaymentRow.id))
        ]

    def stored_documents(self) -> list[StoredDocument]:
        """Every issued or void invoice and credit note, as its row holds it now."""
        query = select(
            InvoiceRow.number,
            InvoiceRow.state,
            InvoiceRow.currency,
            InvoiceRow.total,
            InvoiceRow.issue_date,
        ).where(InvoiceRow.state != InvoiceState.DRAFT.value)
        return [
            StoredDocument(number or "", state, currency, total, issued)
            for number, state, currency, total, issued in self._session.execute(
                query.order_by(InvoiceRow.id)
            )
        ]

    # --- reading rows back ------------------------------------------------------------

    def _paid_subquery(self, customer: Any = None) -> Subquery:
        query = select(PaymentRow.invoice_id, func.sum(PaymentRow.amount).label("paid"))
        if customer is not None:
            theirs = select(InvoiceRow.id).where(InvoiceRow.customer_id == customer)
            query = query.where(PaymentRow.invoice_id.in_(theirs))
        return query.group_by(PaymentRow.invoice_id).subquery()

    def _id_of(self, number: str | None) -> int | None:
        if number is None:
            return None
        return self._session.scalar(select(InvoiceRow.id).where(InvoiceRow.number == number))

    def _number_of(self, invoice_id: int | None) -> str | None:
        if invoice_id is None:
            return None
        return self._session.scalar(select(InvoiceRow.number).where(InvoiceRow.id == invoice_id))

    def _paid(self, invoice_id: int) -> Decimal:
        total = self._session.scalar(
            select(func.sum(PaymentRow.amount)).where(PaymentRow.invoice_id == invoice_id)
        )
        return Decimal(0) if total is None else Decimal(total)

    def _summary(self, row: InvoiceRow, paid: Decimal, credited: Decimal) -> InvoiceSummary:
        money = _money(row.currency)
        return InvoiceSummary(
            row.id,
            InvoiceKind(row.kind),
            InvoiceState(row.state),
            row.number,
            _snapshot(row),
            Span(row.period_start, row.period_end),
            row.issue_date,
            row.due_date,
            row.currency,
            money(row.subtotal),
            money(row.tax_total),
            money(row.total),
            money(paid),
            money(credited),
        )

    def _invoice(self, row: InvoiceRow) -> Invoice:
        money = _money(row.currency)
        meters = self._session.scalars(
            select(InvoiceMeterRow)
            .where(InvoiceMeterRow.invoice_id == row.id)
            .order_by(InvoiceMeterRow.position)
        )
        blocks = tuple(
            meter_block(m.meter_serial, m.unit, m.tariff, m.quantity, m.detail) for m in meters
        )
        lines = tuple(
            InvoiceLine(
                r.meter_serial,
                rated_line(
                    r.charge, r.label, r.kind, r.quantity, r.unit_price, money(r.amount), r.detail
                ),
            )
            for r in self._session.scalars(
                select(InvoiceLineRow)
                .where(InvoiceLineRow.invoice_id == row.id)
                .order_by(InvoiceLineRow.position)
            )
        )
        taxes = tuple(
            TaxLine(t.name, trim(t.rate), money(t.base), money(t.amount))
            for t in self._session.scalars(
                select(InvoiceTaxRow)
                .where(InvoiceTaxRow.invoice_id == row.id)
                .order_by(InvoiceTaxRow.position)
            )
        )
        return Invoice(
            _snapshot(row),
            Span(row.period_start, row.period_end),
            row.currency,
            blocks,
            lines,
            taxes,
            money(row.subtotal),
            money(row.total),
            InvoiceKind(row.kind),
            InvoiceState(row.state),
            row.id,
            row.number,
            row.issue_date,
            row.due_date,
            self._number_of(row.credited_id),
            row.reason,
            money(self._paid(row.id)),
            money(self.credited_total(row.id)),
        )


def _money(currency: str) -> Callable[[Decimal], Decimal]:
    """Stored with 4 decimals; shown with the currency's (already rounded: exact)."""
    return lambda amount: round_money(amount, currency)


def _customer_id(account: str) -> Any:
    """The customer's id, as a subquery: their invoices are found by the indexed id."""
    return select(CustomerRow.id).where(CustomerRow.account == account).scalar_subquery()


def _snapshot(row: InvoiceRow) -> CustomerSnapshot:
    return CustomerSnapshot(
        row.customer_account, row.customer_name, row.customer_tax_id, row.customer_address
    )


def _chunks(items: list[int], size: int) -> list[list[int]]:
    return [items[n : n + size] for n in range(0, len(items), size)]


class _Listed:
    """The Invoices list's query: the search and the filters, with each invoice's paid,
    credited and outstanding amounts and its status worked out by the database. The
    status mirrors `domain.invoices.status`; tests/integration/test_invoice_filters.py
    holds the two to agreeing on every document of the demo."""

    def __init__(self, repository: SqlInvoices, search: str, filters: InvoiceFilter | None) -> None:
        paid, credited = repository.amounts()
        zero = type_coerce(0, MONEY)
        self.paid = type_coerce(func.coalesce(paid.c.paid, zero), MONEY)
        self.credited = type_coerce(-func.coalesce(credited.c.total, zero), MONEY)
        self.outstanding = type_coerce(InvoiceRow.total - self.credited - self.paid, MONEY)
        today = filters.today if filters is not None else date.today()
        invoice_status = case(
            (InvoiceRow.state == InvoiceState.DRAFT.value, InvoiceStatus.DRAFT.value),
            (InvoiceRow.state == InvoiceState.VOID.value, InvoiceStatus.VOID.value),
            (InvoiceRow.kind == InvoiceKind.CREDIT_NOTE.value, InvoiceStatus.ISSUED.value),
            (self.outstanding <= 0, InvoiceStatus.PAID.value),
            (
                and_(InvoiceRow.due_date.is_not(None), InvoiceRow.due_date < today),
                InvoiceStatus.OVERDUE.value,
            ),
            (self.paid > 0, InvoiceStatus.PARTIALLY_PAID.value),
            else_=InvoiceStatus.ISSUED.value,
        )
        # As the list's status column words it: a credit note is a credit note.
        self.status = case(
            (InvoiceRow.kind == InvoiceKind.CREDIT_NOTE.value, "credit_note"),
            else_=invoice_status,
        )
        query = (
            repository.filtered(search)
            .outerjoin(paid, paid.c.invoice_id == InvoiceRow.id)
            .outerjoin(credited, credited.c.invoice_id == InvoiceRow.id)
        )
        if filters is not None:
            if filters.period is not None:
                query = query.where(
                    InvoiceRow.period_start <= filters.period.last,
                    InvoiceRow.period_end >= filters.period.first,
                )
            if filters.credit_notes:
                query = query.where(InvoiceRow.kind == InvoiceKind.CREDIT_NOTE.value)
            elif filters.status is not None:
                query = query.where(
                    InvoiceRow.kind == InvoiceKind.INVOICE.value,
                    invoice_status == filters.status.value,
                )
        self.query = query
