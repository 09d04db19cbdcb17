"""A broken rule, a row note or a file's problem as one sentence in a given language.

The domain keeps these in parts (a field, a reason template, its values; a note's template
and values); this module is the one place that puts the parts together, translated through
the gettext catalogue (`texts.py`), the numbers and dates they carry written as that
language writes them (`texts.spoken`: "902,5", "28/11/2026" in Spanish). The window calls
it with its language (`ui/messages.py`), the command line with `--lang`'s.
"""

from .domain.errors import AlreadyExists, DomainError, InvalidValue, NotFound, StorageError
from .domain.imports import Note, RowNote, sentence
from .domain.marks import N_
from .domain.register import ReadRefused
from .texts import say as said
from .texts import spoken, texts

FIELDS = {
    "account": N_("Account number"),
    "amount": N_("Amount"),
    "name": N_("Name"),
    "tax_id": N_("Tax ID"),
    "email": N_("E-mail"),
    "language": N_("Language"),
    "address": N_("Address"),
    "phone": N_("Phone"),
    "supply_address": N_("Supply address"),
    "payment_method": N_("Payment method"),
    "iban": N_("IBAN"),
    "serial": N_("Serial number"),
    "kind": N_("Kind"),
    "unit": N_("Unit"),
    "digits": N_("Register digits"),
    "multiplier": N_("Multiplier"),
    "install_read": N_("Install read"),
    "install_date": N_("Install date"),
    "route_order": N_("Route order"),
    "value": N_("Reading"),
    "quantity": N_("Quantity"),
    "date": N_("Date"),
    "type": N_("Read type"),
    "currency": N_("Currency"),
    "payment_terms_days": N_("Payment terms"),
    "invoice_number_format": N_("Invoice number format"),
    "credit_note_number_format": N_("Credit note number format"),
    "database": N_("Database"),
    "paper_size": N_("Paper size"),
    "payment": N_("Payment"),
    "invoice": N_("Invoice"),
}

_EXISTS = {
    "customer": N_("There is already a customer with account number {key}."),
    "meter": N_("There is already a meter with serial number {key}."),
    "reading": N_("There is already a reading for {key}."),
    "assignment": N_("There is already a tariff assignment for {key}."),
    "tariff": N_("There is already a tariff called {key}."),
}
_MISSING = {
    "customer": N_("There is no customer with account number {key}."),
    "meter": N_("There is no meter with serial number {key}."),
    "tariff": N_("There is no tariff called {key}."),
    "invoice": N_("There is no invoice {key}."),
    "import": N_("There is no import {key}."),
    "payment": N_("There is no payment {key}."),
    "reading": N_("There is no reading for {key}."),
}


def error_sentence(error: DomainError, language: str) -> str:
    """A broken business rule as one sentence in `language`."""
    say = texts(language).gettext
    if isinstance(error, InvalidValue):
        field = say(FIELDS.get(error.field, error.field))
        return f"{field}: {reason_sentence(error, language)}"
    if isinstance(error, AlreadyExists) and error.what in _EXISTS:
        return say(_EXISTS[error.what]).format(key=error.key)
    if isinstance(error, NotFound) and error.what in _MISSING:
        return say(_MISSING[error.what]).format(key=error.key)
    if isinstance(error, ReadRefused):
        return note_sentence(error.note, language)
    if isinstance(error, StorageError):
        return said(language, error.reason, **error.values)
    return str(error)


def reason_sentence(error: InvalidValue, language: str) -> str:
    """Why a value was refused, without the field's name: for a form that says it beside
    the field itself."""
    return said(language, error.reason, **error.values)


def note_sentence(note: RowNote | Note, language: str) -> str:
    """A note on a read, an import's row or a file that cannot be read, in `language`."""
    say = texts(language).gettext

    def field(name: str) -> str:
        return say(FIELDS.get(name, name))

    def value(value: object) -> object:
        return spoken(value, language)

    return sentence(note.template, note.values, say, field, value)
