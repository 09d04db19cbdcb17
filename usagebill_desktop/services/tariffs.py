"""Tariffs: import and export, list, assign to meters, and quote a bill."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain.errors import AlreadyExists, InvalidValue, NotFound
from ..domain.marks import N_
from ..domain.meters import check_quantity
from ..domain.periods import Span
from ..domain.rating import Bill, in_language, rate
from ..domain.tariffs import Assignment, Tariff, TariffSummary
from .ports import OpenUnitOfWork


@dataclass(frozen=True, slots=True)
class TariffImport:
    name: str
    added: tuple[date, ...]  # valid_from of the versions added
    unchanged: tuple[date, ...]  # versions already there, identical
    reworded: bool = False  # the translations changed (future invoices' wording)


def import_tariff(open_uow: OpenUnitOfWork, *, tariff: Tariff) -> TariffImport:
    """Add a tariff, or the new versions of one already there (a yearly price change).

    A version already stored under the same date must be identical: prices that were
    billed are never changed in place; give the new prices their own valid_from.
    """
    with open_uow(write=True) as uow:
        stored = uow.tariffs.get(tariff.name)
        if stored is None:
            uow.tariffs.add(tariff)
            uow.commit()
            return TariffImport(tariff.name, tuple(v.valid_from for v in tariff.versions), ())
        for field in ("currency", "unit", "period"):
            if getattr(stored, field) != getattr(tariff, field):
                raise InvalidValue(
                    field=field,
                    reason=N_("differs from the stored tariff ({stored})"),
                    stored=getattr(stored, field),
                )
        known = {v.valid_from: v for v in stored.versions}
        added, unchanged = [], []
        for version in tariff.versions:
            if version.valid_from not in known:
                uow.tariffs.add_version(tariff.name, version)
                added.append(version.valid_from)
            elif known[version.valid_from] == version:
                unchanged.append(version.valid_from)
            else:
                raise InvalidValue(
                    field="valid_from",
                    reason=N_("another version from {day} is stored; new prices need a new date"),
                    day=version.valid_from.isoformat(),
                )
        # Wording only, never prices: the file's translations are the latest.
        languages = stored.translations.keys() | tariff.translations.keys()
        merged = {
            language: {
                **stored.translations.get(language, {}),
                **tariff.translations.get(language, {}),
            }
            for language in languages
        }
        reworded = merged != stored.translations
        if reworded:
            uow.tariffs.set_translations(tariff.name, merged)
        uow.commit()
    return TariffImport(tariff.name, tuple(added), tuple(unchanged), reworded)


def get_tariff(open_uow: OpenUnitOfWork, *, name: str) -> Tariff:
    with open_uow() as uow:
        tariff = uow.tariffs.get(name)
    if tariff is None:
        raise NotFound(what="tariff", key=name)
    return tariff


def list_tariffs(open_uow: OpenUnitOfWork, *, today: date) -> Sequence[TariffSummary]:
    with open_uow() as uow:
        return uow.tariffs.summaries(today)


def assign_tariff(
    open_uow: OpenUnitOfWork, *, meter: str, tariff: str, valid_from: date
) -> Assignment:
    """From `valid_from` on, `meter` is rated with `tariff` (until its next assignment)."""
    assignment = Assignment(meter, tariff, valid_from)
    with open_uow(write=True) as uow:
        if uow.meters.get(meter) is None:
            raise NotFound(what="meter", key=meter)
        if uow.tariffs.get(tariff) is None:
            raise NotFound(what="tariff", key=tariff)
        if any(a.valid_from == valid_from for a in uow.tariffs.assignments(meter)):
            raise AlreadyExists(what="assignment", key=f"{meter} {valid_from.isoformat()}")
        uow.tariffs.assign(assignment)
        uow.commit()
    return assignment


def meter_assignments(open_uow: OpenUnitOfWork, *, meter: str) -> Sequence[Assignment]:
    with open_uow() as uow:
        return uow.tariffs.assignments(meter)


def quote(
    tariff: Tariff,
    *,
    quantity: Decimal,
    span: Span | None = None,
    today: date,
    language: str | None = None,
) -> Bill:
    """What `quantity` would cost under `tariff`: over `span`, or one whole period; with
    `language`, its name, labels and unit as a reader of that language says them."""
    check_quantity("quantity", quantity)
    bill = rate(tariff, quantity, span, today=today)
    return bill if language is None else in_language(bill, tariff, language)
