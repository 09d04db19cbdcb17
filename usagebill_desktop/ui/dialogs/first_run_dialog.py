"""The first start: open the demo workspace, or start with an empty one."""

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class FirstRunChoice(Enum):
    DEMO = "demo"
    EMPTY = "empty"
    QUIT = "quit"


class FirstRunDialog(QMessageBox):
    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to UsageBill"))
        self.setIcon(QMessageBox.Icon.Information)
        self.setText(self.tr("There is no data file yet."))
        self.setInformativeText(
            self.tr(
                "Open a demo workspace (a village water utility and a co-working space, "
                "with two years of readings) to look around; it is kept in a file of its own. "
                "Or start with an empty workspace for your own data.\n\n"
                "Your data will be kept in:\n{location}"
            ).format(location=location)
        )
        self.demo_button = self.addButton(
            self.tr("Open &demo workspace"), self.ButtonRole.AcceptRole
        )
        self.empty_button = self.addButton(self.tr("Start &empty"), self.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.demo_button)

    def choice(self) -> FirstRunChoice:
        clicked = self.clickedButton()
        if clicked is self.demo_button:
            return FirstRunChoice.DEMO
        if clicked is self.empty_button:
            return FirstRunChoice.EMPTY
        return FirstRunChoice.QUIT

    @classmethod
    def ask(cls, location: str) -> FirstRunChoice:
        dialog = cls(location)
        dialog.exec()
        return dialog.choice()
