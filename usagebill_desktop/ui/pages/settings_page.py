"""Settings: the company profile every invoice prints, and the window's language."""

from dataclasses import fields, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.company import (
    PAPER_SIZES,
    CompanyProfile,
    check_profile,
    format_document_number,
    sequence_digits,
)
from ...domain.errors import DomainError
from ...services.company import get_company, save_company
from ...services.ports import OpenUnitOfWork
from ...texts import FILE_LOCALES, LANGUAGES
from .. import remembered, styles
from ..i18n import window_language
from ..operations import Operation

WINDOW_LANGUAGES = {"es": "Español", "en": "English"}  # each in its own words
assert set(WINDOW_LANGUAGES) == set(LANGUAGES)
Answer = QMessageBox.StandardButton


class SettingsPage(QWidget):
    """Signals: none; saving writes through the company service, and the window language
    to the remembered settings (used at the next start).

    Leaving the page or closing the window with unsaved changes asks (`may_leave`):
    Save, Discard or Cancel.

    Operations (see `ui.operations`): `saving` (the profile).
    """

    def __init__(self, open_uow: OpenUnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_uow = open_uow
        self._editors: dict[str, QWidget] = {}
        title = QLabel(self.tr("Company profile"), styleSheet=styles.PAGE_TITLE)
        form = QFormLayout()
        for name, label, widget in self._fields():
            # A composite row (logo picker, number format) names its line edit.
            editor = self._editors[name] = widget.property("line_edit") or widget
            editor.setObjectName(name)  # the profile's field: what a test finds it by
            form.addRow(label, widget)
        self.language = QComboBox()
        self.language.setObjectName("window_language")
        for code, name in WINDOW_LANGUAGES.items():
            self.language.addItem(name, code)
        restart = QLabel(self.tr("Applies the next time UsageBill starts."))
        restart.setStyleSheet(styles.QUIET)
        language = QHBoxLayout()
        language.addWidget(self.language)
        language.addWidget(restart, 1)
        form.addRow(self.tr("Window language"), language)
        self._saved: tuple[CompanyProfile, str] | None = None  # as loaded or last saved
        self._saving: tuple[CompanyProfile, str] | None = None
        self.status = QLabel(wordWrap=True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        body = QWidget(maximumWidth=820)  # long lines are hard to read on a wide screen
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addLayout(form)
        column.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addStretch(1)
        self.saving = Operation(self, waiting=(self.save_button,), status=self.status)
        self.saving.succeeded.connect(self._on_saving_succeeded)
        self.load()

    def load(self) -> None:
        profile = get_company(self._open_uow)
        for name, editor in self._editors.items():
            _set(editor, getattr(profile, name))
        chosen = remembered.language() or window_language()
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self._saved = self._shown()

    def _shown(self) -> tuple[CompanyProfile, str]:
        return self.profile(), str(self.language.currentData())

    def may_leave(self) -> bool:
        """True when nothing is unsaved, or the user saved or discarded it; False when
        they chose to stay (or the save was refused: the reason shows on the page)."""
        if self._saved is None or self._shown() == self._saved:
            return True
        answer = self.ask_unsaved(self)
        if answer == Answer.Discard:
            self.load()
            return True
        if answer == Answer.Save:
            self._on_save_clicked()
            self.saving.wait()
            return self._shown() == self._saved
        return False

    @classmethod
    def ask_unsaved(cls, parent: QWidget) -> QMessageBox.StandardButton:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("SettingsPage", "Unsaved settings"),
            QCoreApplication.translate(
                "SettingsPage", "The settings have changes that are not saved."
            ),
            Answer.Save | Answer.Discard | Answer.Cancel,
            parent,
        )
        box.setInformativeText(
            QCoreApplication.translate("SettingsPage", "Save them before leaving?")
        )
        box.setDefaultButton(Answer.Save)
        box.exec()
        return box.standardButton(box.clickedButton())

    def profile(self) -> CompanyProfile:
        """What the form says now."""
        values = {name: _get(editor) for name, editor in self._editors.items()}
        known = {f.name for f in fields(CompanyProfile)}
        return replace(CompanyProfile(), **{k: v for k, v in values.items() if k in known})

    def _on_save_clicked(self) -> None:
        profile, open_uow = self.profile(), self._open_uow
        self._saving = self._shown()
        self.saving.start(lambda: save_company(open_uow, profile=profile))

    def _on_saving_succeeded(self, _saved: object) -> None:
        if self._saving is not None:
            remembered.set_language(self._saving[1])
            self._saved, self._saving = self._saving, None
        self.status.setText(self.tr("Saved."))

    def _fields(self) -> list[tuple[str, str, QWidget]]:
        locale = QComboBox()
        for choice in FILE_LOCALES:
            locale.addItem(choice.name, choice.code)
        terms = QSpinBox(minimum=0, maximum=365, suffix=self.tr(" days"))
        paper = QComboBox()
        for size in PAPER_SIZES:
            paper.addItem(size, size)
        return [
            ("name", self.tr("Name"), QLineEdit()),
            ("tax_id", self.tr("Tax ID"), QLineEdit()),
            ("address", self.tr("Address"), QPlainTextEdit(tabChangesFocus=True, maximumHeight=70)),
            ("email", self.tr("E-mail"), QLineEdit()),
            ("phone", self.tr("Phone"), QLineEdit()),
            ("logo_path", self.tr("Logo (PNG or JPG)"), self._logo_picker()),
            ("bank_name", self.tr("Bank"), QLineEdit()),
            ("iban", self.tr("IBAN"), QLineEdit()),
            ("currency", self.tr("Currency"), QLineEdit(maxLength=3)),
            ("locale", self.tr("Language and formats"), locale),
            ("invoice_number_format", self.tr("Invoice numbers"), self._number_format()),
            ("credit_note_number_format", self.tr("Credit note numbers"), self._number_format()),
            ("payment_terms_days", self.tr("Payment terms"), terms),
            ("paper_size", self.tr("Paper size"), paper),
            (
                "invoice_note",
                self.tr("Text on every invoice"),
                QPlainTextEdit(
                    tabChangesFocus=True,
                    maximumHeight=55,
                    placeholderText=self.tr("e.g. office hours, a notice to customers"),
                ),
            ),
            (
                "invoice_footer",
                self.tr("Legal footer"),
                QPlainTextEdit(
                    tabChangesFocus=True,
                    maximumHeight=55,
                    placeholderText=self.tr("e.g. registry details, data protection"),
                ),
            ),
            (
                "compare_with_peers",
                "",
                QCheckBox(
                    self.tr("Compare each customer's use with similar customers on the invoice")
                ),
            ),
        ]

    def _number_format(self) -> QWidget:
        """The format, and in words what numbers it gives this year."""
        box = QWidget()
        editor = QLineEdit()
        preview = QLabel(wordWrap=True)
        preview.setStyleSheet(styles.QUIET)
        editor.textChanged.connect(lambda text: preview.setText(self._number_preview(text)))
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(preview)
        box.setProperty("line_edit", editor)
        box.setProperty("preview", preview)
        editor.setToolTip(
            self.tr(
                "{year} is the issue year, {seq} the number in the series; "
                "{seq:05d} pads it to five digits: F-{year}-{seq:05d} gives F-2026-00001."
            )
        )
        return box

    def _number_preview(self, template: str) -> str:
        """ "F-2026-00001, F-2026-00002 … 5-digit numbers, starting again each year"."""
        try:
            check_profile(replace(CompanyProfile(), invoice_number_format=template))
        except DomainError:
            return self.tr("Not a valid format: hover over the box to see how to write one.")
        year = date.today().year
        first, second = (format_document_number(template, year=year, seq=n) for n in (1, 2))
        digits = sequence_digits(template)
        if digits:
            words = self.tr("{digits}-digit numbers, starting again each year")
        else:
            words = self.tr("Numbers without leading zeros, starting again each year")
        return f"{first}, {second} … {words.format(digits=digits)}"

    def _logo_picker(self) -> QWidget:
        box = QWidget()
        path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda: self._on_browse_clicked(path))
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(path, 1)
        row.addWidget(browse)
        box.setProperty("line_edit", path)
        return box

    def _on_browse_clicked(self, target: QLineEdit) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if chosen:
            target.setText(chosen)


def _set(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(str(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(value)))


def _get(editor: QWidget) -> Any:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QLineEdit):
        return editor.text().strip()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText().strip()
    if isinstance(editor, QSpinBox):
        return editor.value()
    assert isinstance(editor, QComboBox)
    return editor.currentData()
