"""Numbers and dates for people, in the window's locale (Babel)."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import NumberFormatError, format_currency, format_decimal, parse_decimal

from ..domain.periods import Span


@dataclass(frozen=True)
class Formatter:
    locale: str  # "es_ES", "en_GB", …

    def number(self, value: Decimal | int | None) -> str:
        """1234.5 → "1.234,5" (es) or "1,234.5" (en); keeps the value's own decimals."""
        if value is None:
            return ""
        return format_decimal(value, locale=self.locale, decimal_quantization=False)

    def ungrouped(self, value: Decimal) -> str:
        """1234.5 → "1234,5" (es): no thousands mark to be mistaken for a decimal one."""
        return format_decimal(
            value, locale=self.locale, decimal_quantization=False, group_separator=False
        )

    def money(self, value: Decimal, currency: str) -> str:
        return format_currency(value, currency, locale=self.locale)

    def day(self, value: date | None) -> str:
        return "" if value is None else format_date(value, "medium", locale=self.locale)

    def span(self, value: Span) -> str:
        """A calendar month as "September 2026"; any other span as "7 Aug 2026 – 7 Sept 2026"."""
        following = date(value.last.year + value.last.month // 12, value.last.month % 12 + 1, 1)
        if (
            value.first.day == 1
            and value.first.month == value.last.month
            and (value.last + timedelta(days=1) == following)
        ):
            return format_date(value.first, "LLLL yyyy", locale=self.locale)
        return f"{self.day(value.first)} – {self.day(value.last)}"

    @property
    def language(self) -> str:
        return self.locale.split("_")[0]

    def parse_number(self, text: str) -> Decimal:
        """What the user typed, in their locale ("13,5" in Spanish), exactly; ValueError if not."""
        try:
            return parse_decimal(text.strip(), locale=self.locale, strict=True)
        except NumberFormatError:
            raise ValueError(text) from None
