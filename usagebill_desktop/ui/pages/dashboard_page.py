"""Dashboard: the workspace at a glance."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...services.overview import Overview, workspace_overview
from ...services.ports import OpenUnitOfWork
from .. import styles
from ..formatting import Formatter
from ..operations import Operation


class DashboardPage(QWidget):
    """Signals: none.

    Operations (see `ui.operations`): `reading` (the workspace's figures).
    """

    def __init__(
        self,
        open_uow: OpenUnitOfWork,
        formatter: Formatter,
        location: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_uow = open_uow
        self._formatter = formatter
        self._title = QLabel(styleSheet=styles.WORKSPACE_TITLE)
        self._location = QLabel(self.tr("Data file: {location}").format(location=location))
        self._location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._location.setStyleSheet(styles.QUIET)
        cards = QGridLayout()
        self._figures: dict[str, QLabel] = {}
        titles = (
            ("customers", self.tr("Customers")),
            ("meters", self.tr("Meters")),
            ("readings", self.tr("Readings")),
        )
        for column, (key, title) in enumerate(titles):
            cards.addWidget(self._card(key, title), 0, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._location)
        layout.addSpacing(12)
        layout.addLayout(cards)
        self.status = QLabel(wordWrap=True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        # Filled by refresh(), which the window calls whenever it shows the page.
        unread = self.tr("The figures could not be read: {error}")
        self.reading = Operation(self, status=self.status, failure=unread)
        self.reading.succeeded.connect(self._on_reading_succeeded)

    def refresh(self) -> None:
        open_uow = self._open_uow
        self.reading.start(lambda: workspace_overview(open_uow))

    def _on_reading_succeeded(self, overview: Overview) -> None:
        self._title.setText(overview.company.name or self.tr("Your workspace"))
        for key, label in self._figures.items():
            label.setText(self._formatter.number(getattr(overview, key)))

    def figure(self, key: str) -> str:
        return self._figures[key].text()

    def _card(self, key: str, title: str) -> QFrame:
        card = QFrame(frameShape=QFrame.Shape.StyledPanel)
        figure = QLabel(styleSheet=styles.FIGURE)
        self._figures[key] = figure
        box = QVBoxLayout(card)
        box.addWidget(QLabel(title))
        box.addWidget(figure)
        return card
