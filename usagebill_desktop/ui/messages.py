"""Business-rule errors said in the user's language.

The domain raises errors in parts (field, reason template, values); this module
translates each part. Every reason the domain can give is listed here so that
lupdate collects it (a test checks the list is complete).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.errors import AlreadyExists, DomainError, InvalidValue, NotFound, StorageError
from ..domain.imports import Note, RowNote
from ..domain.register import ReadRefused

FIELDS = {
    "account": QT_TRANSLATE_NOOP("Fields", "Account number"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "tax_id": QT_TRANSLATE_NOOP("Fields", "Tax ID"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "serial": QT_TRANSLATE_NOOP("Fields", "Serial number"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "digits": QT_TRANSLATE_NOOP("Fields", "Register digits"),
    "multiplier": QT_TRANSLATE_NOOP("Fields", "Multiplier"),
    "install_read": QT_TRANSLATE_NOOP("Fields", "Install read"),
    "value": QT_TRANSLATE_NOOP("Fields", "Reading"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "type": QT_TRANSLATE_NOOP("Fields", "Read type"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "payment_terms_days": QT_TRANSLATE_NOOP("Fields", "Payment terms"),
    "invoice_number_format": QT_TRANSLATE_NOOP("Fields", "Invoice number format"),
    "credit_note_number_format": QT_TRANSLATE_NOOP("Fields", "Credit note number format"),
    "database": QT_TRANSLATE_NOOP("Fields", "Database"),
    "paper_size": QT_TRANSLATE_NOOP("Fields", "Paper size"),
}

REASONS = (
    QT_TRANSLATE_NOOP("Rules", "a three-letter ISO code such as EUR"),
    QT_TRANSLATE_NOOP("Rules", "a two-letter language code such as en"),
    QT_TRANSLATE_NOOP("Rules", "A4 or Letter"),
    QT_TRANSLATE_NOOP("Rules", "already undone"),
    QT_TRANSLATE_NOOP("Rules", "{meter} on {day} is already invoiced"),
    QT_TRANSLATE_NOOP("Rules", "more than is outstanding ({outstanding})"),
    QT_TRANSLATE_NOOP("Rules", "more than remains creditable ({remaining})"),
    QT_TRANSLATE_NOOP("Rules", "part is already credited: give an amount, at most {remaining}"),
    QT_TRANSLATE_NOOP("Rules", "{number} is not an issued invoice"),
    QT_TRANSLATE_NOOP("Rules", "after the meter was removed"),
    QT_TRANSLATE_NOOP("Rules", "in the future"),
    QT_TRANSLATE_NOOP("Rules", "only register meters can be estimated"),
    QT_TRANSLATE_NOOP("Rules", "not enough readings to estimate from"),
    QT_TRANSLATE_NOOP("Rules", "{number} is already issued"),
    QT_TRANSLATE_NOOP("Rules", "give --period, or both --from and --to"),
    QT_TRANSLATE_NOOP("Rules", "this meter was already removed"),
    QT_TRANSLATE_NOOP("Rules", "a date such as 2026-01-01"),
    QT_TRANSLATE_NOOP("Rules", "a minimum must follow the charges it tops up"),
    QT_TRANSLATE_NOOP("Rules", "a percentage must follow the charges it is of"),
    QT_TRANSLATE_NOOP("Rules", "another version from {day} is stored; new prices need a new date"),
    QT_TRANSLATE_NOOP("Rules", "differs from the stored tariff ({stored})"),
    QT_TRANSLATE_NOOP("Rules", "give both dates, or neither"),
    QT_TRANSLATE_NOOP("Rules", "must be a list"),
    QT_TRANSLATE_NOOP("Rules", "must be a non-empty list"),
    QT_TRANSLATE_NOOP("Rules", "must be an object {{…}}"),
    QT_TRANSLATE_NOOP("Rules", "must be month, quarter or year"),
    QT_TRANSLATE_NOOP("Rules", "must be {expected}"),
    QT_TRANSLATE_NOOP("Rules", "no such file"),
    QT_TRANSLATE_NOOP("Rules", "not a UTF-8 text file"),
    QT_TRANSLATE_NOOP("Rules", "not the name, unit or a charge label of this tariff"),
    QT_TRANSLATE_NOOP("Rules", "not a number: {value}"),
    QT_TRANSLATE_NOOP("Rules", "not valid JSON ({problem}, line {line})"),
    QT_TRANSLATE_NOOP("Rules", "only the last tier may have no up_to"),
    QT_TRANSLATE_NOOP("Rules", "required (null for the last tier)"),
    QT_TRANSLATE_NOOP("Rules", "required text"),
    QT_TRANSLATE_NOOP("Rules", "the end is before the start"),
    QT_TRANSLATE_NOOP("Rules", "the last tier must have up_to null"),
    QT_TRANSLATE_NOOP("Rules", "unknown field (allowed: {allowed})"),
    QT_TRANSLATE_NOOP("Rules", "up_to must be above zero"),
    QT_TRANSLATE_NOOP("Rules", "up_to {value} is not above the previous {previous}"),
    QT_TRANSLATE_NOOP("Rules", "valid_from dates must rise, each once"),
    QT_TRANSLATE_NOOP("Rules", 'write decimals as strings, e.g. "0.90"'),
    QT_TRANSLATE_NOOP("Rules", "{label} is not an earlier charge"),
    QT_TRANSLATE_NOOP("Rules", "{label} is used by an earlier charge"),
    QT_TRANSLATE_NOOP("Rules", "at most 200 characters"),
    QT_TRANSLATE_NOOP("Rules", "at most {places} decimals"),
    QT_TRANSLATE_NOOP("Rules", "before the meter was installed"),
    QT_TRANSLATE_NOOP("Rules", "between 0 and 365 days"),
    QT_TRANSLATE_NOOP("Rules", "does not fit in {digits} digits"),
    QT_TRANSLATE_NOOP("Rules", "interval meters have no register"),
    QT_TRANSLATE_NOOP("Rules", "must be actual, estimated or customer (A/E/C)"),
    QT_TRANSLATE_NOOP("Rules", "must be between 1 and {most}"),
    QT_TRANSLATE_NOOP("Rules", "must be cumulative or interval"),
    QT_TRANSLATE_NOOP("Rules", "must be greater than zero"),
    QT_TRANSLATE_NOOP("Rules", "must be one of {choices}"),
    QT_TRANSLATE_NOOP("Rules", "must contain {{seq}}"),
    QT_TRANSLATE_NOOP("Rules", "must not be negative"),
    QT_TRANSLATE_NOOP("Rules", "not an e-mail address"),
    QT_TRANSLATE_NOOP("Rules", "required"),
    QT_TRANSLATE_NOOP("Rules", "required, at most 16 characters"),
    QT_TRANSLATE_NOOP("Rules", "required, at most 40 characters"),
    QT_TRANSLATE_NOOP("Rules", "the demo needs an empty workspace"),
    QT_TRANSLATE_NOOP("Rules", "use 1–32 letters, digits, . _ / -"),
    QT_TRANSLATE_NOOP("Rules", "use {{year}} and {{seq}}, e.g. F-{{year}}-{{seq:05d}}"),
    QT_TRANSLATE_NOOP("Rules", "the data file is damaged or is not a usagebill database"),
    QT_TRANSLATE_NOOP("Rules", "the data file is locked by another program"),
    QT_TRANSLATE_NOOP("Rules", "the data file cannot be opened"),
    QT_TRANSLATE_NOOP("Rules", "the disk is full"),
    QT_TRANSLATE_NOOP("Rules", "the data file is read-only"),
)

_EXISTS = {
    "customer": QT_TRANSLATE_NOOP(
        "Errors", "There is already a customer with account number {key}."
    ),
    "meter": QT_TRANSLATE_NOOP("Errors", "There is already a meter with serial number {key}."),
    "reading": QT_TRANSLATE_NOOP("Errors", "There is already a reading for {key}."),
    "assignment": QT_TRANSLATE_NOOP("Errors", "There is already a tariff assignment for {key}."),
    "tariff": QT_TRANSLATE_NOOP("Errors", "There is already a tariff called {key}."),
}
_MISSING = {
    "customer": QT_TRANSLATE_NOOP("Errors", "There is no customer with account number {key}."),
    "meter": QT_TRANSLATE_NOOP("Errors", "There is no meter with serial number {key}."),
    "tariff": QT_TRANSLATE_NOOP("Errors", "There is no tariff called {key}."),
    "invoice": QT_TRANSLATE_NOOP("Errors", "There is no invoice {key}."),
    "import": QT_TRANSLATE_NOOP("Errors", "There is no import {key}."),
}


def _tr(context: str, text: object) -> str:
    """`text` is a source string (QT_TRANSLATE_NOOP's stub says object; it returns it)."""
    return QCoreApplication.translate(context, str(text))


def error_text(error: DomainError) -> str:
    """One sentence for the user, in the window's language."""
    if isinstance(error, InvalidValue):
        field = _tr("Fields", FIELDS.get(error.field, error.field))
        reason = _tr("Rules", error.reason).format(**error.values)
        return f"{field}: {reason}"
    if isinstance(error, AlreadyExists) and error.what in _EXISTS:
        return _tr("Errors", _EXISTS[error.what]).format(key=error.key)
    if isinstance(error, NotFound) and error.what in _MISSING:
        return _tr("Errors", _MISSING[error.what]).format(key=error.key)
    if isinstance(error, ReadRefused):
        return note_text(error.note)
    if isinstance(error, StorageError):
        return _tr("Rules", error.reason)
    return str(error)


def failure_text(error: BaseException) -> str:
    """Why some work failed: a broken rule in the window's language; anything else (a full
    disk, a damaged file) in the words it came with, as there is no rule to translate."""
    if isinstance(error, DomainError):
        return error_text(error)
    return str(error) or type(error).__name__


ROW_NOTES = (
    QT_TRANSLATE_NOOP("ImportRows", "unknown meter {meter}"),
    QT_TRANSLATE_NOOP("ImportRows", "dated {day}, in the future"),
    QT_TRANSLATE_NOOP("ImportRows", "after meter {meter} was removed on {day}"),
    QT_TRANSLATE_NOOP("ImportRows", "row {row} has another reading for {meter} on {day}"),
    QT_TRANSLATE_NOOP("ImportRows", "{meter} already has the reading {value} on {day}"),
    QT_TRANSLATE_NOOP(
        "ImportRows",
        "{value} is lower than the previous reading {previous} on {day}: kept as asked; billing "
        "holds {meter} until it is checked",
    ),
    QT_TRANSLATE_NOOP(
        "ImportRows",
        "{value} is lower than the previous reading {previous} on {day}, and not a plausible "
        "rollover",
    ),
    QT_TRANSLATE_NOOP(
        "ImportRows", "the register of {meter} rolled over after {previous}: {used} used"
    ),
    QT_TRANSLATE_NOOP("ImportRows", "{used} used since {day}, {ratio} times the usual: check it"),
    QT_TRANSLATE_NOOP("ImportRows", "not a number: {text}"),
    QT_TRANSLATE_NOOP("ImportRows", "not a date: {text}"),
    QT_TRANSLATE_NOOP("ImportRows", "no meter serial"),
    QT_TRANSLATE_NOOP("ImportRows", "no date"),
    QT_TRANSLATE_NOOP("ImportRows", "no reading"),
    QT_TRANSLATE_NOOP("ImportRows", "{what} {text} is not a whole number"),
    QT_TRANSLATE_NOOP("ImportRows", "meter kind {text} is neither cumulative nor interval"),
    QT_TRANSLATE_NOOP("ImportRows", "no account number"),
    QT_TRANSLATE_NOOP("ImportRows", "meter {meter} belongs to customer {account}"),
    QT_TRANSLATE_NOOP("ImportRows", "no tariff called {tariff}"),
    QT_TRANSLATE_NOOP("ImportRows", "customer {account} updated: {fields}"),
    QT_TRANSLATE_NOOP("ImportRows", "{field}: {reason}"),
)


def note_text(note: RowNote | Note) -> str:
    """A note on a read or an import's row, in the window's language."""
    values = dict(note.values)
    if "reason" in values:
        values["reason"] = _tr("Rules", values["reason"]).format(**values)
        values["field"] = _tr("Fields", FIELDS.get(values["field"], values["field"]))
    return _tr("ImportRows", note.template).format(**values)
