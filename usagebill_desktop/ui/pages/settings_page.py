"""Settings: the company profile every invoice prints."""

from dataclasses import fields, replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
)
from ...domain.errors import DomainError
from ...services.company import get_company, save_company
from ...services.ports import OpenUnitOfWork
from ...texts import FILE_LOCALES
from .. import styles
from ..operations import Operation


class SettingsPage(QWidget):
    """Signals: none; saving writes through the company service.

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

    def profile(self) -> CompanyProfile:
        """What the form says now."""
        values = {name: _get(editor) for name, editor in self._editors.items()}
        known = {f.name for f in fields(CompanyProfile)}
        return replace(CompanyProfile(), **{k: v for k, v in values.items() if k in known})

    def _on_save_clicked(self) -> None:
        profile, open_uow = self.profile(), self._open_uow
        self.saving.start(lambda: save_company(open_uow, profile=profile))

    def _on_saving_succeeded(self, _saved: object) -> None:
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
        """The format, and what the first number of this year would look like."""
        box = QWidget()
        editor = QLineEdit()
        preview = QLabel()
        preview.setStyleSheet(styles.QUIET)
        editor.textChanged.connect(lambda text: preview.setText(self._number_preview(text)))
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        row.addWidget(preview)
        box.setProperty("line_edit", editor)
        editor.setToolTip(
            self.tr(
                "{year} is the issue year, {seq} the number in the series; "
                "{seq:05d} pads it to five digits: F-{year}-{seq:05d} gives F-2026-00001."
            )
        )
        return box

    def _number_preview(self, template: str) -> str:
        try:
            check_profile(replace(CompanyProfile(), invoice_number_format=template))
        except DomainError:
            return self.tr("not a valid format")
        first = format_document_number(template, year=date.today().year, seq=1)
        return self.tr("first: {number}").format(number=first)

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
