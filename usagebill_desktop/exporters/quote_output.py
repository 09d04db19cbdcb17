"""A rated bill as the `quote` command prints it: explained text, or JSON for scripts."""

from decimal import Decimal
from fractions import Fraction
from typing import Any

from ..domain.marks import NP_
from ..domain.money import plain
from ..domain.periods import Period
from ..domain.rating import Bill
from ..texts import Phrasebook
from .explanations import Wording, explain

HEADINGS = Phrasebook(
    "quote_output",
    {
        "subtotal": NP_("quote_output", "Subtotal"),
        "total": NP_("quote_output", "Total"),
        "tax": NP_("quote_output", "{name} {rate} on {base}"),
        "quote": NP_("quote_output", "{tariff}: {quantity}, {period}"),
        "whole": NP_("quote_output", "one {period}"),
    },
)


def _factor(value: Fraction) -> str:
    return plain(round(Decimal(value.numerator) / value.denominator, 6))


def quote_json(bill: Bill, wording: Wording) -> dict[str, Any]:
    """Decimals as strings; `unit_price` is null where a line has none."""
    return {
        "currency": bill.currency,
        "quantity": plain(bill.quantity),
        "factor": _factor(bill.factor),
        "lines": [
            {
                "charge": line.charge,
                "label": line.label,
                "quantity": None if line.quantity is None else plain(line.quantity),
                "unit_price": None if line.unit_price is None else str(line.unit_price),
                "amount": str(line.amount),
                "explanation": explain(line, wording),
            }
            for line in bill.lines
        ],
        "subtotal": str(bill.subtotal),
        "taxes": [
            {"name": t.name, "rate": plain(t.rate), "base": str(t.base), "amount": str(t.amount)}
            for t in bill.taxes
        ],
        "total": str(bill.total),
    }


def quote_text(bill: Bill, wording: Wording, *, width: int = 78) -> str:
    """Label and amount on one line, the explanation indented below."""
    w, head = wording, HEADINGS(wording.language)
    if bill.span is None:
        period = head["whole"].format(period=w.text(w.period.value))
    else:
        period = f"{w.day(bill.span.first)} – {w.day(bill.span.last)} (× {w.factor(bill.factor)})"
    out = [
        head["quote"].format(tariff=bill.tariff, quantity=w.quantity(bill.quantity), period=period),
        "",
    ]

    def row(label: str, amount: Decimal) -> str:
        money = w.money(amount)
        return f"{label[: width - len(money) - 2]:<{width - len(money)}}{money}"

    for line in bill.lines:
        out.append(row(line.label, line.amount))
        out.append(f"    {explain(line, w)}")
    out += ["-" * width, row(head["subtotal"], bill.subtotal)]
    for tax in bill.taxes:
        label = head["tax"].format(name=tax.name, rate=w.percent(tax.rate), base=w.money(tax.base))
        out.append(row(label, tax.amount))
    out += ["=" * width, row(head["total"], bill.total)]
    return "\n".join(out)


def wording_for(bill: Bill, period: Period, language: str) -> Wording:
    return Wording(language, bill.currency, bill.unit, period)
