"""Help: a month's work in the window, step by step; and what this program is (version,
data file, the libraries inside it and their licences)."""

import platform
import re
from importlib.metadata import PackageNotFoundError, metadata, requires, version

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

DISTRIBUTION = "usagebill-desktop"


class GettingStartedDialog(QDialog):
    """A month's work, in the order the window has it; the page names are the sidebar's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.resize(720, 560)
        self.text = QTextBrowser(openExternalLinks=False)
        self.text.setHtml(self.guide())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def guide(self) -> str:
        steps = [
            (
                self.tr("Once: your company"),
                self.tr(
                    "In <i>Settings</i>, fill in the name, tax ID, address and bank details "
                    "every invoice prints, the payment terms and how invoices are numbered. "
                    "Press <b>Save</b>."
                ),
            ),
            (
                self.tr("Once: your tariffs"),
                self.tr(
                    "In <i>Tariffs</i>, create a tariff or import a tariff file. Try a quote "
                    "beside it to see what a given use would cost."
                ),
            ),
            (
                self.tr("Customers and meters"),
                self.tr(
                    "In <i>Customers</i>, <b>New customer…</b> (Ctrl+N) adds one. In "
                    "<i>Meters</i>, add each meter to its customer with its first reading "
                    "and give it a tariff from a date."
                ),
            ),
            (
                self.tr("Every month: readings"),
                self.tr(
                    "In <i>Readings</i>, type the round's readings, or import a spreadsheet or "
                    "CSV file (or drop it on the window). Each value is checked: a warning "
                    "shows in amber, a rejected value in red, and a lower reading asks whether "
                    "the meter went round or it is a mistake."
                ),
            ),
            (
                self.tr("Every month: billing"),
                self.tr(
                    "In <i>Billing</i>, choose the period and run it. Drafts are made, not "
                    "sent: look at the findings first (unusual use, missing readings), correct "
                    "a reading and bill that customer again, or leave a draft out. Then "
                    "<b>Issue</b> gives the invoices their numbers."
                ),
            ),
            (
                self.tr("Invoices"),
                self.tr(
                    "In <i>Invoices</i>, find an invoice to see it as it prints, print it, or "
                    "export a whole period as PDF files with one combined file for printing."
                ),
            ),
            (
                self.tr("Keep your data safe"),
                self.tr(
                    "Everything is kept in one data file on this computer (Help → About "
                    "UsageBill says where). Back it up from the File menu, and keep copies "
                    "somewhere else too."
                ),
            ),
        ]
        keys = self.tr(
            "Keys: Ctrl+1 to Ctrl+9 and Ctrl+0 open the pages in the sidebar's order, "
            "Ctrl+F goes to the search box, Ctrl+N adds a new one where the page has it, "
            "Ctrl+Q quits."
        )
        items = "".join(f"<li><p><b>{title}</b><br>{text}</p></li>" for title, text in steps)
        intro = self.tr("A month's work in UsageBill, from an empty data file:")
        return f"<h2>{self.tr('Getting started')}</h2><p>{intro}</p><ol>{items}</ol><p>{keys}</p>"

    @classmethod
    def ask(cls, parent: QWidget) -> None:
        cls(parent).exec()


class AboutDialog(QDialog):
    """The version, the data file (copyable), the versions underneath and the licences of
    the libraries the program is made with, as their own packages declare them."""

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About UsageBill"))
        self.resize(640, 520)
        title = QLabel(f"<h2>UsageBill {_version(DISTRIBUTION)}</h2>")
        summary = QLabel(self.tr("Offline billing for metered services."))
        self.data_file = QLineEdit(location, readOnly=True)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        where = QHBoxLayout()
        where.addWidget(self.data_file, 1)
        where.addWidget(self.copy_button)
        form = QFormLayout()
        form.addRow(self.tr("Data file"), where)
        form.addRow("Python", QLabel(platform.python_version()))
        form.addRow("Qt", QLabel(qVersion()))
        form.addRow("PySide6", QLabel(PySide6.__version__))
        self.licences = QTableWidget(0, 3)
        self.licences.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        rows = self.licences.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.licences.fontMetrics().height() + 8)
        self.licences.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for name, installed, licence in bundled_libraries():
            row = self.licences.rowCount()
            self.licences.insertRow(row)
            for column, text in enumerate((name, installed, licence)):
                self.licences.setItem(row, column, QTableWidgetItem(text))
        header = self.licences.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Made with these libraries:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.data_file.text())

    @classmethod
    def ask(cls, parent: QWidget, location: str) -> None:
        cls(location, parent).exec()


def bundled_libraries() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each library the program requires, read from the
    installed packages' own metadata."""
    found = []
    for requirement in requires(DISTRIBUTION) or []:
        if "extra ==" in requirement:
            continue  # tools for developing, not part of the program
        name = re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0]
        try:
            found.append((name, _version(name), _licence(name)))
        except PackageNotFoundError:
            continue
    return sorted(found, key=lambda library: library[0].lower())


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return ""


def _licence(name: str) -> str:
    """The SPDX expression, else the licence classifiers, else the first line of the
    free-text licence field."""
    declared = metadata(name)
    expression = declared.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [
        c.split(" :: ")[-1] for c in declared.get_all("Classifier") or [] if c.startswith("License")
    ]
    if classifiers:
        return ", ".join(classifiers)
    text = str(declared.get("License") or "")
    return text.splitlines()[0] if text else ""
