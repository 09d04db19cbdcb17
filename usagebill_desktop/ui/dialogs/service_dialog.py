"""The frame of a small dialog that saves through one service call: a form, a line that
says what went wrong, OK and Cancel. The meter dialogs are built on it."""

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.register import ReadRefused, Why
from .. import styles
from ..formatting import Formatter
from ..operations import Operation


class Unreadable(ValueError):
    """A number field holds text that is not a number; `field` names it."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class ServiceDialog(QDialog):
    """OK gathers the form on the GUI thread (`service_call`), runs it as the `saving`
    operation, and closes once it succeeded, with its result in `saved`; a broken rule is
    said in the dialog, which stays open with the cursor on the field it names.

    With `offers_keep`, a read the register's checks refuse but a person may keep (lower
    than the one before, or far beyond the usual use) shows the "keep as typed" box: ticked,
    OK saves it (`keep` is then checked)."""

    def __init__(
        self,
        title: str,
        formatter: Formatter,
        parent: QWidget | None = None,
        *,
        offers_keep: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.formatter = formatter
        self.saved: object = None
        self.form = QFormLayout()
        self.keep = QCheckBox(self.tr("Keep this read as typed: I have looked at the register"))
        self.keep.hide()
        self._offers_keep = offers_keep
        self.error = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.keep)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.saving = Operation(self, waiting=(self.buttons,), status=self.error)
        self.saving.succeeded.connect(self._on_saving_succeeded)
        self.saving.failed.connect(self._on_saving_failed)
        self._refused: list[DomainError] = []  # from the save's thread

    def service_call(self) -> Callable[[], object]:
        raise NotImplementedError

    def editors(self) -> dict[str, QWidget]:
        """Each field the services name, and where it is typed."""
        return {}

    def number(self, edit: QLineEdit, field: str) -> Decimal:
        try:
            return self.formatter.parse_number(edit.text())
        except ValueError:
            raise Unreadable(field) from None

    def accept(self) -> None:
        try:
            call = self.service_call()
        except Unreadable as unreadable:
            self.error.setStyleSheet(styles.PROBLEM)
            self.error.setText(self.tr("This is not a number."))
            self._focus(unreadable.field)
            return
        refused = self._refused
        refused.clear()

        def work() -> object:
            try:
                return call()
            except DomainError as error:
                refused.append(error)
                raise

        self.saving.start(work)

    def done(self, result: int) -> None:
        """However the dialog closes, a save under way ends first."""
        if self.saving.running:
            self.saving.wait()
            if self.saved is not None:
                return
        super().done(result)

    def _on_saving_succeeded(self, saved: object) -> None:
        self.saved = saved
        super().accept()

    def _on_saving_failed(self, _error: str) -> None:
        error = self._refused[0] if self._refused else None
        if isinstance(error, ReadRefused):
            if self._offers_keep and error.check.why in (Why.LOWER, Why.BEYOND):
                self.keep.show()
            self._focus("value")
        else:
            self._focus(getattr(error, "field", ""))

    def _focus(self, field: str) -> None:
        editor = self.editors().get(field)
        if editor is not None:
            editor.setFocus()
