"""The company profile: one row, or the empty profile before it is saved; and the
versions of it that issued documents print (`issuer_versions`)."""

import hashlib
import json
from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.company import CompanyProfile
from ..domain.issuer import Issuer
from .tables import CompanyRow, InvoiceRow, IssuerVersionRow


class SqlCompany:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> CompanyProfile:
        row = self._session.get(CompanyRow, 1)
        if row is None:
            return CompanyProfile()
        fields = CompanyProfile.__dataclass_fields__
        return CompanyProfile(**{name: getattr(row, name) for name in fields})

    def save(self, profile: CompanyProfile) -> None:
        row = self._session.get(CompanyRow, 1) or CompanyRow(id=1)
        for name, value in asdict(profile).items():
            setattr(row, name, value)
        self._session.add(row)
        self._session.flush()

    def keep(self, issuer: Issuer) -> int:
        """The id of the version that is exactly `issuer`, stored first if new: the same
        Settings give the same row, however many documents are issued with them."""
        content = issuer_content(issuer)
        digest = issuer_digest(content, issuer.logo)
        query = select(IssuerVersionRow.id).where(IssuerVersionRow.sha256 == digest)
        found = self._session.scalar(query)
        if found is not None:
            return found
        row = IssuerVersionRow(sha256=digest, content=content, logo=issuer.logo)
        self._session.add(row)
        self._session.flush()
        return row.id

    def issued_by(self, invoice_id: int) -> Issuer | None:
        """The issuer an issued document was issued with; None for a draft."""
        query = (
            select(IssuerVersionRow)
            .join(InvoiceRow, InvoiceRow.issuer_version_id == IssuerVersionRow.id)
            .where(InvoiceRow.id == invoice_id)
        )
        row = self._session.scalars(query).one_or_none()
        if row is None:
            return None
        content = json.loads(row.content)
        fields = CompanyProfile.__dataclass_fields__  # a field added later keeps its default
        profile = CompanyProfile(**{k: v for k, v in content["profile"].items() if k in fields})
        return Issuer(profile, content["language"], content["texts"], row.logo)


def issuer_content(issuer: Issuer) -> str:
    """The version's JSON, one spelling for one issuer (keys sorted, no spaces). Migration
    0012 writes the same shape for the documents issued before versions were kept."""
    content = {
        "profile": asdict(issuer.profile),
        "language": issuer.language,
        "texts": {
            language: {book: dict(texts) for book, texts in books.items()}
            for language, books in issuer.texts.items()
        },
    }
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def issuer_digest(content: str, logo: bytes) -> str:
    digest = hashlib.sha256(content.encode("utf-8"))
    digest.update(b"\0")
    digest.update(logo)
    return digest.hexdigest()
