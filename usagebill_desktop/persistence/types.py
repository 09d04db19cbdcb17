"""Column types that keep decimals exact on every database.

SQLite has no decimal type and would turn NUMERIC into a float. We store a
decimal as a scaled integer (value × 10^scale): exact, sortable, summable in SQL,
and the same on PostgreSQL. A value with more decimals than the column holds is
refused rather than silently rounded.
"""

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal | int) or isinstance(value, bool):
            raise TypeError(f"ScaledDecimal needs Decimal or int, not {type(value).__name__}")
        scaled = value * self._factor
        whole = int(scaled)
        if whole != scaled:
            raise ValueError(f"{value} has more than {self.scale} decimals")
        return whole

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(Decimal(1).scaleb(-self.scale))

    def copy(self, **kw: Any) -> "ScaledDecimal":
        return ScaledDecimal(self.scale)


class UtcDateTime(TypeDecorator[datetime]):
    """Timestamps stored as naive UTC and returned timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must carry a timezone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)
