"""The provider's own profile: what every invoice says about who issued it."""

from dataclasses import dataclass, replace

from .errors import InvalidValue
from .marks import N_
from .text import person_text

DEFAULT_INVOICE_FORMAT = "F-{year}-{seq:05d}"
DEFAULT_CREDIT_NOTE_FORMAT = "R-{year}-{seq:05d}"
PAPER_SIZES = ("A4", "Letter")
TEXT_FIELDS = ("name", "tax_id", "email", "phone", "bank_name", "iban")  # one line each
LINES_FIELDS = ("address", "invoice_note", "invoice_footer")  # may hold line breaks


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
        template = getattr(profile, field)
        if "{seq" not in template:
            raise InvalidValue(field=field, reason=N_("must contain {{seq}}"))
        try:
            one, two = (format_document_number(template, year=2026, seq=n) for n in (1, 2))
        except (KeyError, ValueError, IndexError):
            raise InvalidValue(
                field=field, reason=N_("use {{year}} and {{seq}}, e.g. F-{{year}}-{{seq:05d}}")
            ) from None
        if one == two:
            raise InvalidValue(field=field, reason=N_("must contain {{seq}}"))
    return profile


def _texts_kept(profile: CompanyProfile) -> CompanyProfile:
    """Every text a person types into the profile, spaces trimmed and composed (NFC)."""
    for field in TEXT_FIELDS + LINES_FIELDS:
        text = person_text(field, getattr(profile, field), lines=field in LINES_FIELDS)
        profile = replace(profile, **{field: text})  # type: ignore[arg-type]
    return profile
