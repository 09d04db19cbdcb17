"""An invoice as a PDF a customer understands at a glance (ReportLab platypus).

Takes a plain `InvoiceDocument` (the domain invoice, the company profile, the language,
the customer's use) and writes A4 or Letter pages: who issues it and to whom, each
meter's reads and consumption, every charge with how it was worked out, the taxes per
rate, the total, the customer's use against their past and similar customers, how to
pay. The amounts are the invoice's own rounded amounts, so the printed lines add up.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from ..atomic_files import atomic_write_bytes
from ..domain.company import CompanyProfile
from ..domain.invoice_document import InvoiceDocument
from ..domain.invoices import (
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceState,
    InvoiceSummary,
    MeterBlock,
)
from ..domain.marks import NP_
from ..domain.periods import Period, Proration
from ..domain.text import ascii_only
from ..texts import LANGUAGES, Phrasebook
from .explanations import TEXTS as EXPLAINED
from .explanations import Wording, explain
from .pdf_style import ACCENT, BOLD, FONT, GREY, INK, LIGHT, colour, para, register_fonts, styles
from .usage_section import TEXTS as USAGE
from .usage_section import usage_section

TEXTS = Phrasebook(
    "invoice_pdf",
    {
        "invoice": NP_("invoice_pdf", "Invoice"),
        "credit_note": NP_("invoice_pdf", "Credit note"),
        "draft": NP_("invoice_pdf", "DRAFT"),
        "number": NP_("invoice_pdf", "Number"),
        "issued": NP_("invoice_pdf", "Issue date"),
        "due": NP_("invoice_pdf", "Due date"),
        "period": NP_("invoice_pdf", "Period"),
        "customer": NP_("invoice_pdf", "Customer"),
        "account": NP_("invoice_pdf", "Account"),
        "tax_id": NP_("invoice_pdf", "Tax ID"),
        "meter": NP_("invoice_pdf", "Meter {serial}"),
        "tariff": NP_("invoice_pdf", "Tariff: {tariff}"),
        "start": NP_("invoice_pdf", "Opening reading"),
        "end": NP_("invoice_pdf", "Closing reading"),
        "used": NP_("invoice_pdf", "Consumption"),
        "multiplier": NP_("invoice_pdf", "multiplier × {m}"),
        "rollover": NP_(
            "invoice_pdf", "The register rolled over (went past {limit} and started again)."
        ),
        "replaced": NP_("invoice_pdf", "Meter {old} was replaced by {new}; both parts are added."),
        "charge": NP_("invoice_pdf", "Charge"),
        "detail": NP_("invoice_pdf", "How it is worked out"),
        "amount": NP_("invoice_pdf", "Amount"),
        "subtotal": NP_("invoice_pdf", "Subtotal (tax base)"),
        "tax": NP_("invoice_pdf", "{name} {rate} on {base}"),
        "total": NP_("invoice_pdf", "Total"),
        "pay": NP_("invoice_pdf", "How to pay"),
        "pay_by": NP_("invoice_pdf", "Please pay {total} by {due}."),
        "bank": NP_("invoice_pdf", "Bank transfer to {iban} ({bank}), reference {reference}."),
        "credits": NP_("invoice_pdf", "Corrects invoice {number}: {reason}"),
        "page": NP_("invoice_pdf", "Page {n} of {of}"),
        "credits_dated": NP_(
            "invoice_pdf", "Corrects invoice {number} of {day}. Reason: {reason}."
        ),
        "refund": NP_("invoice_pdf", "{total} in your favour, deducted from your next invoice."),
        "refund_heading": NP_("invoice_pdf", "Amount in your favour"),
        "meter_lines": NP_("invoice_pdf", "Meter {serial} · {period}"),
        "ends": NP_(
            "invoice_pdf",
            "Consumption runs from the day of the start read to the day before the end read.",
        ),
        "marks": NP_("invoice_pdf", "A actual read · E estimated · C read by the customer"),
        "date": NP_("invoice_pdf", "Date"),
        "reading": NP_("invoice_pdf", "Reading ({unit})"),
        "mark": NP_("invoice_pdf", "Type"),
        "in_favour": NP_("invoice_pdf", "Total in your favour"),
        "prorated": NP_(
            "invoice_pdf",
            "Prorated: {days} days = {share} = {factor} {periods}. Amounts and blocks set per "
            "{period} apply in that proportion.",
        ),
        "logo_missing": NP_(
            "invoice_pdf",
            "The logo {path} cannot be read ({problem}); the invoice is printed without it.",
        ),
    },
)


Warn = Callable[[str], None]


def document_texts(language: str) -> dict[str, dict[str, str]]:
    """Every text an invoice's PDF says, by phrasebook, in `language`: what an issued
    document keeps, so a later translation does not reword it."""
    return {book.context: dict(book(language)) for book in (TEXTS, EXPLAINED, USAGE)}


def invoice_pdf(document: InvoiceDocument, warn: Warn | None = None) -> bytes:
    """The PDF of one invoice or credit note, in the document's language. `warn` hears
    about what was left out (a logo that cannot be read), which never stops the PDF."""
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    invoice, company = document.invoice, document.company
    language = document.language if document.language in LANGUAGES else "en"
    said = (document.texts or {}).get(language, {})  # an issued document's, as issued
    money = Wording(language, invoice.currency, "", Period.MONTH, said)
    t = dict(money.book(TEXTS))
    title = t[invoice.kind.value] + (f" {invoice.number}" if invoice.number else "")
    buffer = BytesIO()
    pages = SimpleDocTemplate(
        buffer,
        pagesize=LETTER if company.paper_size == "Letter" else A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=(24 if company.invoice_footer else 18) * mm,
        title=title,
        author=company.name,
        subject=f"{t['customer']} {invoice.customer.account} · {money.money(invoice.total)}",
        # An issued document is the same file at every export: no clock in it.
        invariant=invoice.issue_date is not None,
    )
    story = _story(replace(document, language=language), t, money, warn or (lambda _: None))
    draft = invoice.state is InvoiceState.DRAFT
    running = f"{title} · {invoice.customer.name}"  # heads the pages after the first
    canvas = _numbered_canvas(t, draft, company.invoice_footer, running, invoice.issue_date)
    pages.build(story, canvasmaker=canvas)
    return buffer.getvalue()


def pdf_file_name(invoice: Invoice | InvoiceSummary) -> str:
    """`F-2026-00042_Customer-Name.pdf`: safe characters only, on any file system, and never
    a path: a number stored before formats were checked ("../F/2026/1") is made safe too."""
    number = re.sub(r"[^A-Za-z0-9_.-]+", "-", ascii_only(invoice.number or ""))
    number = re.sub(r"\.{2,}", "-", number).lstrip(".")[:60] or f"draft-{invoice.id}"
    safe = "".join(
        c if c.isalnum() or c in "-_" else "-" for c in ascii_only(invoice.customer.name)
    )
    return f"{number}_{'-'.join(filter(None, safe.split('-')))[:60]}.pdf"


def write_invoice_pdf(document: InvoiceDocument, folder: Path, warn: Warn | None = None) -> Path:
    """The PDF into `folder` under its safe name; written whole or not at all."""
    target = folder / pdf_file_name(document.invoice)
    atomic_write_bytes(target, invoice_pdf(document, warn))
    return target


def _story(document: InvoiceDocument, t: dict[str, str], w: Wording, warn: Warn) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    invoice, company, language = document.invoice, document.company, document.language
    s = styles()
    logo = _logo(company.logo_path, document.logo, t, warn)
    story: list[Any] = [_header(invoice, company, logo, t, w, s), Spacer(1, 6 * mm)]
    if invoice.credited_number:
        corrected = document.corrected
        issued = corrected.issue_date if corrected is not None else None
        text = t["credits_dated" if issued else "credits"].format(
            number=invoice.credited_number,
            reason=invoice.reason,
            day=w.day(issued) if issued else "",
        )
        story.append(para(text, s["bold"]))
    for block in invoice.blocks:
        meter_wording = replace(w, unit=block.unit, period=block.tariff_period)
        lines = [line for line in invoice.lines if line.meter_serial == block.meter_serial]
        story += _meter(block, t, meter_wording, s, lines)
    if any(block.consumption.segments for block in invoice.blocks):
        story.append(para(f"{t['marks']}. {t['ends']}", s["small"]))
    story += _charges(invoice, t, w, s, language)
    story += _payment(invoice, company, t, w, s)  # how to pay, next to what to pay
    for usage in document.usage:
        block = next(b for b in invoice.blocks if b.meter_serial == usage.serial)
        wording = replace(w, unit=usage.unit, period=block.tariff_period)
        story += usage_section(usage, wording, name_meter=len(document.usage) > 1)
    if company.invoice_note:
        story += [Spacer(1, 3 * mm), para(company.invoice_note, s["base"])]
    return story


def _header(
    invoice: Invoice,
    company: CompanyProfile,
    logo: Any,
    t: dict[str, str],
    w: Wording,
    s: dict[str, Any],
) -> Any:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    issuer = ([logo] if logo is not None else []) + [para(company.name, s["company"])]
    details = [
        company.tax_id and f"{t['tax_id']} {company.tax_id}",
        company.address,
        " · ".join(filter(None, (company.email, company.phone))),
    ]
    issuer += [para(text, s["base"]) for text in details if text]
    c = invoice.customer
    customer = [para(t["customer"], s["small"]), para(c.name, s["bold"])]
    customer += [
        para(
            f"{t['account']} {c.account}" + (f" · {t['tax_id']} {c.tax_id}" if c.tax_id else ""),
            s["base"],
        )
    ]
    if c.address:
        customer.append(para(c.address, s["base"]))
    facts = [(t["number"], invoice.number or t["draft"])]
    if invoice.issue_date:
        facts.append((t["issued"], w.day(invoice.issue_date)))
    if invoice.due_date and invoice.kind is InvoiceKind.INVOICE:
        facts.append((t["due"], w.day(invoice.due_date)))
    facts.append((t["period"], _consumed(invoice, w)))
    title = [para(t[invoice.kind.value], s["title"])]
    title += [para(f"{label}: {value}", s["base"]) for label, value in facts]
    table = Table([[issuer, title], [customer, ""]], colWidths=[100 * mm, 74 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 1), (-1, 1), 6 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _logo(path: str, stored: bytes | None, t: dict[str, str], warn: Warn) -> Any:
    """The company's logo scaled into 45 × 16 mm, or None (and a warning) when the
    file is missing or not an image. An issued document's logo is the bytes `stored`
    when it was issued, whatever the file at `path` holds now."""
    if not path:
        return None
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    def source() -> Any:
        return path if stored is None else BytesIO(stored)

    try:
        if stored == b"":
            raise FileNotFoundError(path)
        width, height = ImageReader(source()).getSize()
    except Exception as error:  # missing, unreadable, not an image: PIL says many things
        if stored is not None:
            problem = "not readable when issued" if not stored else type(error).__name__
        else:
            problem = "no such file" if not Path(path).is_file() else type(error).__name__
        warn(t["logo_missing"].format(path=path, problem=problem))
        return None
    scale = min(45 * mm / width, 16 * mm / height)
    logo = Image(source(), width=width * scale, height=height * scale)
    logo.hAlign = "LEFT"
    return logo


def _consumed(invoice: Invoice, w: Wording) -> str:
    """The days actually billed (the meters' spans), not the month the run was for."""
    spans = [b.consumption.span for b in invoice.blocks]
    first = min((s.first for s in spans), default=invoice.period.first)
    last = max((s.last for s in spans), default=invoice.period.last)
    return f"{w.day(first)} – {w.day(last)}"


def _meter(
    block: MeterBlock,
    t: dict[str, str],
    w: Wording,
    s: dict[str, Any],
    lines: Sequence[InvoiceLine],
) -> list[Any]:
    from reportlab.platypus import Table, TableStyle

    used = block.consumption
    rows: list[list[str]] = []
    if used.segments:
        rows.append(["", t["date"], t["reading"].format(unit=block.unit), t["mark"]])
    notes = []
    for part in used.segments:
        for label, read in ((t["start"], part.start), (t["end"], part.end)):
            rows.append(
                [
                    f"{label} · {part.meter_serial}" if len(used.segments) > 1 else label,
                    w.day(read.on),
                    w.number(read.value),
                    read.type.letter,
                ]
            )
        if part.rolled_over:
            notes.append(t["rollover"].format(limit=w.number(part.start.value)))
    if len(used.segments) > 1:
        notes.append(
            t["replaced"].format(
                old=used.segments[0].meter_serial, new=used.segments[-1].meter_serial
            )
        )
    multiplier = used.segments[-1].multiplier if used.segments else Decimal(1)
    total = w.quantity(used.quantity)
    if multiplier != 1:
        total += f" ({t['multiplier'].format(m=w.number(multiplier))})"
    rows.append([t["used"], f"{w.day(used.span.first)} – {w.day(used.span.last)}", total, ""])
    table = Table(rows, colWidths=[60 * 2.835, 55 * 2.835, 45 * 2.835, 14 * 2.835])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("FONT", (0, -1), (-1, -1), BOLD, 9),
                *(
                    [
                        ("FONT", (0, 0), (-1, 0), FONT, 7.5),
                        ("TEXTCOLOR", (0, 0), (-1, 0), colour(GREY)),
                    ]
                    if used.segments
                    else []
                ),
                ("TEXTCOLOR", (0, 0), (-1, -1), colour(INK)),
                ("ALIGN", (2, 0), (3, -1), "RIGHT"),
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, colour(GREY)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    heading = (
        t["meter"].format(serial=block.meter_serial)
        + " · "
        + t["tariff"].format(tariff=block.tariff)
    )
    prorated = next((line.rated.proration for line in lines if line.rated.proration), None)
    if prorated is not None:
        notes.append(_proration(prorated, t, w))
    return [para(heading, s["heading"]), table, *(para(n, s["small"]) for n in notes)]


def _proration(proration: Proration, t: dict[str, str], w: Wording) -> str:
    """ "Prorated: 32 days = 25/31 + 7/30 = 1.0398 months": the share once, in words."""
    days = sum(part.days for part in proration.parts)
    share = " + ".join(f"{p.days}/{p.days_in_period}" for p in proration.parts)
    period = w.text(w.period.value)
    factor = w.number(round(Decimal(proration.factor.numerator) / proration.factor.denominator, 4))
    return t["prorated"].format(
        days=days, share=share, factor=factor, periods=w.text(f"{w.period.value}s"), period=period
    )


def _charges(
    invoice: Invoice, t: dict[str, str], w: Wording, s: dict[str, Any], language: str
) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    units = {b.meter_serial: b for b in invoice.blocks}
    rows: list[list[Any]] = [
        [
            para(t["charge"], s["bold"]),
            para(t["detail"], s["bold"]),
            para(t["amount"], s["bold_right"]),
        ]
    ]
    groups: list[int] = []  # rows naming the meter the lines below are for
    shown = None
    for line in invoice.lines:
        block = units.get(line.meter_serial)
        wording = w if block is None else replace(w, unit=block.unit, period=block.tariff_period)
        if len(units) > 1 and block is not None and line.meter_serial != shown:
            shown = line.meter_serial
            span = block.consumption.span
            heading = t["meter_lines"].format(
                serial=shown, period=f"{w.day(span.first)} – {w.day(span.last)}"
            )
            groups.append(len(rows))
            rows.append([para(heading, s["small_bold"]), "", ""])
        rows.append(
            [
                para(line.rated.label, s["base"]),
                para(explain(line.rated, wording), s["base"]),
                para(w.money(line.rated.amount), s["right"]),
            ]
        )
    body = len(rows)
    rows.append(
        [para(t["subtotal"], s["bold"]), "", para(w.money(invoice.subtotal), s["bold_right"])]
    )
    for tax in invoice.taxes:
        label = t["tax"].format(name=tax.name, rate=w.percent(tax.rate), base=w.money(tax.base))
        rows.append([para(label, s["base"]), "", para(w.money(tax.amount), s["right"])])
    # In the customer's favour the amount is said in words, not with a minus sign.
    total = t["in_favour"] if invoice.total < 0 else t["total"]
    rows.append([para(total, s["total"]), "", para(w.money(abs(invoice.total)), s["total_right"])])
    table = Table(rows, colWidths=[42 * mm, 94 * mm, 38 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colour(LIGHT)),
                ("LINEBELOW", (0, body - 1), (-1, body - 1), 0.6, colour(GREY)),
                ("LINEABOVE", (0, -1), (-1, -1), 1.2, colour(ACCENT)),
                # Subtotal, taxes and total: the label spans the first two columns.
                *(("SPAN", (0, row), (1, row)) for row in range(body, len(rows))),
                *(("SPAN", (0, row), (-1, row)) for row in groups),
            ]
        )
    )
    return [Spacer(1, 4 * mm), table]


def _payment(
    invoice: Invoice, company: CompanyProfile, t: dict[str, str], w: Wording, s: dict[str, Any]
) -> list[Any]:
    if invoice.kind is InvoiceKind.CREDIT_NOTE:
        back = t["refund"].format(total=w.money(-invoice.total))
        return [para(t["refund_heading"], s["heading"]), para(back, s["base"])]
    if invoice.due_date is None:
        return []
    lines = [
        para(t["pay"], s["heading"]),
        para(
            t["pay_by"].format(total=w.money(invoice.total), due=w.day(invoice.due_date)), s["base"]
        ),
    ]
    if company.iban:
        lines.append(
            para(
                t["bank"].format(
                    iban=company.iban, bank=company.bank_name, reference=invoice.number
                ),
                s["base"],
            )
        )
    return lines


def _numbered_canvas(
    t: dict[str, str], draft: bool, footer: str, running: str, issued: date | None
) -> Any:
    """A canvas that writes "Page 1 of 2" (known only at the end), the legal footer and
    the draft mark on every page; an issued document is dated its issue date."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            if issued is not None:
                self.setDateFormatter(lambda *_: f"D:{issued:%Y%m%d}000000+00'00'")

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for page in self._pages:
                self.__dict__.update(page)
                self._decorate(len(self._pages))
                super().showPage()
            super().save()

        def _decorate(self, pages: int) -> None:
            width, height = self._pagesize
            self.setFont(FONT, 7.5)
            self.setFillColor(colour(GREY))
            if self._pageNumber > 1:  # a loose page still says whose invoice it is
                self.drawString(51, height - 28, running)
            self.drawRightString(width - 51, 28, t["page"].format(n=self._pageNumber, of=pages))
            room = width - 2 * 51 - 70  # the page number keeps the right-hand corner
            lines = [
                piece
                for paragraph in footer.splitlines()
                for piece in simpleSplit(paragraph, FONT, 6.5, room)
            ][:4]
            self.setFont(FONT, 6.5)
            for n, line in enumerate(lines):
                self.drawString(51, 28 + 8 * (len(lines) - 1 - n), line)
            if draft:
                self.saveState()
                self.setFont(BOLD, 80)
                self.setFillColorRGB(0.85, 0.2, 0.2, alpha=0.15)
                self.translate(width / 2, 420)
                self.rotate(35)
                self.drawCentredString(0, 0, t["draft"])
                self.restoreState()

    return NumberedCanvas
