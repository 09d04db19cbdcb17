"""The one way the window's date fields are made: every QDateEdit shows the day, the month
and the four-digit year ("28/11/2026"), never the locale's short form ("28/11/26")."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

DATE_FORMAT = "dd/MM/yyyy"


def date_edit(day: date | QDate, parent: QWidget | None = None) -> QDateEdit:
    """A date field on `day`, with its calendar to pick from."""
    edit = QDateEdit(day if isinstance(day, QDate) else to_qdate(day), parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> date:
    shown = edit.date()
    return date(shown.year(), shown.month(), shown.day())
