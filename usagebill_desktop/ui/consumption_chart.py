"""A meter's use month by month, with the periods its invoices billed shaded behind.

Quantities arrive as `Decimal` and are turned into floats here only to be drawn."""

import calendar
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import pyqtgraph as pg
from babel.dates import format_date
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.accounts import MonthUse
from ..domain.usage import UsagePoint
from .formatting import Formatter

TICK_EVERY = 3  # months between labels on the axis: 24 labels do not fit


class _QuantityAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """Quantities in the window's language: "1.500" in Spanish, "1,500" in English."""

    def __init__(self, formatter: Formatter) -> None:
        super().__init__("left")
        self._formatter = formatter
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        places = 0 if spacing >= 1 else 2
        return [self._formatter.number(Decimal(f"{v:.{places}f}")) for v in values]


class ConsumptionChart(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph is untyped
    """Bars for each month's use; a shaded band for each billed period."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            background=QApplication.palette().color(QPalette.ColorRole.Base),
            axisItems={"left": _QuantityAxis(formatter)},
        )
        self._formatter = formatter
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setMinimumHeight(180)
        text = self.palette().color(QPalette.ColorRole.Text)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setTextPen(text)
            axis.setPen(self.palette().color(QPalette.ColorRole.Mid))
        self.showGrid(y=True, alpha=0.15)
        self.months: Sequence[MonthUse] = ()
        self.month_labels: list[str] = []  # as the axis shows them

    def show_use(self, months: Sequence[MonthUse], billed: Sequence[UsagePoint], unit: str) -> None:
        self.clear()
        self.months = months
        if not months:
            return
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        heights = [float(m.quantity) if m.quantity is not None else 0.0 for m in months]
        top = max([*heights, 1.0]) * 1.1
        spans = [
            (max(start, 0), min(end, len(months)))
            for start, end in (
                (_x(months, p.first), _x(months, p.last, end_of_day=True)) for p in billed
            )
            if end > 0 and start < len(months)
        ]
        if spans:
            # Two items for all the billed periods, not a region item each: a region is a
            # dozen graphics items, and two years of monthly bills made the chart the
            # slowest part of opening an account (bench/account_view.py).
            band, edge = QColor(highlight), QColor(highlight)
            band.setAlpha(40)
            edge.setAlpha(90)
            self.addItem(
                _behind(
                    pg.BarGraphItem(
                        x0=[s for s, _ in spans],
                        x1=[e for _, e in spans],
                        y0=0,
                        y1=top,
                        brush=band,
                        pen=pg.mkPen(None),
                    )
                )
            )
            xs = [x for span in spans for x in (span[0], span[0], span[1], span[1])]
            self.addItem(
                _behind(
                    pg.PlotCurveItem(
                        x=xs, y=[0.0, top] * (2 * len(spans)), connect="pairs", pen=pg.mkPen(edge)
                    )
                )
            )
        bars = pg.BarGraphItem(
            x=[i + 0.5 for i in range(len(months))],
            height=heights,
            width=0.7,
            brush=highlight,
            pen=pg.mkPen(None),
        )
        self.addItem(bars)
        ticks = [
            (i + 0.5, format_date(m.month, "MMM yy", locale=self._formatter.locale))
            for i, m in enumerate(months)
            if (len(months) - 1 - i) % TICK_EVERY == 0
        ]
        self.month_labels = [text for _, text in ticks]
        self.getAxis("bottom").setTicks([ticks, []])
        self.getAxis("left").setLabel(unit)
        self.setXRange(0, len(months), padding=0.01)
        self.setYRange(0, top, padding=0)


def _behind(item: pg.GraphicsObject) -> pg.GraphicsObject:
    """The billed periods are drawn behind the bars."""
    item.setZValue(-10)
    return item


def _x(months: Sequence[MonthUse], day: date, *, end_of_day: bool = False) -> float:
    """Where `day` falls on the axis: month i spans i … i+1."""
    first = months[0].month
    index = (day.year - first.year) * 12 + day.month - first.month
    days = calendar.monthrange(day.year, day.month)[1]
    return index + (day.day - (0 if end_of_day else 1)) / days
