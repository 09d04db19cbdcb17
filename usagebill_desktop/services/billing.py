"""The monthly job: reads become consumption, consumption becomes draft invoices.

For every active customer, every meter with a tariff: its bill starts where its last
bill ended (or at its install read) and ends at its last read in the period, so
consecutive bills never overlap or leave a gap. A meter replaced since its last bill
is billed as two segments. Checks that block a meter keep it off the draft and are
listed; warnings travel on the draft. A meter whose numbers cannot be rated or stored (a
read or a price beyond today's bounds, kept by an older database) is blocked and named,
and the month goes on. Re-running a period replaces its drafts only.

Every customer is rated in a read transaction, so other desks and commands keep writing
meanwhile; the write lock is taken only to replace the period's drafts, in one short
transaction, once it is sure that nothing the run read has changed (customers, meters,
tariffs and their assignments, what was last billed, the reads of the run's window). If
something did, the run starts again (the third time under the lock, as before).

One customer can be re-billed after a correction (`rebill_customer`): the same rating,
under the write lock, replacing that customer's draft of the period only.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from ..domain.consumption import (
    Check,
    Consumption,
    Finding,
    Read,
    Segment,
    cumulative,
    interval,
    segment,
    usual_daily_usage,
    usual_daily_use,
)
from ..domain.customers import Customer
from ..domain.errors import NotFound
from ..domain.invoices import CustomerSnapshot, Invoice, MeterBlock, draft_invoice
from ..domain.meters import Meter, MeterKind
from ..domain.money import MOST_PRICE, MOST_STORED
from ..domain.periods import Span
from ..domain.rating import Bill, in_language, rate
from ..domain.readings import Reading
from ..domain.register import bill_start, register_reads, replaced_by, replacing
from ..domain.tariffs import Tariff
from .ports import EVERYTHING, OpenUnitOfWork, UnitOfWork


@dataclass(frozen=True, slots=True)
class BillingRun:
    period: Span
    drafts: int
    total: Decimal
    warnings: tuple[Finding, ...]
    blocked: tuple[Finding, ...]
    nothing_to_bill: tuple[str, ...]  # customer accounts
    units: dict[str, str] = field(default_factory=dict)  # of the flagged meters, by serial
    # The customer (account, name) of each flagged meter, by serial: a finding names them.
    owners: dict[str, tuple[str, str]] = field(default_factory=dict)


# Customers billed, and their drafts written, this many at a time: the histories loaded
# and the rows sent to the driver stay bounded however many meters there are.
CHUNK = 2_000
UNLOCKED_RUNS = 2


def run_billing(open_uow: OpenUnitOfWork, *, period: Span, today: date) -> BillingRun:
    for _ in range(UNLOCKED_RUNS):
        with open_uow() as uow:
            run = _rated(uow, period, today)
        with open_uow(write=True) as uow:
            if run.inputs(uow) == run.read:
                _write(uow, run)
                break
    else:
        with open_uow(write=True) as uow:  # what the run reads kept changing: under the lock
            run = _rated(uow, period, today)
            _write(uow, run)
    return _result(run)


def rebill_customer(
    open_uow: OpenUnitOfWork, *, period: Span, account: str, today: date
) -> BillingRun:
    """One customer's draft for the period made again (after a correction), rated as a
    whole run rates each customer; the period's other drafts stay as they are."""
    with open_uow(write=True) as uow:
        customer = uow.customers.get(account)
        if customer is None:
            raise NotFound(what="customer", key=account)
        run = _Run(uow, period, today)
        run.load_history([customer])
        run.bill_customer(customer)
        uow.invoices.delete_drafts(period, account=account)
        uow.invoices.add_drafts(run.invoices)
        uow.commit()
    return _result(run)


def _result(run: "_Run") -> BillingRun:
    flagged = {f.meter_serial for f in (*run.warnings, *run.blocked)}
    units = {m.serial: m.unit for ms in run.meters.values() for m in ms if m.serial in flagged}
    owners = {
        m.serial: (account, run.names.get(account, ""))
        for account, ms in run.meters.items()
        for m in ms
        if m.serial in flagged
    }
    return BillingRun(
        run.period,
        run.drafts,
        run.total,
        tuple(run.warnings),
        tuple(run.blocked),
        tuple(run.nothing),
        units,
        owners,
    )


def _rated(uow: UnitOfWork, period: Span, today: date) -> "_Run":
    """Every active customer rated, in `uow`'s transaction; nothing written."""
    run = _Run(uow, period, today)
    customers = [c for c in uow.customers.fetch(EVERYTHING) if c.active]
    for n in range(0, len(customers), CHUNK):
        chunk = customers[n : n + CHUNK]
        run.load_history(chunk)
        for customer in chunk:
            run.bill_customer(customer)
    run.history = {}
    run.read = run.inputs(uow)
    return run


def _write(uow: UnitOfWork, run: "_Run") -> None:
    uow.invoices.delete_drafts(run.period)
    for n in range(0, len(run.invoices), CHUNK):
        uow.invoices.add_drafts(run.invoices[n : n + CHUNK])
    uow.commit()


class _Run:
    """The state of one billing run: what it found and made so far."""

    def __init__(self, uow: UnitOfWork, period: Span, today: date) -> None:
        self.uow, self.period, self.today = uow, period, today
        self.meters: dict[str, list[Meter]] = defaultdict(list)
        for meter in uow.meters.every():
            self.meters[meter.customer_account].append(meter)
        # A few bulk queries instead of three per meter: 20,000 meters stay fast.
        self.assignments = uow.tariffs.all_assignments()
        self.last = uow.invoices.last_billed_all(period.first)
        self.history: dict[str, list[Reading]] = {}
        # A year before the earliest start of all: enough history for the usual daily use,
        # and the same window whichever customers share a chunk.
        starts = [self._start_day(m) for ms in self.meters.values() for m in ms]
        self.since = min(starts, default=period.first) - timedelta(days=366)
        self.tariffs: dict[str, Tariff] = {}
        self.invoices: list[Invoice] = []
        self.drafts, self.total = 0, Decimal(0)
        self.warnings: list[Finding] = []
        self.blocked: list[Finding] = []
        self.nothing: list[str] = []
        self.names: dict[str, str] = {}  # of the customers billed, by account
        self.read: tuple[object, ...] = ()  # `inputs()` when the customers were rated

    def inputs(self, uow: UnitOfWork) -> tuple[object, ...]:
        """Everything the rating read, as `uow` finds it: changes whenever a customer,
        meter, tariff, assignment, last bill or read of the run's window does."""
        return (
            uow.customers.fetch(EVERYTHING),
            uow.meters.every(),
            uow.tariffs.all_assignments(),
            [uow.tariffs.get(name) for name in sorted(self.tariffs)],
            uow.invoices.last_billed_all(self.period.first),
            uow.readings.state(self.since, self.period.last),
        )

    def load_history(self, customers: Sequence[Customer]) -> None:
        """The readings these customers' bills need, and no one else's."""
        serials = [m.serial for c in customers for m in self.meters.get(c.account, [])]
        self.history = self.uow.readings.of_meters(self.since, self.period.last, serials)

    def bill_customer(self, customer: Customer) -> None:
        self.names[customer.account] = customer.name
        metered: list[tuple[MeterBlock, Bill]] = []
        meters = self.meters.get(customer.account, [])
        for meter in meters:
            if replaced_by(meter, meters) is not None:
                continue  # billed with the meter that replaced it
            try:
                billed = self._bill_meter(meter, replacing(meter, meters), customer.language)
            except ArithmeticError:  # decimal overflow, or beyond the digits kept
                billed = None
                said: dict[str, object] = {"name": customer.name, "account": customer.account}
                self.blocked.append(Finding(Check.UNRATABLE, meter.serial, said))
            if billed is not None:
                metered.append(billed)
        if not metered:
            self.nothing.append(customer.account)
            return
        snapshot = CustomerSnapshot(
            customer.account, customer.name, customer.tax_id, customer.address
        )
        invoice = draft_invoice(snapshot, self.period, metered[0][1].currency, metered)
        self.invoices.append(invoice)
        self.drafts += 1
        self.total += invoice.total

    def _bill_meter(
        self, meter: Meter, replaced: Meter | None, language: str
    ) -> tuple[MeterBlock, Bill] | None:
        tariff = self._tariff(meter.serial)
        if tariff is None or meter.install_date > self.period.last:
            return None
        if meter.removed_on is not None and meter.removed_on < self.period.first and not replaced:
            return None
        if meter.kind is MeterKind.INTERVAL:
            used = self._usage(meter)
        else:
            used = self._register(meter, replaced)
        if used is None:
            return None
        if used.blocked:
            self.blocked += [f for f in used.findings if f.check.blocks]
            return None
        bill = rate(tariff, used.quantity, used.span, today=self.today)
        if not _storable(bill):
            raise ArithmeticError(f"{meter.serial}: beyond what an invoice stores")
        if bill.total == 0:
            return None
        self.warnings += used.findings
        # Worded for the customer ("Service charge", "pages" for an English reader of a
        # Spanish tariff) and kept so: a reprint always says what the invoice said.
        block = MeterBlock(
            used,
            meter.unit,
            tariff.name,
            tariff.period,
            said_tariff=tariff.in_language(language, tariff.name),
            said_unit=tariff.in_language(language, meter.unit),
        )
        return block, in_language(bill, tariff, language)

    def _start_day(self, meter: Meter) -> date:
        last = self.last.get(meter.serial)
        if last is None:
            return meter.install_date
        return last.end_on or last.last_day

    def _tariff(self, serial: str) -> Tariff | None:
        assigned = self.assignments.get(serial, [])
        started = [a for a in assigned if a.valid_from <= self.period.last]
        if not started:
            return None
        name = started[-1].tariff
        if name not in self.tariffs:
            found = self.uow.tariffs.get(name)
            assert found is not None  # assignments refer to stored tariffs
            self.tariffs[name] = found
        return self.tariffs[name]

    def _start(self, meter: Meter, history: Sequence[Reading]) -> Read:
        last = self.last.get(meter.serial)
        ended = None
        if last is not None and last.end_on is not None and last.end_value is not None:
            ended = (last.end_on, last.end_value)
        return bill_start(meter, ended, history)

    def _register(self, meter: Meter, replaced: Meter | None) -> Consumption | None:
        parts: list[Segment | Finding] = []
        # The replaced meter's last stretch goes on the new meter's first bill, once.
        if replaced is not None and meter.serial not in self.last:
            old_history = self.history.get(replaced.serial, [])
            old_start = self._start(replaced, old_history)
            final = [r for r in old_history if r.read_on == replaced.removed_on]
            if final and final[-1].read_on > old_start.on:
                parts.append(_segment(replaced, old_start, final[-1].point))
        history = self.history.get(meter.serial, [])
        start = self._start(meter, history)
        in_period = [r for r in history if self.period.first <= r.read_on <= self.period.last]
        if not in_period:
            if parts:  # the swap month: the old meter's last stretch, the new one as installed
                parts.append(_segment(meter, start, start))
                return cumulative(meter.serial, parts, today=self.today, usual_daily=None)
            return Consumption(
                meter.serial,
                self.period,
                Decimal(0),
                (),
                (Finding(Check.NO_END_READ, meter.serial),),
            )
        end = in_period[-1].point
        if end.on <= start.on:
            return None  # already billed up to this read
        parts.append(_segment(meter, start, end))
        before = register_reads(meter, [r for r in history if r.read_on <= start.on])
        usual = usual_daily_use(before, until=start.on, digits=meter.digits)
        # Consumption is in the meter's units (register units × multiplier): so is the usual.
        in_units = None if usual is None else usual * meter.multiplier
        return cumulative(meter.serial, parts, today=self.today, usual_daily=in_units)

    def _usage(self, meter: Meter) -> Consumption | None:
        last = self.last.get(meter.serial)
        first = last.last_day + timedelta(days=1) if last else meter.install_date
        if first > self.period.last:
            return None
        usages = [r.point for r in self.history.get(meter.serial, [])]
        usual = usual_daily_usage(usages, until=first, since=meter.install_date)
        return interval(
            meter.serial, usages, Span(first, self.period.last), today=self.today, usual_daily=usual
        )


def _storable(bill: Bill) -> bool:
    """Every number of a meter's bill fits the invoice's columns (an older database may
    hold reads and prices that today's checks refuse), with room for the customer's sum."""
    amounts = [bill.quantity, bill.subtotal, bill.total]
    amounts += [n for line in bill.lines for n in (line.quantity, line.amount) if n is not None]
    amounts += [n for tax in bill.taxes for n in (tax.base, tax.amount)]
    prices = [line.unit_price for line in bill.lines if line.unit_price is not None]
    prices += [tax.rate for tax in bill.taxes]
    return all(abs(n) < MOST_STORED for n in amounts) and all(abs(p) < MOST_PRICE for p in prices)


def _segment(meter: Meter, start: Read, end: Read) -> Segment | Finding:
    return segment(meter.serial, start, end, digits=meter.digits, multiplier=meter.multiplier)
