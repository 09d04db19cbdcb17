"""Importing readings: every row checked against the meter and its history, then all
accepted rows written, seen by every reader at once, or none.

A good row is never dropped and a bad one never half-written: rejected rows are
reported by their row number and do not stop the others (unless `strict`). Re-importing
the same file finds its rows already present and adds nothing.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import NamedTuple

from ..domain.errors import InvalidValue, NotFound
from ..domain.imports import ImportRecord, ImportReport, RowNote
from ..domain.marks import N_
from ..domain.meters import Meter, MeterKind
from ..domain.readings import Read, Reading
from ..domain.register import (
    Entry,
    ReadCheck,
    Verdict,
    Why,
    check_read,
    usual_use,
)
from ..importers.reading_rows import FileReading
from ..importers.readings_parser import ParsedFile
from .ports import OpenUnitOfWork, Staging, UnitOfWork


class ImportCancelled(Exception):
    """The operator stopped the import; the transaction was rolled back."""


Progress = Callable[[int], bool]
PROGRESS_EVERY = 5_000


class _Accepted(NamedTuple):  # one per accepted row: a tuple is the cheapest to make
    row: int
    reading: Reading
    replaces: bool = False


class _Checker:
    """Finds, for each row, what is stored around it, and asks the register's rules
    (`domain/register.py`) what to make of it.

    Rows come in date order: per meter only the last accepted read is kept, rows of the
    same day are compared among themselves and forgotten when the day changes, and the
    stored history is searched by bisection. Memory does not grow with the rows checked."""

    def __init__(
        self,
        meters: dict[str, Meter],
        stored: dict[str, list[Reading]],
        *,
        today: date,
        replace: bool,
        keep_high: bool = False,
    ) -> None:
        self.meters, self.today, self.replace = meters, today, replace
        self.keep_high = keep_high
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
            _reject(report, fr.row, N_("unknown meter {meter}"), meter=serial)
            return None
        if fr.read_on != self.day:
            self.day = fr.read_on
            self.taken_today.clear()
            self.usages_today.clear()
        if meter.kind is MeterKind.INTERVAL:
            return self._usage(meter, fr, report)
        return self._register(meter, fr, report)

    def _judge(
        self,
        meter: Meter,
        fr: FileReading,
        *,
        previous: Read | None = None,
        following: Read | None = None,
        same_day: Decimal | None = None,
        same_usage: bool = False,
        usual: Decimal | None = None,
        replace: bool = False,
    ) -> ReadCheck:
        return check_read(
            meter,
            read_on=fr.read_on,
            value=fr.value,
            type=fr.type,
            source="import",
            text=fr.note,
            today=self.today,
            entry=Entry.FILE,
            previous=previous,
            following=following,
            same_day=same_day,
            same_usage=same_usage,
            usual=usual,
            replace=replace,
            keep_high=self.keep_high,
        )

    def _usage(self, meter: Meter, fr: FileReading, report: ImportReport) -> _Accepted | None:
        serial = meter.serial
        if serial not in self.usage_keys:
            self.usage_keys[serial] = {
                (r.read_on, r.value, r.note) for r in self.stored.get(serial, [])
            }
        today = (serial, fr.value, fr.note.strip())
        same = (fr.read_on, fr.value, fr.note.strip()) in self.usage_keys[serial]
        checked = self._judge(
            meter, fr, same_usage=same or today in self.usages_today, usual=self._usual(meter)
        )
        reading = _taken(checked, fr.row, report)
        if reading is None:
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
        return latest.point

    def _following(self, serial: str, day: date) -> Read | None:
        """The earliest stored read after `day` (the file's own later rows come later)."""
        position = bisect_right(self.stored_days[serial], day)
        history = self.stored[serial]
        return history[position].point if position < len(history) else None

    def _usual(self, meter: Meter) -> Decimal | None:
        """The meter's usual use of a day, from what is stored (worked out once)."""
        if meter.serial not in self.usual:
            stored = self.stored.get(meter.serial, [])
            self.usual[meter.serial] = usual_use(meter, stored, self.today + timedelta(days=1))
        return self.usual[meter.serial]

    def _register(self, meter: Meter, fr: FileReading, report: ImportReport) -> _Accepted | None:
        serial, day = meter.serial, fr.read_on
        self._index(serial)
        # A read taken from the file for the same day stands where a stored one would: the
        # stored one was weighed when that row was taken.
        earlier = self.taken_today.get(serial)
        stored = self.stored_by_day[serial].get(day)
        same_day = earlier[1] if earlier is not None else stored
        checked = self._judge(
            meter,
            fr,
            previous=self._previous(meter, day),
            following=self._following(serial, day),
            same_day=None if same_day is None else same_day.value,
            usual=self._usual(meter),
            replace=self.replace and earlier is None,
        )
        clash = checked.verdict is Verdict.REJECTED and checked.why is Why.SAME_DAY
        if earlier is not None and clash:
            _reject(
                report,
                fr.row,
                N_("row {row} has another reading for {meter} on {day}"),
                row=earlier[0],
                meter=serial,
                day=day,
            )
            return None
        reading = _taken(checked, fr.row, report)
        if reading is None:
            return None
        self.last_taken[serial] = reading
        self.taken_today[serial] = (fr.row, reading)
        return _Accepted(fr.row, reading, replaces=checked.replaces)


def _taken(checked: ReadCheck, row: int, report: ImportReport) -> Reading | None:
    """The reading when the row is taken; what the check said goes on the report by row."""
    if checked.verdict is Verdict.DUPLICATE:
        report.duplicates += 1
        return None
    notes = [RowNote.of(row, n) for n in checked.notes]
    if checked.verdict is Verdict.REJECTED:
        report.rejected += notes
        return None
    report.warnings += notes
    return checked.reading


def _reject(report: ImportReport, row: int, template: str, /, **values: object) -> None:
    report.rejected.append(RowNote(row, template, {k: str(v) for k, v in values.items()}))


def import_readings(
    open_uow: OpenUnitOfWork,
    *,
    parsed: ParsedFile,
    sha256: str,
    today: date,
    dry_run: bool = False,
    strict: bool = False,
    replace: bool = False,
    keep_high: bool = False,
    actor: str = "operator",
    progress: Progress | None = None,
) -> ImportReport:
    """Check every row, then write all accepted rows (or, when `dry_run`, or `strict`
    with a row rejected, write nothing).

    The rows are checked in a read transaction, so other desks and commands keep
    writing meanwhile. Up to `WRITE_CHUNK` accepted rows are written in one short write
    transaction; more go in chunks of that size, each its own short transaction, under
    a *pending* import whose rows no reader sees, and a last short transaction makes the
    import done, every row seen at once. No transaction holds the write lock for long,
    so other writers never wait past the busy timeout. The last transaction first makes
    sure the meters and the stored reads the check relied on are still the same (if they
    changed, what was written is removed and the rows are checked again; after
    `UNLOCKED_CHECKS` such changes, under the lock, in one transaction). Either way every
    accepted row is written and seen, or none: a killed import stays pending, unseen,
    and is removed by the next import or the next start (`discard_abandoned_imports`).

    `progress(rows checked)` is called every few thousand rows; when it answers False
    the import stops and `ImportCancelled` is raised: nothing has been written.
    `keep_high`: the person has checked the file's reads far beyond the usual use."""

    def check(uow: UnitOfWork) -> _Checked:
        return _check(
            uow, parsed, today=today, replace=replace, keep_high=keep_high, progress=progress
        )

    if not dry_run:
        discard_abandoned_imports(open_uow)
    for _ in range(1 if dry_run else UNLOCKED_CHECKS):
        with open_uow() as uow:
            checked = check(uow)
        if dry_run or not checked.writes(strict):
            return checked.report
        written = _write_bounded(open_uow, checked, sha256, actor)
        if written is not None:
            return written
    with open_uow(write=True) as uow:  # the stored reads kept changing: check under the lock
        checked = check(uow)
        return _write(uow, checked, sha256, actor) if checked.writes(strict) else checked.report


UNLOCKED_CHECKS = 2
# Accepted rows written per write transaction: about a second of SQLite's work on a
# slow machine, well within the busy timeout other writers wait (`persistence/database`).
WRITE_CHUNK = 50_000
# A pending import not written to for this long was abandoned (its process was killed):
# a live one writes a chunk every few seconds.
ABANDONED_AFTER = timedelta(minutes=10)


@dataclass
class _Checked:
    """What a check of the file found, and what it relied on."""

    report: ImportReport
    adding: Staging  # the accepted rows that add a read, in date order, compactly
    replacing: list[Reading]
    meters: Sequence[Meter]
    window: tuple[date, date]
    stored: Hashable  # the stored reads of the window, as `Readings.state` gives them

    def writes(self, strict: bool) -> bool:
        return bool(self.report.accepted) and not (strict and self.report.rejected)

    def still_holds(self, uow: UnitOfWork) -> bool:
        return uow.readings.state(*self.window) == self.stored and uow.meters.every() == self.meters


def _check(
    uow: UnitOfWork,
    parsed: ParsedFile,
    *,
    today: date,
    replace: bool,
    keep_high: bool,
    progress: Progress | None,
) -> _Checked:
    table = parsed.table
    report = ImportReport(
        table.file,
        table.encoding,
        table.delimiter,
        rows=len(parsed.readings) + len(parsed.problems) + parsed.skipped,
        skipped=parsed.skipped,
    )
    report.rejected += parsed.problems
    meters = uow.meters.every()
    first = parsed.readings.first_day() or today
    window = (first - timedelta(days=400), max(parsed.readings.last_day() or today, today))
    stored = uow.readings.of_meters(*window)
    state = uow.readings.state(*window)
    checked = _Checked(report, uow.readings.staging(), [], meters, window, state)
    checker = _Checker(
        {m.serial: m for m in meters}, stored, today=today, replace=replace, keep_high=keep_high
    )
    for fr in _watched(parsed.readings.in_date_order(), progress):
        accepted = checker.check(fr, report)
        if accepted is None:
            continue
        report.accepted += 1
        reading = accepted.reading
        if accepted.replaces:
            checked.replacing.append(reading)
            report.replaced += 1
        else:
            checked.adding.add(reading)
    report.rejected.sort(key=lambda n: n.row)
    report.warnings.sort(key=lambda n: n.row)
    return checked


def _write_bounded(
    open_uow: OpenUnitOfWork, checked: _Checked, sha256: str, actor: str
) -> ImportReport | None:
    """The accepted rows written in short transactions (see `import_readings`); None when
    the stored reads changed meanwhile (and what was written is removed again)."""
    staged = len(checked.adding)
    if staged <= WRITE_CHUNK:
        with open_uow(write=True) as uow:
            return _write(uow, checked, sha256, actor) if checked.still_holds(uow) else None
    with open_uow(write=True) as uow:
        import_id = uow.imports.record(_record(checked.report, sha256, actor), pending=True)
        uow.commit()
    try:
        for start in range(0, staged, WRITE_CHUNK):
            with open_uow(write=True) as uow:
                part = slice(start, start + WRITE_CHUNK)
                uow.readings.add_staged(checked.adding, import_id, part)
                uow.imports.touch(import_id)
                uow.commit()
        with open_uow(write=True) as uow:
            if checked.still_holds(uow) and uow.imports.publish(import_id):
                return _published(uow, checked, import_id, actor)
    except BaseException:
        with suppress(Exception):  # else the next import or start removes it
            _discard(open_uow, import_id)
        raise
    _discard(open_uow, import_id)
    return None


def discard_abandoned_imports(open_uow: OpenUnitOfWork) -> int:
    """Remove the pending imports left by a killed process (unseen, but taking room), a
    chunk at a time; how many. Run by each import and at each start (`bootstrap`)."""
    with open_uow() as uow:
        abandoned = uow.imports.pending(datetime.now(UTC) - ABANDONED_AFTER)
    for import_id in abandoned:
        _discard(open_uow, import_id)
    return len(abandoned)


def _discard(open_uow: OpenUnitOfWork, import_id: int) -> None:
    """A pending import's rows removed, `WRITE_CHUNK` per transaction, then its record."""
    removed = 1
    while removed:
        with open_uow(write=True) as uow:
            removed = uow.readings.delete_import(import_id, limit=WRITE_CHUNK)
            if not removed:
                uow.imports.forget(import_id)
            uow.commit()


def _write(uow: UnitOfWork, checked: _Checked, sha256: str, actor: str) -> ImportReport:
    import_id = uow.imports.record(_record(checked.report, sha256, actor))
    uow.readings.add_staged(checked.adding, import_id)
    return _published(uow, checked, import_id, actor)


def _published(uow: UnitOfWork, checked: _Checked, import_id: int, actor: str) -> ImportReport:
    """The rows that replace a stored read, and the audit entry: the last of an import."""
    report = checked.report
    for reading in checked.replacing:
        uow.readings.replace_value(reading, import_id)
    uow.audit.record(
        actor, "import", report.file, {"import": import_id, "accepted": report.accepted}
    )
    uow.commit()
    report.import_id, report.written = import_id, True
    return report


def _watched(rows: Iterator[FileReading], progress: Progress | None) -> Iterator[FileReading]:
    for number, row in enumerate(rows):
        if progress is not None and number % PROGRESS_EVERY == 0 and not progress(number):
            raise ImportCancelled
        yield row


def _record(report: ImportReport, sha256: str, actor: str) -> ImportRecord:
    return report.record("readings", sha256, actor)


def undo_import(open_uow: OpenUnitOfWork, *, import_id: int, actor: str = "operator") -> int:
    """Remove an import's readings, while none of them has been invoiced."""
    with open_uow(write=True) as uow:
        record = uow.imports.get(import_id)
        if record is None:
            raise NotFound(what="import", key=str(import_id))
        if record.undone_at is not None:
            raise InvalidValue(field="import", reason=N_("already undone"))
        billed = uow.invoices.last_billed_all(date.max)
        for reading in uow.readings.of_import(import_id):
            last = billed.get(reading.meter_serial)
            if last is not None and reading.read_on <= last.last_day:
                raise InvalidValue(
                    field="import",
                    reason=N_("{meter} on {day} is already invoiced"),
                    meter=reading.meter_serial,
                    day=reading.read_on,
                )
        removed = uow.readings.delete_import(import_id)
        uow.imports.mark_undone(import_id)
        uow.audit.record(actor, "undo import", record.file_name, {"import": import_id})
        uow.commit()
    return removed


def imports_done(open_uow: OpenUnitOfWork) -> Sequence[ImportRecord]:
    with open_uow() as uow:
        return uow.imports.latest()
