"""Importing readings: every row checked against the meter and its history, then all
accepted rows written in one transaction, or none.

A good row is never dropped and a bad one never half-written: rejected rows are
reported by their row number and do not stop the others (unless `strict`). Re-importing
the same file finds its rows already present and adds nothing.
"""

from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterator, Sequence
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
from ..importers.file_readings import FileReading
from ..importers.readings_file import ParsedFile
from .ports import OpenUnitOfWork


class ImportCancelled(Exception):
    """The operator stopped the import; the transaction was rolled back."""


Progress = Callable[[int], bool]
PROGRESS_EVERY = 5_000


@dataclass(frozen=True, slots=True)
class _Accepted:
    row: int
    reading: Reading
    replaces: bool = False


class _Checker:
    """Checks rows one by one against stored readings and the rows accepted before.

    Rows come in date order: per meter only the last accepted read is kept, rows of the
    same day are compared among themselves and forgotten when the day changes, and the
    stored history is searched by bisection. Memory does not grow with the rows checked."""

    def __init__(self, meters: dict[str, Meter], stored: dict[str, list[Reading]], *,
                 today: date, replace: bool) -> None:  # fmt: skip
        self.meters, self.today, self.replace = meters, today, replace
        self.stored = stored
        self.stored_days: dict[str, list[date]] = {}
        self.stored_by_day: dict[str, dict[date, Reading]] = {}
        self.usage_keys: dict[str, set[tuple[date, Decimal, str]]] = {}  # stored usages
        self.last_taken: dict[str, Reading] = {}  # the latest read accepted from the file
        self.day: date | None = None  # the day being checked; what follows is for it only
        self.taken_today: dict[str, tuple[int, Reading]] = {}
        self.usages_today: set[tuple[str, Decimal, str]] = set()
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
        if reading.read_on != self.day:
            self.day = reading.read_on
            self.taken_today.clear()
            self.usages_today.clear()
        if meter.kind is MeterKind.INTERVAL:
            return self._usage(fr, reading, report)
        return self._register(meter, fr, reading, report)

    def _usage(self, fr: FileReading, reading: Reading, report: ImportReport) -> _Accepted | None:
        serial = reading.meter_serial
        if serial not in self.usage_keys:
            self.usage_keys[serial] = {(r.read_on, r.value, r.note)
                                       for r in self.stored.get(serial, [])}  # fmt: skip
        key = (reading.read_on, reading.value, reading.note)
        today = (serial, reading.value, reading.note)
        if key in self.usage_keys[serial] or today in self.usages_today:
            report.duplicates += 1
            return None
        self.usages_today.add(today)
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
        latest: Reading | None = None
        position = bisect_left(self.stored_days[serial], day)
        if position:
            latest = self.stored[serial][position - 1]
        taken = self.last_taken.get(serial)
        # On the same day a read accepted from the file (a --replace) wins over the stored one.
        if (
            taken is not None
            and taken.read_on < day
            and (latest is None or taken.read_on >= latest.read_on)
        ):
            latest = taken
        if latest is None or latest.read_on < meter.install_date:
            return Read(meter.install_date, meter.install_read)
        return Read(latest.read_on, latest.value, latest.type)

    def _register(self, meter: Meter, fr: FileReading, reading: Reading,
                  report: ImportReport) -> _Accepted | None:  # fmt: skip
        serial, day = meter.serial, reading.read_on
        self._index(serial)
        earlier = self.taken_today.get(serial)
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
        self.last_taken[serial] = reading
        self.taken_today[serial] = (fr.row, reading)
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
    progress: Progress | None = None,
) -> ImportReport:  # fmt: skip
    """Check every row, then write all accepted rows in one transaction (or, when
    `dry_run`, or `strict` with a row rejected, write nothing).

    `progress(rows checked)` is called every few thousand rows; when it answers False
    the import stops and `ImportCancelled` is raised: nothing has been written."""
    table = parsed.table
    report = ImportReport(table.file, table.encoding, table.delimiter,
                          rows=len(parsed.readings) + len(parsed.problems) + parsed.skipped,
                          skipped=parsed.skipped)  # fmt: skip
    report.rejected += parsed.problems
    with open_uow(write=not dry_run) as uow:
        meters = {m.serial: m for m in uow.meters.every()}
        first = parsed.readings.first_day() or today
        last = max(parsed.readings.last_day() or today, today)
        stored = uow.readings.of_meters(first - timedelta(days=400), last)
        checker = _Checker(meters, stored, today=today, replace=replace)
        ordered = parsed.readings.in_date_order()
        checked = (a for fr in _watched(ordered, progress)
                   if (a := checker.check(fr, report)) is not None)  # fmt: skip
        replacing: list[Reading] = []

        def new_readings() -> Iterator[Reading]:
            """Accepted rows, counted as they go by; replacements are kept aside."""
            for accepted in checked:
                report.accepted += 1
                if accepted.replaces:
                    replacing.append(accepted.reading)
                else:
                    yield accepted.reading

        # Rows are written as they are accepted, inside the one transaction: nothing is
        # committed unless the whole file was checked and may be written.
        import_id = None if dry_run else uow.imports.record(_record(report, sha256, actor))
        if dry_run:
            deque(new_readings(), maxlen=0)
        else:
            uow.readings.add_many(new_readings(), import_id)
        report.rejected.sort(key=lambda n: n.row)
        report.warnings.sort(key=lambda n: n.row)
        if import_id is None or (strict and report.rejected) or not report.accepted:
            return report  # leaving the block rolls back whatever was written
        for reading in replacing:
            uow.readings.replace_value(reading, import_id)
        uow.imports.finish(import_id, _record(report, sha256, actor))
        uow.invoices.audit(actor, "import", table.file, {"import": import_id,
                                                          "accepted": report.accepted})  # fmt: skip
        uow.commit()
        report.import_id, report.written = import_id, True
    return report


def _watched(rows: Iterator[FileReading], progress: Progress | None) -> Iterator[FileReading]:
    for number, row in enumerate(rows):
        if progress is not None and number % PROGRESS_EVERY == 0 and not progress(number):
            raise ImportCancelled
        yield row


def _record(report: ImportReport, sha256: str, actor: str) -> ImportRecord:
    return ImportRecord("readings", report.file, sha256, report.rows, report.accepted,
                        report.duplicates, report.skipped, len(report.warnings),
                        len(report.rejected), actor)  # fmt: skip


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
