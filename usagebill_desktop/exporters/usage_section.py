"""The "your use" part of an invoice: the last periods as a bar chart (vectors, this
period highlighted), use per day against the previous period and a year ago, and a
comparison with similar customers.

Periods differ in length, so the percentages compare use per day; the bars show what
each invoice billed, the figures a customer can find on their old invoices."""

from datetime import timedelta
from decimal import Decimal
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal

from ..domain.invoice_document import MeterUsage
from ..domain.marks import NP_
from ..domain.usage import PeerComparison
from ..texts import Phrasebook
from .explanations import Wording
from .pdf_style import ACCENT, FONT, GREY, INK, LIGHT, PALE, colour, para, styles

TEXTS = Phrasebook(
    "usage_section",
    {
        "heading": NP_("usage_section", "Your use"),
        "heading_meter": NP_("usage_section", "Your use · meter {serial}"),
        "caption": NP_("usage_section", "Average use per day in each billed period ({unit} a day)"),
        "this_period": NP_("usage_section", "This period"),
        "this_period_value": NP_("usage_section", "{quantity} in {days} days"),
        "per_day": NP_("usage_section", "Per day"),
        "vs_previous": NP_("usage_section", "Against the previous period"),
        "vs_last_year": NP_("usage_section", "Against the same period last year"),
        "a_day": NP_("usage_section", "{change} per day"),
        "first_period": NP_("usage_section", "This is the first period billed for this meter."),
        "less": NP_(
            "usage_section",
            "You used {percent} less a day than the median of {count} customers on the same "
            "tariff ({median} a day).",
        ),
        "more": NP_(
            "usage_section",
            "You used {percent} more a day than the median of {count} customers on the same "
            "tariff ({median} a day).",
        ),
        "same": NP_(
            "usage_section",
            "You used as much a day as the median of {count} customers on the same tariff "
            "({median} a day).",
        ),
        # "25%" is a value: gettext's checks read "25 % de" as a printf "% d".
        "efficient": NP_(
            "usage_section",
            "The most efficient {quarter} of customers used {efficient} a day or less.",
        ),
        "a_quarter": NP_("usage_section", "25%"),
        "you": NP_("usage_section", "You"),
        "median": NP_("usage_section", "Median"),
        "quarter": NP_("usage_section", "Most efficient 25%"),
        "no_change": NP_("usage_section", "no change"),
    },
)


def usage_section(usage: MeterUsage, w: Wording, *, name_meter: bool) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Table, TableStyle

    t, s = dict(w.book(TEXTS)), styles()
    heading = t["heading_meter"].format(serial=usage.serial) if name_meter else t["heading"]
    facts: list[Any] = [_facts_table(_trend_rows(usage, w, t), s)]
    if usage.trend.vs_previous is None and len(usage.trend.points) == 1:
        facts.append(para(t["first_period"], s["small"]))
    if usage.peers is not None:
        facts += [para(text, s["base"]) for text in _peer_sentences(usage.peers, w, t)]
        facts.append(_peer_bars(usage.peers, w, t))
    chart = [para(t["caption"].format(unit=usage.unit), s["small"]), _history_chart(usage, w)]
    table = Table([[chart, facts]], colWidths=[92 * mm, 82 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
            ]
        )
    )
    return [KeepTogether([para(heading, s["heading"]), table])]


def _facts_table(rows: list[tuple[str, str]], s: dict[str, Any]) -> Any:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    cells = [[para(label, s["small"]), para(value, s["bold_right"])] for label, value in rows]
    table = Table(cells, colWidths=[41 * mm, 37 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colour(LIGHT)),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def _per_day(value: Decimal, w: Wording) -> str:
    return f"{_per_day_number(value, w)}\u00a0{w.unit}"


def _per_day_number(value: Decimal, w: Wording) -> str:
    """Two decimals below 10 ("0,50"), one above ("12,3"): as many as the eye can use."""
    pattern = "#,##0.00" if value < 10 else "#,##0.0"
    return format_decimal(value, format=pattern, locale=w.locale)


def _change(change: Decimal | None, w: Wording, t: dict[str, str]) -> str | None:
    if change is None:
        return None
    percent = round(change * 100)
    if percent == 0:
        return t["no_change"]
    sign = "+" if percent > 0 else "−"
    return f"{sign}{w.percent(Decimal(abs(percent)))}"


def _trend_rows(usage: MeterUsage, w: Wording, t: dict[str, str]) -> list[tuple[str, str]]:
    """(label, figure) pairs: this period, per day, and the changes that are known."""
    now = usage.trend.current
    rows = [
        (
            t["this_period"],
            t["this_period_value"].format(quantity=w.quantity(now.quantity), days=now.days),
        ),
        (t["per_day"], _per_day(now.daily, w)),
    ]
    previous = _change(usage.trend.vs_previous, w, t)
    if previous is not None:
        rows.append((t["vs_previous"], t["a_day"].format(change=previous)))
    last_year = _change(usage.trend.vs_last_year, w, t)
    if last_year is not None:
        rows.append((t["vs_last_year"], t["a_day"].format(change=last_year)))
    return rows


def _peer_sentences(peers: PeerComparison, w: Wording, t: dict[str, str]) -> list[str]:
    change = peers.vs_median
    percent = 0 if change is None else round(change * 100)
    key = "same" if percent == 0 else "more" if percent > 0 else "less"
    first = t[key].format(
        percent=w.percent(Decimal(abs(percent))),
        count=peers.peers,
        median=_per_day(peers.median, w),
    )
    return [
        first,
        t["efficient"].format(quarter=t["a_quarter"], efficient=_per_day(peers.efficient, w)),
    ]


def _history_chart(usage: MeterUsage, w: Wording) -> Any:
    """The last periods' use per day as bars, this one in the accent colour. Drawn from
    plain shapes: ReportLab's chart widget took a third of each invoice's time."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib.units import mm

    points = usage.trend.points
    width, height = 90 * mm, 38 * mm
    left, bottom, top = 2.0, 24.0, height - 10
    drawing = Drawing(width, height)
    slot = (width - 2 * left) / max(len(points), 1)
    tallest = max((p.daily for p in points), default=Decimal(0)) or Decimal(1)
    grey, ink = colour(GREY), colour(INK)
    for n, point in enumerate(points):
        # Bar heights are geometry, not money: floats are fine here.
        bar = float(point.daily / tallest) * (top - bottom)
        x = left + n * slot + slot * 0.15
        fill = colour(ACCENT if n == len(points) - 1 else PALE)
        drawing.add(Rect(x, bottom, slot * 0.7, max(bar, 0.3), fillColor=fill, strokeWidth=0))
        middle = x + slot * 0.35
        figure = _per_day_number(point.daily, w)
        drawing.add(
            String(
                middle,
                bottom + bar + 2,
                figure,
                fontName=FONT,
                fontSize=5.5,
                fillColor=ink,
                textAnchor="middle",
            )
        )
        for line, text in enumerate(_month(point.first, point.last, w).split("\n")):
            drawing.add(
                String(
                    middle,
                    bottom - 8 - line * 6.5,
                    text,
                    fontName=FONT,
                    fontSize=5.5,
                    fillColor=grey,
                    textAnchor="middle",
                )
            )
    drawing.add(Line(left, bottom, width - left, bottom, strokeColor=grey, strokeWidth=0.5))
    return drawing


def _month(first: Any, last: Any, w: Wording) -> str:
    """The months a bill covers, over its year: "Aug" or "Aug–" / "Sept", then "2026".
    A read-to-read month (7 Aug – 7 Sept) is named after where most of it lies."""

    def name(day: Any) -> str:
        return format_date(day, "LLL", locale=w.locale).replace(".", "")

    start, end = first + timedelta(days=10), last - timedelta(days=10)
    if (last - first).days < 45 or (start.year, start.month) == (end.year, end.month):
        return f"{name(start)}\n{start.year}"
    return f"{name(start)}–\n{name(end)}\n{end.year}"


def _peer_bars(peers: PeerComparison, w: Wording, t: dict[str, str]) -> Any:
    """Three bars: the customer, the median and the efficient quarter, per day."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.units import mm

    rows = [
        (t["you"], peers.daily, ACCENT),
        (t["median"], peers.median, PALE),
        (t["quarter"], peers.efficient, PALE),
    ]
    width, label_width, height = 78 * mm, 27 * mm, 7
    drawing = Drawing(width, len(rows) * (height + 3) + 4)
    largest = max(value for _, value, _ in rows) or Decimal(1)
    room = width - label_width - 22 * mm  # space for the bar and its figure
    for n, (label, value, fill) in enumerate(rows):
        y = drawing.height - (n + 1) * (height + 3)
        drawing.add(String(0, y + 1.5, label, fontName=FONT, fontSize=6.5, fillColor=colour(INK)))
        bar = float(value / largest) * room  # a length on paper, not an amount
        drawing.add(
            Rect(label_width, y, max(bar, 0.5), height, fillColor=colour(fill), strokeWidth=0)
        )
        drawing.add(
            String(
                label_width + bar + 3,
                y + 1.5,
                _per_day(value, w),
                fontName=FONT,
                fontSize=6.5,
                fillColor=colour(GREY),
            )
        )
    return drawing
