"""Tariffs in the database: versions, charges, taxes, assignments.

A charge's terms (all its fields but the label) are kept as JSON by their names in the
domain, decimals as written ("6.50" stays "6.50"): loading builds the domain objects
from them directly, without the tariff file's reader (its checks ran on import).
"""

import json
from collections.abc import Mapping, Sequence
from dataclasses import fields, is_dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, get_args, get_origin

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import NotFound
from ..domain.money import trim
from ..domain.periods import Period
from ..domain.tariffs import (
    CHARGE_CLASSES,
    Assignment,
    Charge,
    Tariff,
    TariffSummary,
    TariffVersion,
    Tax,
)
from .queries import Query
from .tables import (
    MeterRow,
    MeterTariffRow,
    TariffChargeRow,
    TariffRow,
    TariffTaxRow,
    TariffVersionRow,
)


class SqlTariffs:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, tariff: Tariff) -> None:
        row = TariffRow(
            name=tariff.name,
            currency=tariff.currency,
            unit=tariff.unit,
            period=tariff.period.value,
            translations=_json(tariff.translations),
            created_at=datetime.now(UTC),
        )
        self._session.add(row)
        self._session.flush()
        for version in tariff.versions:
            self._add_version(row.id, version)

    def add_version(self, name: str, version: TariffVersion) -> None:
        self._add_version(self._row(name).id, version)

    def set_translations(self, name: str, translations: Mapping[str, Mapping[str, str]]) -> None:
        self._row(name).translations = _json(translations)
        self._session.flush()

    def get(self, name: str) -> Tariff | None:
        row = self._session.scalars(select(TariffRow).where(TariffRow.name == name)).one_or_none()
        return None if row is None else self._tariff(row)

    def summaries(self, today: date) -> Sequence[TariffSummary]:
        current = self._current_assignments(today).subquery()
        counted = select(current.c.tariff_id, func.count()).group_by(current.c.tariff_id)
        meters = {tariff_id: n for tariff_id, n in self._session.execute(counted)}
        versions: dict[int, list[date]] = {}
        for tariff_id, valid_from in self._session.execute(
            select(TariffVersionRow.tariff_id, TariffVersionRow.valid_from).order_by(
                TariffVersionRow.valid_from
            )
        ):
            versions.setdefault(tariff_id, []).append(valid_from)
        rows = self._session.scalars(select(TariffRow).order_by(TariffRow.name))
        return [
            TariffSummary(
                r.name,
                r.currency,
                r.unit,
                Period(r.period),
                tuple(versions.get(r.id, ())),
                meters.get(r.id, 0),
            )
            for r in rows
        ]

    def assign(self, assignment: Assignment) -> None:
        meter_id = self._session.scalar(
            select(MeterRow.id).where(MeterRow.serial == assignment.meter_serial)
        )
        if meter_id is None:
            raise NotFound(what="meter", key=assignment.meter_serial)
        tariff_id = self._row(assignment.tariff).id
        row = MeterTariffRow(
            meter_id=meter_id, tariff_id=tariff_id, valid_from=assignment.valid_from
        )
        self._session.add(row)
        self._session.flush()

    def assignments(self, meter_serial: str) -> Sequence[Assignment]:
        query = (
            select(MeterRow.serial, TariffRow.name, MeterTariffRow.valid_from)
            .join(MeterRow, MeterTariffRow.meter_id == MeterRow.id)
            .join(TariffRow, MeterTariffRow.tariff_id == TariffRow.id)
            .where(MeterRow.serial == meter_serial)
            .order_by(MeterTariffRow.valid_from)
        )
        return [Assignment(*row) for row in self._session.execute(query)]

    def all_assignments(self) -> dict[str, list[Assignment]]:
        """Every meter's assignments, oldest first, in one query."""
        query = (
            select(MeterRow.serial, TariffRow.name, MeterTariffRow.valid_from)
            .join(MeterRow, MeterTariffRow.meter_id == MeterRow.id)
            .join(TariffRow, MeterTariffRow.tariff_id == TariffRow.id)
            .order_by(MeterRow.serial, MeterTariffRow.valid_from)
        )
        found: dict[str, list[Assignment]] = {}
        for serial, name, valid_from in self._session.execute(query):
            found.setdefault(serial, []).append(Assignment(serial, name, valid_from))
        return found

    def _current_assignments(self, today: date) -> Query:
        """The latest assignment, started by `today`, of each meter still in service."""
        latest = (
            select(MeterTariffRow.meter_id, func.max(MeterTariffRow.valid_from).label("since"))
            .where(MeterTariffRow.valid_from <= today)
            .group_by(MeterTariffRow.meter_id)
            .subquery()
        )
        in_service = (MeterRow.removed_on.is_(None)) | (MeterRow.removed_on > today)
        return (
            select(MeterTariffRow.tariff_id)
            .join(
                latest,
                (latest.c.meter_id == MeterTariffRow.meter_id)
                & (latest.c.since == MeterTariffRow.valid_from),
            )
            .join(MeterRow, MeterRow.id == MeterTariffRow.meter_id)
            .where(in_service)
        )

    def _row(self, name: str) -> TariffRow:
        row = self._session.scalars(select(TariffRow).where(TariffRow.name == name)).one_or_none()
        if row is None:
            raise NotFound(what="tariff", key=name)
        return row

    def _add_version(self, tariff_id: int, version: TariffVersion) -> None:
        row = TariffVersionRow(tariff_id=tariff_id, valid_from=version.valid_from)
        self._session.add(row)
        self._session.flush()
        self._session.add_all(
            TariffChargeRow(
                version_id=row.id,
                position=n,
                type=charge.type,
                label=charge.label,
                spec=_terms(charge),
            )
            for n, charge in enumerate(version.charges)
        )
        self._session.add_all(
            TariffTaxRow(version_id=row.id, position=n, name=tax.name, rate=tax.rate)
            for n, tax in enumerate(version.taxes)
        )
        self._session.flush()

    def _tariff(self, row: TariffRow) -> Tariff:
        """Two queries: every charge with its version's date, then every tax."""
        charges: dict[date, list[Charge]] = {}
        for valid_from, kind, label, spec in self._session.execute(
            select(
                TariffVersionRow.valid_from,
                TariffChargeRow.type,
                TariffChargeRow.label,
                TariffChargeRow.spec,
            )
            .join(TariffVersionRow, TariffChargeRow.version_id == TariffVersionRow.id)
            .where(TariffVersionRow.tariff_id == row.id)
            .order_by(TariffVersionRow.valid_from, TariffChargeRow.position)
        ):
            charges.setdefault(valid_from, []).append(_charge(kind, label, spec))
        taxes: dict[date, list[Tax]] = {}
        for valid_from, name, rate in self._session.execute(
            select(TariffVersionRow.valid_from, TariffTaxRow.name, TariffTaxRow.rate)
            .join(TariffVersionRow, TariffTaxRow.version_id == TariffVersionRow.id)
            .where(TariffVersionRow.tariff_id == row.id)
            .order_by(TariffVersionRow.valid_from, TariffTaxRow.position)
        ):
            taxes.setdefault(valid_from, []).append(Tax(name, trim(rate)))
        versions = tuple(
            TariffVersion(valid_from, tuple(listed), tuple(taxes.get(valid_from, ())))
            for valid_from, listed in charges.items()
        )
        return Tariff(
            row.name,
            row.currency,
            row.unit,
            Period(row.period),
            versions,
            json.loads(row.translations),
        )


def _json(translations: Mapping[str, Mapping[str, str]]) -> str:
    return json.dumps(translations, ensure_ascii=False, sort_keys=True)


def _terms(charge: Charge) -> str:
    """{"tiers": [{"up_to": "10", "unit_price": "0.50", "flat_fee": "0"}, …]}"""
    terms = {f.name: _plain(getattr(charge, f.name)) for f in fields(charge) if f.name != "label"}
    return json.dumps(terms, ensure_ascii=False)


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)  # as written: Decimal(str(value)) is the same decimal again
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value  # text, or None for an open tier


def _charge(kind: str, label: str, spec: str) -> Charge:
    charge: Charge = _built(CHARGE_CLASSES[kind], {**json.loads(spec), "label": label})
    return charge


def _built(cls: Any, terms: Mapping[str, Any]) -> Any:
    """`cls` from its fields' stored values, each read back as its annotation says."""
    return cls(**{f.name: _read(f.type, terms[f.name]) for f in fields(cls)})


def _read(kind: object, value: Any) -> Any:
    if value is None or kind is str:
        return value
    if get_origin(kind) is tuple:
        item = get_args(kind)[0]
        return tuple(_read(item, v) for v in value)
    if is_dataclass(kind):
        return _built(kind, value)
    return Decimal(value)
