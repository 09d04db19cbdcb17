"""The provider's profile."""

from dataclasses import asdict

from ..domain.company import CompanyProfile, check_profile
from .ports import OpenUnitOfWork


def get_company(open_uow: OpenUnitOfWork) -> CompanyProfile:
    with open_uow() as uow:
        return uow.company.get()


def save_company(
    open_uow: OpenUnitOfWork, *, profile: CompanyProfile, actor: str = "operator"
) -> CompanyProfile:
    """Save the profile; the audit log keeps what it was changed to, and by whom."""
    profile = check_profile(profile)  # its texts as they are kept (trimmed, NFC)
    with open_uow(write=True) as uow:
        uow.company.save(profile)
        uow.audit.record(actor, "settings", "company", asdict(profile))
        uow.commit()
    return profile
