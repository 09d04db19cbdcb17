"""An issued document keeps the issuer it was issued with: `issuer_versions` holds each
distinct issuer (the company profile, the document's language, every text its PDF says
in every language, the logo's bytes) once, content-addressed by SHA-256, and
`invoices.issuer_version_id` names the one an invoice or credit note was issued with.

Documents issued before this revision were never kept with their issuer: each gets the
best available knowledge, the Settings at upgrade time (the company row, the logo file
as it is then, the texts of the app that upgrades) in its customer's language.

Triggers keep it so: a version an issued document uses cannot be changed or deleted, and
an issued invoice's `issuer_version_id` cannot change (`invoices_issuer_frozen`, beside
0006's `invoices_issued_frozen`, which is set aside while the versions are written: it
refuses any change to a void invoice). SQLite and PostgreSQL alike
for `issuer_versions`. The column is added in place, without a foreign key: adding or
dropping a foreign key rebuilds the invoices table on SQLite, which a downgrade with
foreign keys on cannot do; the version a document names cannot go (the triggers), and
only issuing writes it.

This migration keeps its own copy of the version's shape (`_content`): it must write the
rows of its time whatever the code later becomes. The label texts are the app's own.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28
"""

import hashlib
import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

KEPT = "the issuer of an issued document cannot be changed"
FROZEN = "issued invoices cannot be changed; issue a credit note instead"  # 0006's words
GUARD = "invoices_issued_frozen"  # 0006's: refuses any change to a void invoice
TRIGGERS = ("invoices_issuer_frozen", "issuer_versions_update_kept", "issuer_versions_delete_kept")
LANGUAGES = ("es", "en")  # the languages a customer may have at this revision
USED = "EXISTS (SELECT 1 FROM invoices WHERE issuer_version_id = OLD.id AND state != 'draft')"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "issuer_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuer_versions")),
        sa.UniqueConstraint("sha256", name=op.f("uq_issuer_versions_sha256")),
    )
    op.add_column("invoices", sa.Column("issuer_version_id", sa.Integer(), nullable=True))
    guard = None
    if dialect == "sqlite":  # 0006's guard set aside while the versions are written
        found = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"
        guard = op.get_bind().execute(sa.text(found), {"name": GUARD}).scalar()
        op.execute(f"DROP TRIGGER IF EXISTS {GUARD}")
    _version_issued_invoices()
    if guard is not None:
        op.execute(guard)
    if dialect == "sqlite":
        op.execute(
            f"""CREATE TRIGGER invoices_issuer_frozen BEFORE UPDATE OF issuer_version_id
            ON invoices WHEN OLD.state != 'draft'
            AND NEW.issuer_version_id IS NOT OLD.issuer_version_id
            BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END"""
        )
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"""CREATE TRIGGER issuer_versions_{event.lower()}_kept BEFORE {event}
                ON issuer_versions WHEN {USED} BEGIN SELECT RAISE(ABORT, '{KEPT}'); END"""
            )
    elif dialect == "postgresql":
        op.execute(
            f"""CREATE FUNCTION issuer_versions_kept() RETURNS trigger AS $$
            BEGIN
                IF {USED} THEN RAISE EXCEPTION '{KEPT}'; END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END $$ LANGUAGE plpgsql"""
        )
        op.execute(
            """CREATE TRIGGER issuer_versions_kept BEFORE UPDATE OR DELETE ON issuer_versions
            FOR EACH ROW EXECUTE FUNCTION issuer_versions_kept()"""
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS issuer_versions_kept ON issuer_versions")
        op.execute("DROP FUNCTION IF EXISTS issuer_versions_kept()")
    op.drop_column("invoices", "issuer_version_id")  # SQLite 3.35+: no rebuild
    op.drop_table("issuer_versions")


def _version_issued_invoices() -> None:
    """Every issued or void document gets the Settings of now, in its customer's language."""
    bind = op.get_bind()
    issued = bind.execute(sa.text("SELECT count(*) FROM invoices WHERE state != 'draft'"))
    if not issued.scalar():
        return
    company = sa.Table("company", sa.MetaData(), autoload_with=bind)
    row = bind.execute(sa.select(company).where(company.c.id == 1)).mappings().one_or_none()
    profile = {k: v for k, v in (row or {}).items() if k != "id"}  # none saved: defaults
    logo = _logo(str(profile.get("logo_path") or ""))
    versions = {language: _version(profile, language, logo) for language in LANGUAGES}
    bind.execute(
        sa.text(
            "UPDATE invoices SET issuer_version_id = CASE (SELECT language FROM customers"
            " WHERE customers.id = invoices.customer_id) WHEN 'en' THEN :en ELSE :es END"
            " WHERE state != 'draft'"
        ),
        versions,
    )


def _version(profile: dict[str, Any], language: str, logo: bytes) -> int:
    from usagebill_desktop.exporters.invoice_pdf import document_texts  # the app's now

    texts = {other: document_texts(other) for other in LANGUAGES}
    content = _content(profile, language, texts)
    digest = hashlib.sha256(content.encode("utf-8"))
    digest.update(b"\0")
    digest.update(logo)
    sha256 = digest.hexdigest()
    bind = op.get_bind()
    found = bind.execute(
        sa.text("SELECT id FROM issuer_versions WHERE sha256 = :sha256"), {"sha256": sha256}
    ).scalar()
    if found is not None:
        return int(found)
    bind.execute(
        sa.text(
            "INSERT INTO issuer_versions (sha256, content, logo) VALUES (:sha256, :content, :logo)"
        ),
        {"sha256": sha256, "content": content, "logo": logo},
    )
    return int(
        bind.execute(
            sa.text("SELECT id FROM issuer_versions WHERE sha256 = :sha256"), {"sha256": sha256}
        ).scalar_one()
    )


def _content(profile: dict[str, Any], language: str, texts: dict[str, Any]) -> str:
    """The version's JSON as the app writes it at this revision (keys sorted, no spaces)."""
    content = {"profile": profile, "language": language, "texts": texts}
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _logo(path: str) -> bytes:
    try:
        return Path(path).read_bytes() if path else b""
    except OSError:
        return b""
