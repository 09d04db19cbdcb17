"""Restore from backup: the backups of this data file, newest first, or another file."""

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.backups import Backup
from ..formatting import Formatter


class RestoreDialog(QDialog):
    """Pick a backup (Enter or "Restore") or "Other file…"; `chosen` is the file picked."""

    def __init__(
        self, backups: list[Backup], formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 380)
        self.chosen: Path | None = None
        self._backups = backups
        intro = QLabel(
            self.tr(
                "The data file is replaced by the backup you choose; the current file is "
                "kept in the backups folder."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, backup in enumerate(backups):
            taken = f"{formatter.day(backup.taken.date())} {backup.taken:%H:%M}"
            kb = (Decimal(backup.size) / 1024).quantize(Decimal(1), ROUND_HALF_UP)
            size = QTableWidgetItem(self.tr("{n} KB").format(n=formatter.number(kb)))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(taken))
            self.table.setItem(row, 1, size)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.other_button = buttons.addButton(
            self.tr("&Other file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.other_button.clicked.connect(self._on_other_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        if not backups:
            layout.addWidget(QLabel(self.tr("There are no backups of this data file yet.")))
        layout.addWidget(buttons)
        if backups:
            self.table.selectRow(0)

    def _on_table_double_clicked(self) -> None:
        self._on_restore_clicked()

    def _on_restore_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self._backups[rows[0].row()].path
            self.accept()

    def _on_other_clicked(self) -> None:
        chosen = choose_data_file(self, self.tr("Choose a backup"))
        if chosen is not None:
            self.chosen = chosen
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget, backups: list[Backup], formatter: Formatter) -> Path | None:
        dialog = cls(backups, formatter, parent)
        dialog.exec()
        return dialog.chosen


def choose_data_file(parent: QWidget | None, title: str) -> Path | None:
    """An existing data file (or backup) the user picks, or None."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate("RestoreDialog", "Data files (*.db);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def choose_new_data_file(parent: QWidget | None) -> Path | None:
    """Where a new data file goes, or None."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RestoreDialog", "New data file"),
        "",
        QCoreApplication.translate("RestoreDialog", "Data files (*.db)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".db")
