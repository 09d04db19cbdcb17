"""A tariff's prices at a glance: its versions, how many meters use it, and each charge
in words and numbers, as the bill's explanations say them (`exporters.tariff_prices`)."""

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..domain.tariffs import Tariff
from ..exporters.explanations import Wording
from ..exporters.tariff_prices import charge_prices, tax_prices
from . import styles
from .formatting import Formatter


class TariffPricesPanel(QWidget):
    """The chosen tariff's prices; its versions to pick from (the one in force first)."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formatter = formatter
        self._tariff: Tariff | None = None
        self.title = QLabel(styleSheet=styles.STRONG, wordWrap=True)
        self.meters = QLabel(styleSheet=styles.QUIET)
        self.versions = QComboBox()
        self.charges = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.charges.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.charges.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.charges)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form = QFormLayout()
        form.addRow(self.tr("Prices from"), self.versions)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.meters)
        column.addLayout(form)
        column.addWidget(scroll, 1)
        self.versions.currentIndexChanged.connect(self._on_versions_index_changed)
        self.show_tariff(None, None)

    def show_tariff(self, tariff: Tariff | None, meters: int | None) -> None:
        self._tariff = tariff
        self.setEnabled(tariff is not None)
        self.title.setText(tariff.name if tariff else self.tr("Choose a tariff to see its prices"))
        self.meters.setText(
            self.tr("Used by %Ln meter(s)", "", meters) if meters is not None else ""
        )
        self.versions.blockSignals(True)
        self.versions.clear()
        if tariff is not None:
            for version in tariff.versions:
                self.versions.addItem(self._formatter.day(version.valid_from), version.valid_from)
            current = tariff.version_on(date.today())
            self.versions.setCurrentIndex(tariff.versions.index(current))
        self.versions.blockSignals(False)
        self._on_versions_index_changed()

    def _on_versions_index_changed(self) -> None:
        tariff, index = self._tariff, self.versions.currentIndex()
        if tariff is None or index < 0:
            self.charges.clear()
            return
        version = tariff.versions[index]
        language = self._formatter.language
        wording = Wording(
            language, tariff.currency, tariff.in_language(language, tariff.unit), tariff.period
        )
        rows = [
            f"<p><b>{escape(tariff.in_language(language, c.label))}</b><br>"
            f"{escape(charge_prices(c, wording))}</p>"
            for c in version.charges
        ]
        if version.taxes:
            heading = self.tr("Taxes")
            taxes = ", ".join(tax_prices(t, wording) for t in version.taxes)
            rows.append(f"<p><b>{escape(heading)}</b><br>{escape(taxes)}</p>")
        self.charges.setText("".join(rows))
