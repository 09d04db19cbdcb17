"""The company profile: one row, or the empty profile before it is saved."""

from dataclasses import asdict

from sqlalchemy.orm import Session

from ..domain.company import CompanyProfile
from .tables import CompanyRow


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
