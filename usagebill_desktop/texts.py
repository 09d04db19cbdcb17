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
from functools import cache

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
