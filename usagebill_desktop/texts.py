"""What people read outside Qt's widgets, in their language, and the one table of locales.

Domain reasons, import row notes, file errors, document texts and CLI sentences are
marked where they are written (`domain/marks.py`: `N_`, `NP_`) and translated here, from
one gettext catalogue per language (`resources/locale/<language>/LC_MESSAGES/
usagebill.mo`, compiled by `make translations`). English is the msgid itself, so it needs
no catalogue. Placeholders are filled after translation:
`texts("es").gettext(template).format(**values)`.
"""

import gettext
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from babel.dates import format_date
from babel.numbers import format_decimal

from .domain.customers import LANGUAGES as CUSTOMER_LANGUAGES
from .paths import locale_dir

DOMAIN = "usagebill"
LANGUAGES = CUSTOMER_LANGUAGES  # the window, the documents and the CLI speak these
# The locale whose numbers and dates each language's window and documents use.
FORMAT_LOCALES = {"en": "en_GB", "es": "es_ES"}


@dataclass(frozen=True)
class FileLocale:
    """A way of writing numbers and dates a company or a file may use."""

    code: str
    name: str  # how it writes numbers and dates is `importers.values.conventions(code)`


FILE_LOCALES = (
    FileLocale("es_ES", "Español (España)"),
    FileLocale("en_GB", "English (UK)"),
    FileLocale("en_US", "English (US)"),
)


# How a date is written in a sentence for a person, per language (English keeps ISO, the
# form its commands have always printed and scripts read).
SENTENCE_DATES = {"es": "dd/MM/yyyy"}


def spoken(value: object, language: str) -> object:
    """A decimal or a date as `language` writes it in a sentence, with the decimals the
    value has: Spanish "9.770", "12,50", "28/11/2026"; English as it always printed them
    ("9770", "12.50", "2026-11-28"). Other values, whole numbers among them (counts and
    ids, never grouped), as they are."""
    if isinstance(value, Decimal):
        if language == "en" or language not in FORMAT_LOCALES:
            return str(value)
        exponent = value.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        pattern = "#,##0" + ("." + "0" * places if places else "")  # its own decimals: 12,50
        return format_decimal(value, pattern, locale=FORMAT_LOCALES[language])
    if isinstance(value, date) and language in SENTENCE_DATES:
        return format_date(value, SENTENCE_DATES[language], locale=FORMAT_LOCALES[language])
    return value


def say(language: str, template: str, /, **values: object) -> str:
    """`template` translated into `language`, its numbers and dates written as it writes them."""
    spoken_values = {name: spoken(value, language) for name, value in values.items()}
    return texts(language).gettext(template).format(**spoken_values)


def say_count(language: str, words: tuple[str, str], n: int, /, **values: object) -> str:
    """A count's words (`NN_`) in `language`, singular or plural as it says `n`: "1 fila",
    "2 filas"."""
    singular, plural = words
    spoken_values = {name: spoken(value, language) for name, value in values.items()}
    return texts(language).ngettext(singular, plural, n).format(n=n, **spoken_values)


@cache
def texts(language: str) -> gettext.NullTranslations:
    """The catalogue of `language`; English (or a language we lack) says the msgids."""
    return gettext.translation(DOMAIN, locale_dir(), languages=[language], fallback=True)


class Phrasebook[K]:
    """A document's texts by key, marked `NP_(context, …)` where they are written;
    `book(language)` gives them in that language (translated once per language)."""

    def __init__(self, context: str, msgids: Mapping[K, str]) -> None:
        self.context, self.msgids = context, dict(msgids)
        self._said: dict[str, dict[K, str]] = {}

    def __call__(self, language: str) -> dict[K, str]:
        said = self._said.get(language)
        if said is None:
            catalogue = texts(language)
            said = {key: catalogue.pgettext(self.context, m) for key, m in self.msgids.items()}
            self._said[language] = said
        return said
