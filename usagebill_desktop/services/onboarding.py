"""Moving from spreadsheets: customers and their meters imported in one transaction.

Re-importing the same file changes nothing; a corrected file updates the customers'
changed details instead of adding them again, and only those whose columns the file has.
Meters are matched by serial. What the sheet leaves open about its numbers and dates the
meters already stored may settle (`settle_sheet`); else the import asks before writing.
"""

from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from typing import Any

from ..domain.customers import Customer, make_customer
from ..domain.errors import InvalidValue
from ..domain.imports import ImportReport, RowNote, rule_note
from ..domain.marks import N_
from ..domain.meters import Meter, make_meter
from ..domain.tariffs import Assignment
from ..importers.conventions import DATES, DECIMAL, Evidence, readings_of
from ..importers.customers_file import CustomerLine, CustomersSheet, settled
from .conventions import vote
from .ports import OpenUnitOfWork, UnitOfWork

WHY_STORED = N_("{rows} rows match their stored meters only this way")


def settle_sheet(open_uow: OpenUnitOfWork, sheet: CustomersSheet) -> CustomersSheet:
    """`sheet` with what its values leave open decided by the meters already stored: of
    the two readings of a stored meter's `1.234` or `03/04/2026`, the one that is its
    stored value (a new meter has no history). `ConventionUndecided` when one stays
    open, before anything is written."""
    open_kinds = [
        kind
        for kind, said in ((DATES, sheet.dates), (DECIMAL, sheet.decimal))
        if said.choice is None and not sheet.evidence[kind].told  # not a contradiction
    ]
    if open_kinds:
        with open_uow() as uow:
            decided = {
                kind: vote(_stored_fits(uow, sheet.evidence[kind], kind), WHY_STORED)
                for kind in open_kinds
            }
        sheet = settled(sheet, **{k: c for k, c in decided.items() if c.choice is not None})
    question = sheet.undecided()
    if question is not None:
        raise question
    return sheet


def _stored_fits(uow: UnitOfWork, evidence: Evidence, kind: str) -> Iterator[str]:
    """For each sample row of a stored meter, the choice under which its value alone is
    the meter's stored one."""
    for _, text, serial, weighed in evidence.two_ways:
        meter = uow.meters.get(str(serial)) if serial else None
        if meter is None:
            continue
        stored = getattr(meter, str(weighed))
        fits = [choice for choice, value in readings_of(kind, text).items() if value == stored]
        if len(fits) == 1:
            yield fits[0]


def import_customers(
    open_uow: OpenUnitOfWork,
    *,
    sheet: CustomersSheet,
    today: date,
    dry_run: bool = False,
    actor: str = "operator",
) -> ImportReport:
    """Import the customer lines of `sheet`, its conventions settled (`settle_sheet`); the
    import is recorded with the file's hash, computed while its rows were read
    (`Table.sha256`). The parser's warnings (a column not used) are reported first."""
    question = sheet.undecided()
    if question is not None:
        raise question
    table, lines, problems, skipped = sheet.table, sheet.lines, sheet.problems, sheet.skipped
    report = ImportReport(
        table.file,
        table.encoding,
        table.delimiter,
        rows=len(lines) + len(problems) + skipped,
        skipped=skipped,
    )
    report.rejected += problems
    report.warnings += sheet.unused
    with open_uow(write=not dry_run) as uow:
        language = uow.company.get().language
        for line in lines:
            try:
                changed = _apply(uow, line, language, today, report)
            except InvalidValue as error:
                report.rejected.append(rule_note(line.row, error.field, error.reason, error.values))
                continue
            except _Problem as problem:
                report.rejected.append(problem.note(line.row))
                continue
            if changed:
                report.accepted += 1
            else:
                report.duplicates += 1
        report.rejected.sort(key=lambda n: n.row)
        if dry_run or not report.accepted:
            return report  # leaving the block rolls back whatever was tried
        assert table.sha256 is not None, "the lines come from every row of the table"
        record = report.record("customers", table.sha256, actor)
        report.import_id = uow.imports.record(record)
        uow.audit.record(actor, "import customers", table.file, {"import": report.import_id})
        uow.commit()
        report.written = True
    return report


def _apply(
    uow: UnitOfWork, line: CustomerLine, language: str, today: date, report: ImportReport
) -> bool:
    """Add or update the line's customer and meter; False when nothing changed. Everything
    is checked before anything is written, so a rejected row leaves no trace."""
    if not line.account:
        raise _Problem(N_("no account number"))
    stored = uow.customers.get(line.account)
    wanted = make_customer(**_wanted(line, stored, language))
    new_meter = _new_meter(uow, line, today, report) if line.serial else None
    changed = new_meter is not None
    if stored is None:
        uow.customers.add(wanted)
        changed = True
    elif _details(stored) != _details(wanted):
        fields = [k for k, v in _details(wanted).items() if _details(stored)[k] != v]
        uow.customers.replace(line.account, wanted)
        values = {"account": line.account, "fields": ", ".join(fields)}
        report.warnings.append(
            RowNote(line.row, N_("customer {account} updated: {fields}"), values)
        )
        changed = True
    if new_meter is not None:
        uow.meters.add(new_meter)
        if line.tariff:
            uow.tariffs.assign(Assignment(new_meter.serial, line.tariff, new_meter.install_date))
    return changed


_TEXTS = ("name", "tax_id", "address", "email")
_KEPT = ("phone", "supply_address", "payment_method", "iban")


def _wanted(line: CustomerLine, stored: Customer | None, language: str) -> dict[str, Any]:
    """The customer's details as the line would leave them. A new customer takes the
    line's, the company's language when the line has none. An existing one changes only
    the fields whose columns the sheet has: a missing column keeps the stored value; an
    empty cell in a present column clears a text (the person emptied it), except the
    language, which an empty cell keeps (a customer always has one). Whether the
    customer is active is not a column: it is kept."""
    if stored is None:
        texts = {field: getattr(line, field) for field in _TEXTS}
        return {"account": line.account, **texts, "language": line.language or language}
    return {
        "account": line.account,
        **{f: getattr(line if f in line.present else stored, f) for f in _TEXTS},
        "language": line.language or stored.language,
        "active": stored.active,
        # Not columns of a customers sheet: kept as the window last saved them.
        **{f: getattr(stored, f) for f in _KEPT},
    }


def _details(customer: Customer) -> dict[str, object]:
    details = asdict(customer)
    details.pop("active")
    return details


# A meter's columns on a sheet, and what the stored meter calls each.
_METER_FIELDS = {
    "kind": "kind",
    "unit": "unit",
    "digits": "digits",
    "multiplier": "multiplier",
    "install_read": "install_read",
    "install_date": "install_date",
    "route": "route_order",
}


def _new_meter(
    uow: UnitOfWork, line: CustomerLine, today: date, report: ImportReport
) -> Meter | None:
    """The line's meter if it is new and sound; None if it is already there. A stored
    meter is not changed from a sheet (its reads and bills rest on it): where the sheet
    says otherwise, the report says which values were not applied, never in silence."""
    existing = uow.meters.get(line.serial)
    if existing is not None:
        if existing.customer_account != line.account:
            raise _Problem(
                N_("meter {meter} belongs to customer {account}"),
                meter=line.serial,
                account=existing.customer_account,
            )
        blank = CustomerLine.__dataclass_fields__  # what an empty cell reads as
        differ = [
            field
            for field, stored in _METER_FIELDS.items()
            if field in line.present
            and getattr(line, field) != blank[field].default
            and getattr(line, field) != getattr(existing, stored)
        ]
        if differ:
            said = N_(
                "meter {meter} is already stored, so the sheet's values for {fields} were "
                "not applied (a stored meter is changed at the desk, or replaced)"
            )
            values = {"meter": line.serial, "fields": ", ".join(differ)}
            report.warnings.append(RowNote(line.row, said, values))
        return None
    if line.tariff and uow.tariffs.get(line.tariff) is None:
        raise _Problem(N_("no tariff called {tariff}"), tariff=line.tariff)
    return make_meter(
        serial=line.serial,
        customer_account=line.account,
        kind=line.kind or "cumulative",
        unit=line.unit or "m³",
        install_date=line.install_date or today,
        digits=line.digits,
        multiplier=line.multiplier,
        install_read=line.install_read,
        route_order=line.route,
    )


class _Problem(Exception):
    """A row that cannot be imported, as a translatable sentence."""

    def __init__(self, template: str, **values: str) -> None:
        super().__init__(template)
        self.template, self.values = template, values

    def note(self, row: int) -> RowNote:
        return RowNote(row, self.template, self.values)
