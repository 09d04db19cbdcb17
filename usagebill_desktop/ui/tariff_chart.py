"""A small chart of a bill's total against the quantity used: a tariff's shape at a glance,
with a volume tier's cliff as the jump it is. Money stays `Decimal` in the quote; floats
only draw it."""

from datetime import date
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..domain.errors import DomainError
from ..domain.tariffs import Tariff
from ..services.tariffs import quote_curve


class TariffChart(QWidget):
    """The total of one whole period's bill for quantities from zero up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.plot = pg.PlotWidget(background=background)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setTextPen(text)
            axis.setPen(palette.color(QPalette.ColorRole.Mid))
        highlight = palette.color(QPalette.ColorRole.Highlight)
        self.curve = self.plot.plot(pen=pg.mkPen(highlight, width=2))
        self.plot.setMinimumHeight(160)
        self.points: list[tuple[Decimal, Decimal]] = []  # (quantity, total) drawn
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def show_tariff(self, tariff: Tariff | None, *, today: date, unit: str, currency: str) -> None:
        points: list[tuple[Decimal, Decimal]] = []
        if tariff is not None:
            try:
                points = list(quote_curve(tariff, today=today))
            except DomainError:  # a price too large to bill: nothing sensible to draw
                points = []
        self.curve.setData([float(q) for q, _ in points], [float(a) for _, a in points])
        self.plot.setLabel("bottom", unit)
        self.plot.setLabel("left", currency)
        self.points = points
