"""Words the window uses on more than one page or dialog for the same thing, from one
table each, so a status or a kind of read is never called two names."""

from PySide6.QtCore import QCoreApplication

from ..domain.invoices import InvoiceStatus
from ..domain.readings import ReadType


def invoice_states() -> dict[InvoiceStatus, str]:
    """Each invoice status as the window words it (the Invoices page, the account view)."""
    return {
        InvoiceStatus.DRAFT: QCoreApplication.translate("InvoiceStatus", "Draft"),
        InvoiceStatus.ISSUED: QCoreApplication.translate("InvoiceStatus", "Issued"),
        InvoiceStatus.PARTIALLY_PAID: QCoreApplication.translate("InvoiceStatus", "Partly paid"),
        InvoiceStatus.PAID: QCoreApplication.translate("InvoiceStatus", "Paid"),
        InvoiceStatus.OVERDUE: QCoreApplication.translate("InvoiceStatus", "Overdue"),
        InvoiceStatus.VOID: QCoreApplication.translate("InvoiceStatus", "Cancelled"),
    }


def read_types() -> dict[ReadType, str]:
    """Each kind of read, with the letter printed next to it on invoices (the Readings
    page, the read sheet, the dialogs that type or correct a reading)."""
    return {
        ReadType.ACTUAL: QCoreApplication.translate("ReadType", "A · Actual"),
        ReadType.ESTIMATED: QCoreApplication.translate("ReadType", "E · Estimated"),
        ReadType.CUSTOMER: QCoreApplication.translate("ReadType", "C · Customer read"),
    }
