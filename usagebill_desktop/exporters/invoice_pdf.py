"""An invoice as a PDF a customer understands at a glance (ReportLab platypus).

Takes plain objects (the domain `Invoice`, the `CompanyProfile`, a language) and
writes A4 pages: who issues it and to whom, each meter's reads and consumption, every
charge with how it was worked out, the taxes per rate, the total, how to pay. The
amounts are the invoice's own rounded amounts, so the printed lines add up.
"""

import unicodedata
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from ..domain.company import CompanyProfile
from ..domain.invoices import Invoice, InvoiceKind, InvoiceState, MeterBlock
from ..domain.periods import Period
from ..paths import resources_dir
from .explanations import Wording, explain

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK, GREY, LIGHT, ACCENT = "#1d2430", "#5f6b7a", "#e9edf2", "#1f6f8b"

TEXTS = {
    "en": {"invoice": "Invoice", "credit_note": "Credit note", "draft": "DRAFT",
           "number": "Number", "issued": "Issue date", "due": "Due date", "period": "Period",
           "customer": "Customer", "account": "Account", "tax_id": "Tax ID",
           "meter": "Meter {serial}", "tariff": "Tariff: {tariff}", "start": "Start read",
           "end": "End read", "used": "Consumption", "multiplier": "multiplier × {m}",
           "rollover": "The register rolled over (went past {limit} and started again).",
           "replaced": "Meter {old} was replaced by {new}; both parts are added.",
           "charge": "Charge", "detail": "How it is worked out", "amount": "Amount",
           "subtotal": "Subtotal (tax base)", "tax": "{name} {rate} on {base}",
           "total": "Total", "pay": "How to pay", "pay_by": "Please pay {total} by {due}.",
           "bank": "Bank transfer to {iban} ({bank}), reference {reference}.",
           "credits": "Corrects invoice {number}: {reason}", "page": "Page {n} of {of}",
           "credits_dated": "Corrects invoice {number} of {day}. Reason: {reason}.",
           "refund": "{total} in your favour: refunded by bank transfer or deducted from "
                     "your next invoice.",
           "marks": "A actual read · E estimated · C read by the customer",
           "date": "Date", "reading": "Reading ({unit})", "mark": "Type",
           "in_favour": "Total in your favour"},
    "es": {"invoice": "Factura", "credit_note": "Factura rectificativa", "draft": "BORRADOR",
           "number": "Número", "issued": "Fecha de emisión", "due": "Vencimiento",
           "period": "Periodo", "customer": "Cliente", "account": "Nº abonado", "tax_id": "NIF",
           "meter": "Contador {serial}", "tariff": "Tarifa: {tariff}",
           "start": "Lectura inicial", "end": "Lectura final", "used": "Consumo",
           "multiplier": "multiplicador × {m}",
           "rollover": "El totalizador dio la vuelta (pasó de {limit} y volvió a empezar).",
           "replaced": "El contador {old} se sustituyó por el {new}; se suman ambas partes.",
           "charge": "Concepto", "detail": "Cómo se calcula", "amount": "Importe",
           "subtotal": "Base imponible", "tax": "{name} {rate} sobre {base}", "total": "Total",
           "pay": "Forma de pago", "pay_by": "Importe a pagar: {total}, antes del {due}.",
           "bank": "Transferencia a {iban} ({bank}), concepto {reference}.",
           "credits": "Rectifica la factura {number}: {reason}", "page": "Página {n} de {of}",
           "credits_dated": "Rectifica la factura {number} de fecha {day}. Motivo: {reason}.",
           "refund": "Importe a su favor: {total}; se le devolverá por transferencia o se "
                     "descontará de su próxima factura.",
           "marks": "A lectura real · E estimada · C facilitada por el cliente",
           "date": "Fecha", "reading": "Lectura ({unit})", "mark": "Tipo",
           "in_favour": "Total a su favor"},
}  # fmt: skip


@cache
def _fonts() -> None:
    """Register the bundled Unicode font once: €, ñ, á, ç and ü print everywhere."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))


def invoice_pdf(invoice: Invoice, company: CompanyProfile, language: str,
                corrected: Invoice | None = None) -> bytes:  # fmt: skip
    """The PDF of one invoice or credit note (with the invoice it corrects), in the
    customer's language."""
    # ReportLab is heavy: it loads when a PDF is made, not when the window opens.
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    _fonts()
    t = TEXTS[language if language in TEXTS else "en"]
    money = Wording(language, invoice.currency, "", Period.MONTH)
    title = t[invoice.kind.value] + (f" {invoice.number}" if invoice.number else "")
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=18 * mm, title=title, author=company.name,
        subject=f"{t['customer']} {invoice.customer.account} · {money.money(invoice.total)}",
    )  # fmt: skip
    story = _story(invoice, company, t, money, language, corrected)
    draft = invoice.state is InvoiceState.DRAFT
    document.build(story, canvasmaker=_numbered_canvas(t, draft))
    return buffer.getvalue()


def write_invoice_pdf(invoice: Invoice, company: CompanyProfile, language: str,
                      folder: Path, corrected: Invoice | None = None) -> Path:  # fmt: skip
    """`F-2026-00042_Customer-Name.pdf` in `folder` (safe characters only)."""
    name = invoice.number or f"draft-{invoice.id}"
    plain = unicodedata.normalize("NFKD", invoice.customer.name).encode("ascii", "ignore").decode()
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in plain)
    target = folder / f"{name}_{'-'.join(filter(None, safe.split('-')))[:60]}.pdf"
    target.write_bytes(invoice_pdf(invoice, company, language, corrected))
    return target


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12, textColor=INK)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10, textColor=GREY),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT
        ),
        "company": ParagraphStyle("company", parent=base, fontName=BOLD, fontSize=12, leading=15),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        "total": ParagraphStyle(
            "total", parent=base, fontName=BOLD, fontSize=14, leading=18, textColor=ACCENT
        ),
        "total_right": ParagraphStyle(
            "total_right",
            parent=base,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            alignment=2,
        ),
        "bold_right": ParagraphStyle("bold_right", parent=base, fontName=BOLD, alignment=2),
        "bold": ParagraphStyle("bold", parent=base, fontName=BOLD),
    }


def _p(text: str, style: Any) -> Any:
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _story(invoice: Invoice, company: CompanyProfile, t: dict[str, str], w: Wording,
           language: str, corrected: Invoice | None) -> list[Any]:  # fmt: skip
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    s = _styles()
    story: list[Any] = [_header(invoice, company, t, w, s), Spacer(1, 6 * mm)]
    if invoice.credited_number:
        issued = corrected.issue_date if corrected is not None else None
        text = t["credits_dated" if issued else "credits"].format(
            number=invoice.credited_number, reason=invoice.reason,
            day=w.day(issued) if issued else "")  # fmt: skip
        story.append(_p(text, s["bold"]))
    for block in invoice.blocks:
        meter_wording = Wording(language, invoice.currency, block.unit, block.tariff_period)
        story += _meter(block, t, meter_wording, s)
    story += _charges(invoice, t, w, s, language)
    story += _payment(invoice, company, t, w, s)
    if any(block.consumption.segments for block in invoice.blocks):
        story.append(Spacer(1, 4 * mm))
        story.append(_p(t["marks"], s["small"]))
    return story


def _header(invoice: Invoice, company: CompanyProfile, t: dict[str, str], w: Wording,
            s: dict[str, Any]) -> Any:  # fmt: skip
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    issuer = [_p(company.name, s["company"])]
    details = [company.tax_id and f"{t['tax_id']} {company.tax_id}", company.address,
               " · ".join(filter(None, (company.email, company.phone)))]  # fmt: skip
    issuer += [_p(text, s["base"]) for text in details if text]
    c = invoice.customer
    customer = [_p(t["customer"], s["small"]), _p(c.name, s["bold"])]
    customer += [_p(f"{t['account']} {c.account}" + (f" · {t['tax_id']} {c.tax_id}"
                                                     if c.tax_id else ""), s["base"])]  # fmt: skip
    if c.address:
        customer.append(_p(c.address, s["base"]))
    facts = [(t["number"], invoice.number or t["draft"])]
    if invoice.issue_date:
        facts.append((t["issued"], w.day(invoice.issue_date)))
    if invoice.due_date and invoice.kind is InvoiceKind.INVOICE:
        facts.append((t["due"], w.day(invoice.due_date)))
    facts.append((t["period"], _consumed(invoice, w)))
    title = [_p(t[invoice.kind.value], s["title"])]
    title += [_p(f"{label}: {value}", s["base"]) for label, value in facts]
    table = Table([[issuer, title], [customer, ""]], colWidths=[100 * mm, 74 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 1), (-1, 1), 6 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))  # fmt: skip
    return table


def _consumed(invoice: Invoice, w: Wording) -> str:
    """The days actually billed (the meters' spans), not the month the run was for."""
    spans = [b.consumption.span for b in invoice.blocks]
    first = min((s.first for s in spans), default=invoice.period.first)
    last = max((s.last for s in spans), default=invoice.period.last)
    return f"{w.day(first)} – {w.day(last)}"


def _meter(block: MeterBlock, t: dict[str, str], w: Wording, s: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Table, TableStyle

    used = block.consumption
    rows: list[list[str]] = []
    if used.segments:
        rows.append(["", t["date"], t["reading"].format(unit=block.unit), t["mark"]])
    notes = []
    for part in used.segments:
        for label, read in ((t["start"], part.start), (t["end"], part.end)):
            rows.append([f"{label} · {part.meter_serial}" if len(used.segments) > 1 else label,
                         w.day(read.on), w.number(read.value), read.type.letter])  # fmt: skip
        if part.rolled_over:
            notes.append(t["rollover"].format(limit=w.number(part.start.value)))
    if len(used.segments) > 1:
        notes.append(t["replaced"].format(old=used.segments[0].meter_serial,
                                          new=used.segments[-1].meter_serial))  # fmt: skip
    multiplier = used.segments[-1].multiplier if used.segments else 1
    total = w.quantity(used.quantity)
    if multiplier != 1:
        total += f" ({t['multiplier'].format(m=w.number(multiplier))})"
    rows.append([t["used"], f"{w.day(used.span.first)} – {w.day(used.span.last)}", total, ""])
    table = Table(rows, colWidths=[60 * 2.835, 55 * 2.835, 45 * 2.835, 14 * 2.835])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9), ("FONT", (0, -1), (-1, -1), BOLD, 9),
        *([("FONT", (0, 0), (-1, 0), FONT, 7.5), ("TEXTCOLOR", (0, 0), (-1, 0), GREY)]
          if used.segments else []),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK), ("ALIGN", (2, 0), (3, -1), "RIGHT"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, GREY), ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))  # fmt: skip
    heading = t["meter"].format(serial=block.meter_serial) + " · " + t["tariff"].format(
        tariff=block.tariff)  # fmt: skip
    return [_p(heading, s["heading"]), table, *(_p(n, s["small"]) for n in notes)]


def _charges(invoice: Invoice, t: dict[str, str], w: Wording, s: dict[str, Any],
             language: str) -> list[Any]:  # fmt: skip
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    units = {b.meter_serial: b for b in invoice.blocks}
    rows: list[list[Any]] = [[_p(t["charge"], s["bold"]), _p(t["detail"], s["bold"]),
                              _p(t["amount"], s["bold_right"])]]  # fmt: skip
    for line in invoice.lines:
        block = units.get(line.meter_serial)
        wording = w if block is None else Wording(language, invoice.currency, block.unit,
                                                  block.tariff_period)  # fmt: skip
        rows.append([_p(line.rated.label, s["base"]), _p(explain(line.rated, wording), s["base"]),
                     _p(w.money(line.rated.amount), s["right"])])  # fmt: skip
    body = len(rows)
    rows.append([_p(t["subtotal"], s["bold"]), "", _p(w.money(invoice.subtotal), s["bold_right"])])
    for tax in invoice.taxes:
        label = t["tax"].format(name=tax.name, rate=w.percent(tax.rate), base=w.money(tax.base))
        rows.append([_p(label, s["base"]), "", _p(w.money(tax.amount), s["right"])])
    total = t["in_favour"] if invoice.total < 0 else t["total"]
    rows.append([_p(total, s["total"]), "", _p(w.money(invoice.total), s["total_right"])])
    table = Table(rows, colWidths=[42 * mm, 94 * mm, 38 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, body - 1), (-1, body - 1), 0.6, GREY),
        ("LINEABOVE", (0, -1), (-1, -1), 1.2, ACCENT),
        # Subtotal, taxes and total: the label spans the first two columns.
        *(("SPAN", (0, row), (1, row)) for row in range(body, len(rows))),
    ]))  # fmt: skip
    return [Spacer(1, 4 * mm), table]


def _payment(invoice: Invoice, company: CompanyProfile, t: dict[str, str], w: Wording,
             s: dict[str, Any]) -> list[Any]:  # fmt: skip
    if invoice.kind is InvoiceKind.CREDIT_NOTE:
        back = t["refund"].format(total=w.money(-invoice.total))
        return [_p(t["pay"], s["heading"]), _p(back, s["base"])]
    if invoice.due_date is None:
        return []
    lines = [_p(t["pay"], s["heading"]),
             _p(t["pay_by"].format(total=w.money(invoice.total), due=w.day(invoice.due_date)),
                s["base"])]  # fmt: skip
    if company.iban:
        lines.append(_p(t["bank"].format(iban=company.iban, bank=company.bank_name,
                                         reference=invoice.number), s["base"]))  # fmt: skip
    return lines


def _numbered_canvas(t: dict[str, str], draft: bool) -> Any:
    """A canvas that writes "Page 1 of 2" (known only at the end) and the draft mark."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

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
            width, _ = self._pagesize
            self.setFont(FONT, 7.5)
            self.setFillColor(GREY)
            self.drawRightString(width - 51, 28, t["page"].format(n=self._pageNumber, of=pages))
            if draft:
                self.saveState()
                self.setFont(BOLD, 80)
                self.setFillColorRGB(0.85, 0.2, 0.2, alpha=0.15)
                self.translate(width / 2, 420)
                self.rotate(35)
                self.drawCentredString(0, 0, t["draft"])
                self.restoreState()

    return NumberedCanvas
