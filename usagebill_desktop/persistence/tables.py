"""The schema. Migrations in `migrations/` must produce exactly this (checked by tests)."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import ScaledDecimal, UtcDateTime

# Stable constraint names, so batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

QUANTITY = ScaledDecimal(4)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CompanyRow(Base):
    """One row (id 1): the provider's profile."""

    __tablename__ = "company"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    logo_path: Mapped[str] = mapped_column(Text, default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    iban: Mapped[str] = mapped_column(String(60), default="")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    locale: Mapped[str] = mapped_column(String(20), default="es_ES")
    invoice_number_format: Mapped[str] = mapped_column(String(60))
    credit_note_number_format: Mapped[str] = mapped_column(String(60))
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    invoice_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    invoice_footer: Mapped[str] = mapped_column(Text, default="", server_default="")
    paper_size: Mapped[str] = mapped_column(String(10), default="A4", server_default="A4")
    compare_with_peers: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class SettingRow(Base):
    """Free-form preferences (key → text) that do not deserve a column."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CustomerRow(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    # fold(name): sorting and searching ignore accents and case on every database.
    name_key: Mapped[str] = mapped_column(String(200), index=True, server_default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(5), default="es")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Migration 0016: how to reach them, where the supply is, how they pay.
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    supply_address: Mapped[str] = mapped_column(Text, default="", server_default="")
    payment_method: Mapped[str] = mapped_column(String(20), default="", server_default="")
    iban: Mapped[str] = mapped_column(String(34), default="", server_default="")


class MeterRow(Base):
    __tablename__ = "meters"
    __table_args__ = (
        CheckConstraint("kind IN ('cumulative', 'interval')", name="kind"),
        CheckConstraint("multiplier > 0", name="multiplier_positive"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    unit: Mapped[str] = mapped_column(String(16))
    register_digits: Mapped[int | None] = mapped_column(Integer)
    multiplier: Mapped[Decimal] = mapped_column(QUANTITY)
    install_read: Mapped[Decimal] = mapped_column(QUANTITY)
    installed_on: Mapped[date] = mapped_column(Date)
    removed_on: Mapped[date | None] = mapped_column(Date)
    route_order: Mapped[int | None] = mapped_column(Integer)


class ReadingRow(Base):
    __tablename__ = "readings"
    __table_args__ = (
        CheckConstraint("type IN ('actual', 'estimated', 'customer')", name="type"),
        Index("ix_readings_meter_date", "meter_id", "read_on"),
        # The readings list pages through this index (newest first) without sorting.
        Index("ix_readings_date", "read_on", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meter_id: Mapped[int] = mapped_column(ForeignKey("meters.id"))
    read_on: Mapped[date] = mapped_column(Date)
    value: Mapped[Decimal] = mapped_column(QUANTITY)
    type: Mapped[str] = mapped_column(String(10), default="actual")
    source: Mapped[str] = mapped_column(String(40), default="manual")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("imports.id"), index=True)


class TariffRow(Base):
    __tablename__ = "tariffs"
    __table_args__ = (CheckConstraint("period IN ('month', 'quarter', 'year')", name="period"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    currency: Mapped[str] = mapped_column(String(3))
    unit: Mapped[str] = mapped_column(String(16))
    period: Mapped[str] = mapped_column(String(10))
    # JSON: language → {label or unit as written → its translation} (migration 0009).
    translations: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TariffVersionRow(Base):
    __tablename__ = "tariff_versions"
    __table_args__ = (UniqueConstraint("tariff_id", "valid_from"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariffs.id"))
    valid_from: Mapped[date] = mapped_column(Date)


class TariffChargeRow(Base):
    """One charge of a version, in rating order. `spec` is its terms, all its fields but
    the label, by their domain names (JSON, decimals as written; migration 0011), so a
    tariff loads without the file reader and exports exactly as it was imported."""

    __tablename__ = "tariff_charges"
    __table_args__ = (UniqueConstraint("version_id", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("tariff_versions.id"))
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(200))
    spec: Mapped[str] = mapped_column(Text)


class TariffTaxRow(Base):
    __tablename__ = "tariff_taxes"
    __table_args__ = (UniqueConstraint("version_id", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("tariff_versions.id"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))
    rate: Mapped[Decimal] = mapped_column(ScaledDecimal(8))  # percent: 5.11269632


class MeterTariffRow(Base):
    """Which tariff rates a meter, from a date on (until the next assignment)."""

    __tablename__ = "meter_tariffs"
    __table_args__ = (UniqueConstraint("meter_id", "valid_from"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meter_id: Mapped[int] = mapped_column(ForeignKey("meters.id"))
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariffs.id"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)


MONEY = ScaledDecimal(4)  # amounts: cents, and mills for the few currencies that have them
PRICE = ScaledDecimal(8)  # unit prices and rates: 0.1450 €/kWh, 5.11269632 %


class IssuerVersionRow(Base):
    """The issuer as an issued document prints it, content-addressed: one row per distinct
    profile, language, label texts and logo, shared by every document issued with it.
    Triggers (migration 0012) refuse changing or deleting a row an issued document uses."""

    __tablename__ = "issuer_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of content and logo
    content: Mapped[str] = mapped_column(Text)  # JSON: profile, language, texts
    logo: Mapped[bytes] = mapped_column(LargeBinary)


class InvoiceRow(Base):
    """An invoice or credit note. Once issued, triggers (migrations 0006, 0012) refuse any
    change but voiding by a credit note; the customer's details are a copy taken at issue,
    the issuer's a version (`issuer_versions`) taken at issue."""

    __tablename__ = "invoices"
    __table_args__ = (
        CheckConstraint("kind IN ('invoice', 'credit_note')", name="kind"),
        CheckConstraint("state IN ('draft', 'issued', 'void')", name="state"),
        CheckConstraint("state = 'draft' OR number IS NOT NULL", name="issued_numbered"),
        UniqueConstraint("series", "year", "seq"),
        Index("ix_invoices_period", "period_start", "period_end"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    state: Mapped[str] = mapped_column(String(8))
    series: Mapped[str | None] = mapped_column(String(60))
    year: Mapped[int | None] = mapped_column(Integer)
    seq: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(60), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    customer_account: Mapped[str] = mapped_column(String(32))
    customer_name: Mapped[str] = mapped_column(String(200))
    customer_tax_id: Mapped[str] = mapped_column(String(40))
    customer_address: Mapped[str] = mapped_column(Text)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    subtotal: Mapped[Decimal] = mapped_column(MONEY)
    tax_total: Mapped[Decimal] = mapped_column(MONEY)
    total: Mapped[Decimal] = mapped_column(MONEY)
    issue_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    credited_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Set when issued (a draft follows Settings): who issued it, as printed. An
    # `issuer_versions` id; no foreign key, see migration 0012 (its triggers keep the row).
    issuer_version_id: Mapped[int | None] = mapped_column(Integer)
    # Set when an invoice is issued: its usage section's numbers as compared then (JSON,
    # `usage_repository.kept_json`), so a reprint says what was known. Frozen (0014).
    kept_usage: Mapped[str | None] = mapped_column(Text)


class InvoiceMeterRow(Base):
    """A meter's block on an invoice. `end_on`/`end_value` are where its next bill starts."""

    __tablename__ = "invoice_meters"
    __table_args__ = (
        UniqueConstraint("invoice_id", "position"),
        Index("ix_invoice_meters_meter", "meter_serial", "end_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    position: Mapped[int] = mapped_column(Integer)
    meter_serial: Mapped[str] = mapped_column(String(40))
    unit: Mapped[str] = mapped_column(String(16))
    tariff: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    end_value: Mapped[Decimal | None] = mapped_column(QUANTITY)
    detail: Mapped[str] = mapped_column(Text)  # JSON: segments with their reads, warnings


class InvoiceLineRow(Base):
    __tablename__ = "invoice_lines"
    __table_args__ = (UniqueConstraint("invoice_id", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    position: Mapped[int] = mapped_column(Integer)
    meter_serial: Mapped[str] = mapped_column(String(40))
    charge: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[Decimal | None] = mapped_column(QUANTITY)
    unit_price: Mapped[Decimal | None] = mapped_column(PRICE)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    detail: Mapped[str] = mapped_column(Text)  # JSON: how the amount came about


class InvoiceTaxRow(Base):
    __tablename__ = "invoice_taxes"
    __table_args__ = (UniqueConstraint("invoice_id", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))
    rate: Mapped[Decimal] = mapped_column(PRICE)
    base: Mapped[Decimal] = mapped_column(MONEY)
    amount: Mapped[Decimal] = mapped_column(MONEY)


class PaymentRow(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    method: Mapped[str] = mapped_column(String(40), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Append-only (triggers): a mistaken payment is undone by a reversal, a negative row
    # naming the one it reverses, with the reason.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), default=None)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class AuditRow(Base):
    """Append-only (triggers refuse UPDATE and DELETE): who did what, when; chained, each
    entry holding the previous entry's hash and its own (`domain/audit.py`)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(100))
    data: Mapped[str] = mapped_column(Text)  # JSON
    previous_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64))


class ImportRow(Base):
    """A file that was imported: what it held and what became of its rows."""

    __tablename__ = "imports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # readings, customers
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    accepted: Mapped[int] = mapped_column(Integer)
    duplicates: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)
    warnings: Mapped[int] = mapped_column(Integer)
    rejected: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # "pending" while an import writes its rows a chunk at a time (none of them is seen
    # until the last chunk makes it "done"), migration 0015.
    state: Mapped[str] = mapped_column(String(10), default="done", server_default="done")
