"""The dashboard's figures: how big the workspace is and how fresh its reads are."""

from dataclasses import dataclass

from ..domain.company import CompanyProfile
from .ports import OpenUnitOfWork


@dataclass(frozen=True, slots=True)
class Overview:
    company: CompanyProfile
    customers: int
    meters: int
    readings: int


def workspace_overview(open_uow: OpenUnitOfWork) -> Overview:
    with open_uow() as uow:
        return Overview(
            company=uow.company.get(),
            customers=uow.customers.count(),
            meters=uow.meters.count(),
            readings=uow.readings.count(),
        )
