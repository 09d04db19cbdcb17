"""The provider's own profile: what every invoice says about who issued it."""

import re
from dataclasses import dataclass, replace
from string import Formatter

from .errors import InvalidValue
from .marks import N_
from .text import person_text

DEFAULT_INVOICE_FORMAT = "F-{year}-{seq:05d}"
DEFAULT_CREDIT_NOTE_FORMAT = "R-{year}-{seq:05d}"
PAPER_SIZES = ("A4", "Letter")
TEXT_FIELDS = ("name", "tax_id", "email", "phone", "bank_name", "iban")  # one line each
LINES_FIELDS = ("address", "invoice_note", "invoice_footer")  # may hold line breaks
NUMBER_LENGTH = 60  # the longest number the books hold (`invoices.number`)
# Around {year} and {seq}, only what is safe in a file name on any system, since a number
# names its PDF; no ".." and no dot first, so never a parent folder nor a hidden file.
_SAFE_TEXT = re.compile(r"[A-Za-z0-9_.-]*")
_PADDINGS = frozenset(("seq", f"0{width}d") for width in range(2, 10))  # {seq:02d} … {seq:09d}
_LARGEST_SEQ = 999_999_999  # a billion documents a year: more than any series will reach


@dataclass(frozen=True, slots=True)
class CompanyProfile:
    name: str = ""
    tax_id: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    logo_path: str = ""
    bank_name: str = ""
    iban: str = ""
    currency: str = "EUR"
    locale: str = "es_ES"
    invoice_number_format: str = DEFAULT_INVOICE_FORMAT
    credit_note_number_format: str = DEFAULT_CREDIT_NOTE_FORMAT
    payment_terms_days: int = 30
    invoice_note: str = ""  # printed on every invoice, e.g. office hours or a notice
    invoice_footer: str = ""  # legal text at the foot of every page
    paper_size: str = "A4"  # or "Letter"
    compare_with_peers: bool = True  # print "compared with similar customers"

    @property
    def language(self) -> str:
        return self.locale.split("_")[0]


def format_document_number(template: str, *, year: int, seq: int) -> str:
    """Apply a number format such as "F-{year}-{seq:05d}"."""
    return template.format(year=year, seq=seq)


def sequence_digits(template: str) -> int:
    """How many digits a checked format pads its sequence to (5 for {seq:05d}); 0 when
    it does not pad it."""
    specs = [spec for _, name, spec, _ in Formatter().parse(template) if name == "seq"]
    return int(specs[0][1:-1]) if specs and specs[0] else 0


def check_profile(profile: CompanyProfile) -> CompanyProfile:
    """The profile with its texts as `person_text` keeps them, or `InvalidValue` naming
    the first bad field."""
    profile = _texts_kept(profile)
    if len(profile.currency) != 3 or not profile.currency.isalpha():
        raise InvalidValue(field="currency", reason=N_("a three-letter ISO code such as EUR"))
    if profile.paper_size not in PAPER_SIZES:
        raise InvalidValue(field="paper_size", reason=N_("A4 or Letter"))
    if not 0 <= profile.payment_terms_days <= 365:
        raise InvalidValue(field="payment_terms_days", reason=N_("between 0 and 365 days"))
    for field in ("invoice_number_format", "credit_note_number_format"):
        check_number_format(getattr(profile, field), field=field)
    return profile


def _texts_kept(profile: CompanyProfile) -> CompanyProfile:
    """Every text a person types into the profile, spaces trimmed and composed (NFC)."""
    for field in TEXT_FIELDS + LINES_FIELDS:
        text = person_text(field, getattr(profile, field), lines=field in LINES_FIELDS)
        profile = replace(profile, **{field: text})  # type: ignore[arg-type]
    return profile


def check_number_format(template: str, *, field: str) -> str:
    """The format unchanged, or `InvalidValue`: every number it gives must be unique across
    years (it has {year} and {seq}, the sequence restarting each year), fit the books'
    column, and be a safe file name; {seq} is padded only as {seq:0Nd}, N from 2 to 9, so
    two spellings of one format cannot start two series that give the same numbers."""

    def refuse(reason: str, **values: object) -> InvalidValue:
        return InvalidValue(field=field, reason=reason, **values)

    try:
        parts = list(Formatter().parse(template))
    except ValueError:
        raise refuse(N_("use {{year}} and {{seq}}, e.g. F-{{year}}-{{seq:05d}}")) from None
    texts = [text for text, _, _, _ in parts]
    if not all(map(_SAFE_TEXT.fullmatch, texts)) or ".." in template or template[:1] == ".":
        raise refuse(
            N_(
                "besides {{year}} and {{seq}}, use only letters, digits, hyphens, underscores "
                "and single dots, since the number names its PDF file"
            )
        )
    fields = [
        (name, spec or "", conversion) for _, name, spec, conversion in parts if name is not None
    ]
    names = [name for name, _, _ in fields]
    if "seq" not in names:
        raise refuse(N_("must contain {{seq}}"))
    if "year" not in names:
        raise refuse(N_("must contain {{year}}, since {{seq}} starts again each year"))
    if sorted(names) != ["seq", "year"] or any(conversion for _, _, conversion in fields):
        raise refuse(N_("use {{year}} and {{seq}}, e.g. F-{{year}}-{{seq:05d}}"))
    if any(spec and (name, spec) not in _PADDINGS for name, spec, _ in fields):
        raise refuse(N_("pad {{seq}} as {{seq:05d}}, with 2 to 9 digits, or not at all"))
    longest = format_document_number(template, year=9999, seq=_LARGEST_SEQ)
    if max(len(template), len(longest)) > NUMBER_LENGTH:
        raise refuse(N_("too long: a number must fit in {limit} characters"), limit=NUMBER_LENGTH)
    return template
