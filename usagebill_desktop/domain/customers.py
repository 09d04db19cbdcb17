"""Customers: who is billed, in which language."""

import re
from dataclasses import dataclass
from enum import StrEnum

from .errors import InvalidValue
from .marks import N_
from .text import person_text

LANGUAGES = ("en", "es")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ACCOUNT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$")
_PHONE = re.compile(r"^\+?[0-9 ().-]{3,30}$")
ACCOUNT_WIDTH = 6  # automatic account numbers: 000001, 000002, …


class PaymentMethod(StrEnum):
    """How a customer pays; "" (not stated) for customers recorded before it was asked."""

    NOT_STATED = ""
    BANK_TRANSFER = "bank_transfer"
    DIRECT_DEBIT = "direct_debit"  # needs the IBAN to collect from
    CASH = "cash"
    CARD = "card"


@dataclass(frozen=True, slots=True)
class Customer:
    account: str
    name: str
    tax_id: str = ""
    address: str = ""  # where invoices go
    email: str = ""
    language: str = "es"
    active: bool = True
    phone: str = ""
    supply_address: str = ""  # where the supply is, when not at the billing address
    payment_method: PaymentMethod = PaymentMethod.NOT_STATED
    iban: str = ""  # compact: ES9121000418450200051332


def make_customer(
    *,
    account: str,
    name: str,
    tax_id: str = "",
    address: str = "",
    email: str = "",
    language: str = "es",
    active: bool = True,
    phone: str = "",
    supply_address: str = "",
    payment_method: str = "",
    iban: str = "",
) -> Customer:
    """A customer with surrounding spaces removed and its texts composed (`person_text`),
    or `InvalidValue` naming the field. Names may repeat: the account is the key. A supply
    address equal to the billing address is not kept; direct debit needs an IBAN."""
    account, language = account.strip(), language.strip().lower()
    name, tax_id = person_text("name", name), person_text("tax_id", tax_id)
    address, email = person_text("address", address, lines=True), person_text("email", email)
    phone = person_text("phone", phone)
    supply_address = person_text("supply_address", supply_address, lines=True)
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
    if phone and not _PHONE.match(phone):
        raise InvalidValue(field="phone", reason=N_("not a phone number"))
    method = _payment_method(payment_method)
    iban = compact_iban(iban)
    if iban:
        check_iban(iban)
    elif method is PaymentMethod.DIRECT_DEBIT:
        raise InvalidValue(field="iban", reason=N_("direct debit needs the IBAN"))
    supply_address = "" if supply_address == address else supply_address
    return Customer(
        account,
        name,
        tax_id.upper(),
        address,
        email,
        language,
        active,
        phone,
        supply_address,
        method,
        iban,
    )


def _payment_method(text: str) -> PaymentMethod:
    try:
        return PaymentMethod(text.strip().lower())
    except ValueError:
        choices = ", ".join(m.value for m in PaymentMethod if m.value)
        raise InvalidValue(
            field="payment_method", reason=N_("must be one of {choices}"), choices=choices
        ) from None


def compact_iban(text: str) -> str:
    """An IBAN as stored: capitals, no spaces ("es91 2100 …" → "ES912100…")."""
    return "".join(text.split()).upper()


def check_iban(iban: str) -> None:
    """ISO 13616: a country code, two check digits and up to 30 letters and digits, whose
    number (the first four moved to the end, A=10 … Z=35) leaves 1 divided by 97."""
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", iban):
        raise InvalidValue(field="iban", reason=N_("not an IBAN"))
    digits = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    if int(digits) % 97 != 1:
        raise InvalidValue(field="iban", reason=N_("the IBAN's check digits do not match"))


def grouped_iban(iban: str) -> str:
    """An IBAN as people read it: in groups of four."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def next_account(highest_numeric: int | None) -> str:
    """The account number after the highest numeric one in use."""
    return str((highest_numeric or 0) + 1).zfill(ACCOUNT_WIDTH)
