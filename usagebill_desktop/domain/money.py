"""Exact decimals for money and quantities, and the one rounding policy.

Amounts are `Decimal` built from `str` or `int`, never from `float`: a float has
already lost the cent before we see it.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from fractions import Fraction
from functools import lru_cache

from .errors import InvalidValue
from .marks import N_

# ISO 4217 minor units for the currencies our users bill in; others default to 2.
_MINOR_UNITS = {"JPY": 0, "KRW": 0, "CLP": 0, "ISK": 0, "BHD": 3, "KWD": 3, "OMR": 3, "TND": 3}

# The most a person may give as one amount (a payment, a credit): money is stored with
# 4 decimals in a signed 64-bit integer, which holds about 922 × 10^12; this leaves room
# for the sums of many such amounts.
AMOUNT_LIMIT = Decimal(10) ** 12

# Quantities (reads, consumption, hours) are stored with this many decimals; unit prices
# and rates (a tax's percent) with this many.
QUANTITY_PLACES = 4
PRICE_PLACES = 8

# Decimals are stored as scaled 64-bit integers (persistence/types.py: below 9.2 × 10^18),
# quantities and amounts with 4 decimals, prices and rates with 8. What is entered stays
# well inside: a quantity below 10^12 (reads, tier bounds, package sizes: 12 digits, the
# largest register), a price, amount or rate below 10^9.
MOST_QUANTITY = Decimal(10) ** 12
MOST_PRICE = Decimal(10) ** 9
# What a bill's quantities and amounts may reach, with room for a customer's sum (10^14).
MOST_STORED = Decimal(10) ** 13


@lru_cache(maxsize=64)
def minor_units(currency: str) -> int:
    return _MINOR_UNITS.get(currency.upper(), 2)


def round_money(amount: Decimal | Fraction, currency: str) -> Decimal:
    """Round to the currency's minor unit, half away from zero (0.005 → 0.01).

    Half-up is what customers and bookkeepers check by hand; it is used for
    every line and every tax, and nowhere else is money rounded. Prorated amounts
    arrive as exact fractions (6.50 × 17/31) and are rounded once, here.
    """
    return _quantize(amount, minor_units(currency))


def check_amount(field: str, amount: Decimal, currency: str) -> Decimal:
    """An amount of money a person gives (a payment, a credit), as it will be kept: more
    than zero, below `AMOUNT_LIMIT`, and in whole minor units of its currency. A fraction
    of a cent is refused, never rounded: what is kept is what was typed."""
    if not amount > 0:
        raise InvalidValue(field=field, reason=N_("must be greater than zero"))
    if amount >= AMOUNT_LIMIT:
        raise InvalidValue(field=field, reason=N_("must be less than 1,000,000,000,000"))
    places = minor_units(currency)
    if decimal_places(amount) > places:
        reason = N_("{amount} has more decimals than {currency} has ({places})")
        raise InvalidValue(
            field=field, reason=reason, amount=plain(amount), currency=currency, places=places
        )
    return amount


def round_quantity(value: Decimal | Fraction) -> Decimal:
    """A quantity to the stored precision, half-up, without trailing zeros
    (a prorated tier bound: 10 × 17/31 → 5.4839; 10 × 1 → 10)."""
    return trim(_quantize(value, QUANTITY_PLACES))


def trim(value: Decimal) -> Decimal:
    """The same value without trailing zeros or an exponent: 10.0000 → 10, 2.50 → 2.5."""
    normalized = value.normalize()
    exponent = normalized.as_tuple().exponent
    assert isinstance(exponent, int)
    return normalized.quantize(Decimal(1)) if exponent > 0 else normalized


_STEPS = {places: Decimal(1).scaleb(-places) for places in range(9)}  # 1, 0.1, 0.01, …


def _quantize(value: Decimal | Fraction, places: int) -> Decimal:
    step = _STEPS.get(places) or Decimal(1).scaleb(-places)
    if isinstance(value, Decimal):
        # A decimal is exact already: quantize rounds it as it stands (the common case,
        # so without the cost of a context of its own).
        return value.quantize(step, rounding=ROUND_HALF_UP)
    with localcontext() as context:
        # 60 digits: a fraction that is exactly on a half is exact here; one that is
        # not cannot be mistaken for one.
        context.prec = 60
        exact = Decimal(value.numerator) / value.denominator
        return exact.quantize(step, rounding=ROUND_HALF_UP)


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Exact decimal from a canonical string ("1234.5"), an int or a Decimal.

    Floats are refused: they would carry binary noise into the books.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise TypeError(f"exact decimal needs str, int or Decimal, not {type(value).__name__}")
    try:
        result = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def check_size(field: str, value: Decimal, most: Decimal) -> None:
    """A number the columns and the arithmetic can carry: below `most` either side of zero.
    Compared as a decimal, so 1E+999999 is refused without being written out."""
    if abs(value) >= most:
        raise InvalidValue(field=field, reason=N_("must be below {most}"), most=plain(most))


def decimal_places(value: Decimal) -> int:
    """How many decimals a value needs (1.50 → 1, 3 → 0, 1E+3 → 0)."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)  # finite values only
    return max(0, -exponent)


def plain(value: Decimal) -> str:
    """Canonical text for files and machines: no exponent, no trailing zeros (10, 12.5)."""
    return format(value.normalize(), "f")
