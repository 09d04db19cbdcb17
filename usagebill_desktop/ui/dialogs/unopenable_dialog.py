"""A data file that cannot be opened: what is wrong, and what the user can do instead."""

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


class Recovery(Enum):
    BACKUP = "backup"  # restore the latest good backup in its place
    OTHER = "other"  # choose another data file
    GIVE_UP = "give up"  # quit (at start) or keep the file already open


class UnopenableDialog(QMessageBox):
    """`reason`: one sentence in the user's language; `backup`: the latest backup that
    passes the check, offered only when there is one; `quitting`: whether giving up quits
    the app (at start) or keeps the data file already open."""

    def __init__(
        self,
        path: Path,
        reason: str,
        backup: str | None,
        *,
        quitting: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The data file cannot be opened"))
        self.setIcon(QMessageBox.Icon.Warning)
        self.setText(reason[:1].upper() + reason[1:] + ".")
        self.setInformativeText(self.tr("Data file: {path}").format(path=path))
        self.backup_button = None
        if backup is not None:
            self.backup_button = self.addButton(
                self.tr("Restore the latest backup ({taken})").format(taken=backup),
                QMessageBox.ButtonRole.AcceptRole,
            )
        self.other_button = self.addButton(
            self.tr("Choose another file…"), QMessageBox.ButtonRole.ActionRole
        )
        give_up = self.tr("Quit") if quitting else self.tr("Keep the current file")
        self.give_up_button = self.addButton(give_up, QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.backup_button or self.other_button)

    def choice(self) -> Recovery:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.backup_button:
            return Recovery.BACKUP
        if clicked is self.other_button:
            return Recovery.OTHER
        return Recovery.GIVE_UP

    @classmethod
    def ask(
        cls, parent: QWidget | None, path: Path, reason: str, backup: str | None, *, quitting: bool
    ) -> Recovery:
        dialog = cls(path, reason, backup, quitting=quitting, parent=parent)
        dialog.exec()
        return dialog.choice()
