"""Tariffs: import and export, create and give new prices, list, assign to meters, and
quote a bill."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..atomic_files import atomic_open
from ..domain.errors import AlreadyExists, InvalidValue, NotFound
from ..domain.marks import N_
from ..domain.meters import check_quantity
from ..domain.periods import Span
from ..domain.rating import Bill, in_language, rate
from ..domain.tariffs import (
    Assignment,
    GraduatedCharge,
    StairstepCharge,
    Tariff,
    TariffSummary,
    TariffVersion,
    VolumeCharge,
    check_tariff,
)
from ..exporters.tariff_file import tariff_json, tariff_to_document
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


def create_tariff(open_uow: OpenUnitOfWork, *, tariff: Tariff, actor: str = "operator") -> None:
    """A new tariff, checked by the domain's rules for tariffs (`check_tariff`), audited."""
    check_tariff(tariff)
    with open_uow(write=True) as uow:
        if uow.tariffs.get(tariff.name) is not None:
            raise AlreadyExists(what="tariff", key=tariff.name)
        uow.tariffs.add(tariff)
        uow.audit.record(actor, "create tariff", tariff.name, tariff_to_document(tariff))
        uow.commit()


def add_tariff_version(
    open_uow: OpenUnitOfWork,
    *,
    name: str,
    version: TariffVersion,
    translations: Mapping[str, Mapping[str, str]] | None = None,
    actor: str = "operator",
) -> Tariff:
    """New prices for a stored tariff from `version.valid_from` on: a version is added,
    never changed, so what was billed with the earlier ones stays as it was. With
    `translations`, they replace the tariff's (wording only). The tariff as it now is."""
    with open_uow(write=True) as uow:
        stored = uow.tariffs.get(name)
        if stored is None:
            raise NotFound(what="tariff", key=name)
        if any(v.valid_from == version.valid_from for v in stored.versions):
            raise InvalidValue(
                field="valid_from",
                reason=N_("another version from {day} is stored; new prices need a new date"),
                day=version.valid_from.isoformat(),
            )
        versions = sorted((*stored.versions, version), key=lambda v: v.valid_from)
        wording = stored.translations if translations is None else translations
        changed = Tariff(
            name, stored.currency, stored.unit, stored.period, tuple(versions), dict(wording)
        )
        check_tariff(changed)
        uow.tariffs.add_version(name, version)
        if wording != stored.translations:
            uow.tariffs.set_translations(name, wording)
        subject = f"{name} {version.valid_from.isoformat()}"
        uow.audit.record(actor, "add tariff version", subject, tariff_to_document(changed))
        uow.commit()
    return changed


def get_tariff(open_uow: OpenUnitOfWork, *, name: str) -> Tariff:
    with open_uow() as uow:
        tariff = uow.tariffs.get(name)
    if tariff is None:
        raise NotFound(what="tariff", key=name)
    return tariff


def export_tariff(open_uow: OpenUnitOfWork, *, name: str, path: Path) -> None:
    """Tariff `name` written to `path` as a tariff file (`usagebill.tariff/1`), all its
    versions: what `import_tariff` reads back. Whole or not at all."""
    text = tariff_json(get_tariff(open_uow, name=name))
    with atomic_open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


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


def quote_curve(
    tariff: Tariff, *, today: date, points: int = 120
) -> Sequence[tuple[Decimal, Decimal]]:
    """(quantity, total) over a range that shows the tariff's shape: up to half again its
    highest tier bound (or a hundred units), with a point on each bound and one just past
    it, so a volume tier's cliff shows as the jump it is. Totals are the quote's."""
    version = tariff.version_on(today)
    bounds = sorted(
        {
            bound
            for charge in version.charges
            for bound in (
                [t.up_to for t in charge.tiers]
                if isinstance(charge, GraduatedCharge | VolumeCharge)
                else [s.up_to for s in charge.steps]
                if isinstance(charge, StairstepCharge)
                else []
            )
            if bound is not None
        }
    )
    top = (bounds[-1] * 3 / 2).quantize(Decimal(1)) if bounds else Decimal(100)
    step = top / points
    quantities = {(step * i).quantize(_JUST_PAST) for i in range(points + 1)}
    quantities |= {b for b in bounds} | {b + _JUST_PAST for b in bounds}
    return [(q, rate(tariff, q, None, today=today).total) for q in sorted(quantities) if q <= top]


_JUST_PAST = Decimal("0.01")
