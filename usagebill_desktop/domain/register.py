"""A meter's register: the reads it has shown, the one check every new read goes through,
and where a bill starts.

Typing a read at the desk, importing a file, closing a meter at its replacement, printing
a read sheet, estimating and billing all ask here, so a read is judged the same way
whichever door it comes through. The doors differ in one place only, on purpose, and
`Entry` says where.
"""

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from .consumption import (
    HIGH_USE,
    LOW_USE,
    Check,
    plausibility,
    register_difference,
    usual_daily_use,
)
from .errors import DomainError, InvalidValue
from .imports import Note, note, rule
from .marks import N_
from .meters import Meter, MeterKind
from .money import trim
from .readings import Read, Reading, ReadType, make_reading


def register_reads(meter: Meter, readings: Iterable[Reading]) -> list[Read]:
    """The register as it went: the install read, then every read from the install day on,
    in date order. Reads before the install belong to nobody's bill."""
    after = sorted(
        (r for r in readings if r.read_on >= meter.install_date), key=lambda r: r.read_on
    )
    return [Read(meter.install_date, meter.install_read)] + [r.point for r in after]


def usual_daily(reads: Sequence[Read], meter: Meter) -> Decimal | None:
    """The meter's usual use per day (register units), from its reads up to the last one."""
    return usual_daily_use(reads, until=reads[-1].on, digits=meter.digits)


def usual_use(meter: Meter, history: Sequence[Reading], on: date) -> Decimal | None:
    """What `check_read` weighs a new read against, from the history before `on`: a
    register's usual use of a day; an interval meter's usual entry (the mean of its usages
    over the year before, from `USUAL_ENTRIES` on). An entry, not a day: a room booked
    twice a month has a tiny daily mean, and a two-hour booking is not a misread."""
    earlier = [r for r in history if r.read_on < on]
    if meter.kind is MeterKind.INTERVAL:
        year = [r.value for r in earlier if (on - r.read_on).days <= 366]
        return sum(year, Decimal(0)) / len(year) if len(year) >= USUAL_ENTRIES else None
    return usual_daily(register_reads(meter, earlier), meter)


USUAL_ENTRIES = 3  # fewer usages tell nothing of what is usual


def expected_range(reads: Sequence[Read], meter: Meter, on: date) -> tuple[Decimal, Decimal] | None:
    """The range a read on `on` is expected in (whole units), from the usual use; None with
    too little history. What the meter reader sees on the read sheet."""
    usual = usual_daily(reads, meter)
    if usual is None:
        return None
    last = reads[-1]
    days = max(0, (on - last.on).days)
    low = (last.value + usual * days * LOW_USE).to_integral_value()
    high = (last.value + usual * days * HIGH_USE).to_integral_value()
    return low, high


class Entry(StrEnum):
    """Who brings a new read: the one place where the doors differ, on purpose.

    - A register read lower than the one before, and not a plausible rollover: from a FILE
      it is refused (in a sheet of thousands it is a slip), whatever `keep_lower` says;
      TYPED by a person it is refused too, unless the person was asked and said to keep
      it (`keep_lower`, the person's answer): it is then kept, and billing holds the meter
      until someone has looked.
    - A usage (hours, pages) equal to one already recorded that day: from a FILE it is the
      same row imported again and is skipped; TYPED by a person it is a second booking."""

    TYPED = "typed"
    FILE = "file"


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    WARNED = "warned"  # accepted, with something worth a look
    DUPLICATE = "duplicate"  # already stored as it is: nothing to add
    REJECTED = "rejected"


# The sentences a check can say. Each door says them in its reader's language.
FUTURE = N_("dated {day}, in the future")
REMOVED = N_("after meter {meter} was removed on {day}")
SAME_DAY = N_("{meter} already has the reading {value} on {day}")
LOWER = N_(
    "{value} is lower than the previous reading {previous} on {day}, and not a plausible rollover"
)
KEPT_LOWER = N_(
    "{value} is lower than the previous reading {previous} on {day}: kept as asked; billing "
    "holds {meter} until it is checked"
)
ROLLED = N_("the register of {meter} rolled over after {previous}: {used} used")
HIGH = N_("{used} used since {day}, {ratio} times the usual: check it")
BEYOND = N_(
    "{used} used since {day} is {ratio} times the usual use: far more than this meter uses; "
    "check the read (a misplaced decimal mark or digit?)"
)
USAGE_BEYOND = N_(
    "{used} on {day} is {ratio} times this meter's usual entry: far more than it records; "
    "check the value (a misplaced decimal mark or digit?)"
)
BEYOND_SAID = (BEYOND, USAGE_BEYOND)  # what a refusal a person may overrule says
KEPT_BEYOND = N_("{used}, {ratio} times the usual use: kept as confirmed")
ABOVE_NEXT = N_(
    "{value} is higher than the next reading {next} on {day}, which would then be lower; "
    "correct that reading first"
)
# Use this many times the meter's usual use is not a leak but a misread (a decimal mark
# read as thousands, a digit too many): no pipe, cable or room delivers it. A person who
# has looked at the register may confirm it (`keep_high`); otherwise it is refused.
BEYOND_USE = Decimal(100)


class Why(StrEnum):
    """What a rejected read broke."""

    FUTURE = "future"
    REMOVED = "removed"
    RULE = "rule"  # the reading does not fit its meter (digits, decimals, install date)
    SAME_DAY = "same_day"  # another read is stored for that day
    LOWER = "lower"  # lower than the read before, and not a plausible rollover; a person
    # may be asked whether to keep it
    BEYOND = "beyond"  # hundreds of times the usual use; kept only when confirmed
    ABOVE_NEXT = "above_next"  # higher than a later read (a read typed or filed late)


class ReadCheck(NamedTuple):
    """What the check of a new read found. `notes` are the warnings, or the one reason for
    a rejection; `difference` is in register units since `previous` (None when the read
    is lower and not a rollover, or for usages). A named tuple, not a frozen dataclass:
    an import makes one per row, and a frozen dataclass is five times slower to make."""

    verdict: Verdict
    reading: Reading | None = None
    notes: tuple[Note, ...] = ()
    previous: Read | None = None
    difference: Decimal | None = None
    rolled_over: bool = False
    replaces: bool = False  # overwrites the read stored for the same day
    why: Why | None = None  # what a rejection (or a kept lower read) is about

    @property
    def taken(self) -> bool:
        return self.verdict in (Verdict.ACCEPTED, Verdict.WARNED)


class ReadRefused(DomainError):
    """A new read that the register's rules do not take; `note` says why."""

    code = "read_refused"

    def __init__(self, found: ReadCheck) -> None:
        self.check, self.note = found, found.notes[0]
        super().__init__(self.note.message)


def check_read(
    meter: Meter,
    *,
    read_on: date,
    value: Decimal,
    type: ReadType = ReadType.ACTUAL,
    source: str = "manual",
    text: str = "",
    today: date,
    entry: Entry,
    previous: Read | None = None,
    following: Read | None = None,
    same_day: Decimal | None = None,
    same_usage: bool = False,
    usual: Decimal | None = None,
    replace: bool = False,
    keep_lower: bool = False,
    keep_high: bool = False,
) -> ReadCheck:
    """Judge a new read of `meter`, given what is stored around it.

    `previous` is the latest register read before `read_on` (the install read when there
    is none), `following` the earliest after it, if any (a late read must fit below it);
    `same_day` the value stored for that day, if any; `same_usage` whether a
    usage with the same day, value and note is stored; `usual` the meter's usual daily use
    in register units, or of its usages for an interval meter (`usual_use`); `replace`
    allows overwriting a stored read of the same day; `keep_lower` is a person's answer to
    "keep this lower read?", and counts only for a read a person typed (`Entry.TYPED`): a
    file is never asked.
    `keep_high` confirms a read far beyond the usual use (`BEYOND_USE`), typed or from a
    file whose reads the person has checked; without it such a read is refused."""
    if read_on > today:
        return _rejected(Why.FUTURE, note(FUTURE, day=read_on))
    if meter.removed_on is not None and read_on > meter.removed_on:
        return _rejected(Why.REMOVED, note(REMOVED, meter=meter.serial, day=meter.removed_on))
    try:
        reading = make_reading(
            meter, read_on=read_on, value=value, type=type, source=source, note=text
        )
    except InvalidValue as error:
        return _rejected(Why.RULE, rule(error.field, error.reason, error.values))
    if meter.kind is MeterKind.INTERVAL:
        if same_usage and entry is Entry.FILE:
            return ReadCheck(Verdict.DUPLICATE, reading)
        return _usage(reading, usual, keep_high=keep_high)
    if same_day is not None and (same_day == value or not replace):
        said = note(SAME_DAY, meter=meter.serial, value=trim(same_day), day=read_on)
        if same_day == value:  # nothing to add: the same read again
            return ReadCheck(Verdict.DUPLICATE, reading, (said,), why=Why.SAME_DAY)
        return _rejected(Why.SAME_DAY, said)
    before = previous or Read(meter.install_date, meter.install_read)
    asked = keep_lower and entry is Entry.TYPED
    if following is not None and register_difference(value, following.value, meter.digits) is None:
        said = note(ABOVE_NEXT, value=trim(value), next=trim(following.value), day=following.on)
        return _rejected(Why.ABOVE_NEXT, said)
    return _register(
        meter,
        reading,
        before,
        usual,
        replace=same_day is not None,
        keep_lower=asked,
        keep_high=keep_high,
    )


def _usage(reading: Reading, usual: Decimal | None, *, keep_high: bool) -> ReadCheck:
    """A usage (hours, pages): beyond `BEYOND_USE` times the meter's usual entry it is a
    misread unless confirmed, as a register's use far beyond its usual is."""
    if not usual or usual <= 0 or reading.value <= usual * BEYOND_USE:
        return ReadCheck(Verdict.ACCEPTED, reading)
    ratio = round(reading.value / usual, 1)
    values = {"used": trim(reading.value), "day": reading.read_on, "ratio": ratio}
    if keep_high:
        return ReadCheck(Verdict.WARNED, reading, (note(KEPT_BEYOND, **values),))
    return ReadCheck(Verdict.REJECTED, reading, (note(USAGE_BEYOND, **values),), why=Why.BEYOND)


def _register(
    meter: Meter,
    reading: Reading,
    before: Read,
    usual: Decimal | None,
    *,
    replace: bool,
    keep_lower: bool,
    keep_high: bool,
) -> ReadCheck:
    found = register_difference(before.value, reading.value, meter.digits)
    if found is None:
        values = {"value": trim(reading.value), "previous": trim(before.value), "day": before.on}
        if not keep_lower:
            return ReadCheck(
                Verdict.REJECTED, reading, (note(LOWER, **values),), before, why=Why.LOWER
            )
        kept = note(KEPT_LOWER, meter=meter.serial, **values)
        return ReadCheck(Verdict.WARNED, reading, (kept,), before, replaces=replace, why=Why.LOWER)
    difference, rolled = found
    notes = []
    if rolled:
        notes.append(
            note(ROLLED, meter=meter.serial, previous=trim(before.value), used=trim(difference))
        )
    days = (reading.read_on - before.on).days
    # Use and usual use both in register units: the multiplier scales both alike, so the
    # ratio is the meter's own (a ×10 meter is not ten times "above the usual").
    for finding in plausibility(meter.serial, difference, days, usual):
        if finding.check is Check.HIGH_USE:
            ratio = Decimal(str(finding.values["ratio"]))
            values = {"used": trim(difference), "day": before.on, "ratio": round(ratio, 1)}
            if ratio < BEYOND_USE:
                notes.append(note(HIGH, **values))
            elif keep_high:
                notes.append(note(KEPT_BEYOND, **values))
            else:
                return ReadCheck(
                    Verdict.REJECTED, reading, (note(BEYOND, **values),), before, why=Why.BEYOND
                )
    verdict = Verdict.WARNED if notes else Verdict.ACCEPTED
    return ReadCheck(verdict, reading, tuple(notes), before, difference, rolled, replace)


def _rejected(why: Why, said: Note) -> ReadCheck:
    return ReadCheck(Verdict.REJECTED, notes=(said,), why=why)


# Where a bill starts, and which meters go on one bill across a replacement.


def replaced_by(meter: Meter, meters: Sequence[Meter]) -> Meter | None:
    """The meter installed, for the same customer, on the day this one was removed."""
    if meter.removed_on is None:
        return None
    return next((m for m in meters if m is not meter and m.install_date == meter.removed_on), None)


def replacing(meter: Meter, meters: Sequence[Meter]) -> Meter | None:
    """The meter this one replaced, if any."""
    return next((m for m in meters if m is not meter and m.removed_on == meter.install_date), None)


def bill_start(
    meter: Meter, ended: tuple[date, Decimal] | None, history: Sequence[Reading]
) -> Read:
    """Where the next bill of a register starts: where the last one ended (its end day and
    value), or at the install read. Consecutive bills never overlap nor leave a gap."""
    if ended is None:
        return Read(meter.install_date, meter.install_read)
    on, value = ended
    kinds = {r.read_on: r.type for r in history}
    return Read(on, value, kinds.get(on, ReadType.ACTUAL))
