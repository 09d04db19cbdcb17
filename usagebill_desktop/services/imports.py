"""Importing readings: every row checked against the meter and its history, then all
accepted rows written in one transaction, or none.

A good row is never dropped and a bad one never half-written: rejected rows are
reported by their row number and do not stop the others (unless `strict`). Re-importing
the same file finds its rows already present and adds nothing.
"""

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from ..domain.consumption import (
    Check,
    Read,
    plausibility,
    register_difference,
    usual_daily_use,
)
from ..domain.errors import InvalidValue, NotFound
from ..domain.imports import ImportRecord, ImportReport, RowNote, rule_note
from ..domain.meters import Meter, MeterKind
from ..domain.money import plain
from ..domain.readings import Reading, make_reading
from ..importers.readings_file import FileReading, ParsedFile
from .ports import EVERYTHING, OpenUnitOfWork


@dataclass(frozen=True, slots=True)
class _Accepted:
    row: int
    reading: Reading
    replaces: bool = False


class _Checker:
    """Checks rows one by one against stored readings and the rows accepted before.

    Rows come in date order, so per meter the accepted ones only grow; lookups are by
    day, and the previous read is found by bisection: a file of a million rows for one
    meter is checked in linear time."""

    def __init__(self, meters: dict[str, Meter], stored: dict[str, list[Reading]], *,
                 today: date, replace: bool) -> None:  # fmt: skip
        self.meters, self.today, self.replace = meters, today, replace
        self.stored = stored
        self.stored_days: dict[str, list[date]] = {}
        self.stored_by_day: dict[str, dict[date, Reading]] = {}
        self.usage_keys: dict[str, set[tuple[date, Decimal, str]]] = {}
        self.taken: dict[str, list[Reading]] = defaultdict(list)  # accepted, in date order
        self.taken_by_day: dict[tuple[str, date], tuple[int, Reading]] = {}
        self.usual: dict[str, Decimal | None] = {}

    def check(self, fr: FileReading, report: ImportReport) -> _Accepted | None:
        serial = fr.meter.strip()
        meter = self.meters.get(serial)
        if meter is None:
            return self._reject(report, fr, "unknown meter {meter}", meter=serial)
        if fr.read_on > self.today:
            return self._reject(report, fr, "dated {day}, in the future", day=fr.read_on)
        if meter.removed_on is not None and fr.read_on > meter.removed_on:
            return self._reject(report, fr, "after meter {meter} was removed on {day}",
                                meter=serial, day=meter.removed_on)  # fmt: skip
        try:
            reading = make_reading(meter, read_on=fr.read_on, value=fr.value, type=fr.type,
                                   source="import", note=fr.note)  # fmt: skip
        except InvalidValue as error:
            report.rejected.append(rule_note(fr.row, error.field, error.reason, error.values))
            return None
        if meter.kind is MeterKind.INTERVAL:
            return self._usage(fr, reading, report)
        return self._register(meter, fr, reading, report)

    def _usage(self, fr: FileReading, reading: Reading, report: ImportReport) -> _Accepted | None:
        serial = reading.meter_serial
        if serial not in self.usage_keys:
            self.usage_keys[serial] = {(r.read_on, r.value, r.note)
                                       for r in self.stored.get(serial, [])}  # fmt: skip
        key = (reading.read_on, reading.value, reading.note)
        if key in self.usage_keys[serial]:
            report.duplicates += 1
            return None
        self.usage_keys[serial].add(key)
        return _Accepted(fr.row, reading)

    def _index(self, serial: str) -> None:
        if serial not in self.stored_days:
            history = sorted(self.stored.get(serial, []), key=lambda r: r.read_on)
            self.stored[serial] = history
            self.stored_days[serial] = [r.read_on for r in history]
            self.stored_by_day[serial] = {r.read_on: r for r in history}

    def _previous(self, meter: Meter, day: date) -> Read:
        """The latest read before `day`: accepted from the file, stored, or the install read."""
        serial = meter.serial
        candidates = [Read(meter.install_date, meter.install_read)]
        position = bisect_left(self.stored_days[serial], day)
        if position:
            r = self.stored[serial][position - 1]
            candidates.append(Read(r.read_on, r.value, r.type))
        taken = self.taken[serial]
        if taken and taken[-1].read_on < day:
            candidates.append(Read(taken[-1].read_on, taken[-1].value, taken[-1].type))
        return max(candidates, key=lambda r: r.on)

    def _register(self, meter: Meter, fr: FileReading, reading: Reading,
                  report: ImportReport) -> _Accepted | None:  # fmt: skip
        serial, day = meter.serial, reading.read_on
        self._index(serial)
        earlier = self.taken_by_day.get((serial, day))
        if earlier is not None:
            if earlier[1].value == reading.value:
                report.duplicates += 1
                return None
            return self._reject(report, fr, "row {row} has another reading for {meter} on {day}",
                                row=earlier[0], meter=serial, day=day)  # fmt: skip
        stored = self.stored_by_day[serial].get(day)
        if stored is not None and stored.value == reading.value:
            report.duplicates += 1
            return None
        if stored is not None and not self.replace:
            template = (
                "{meter} already has the reading {value} on {day} (--replace to overwrite it)"
            )
            return self._reject(report, fr, template, meter=serial, value=plain(stored.value),
                                day=day)  # fmt: skip
        previous = self._previous(meter, day)
        found = register_difference(previous.value, reading.value, meter.digits)
        if found is None:
            template = "{value} is lower than the previous reading {previous} on {day}, and not a plausible rollover"  # noqa: E501
            return self._reject(report, fr, template, value=plain(reading.value),
                                previous=plain(previous.value), day=previous.on)  # fmt: skip
        used, rolled = found
        if rolled:
            template = "the register of {meter} rolled over after {previous}: {used} used"
            before = plain(previous.value)
            report.warnings.append(_note(fr.row, template, meter=serial, previous=before,
                                         used=plain(used)))  # fmt: skip
        self._check_jump(meter, fr, used, (day - previous.on).days, previous.on, report)
        self.taken[serial].append(reading)
        self.taken_by_day[(serial, day)] = (fr.row, reading)
        return _Accepted(fr.row, reading, replaces=stored is not None)

    def _check_jump(self, meter: Meter, fr: FileReading, used: Decimal, days: int,
                    since: date, report: ImportReport) -> None:  # fmt: skip
        """A warning when use is far above the meter's usual, from its stored history."""
        serial = meter.serial
        if serial not in self.usual:
            reads = [Read(meter.install_date, meter.install_read)] + [
                Read(r.read_on, r.value, r.type) for r in self.stored[serial]
            ]
            self.usual[serial] = usual_daily_use(reads, until=reads[-1].on, digits=meter.digits)
        for finding in plausibility(serial, used * meter.multiplier, days, self.usual[serial]):
            if finding.check is Check.HIGH_USE:
                ratio = round(Decimal(str(finding.values["ratio"])), 1)
                template = "{used} used since {day}, {ratio} times the usual: check it"
                report.warnings.append(_note(fr.row, template, used=plain(used), day=since,
                                             ratio=ratio))  # fmt: skip

    @staticmethod
    def _reject(report: ImportReport, fr: FileReading, template: str, /, **values: object) -> None:
        report.rejected.append(_note(fr.row, template, **values))
        return None


def _note(line: int, template: str, /, **values: object) -> RowNote:
    return RowNote(line, template, {key: str(value) for key, value in values.items()})


def import_readings(
    open_uow: OpenUnitOfWork, *, parsed: ParsedFile, sha256: str, today: date,
    dry_run: bool = False, strict: bool = False, replace: bool = False, actor: str = "operator",
) -> ImportReport:  # fmt: skip
    """Check every row, then write all accepted rows in one transaction (or, when
    `dry_run`, or `strict` with a row rejected, write nothing)."""
    table = parsed.table
    report = ImportReport(table.file, table.encoding, table.delimiter,
                          rows=len(parsed.readings) + len(parsed.problems) + parsed.skipped,
                          skipped=parsed.skipped)  # fmt: skip
    report.rejected += parsed.problems
    with open_uow(write=not dry_run) as uow:
        meters = {m.meter.serial: m.meter for m in uow.meters.fetch(EVERYTHING)}
        days = [r.read_on for r in parsed.readings] or [today]
        stored = uow.readings.of_meters(min(days) - timedelta(days=400), max(max(days), today))
        checker = _Checker(meters, stored, today=today, replace=replace)
        accepted = [a for fr in sorted(parsed.readings, key=lambda r: (r.read_on, r.row))
                    if (a := checker.check(fr, report)) is not None]  # fmt: skip
        report.rejected.sort(key=lambda n: n.row)
        report.warnings.sort(key=lambda n: n.row)
        report.accepted = len(accepted)
        if dry_run or (strict and report.rejected) or not accepted:
            return report
        record = ImportRecord("readings", table.file, sha256, report.rows, report.accepted,
                              report.duplicates, report.skipped, len(report.warnings),
                              len(report.rejected), actor)  # fmt: skip
        report.import_id = uow.imports.record(record)
        uow.readings.add_many((a.reading for a in accepted if not a.replaces), report.import_id)
        for a in accepted:
            if a.replaces:
                uow.readings.replace_value(a.reading, report.import_id)
        uow.invoices.audit(actor, "import", table.file, {"import": report.import_id,
                                                          "accepted": report.accepted})  # fmt: skip
        uow.commit()
        report.written = True
    return report


def undo_import(open_uow: OpenUnitOfWork, *, import_id: int, actor: str = "operator") -> int:
    """Remove an import's readings, while none of them has been invoiced."""
    with open_uow(write=True) as uow:
        record = uow.imports.get(import_id)
        if record is None:
            raise NotFound(what="import", key=str(import_id))
        if record.undone_at is not None:
            raise InvalidValue(field="import", reason="already undone")
        billed = uow.invoices.last_billed_all(date.max)
        for reading in uow.readings.of_import(import_id):
            last = billed.get(reading.meter_serial)
            if last is not None and reading.read_on <= last.last_day:
                raise InvalidValue(field="import", reason="{meter} on {day} is already invoiced",
                                   meter=reading.meter_serial, day=reading.read_on)  # fmt: skip
        removed = uow.readings.delete_import(import_id)
        uow.imports.mark_undone(import_id)
        uow.invoices.audit(actor, "undo import", record.file_name, {"import": import_id})
        uow.commit()
    return removed


def imports_done(open_uow: OpenUnitOfWork) -> Sequence[ImportRecord]:
    with open_uow() as uow:
        return uow.imports.latest()
