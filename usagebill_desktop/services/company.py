"""The provider's profile."""

from ..domain.company import CompanyProfile, check_profile
from .ports import OpenUnitOfWork


def get_company(open_uow: OpenUnitOfWork) -> CompanyProfile:
    with open_uow() as uow:
        return uow.company.get()


def save_company(open_uow: OpenUnitOfWork, *, profile: CompanyProfile) -> CompanyProfile:
    check_profile(profile)
    with open_uow(write=True) as uow:
        uow.company.save(profile)
        uow.commit()
    return profile
