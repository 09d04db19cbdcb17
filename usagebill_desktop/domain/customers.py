"""Customers: who is billed, in which language."""

import re
from dataclasses import dataclass

from .errors import InvalidValue
from .marks import N_
from .text import person_text

LANGUAGES = ("en", "es")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ACCOUNT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$")
ACCOUNT_WIDTH = 6  # automatic account numbers: 000001, 000002, …


@dataclass(frozen=True, slots=True)
class Customer:
    account: str
    name: str
    tax_id: str = ""
    address: str = ""
    email: str = ""
    language: str = "es"
    active: bool = True


def make_customer(
    *,
    account: str,
    name: str,
    tax_id: str = "",
    address: str = "",
    email: str = "",
    language: str = "es",
    active: bool = True,
) -> Customer:
    """A customer with surrounding spaces removed and its texts composed (`person_text`),
    or `InvalidValue` naming the field. Names may repeat: the account is the key."""
    account, language = account.strip(), language.strip().lower()
    name, tax_id = person_text("name", name), person_text("tax_id", tax_id)
    address, email = person_text("address", address, lines=True), person_text("email", email)
    if not _ACCOUNT.match(account):
        raise InvalidValue(field="account", reason=N_("use 1–32 letters, digits, . _ / -"))
    if not name:
        raise InvalidValue(field="name", reason=N_("required"))
    if len(name) > 200:
        raise InvalidValue(field="name", reason=N_("at most 200 characters"))
    if email and not _EMAIL.match(email):
        raise InvalidValue(field="email", reason=N_("not an e-mail address"))
    if language not in LANGUAGES:
        raise InvalidValue(
            field="language", reason=N_("must be one of {choices}"), choices=", ".join(LANGUAGES)
        )
    return Customer(account, name, tax_id.upper(), address, email, language, active)


def next_account(highest_numeric: int | None) -> str:
    """The account number after the highest numeric one in use."""
    return str((highest_numeric or 0) + 1).zfill(ACCOUNT_WIDTH)
