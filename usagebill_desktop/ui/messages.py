"""Business-rule errors and import notes said in the window's language.

The domain raises errors in parts (field, reason template, values); this module
translates each part through the gettext catalogue (`texts.py`), where the reasons and
notes are collected from the marks beside them (`N_`).
"""

from ..domain.errors import AlreadyExists, DomainError, InvalidValue, NotFound, StorageError
from ..domain.imports import Note, RowNote
from ..domain.marks import N_
from ..domain.register import ReadRefused
from ..texts import texts
from .i18n import window_language

FIELDS = {
    "account": N_("Account number"),
    "name": N_("Name"),
    "tax_id": N_("Tax ID"),
    "email": N_("E-mail"),
    "language": N_("Language"),
    "address": N_("Address"),
    "serial": N_("Serial number"),
    "kind": N_("Kind"),
    "unit": N_("Unit"),
    "digits": N_("Register digits"),
    "multiplier": N_("Multiplier"),
    "install_read": N_("Install read"),
    "value": N_("Reading"),
    "date": N_("Date"),
    "type": N_("Read type"),
    "currency": N_("Currency"),
    "payment_terms_days": N_("Payment terms"),
    "invoice_number_format": N_("Invoice number format"),
    "credit_note_number_format": N_("Credit note number format"),
    "database": N_("Database"),
    "paper_size": N_("Paper size"),
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
}


def _tr(text: str) -> str:
    return texts(window_language()).gettext(text)


def error_text(error: DomainError) -> str:
    """One sentence for the user, in the window's language."""
    if isinstance(error, InvalidValue):
        field = _tr(FIELDS.get(error.field, error.field))
        reason = _tr(error.reason).format(**error.values)
        return f"{field}: {reason}"
    if isinstance(error, AlreadyExists) and error.what in _EXISTS:
        return _tr(_EXISTS[error.what]).format(key=error.key)
    if isinstance(error, NotFound) and error.what in _MISSING:
        return _tr(_MISSING[error.what]).format(key=error.key)
    if isinstance(error, ReadRefused):
        return note_text(error.note)
    if isinstance(error, StorageError):
        return _tr(error.reason)
    return str(error)


def failure_text(error: BaseException) -> str:
    """Why some work failed: a broken rule in the window's language; anything else (a full
    disk, a damaged file) in the words it came with, as there is no rule to translate."""
    if isinstance(error, DomainError):
        return error_text(error)
    return str(error) or type(error).__name__


def note_text(note: RowNote | Note) -> str:
    """A note on a read or an import's row, in the window's language."""
    values = dict(note.values)
    if "reason" in values:
        values["reason"] = _tr(values["reason"]).format(**values)
        values["field"] = _tr(FIELDS.get(values["field"], values["field"]))
    return _tr(note.template).format(**values)
