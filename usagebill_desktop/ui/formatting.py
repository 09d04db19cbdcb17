"""Numbers and dates for people, in the window's locale (Babel)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import NumberFormatError, format_decimal, parse_decimal


@dataclass(frozen=True)
class Formatter:
    locale: str  # "es_ES", "en_GB", …

    def number(self, value: Decimal | int | None) -> str:
        """1234.5 → "1.234,5" (es) or "1,234.5" (en); keeps the value's own decimals."""
        if value is None:
            return ""
        return format_decimal(value, locale=self.locale, decimal_quantization=False)

    def day(self, value: date | None) -> str:
        return "" if value is None else format_date(value, "medium", locale=self.locale)

    @property
    def language(self) -> str:
        return self.locale.split("_")[0]

    def parse_number(self, text: str) -> Decimal:
        """What the user typed, in their locale ("13,5" in Spanish), exactly; ValueError if not."""
        try:
            return parse_decimal(text.strip(), locale=self.locale, strict=True)
        except NumberFormatError:
            raise ValueError(text) from None
