"""An invoice as plain text (`usagebill invoices show`): reads, consumption, lines, taxes."""

from ..domain.invoices import Invoice, InvoiceKind, InvoiceState, MeterBlock
from ..domain.marks import NP_
from ..domain.periods import Period
from ..texts import Phrasebook
from .explanations import Wording, explain, finding_text

HEADINGS = Phrasebook(
    "invoice_text",
    {
        "invoice": NP_("invoice_text", "INVOICE"),
        "credit_note": NP_("invoice_text", "CREDIT NOTE"),
        "draft": NP_("invoice_text", "DRAFT"),
        "issued": NP_("invoice_text", "Issued {issue} · due {due}"),
        "period": NP_("invoice_text", "Period {first} – {last}"),
        "customer": NP_("invoice_text", "Customer {account} · {name}"),
        "tax_id": NP_("invoice_text", "Tax ID {tax_id}"),
        "meter": NP_("invoice_text", "Meter {serial} ({tariff})"),
        "read": NP_("invoice_text", "{which} read {on}: {value} ({mark})"),
        "start": NP_("invoice_text", "Start"),
        "end": NP_("invoice_text", "End"),
        "used": NP_("invoice_text", "Consumption {quantity}"),
        "multiplier": NP_("invoice_text", " × multiplier {multiplier}"),
        "rollover": NP_("invoice_text", "the register rolled over"),
        "segment": NP_("invoice_text", "meter {serial}: {start} → {end} = {used}"),
        "subtotal": NP_("invoice_text", "Subtotal"),
        "tax": NP_("invoice_text", "{name} {rate} on {base}"),
        "total": NP_("invoice_text", "Total"),
        "paid": NP_("invoice_text", "Paid"),
        "due": NP_("invoice_text", "Outstanding"),
        "credits": NP_("invoice_text", "Corrects invoice {number}: {reason}"),
    },
)


def invoice_text(invoice: Invoice, language: str, *, width: int = 78) -> str:
    head = HEADINGS(language)
    out = _header(invoice, head, language)
    for block in invoice.blocks:
        wording = Wording(language, invoice.currency, block.unit, block.tariff_period)
        out += ["", *_block(block, wording, head)]
        for line in invoice.lines:
            if line.meter_serial == block.meter_serial:
                out.append(_row(line.rated.label, wording.money(line.rated.amount), width))
                out.append(f"    {explain(line.rated, wording)}")
    money = Wording(language, invoice.currency, "", Period.MONTH)  # amounts only
    out += ["-" * width, _row(head["subtotal"], money.money(invoice.subtotal), width)]
    for tax in invoice.taxes:
        label = head["tax"].format(
            name=tax.name, rate=money.percent(tax.rate), base=money.money(tax.base)
        )
        out.append(_row(label, money.money(tax.amount), width))
    out += ["=" * width, _row(head["total"], money.money(invoice.total), width)]
    if invoice.state is InvoiceState.ISSUED and invoice.kind is InvoiceKind.INVOICE:
        out.append(_row(head["paid"], money.money(invoice.paid), width))
        out.append(_row(head["due"], money.money(invoice.total - invoice.paid), width))
    return "\n".join(out)


def _header(invoice: Invoice, head: dict[str, str], language: str) -> list[str]:
    w = Wording(language, invoice.currency, "", Period.MONTH)  # dates only
    title = head[invoice.kind.value]
    title += f" {invoice.number}" if invoice.number else f" — {head['draft']} #{invoice.id}"
    lines = [title]
    if invoice.issue_date and invoice.due_date:
        lines.append(
            head["issued"].format(issue=w.day(invoice.issue_date), due=w.day(invoice.due_date))
        )
    c = invoice.customer
    lines.append(head["customer"].format(account=c.account, name=c.name))
    if c.tax_id:
        lines.append(head["tax_id"].format(tax_id=c.tax_id))
    lines += [line for line in c.address.splitlines() if line.strip()]
    lines.append(
        head["period"].format(first=w.day(invoice.period.first), last=w.day(invoice.period.last))
    )
    if invoice.credited_number:
        lines.append(head["credits"].format(number=invoice.credited_number, reason=invoice.reason))
    return lines


def _block(block: MeterBlock, w: Wording, head: dict[str, str]) -> list[str]:
    used = block.consumption
    out = [head["meter"].format(serial=block.meter_serial, tariff=block.tariff)]
    for part in used.segments:
        prefix = "    "
        if len(used.segments) > 1:
            out.append(
                prefix
                + head["segment"].format(
                    serial=part.meter_serial,
                    start=w.number(part.start.value),
                    end=w.number(part.end.value),
                    used=w.quantity(part.consumption),
                )
            )
        for which, read in ((head["start"], part.start), (head["end"], part.end)):
            out.append(
                prefix
                + head["read"].format(
                    which=which,
                    on=w.day(read.on),
                    value=w.number(read.value),
                    mark=read.type.letter,
                )
            )
        if part.rolled_over:
            out.append(prefix + head["rollover"])
    multiplier = ""
    if used.segments and used.segments[-1].multiplier != 1:
        multiplier = head["multiplier"].format(multiplier=w.number(used.segments[-1].multiplier))
    out.append("    " + head["used"].format(quantity=w.quantity(used.quantity)) + multiplier)
    out += [f"    ! {finding_text(f, w)}" for f in block.warnings]
    return out


def _row(label: str, amount: str, width: int) -> str:
    return f"{label[: width - len(amount) - 2]:<{width - len(amount)}}{amount}"
