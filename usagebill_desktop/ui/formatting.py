"""Numbers and dates for people, in the window's locale (Babel)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal


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
