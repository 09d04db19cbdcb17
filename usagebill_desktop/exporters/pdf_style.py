"""The look shared by every PDF page: the bundled font, colours and paragraph styles.

ReportLab is imported inside the functions: it loads when a PDF is made, not when the
window opens."""

from functools import cache
from typing import Any

from ..paths import resources_dir

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK, GREY, LIGHT, ACCENT = "#1d2430", "#5f6b7a", "#e9edf2", "#1f6f8b"
PALE = "#b9cfd9"  # earlier periods in the history chart; this period is ACCENT


@cache
def colour(code: str) -> Any:
    """A ReportLab colour, made once: a hex string would be parsed again at every use
    (a tenth of an invoice's drawing time)."""
    from reportlab.lib.colors import HexColor

    return HexColor(code)


@cache
def register_fonts() -> None:
    """Register the bundled Unicode font once: €, ñ, á, ç and ü print everywhere."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))


@cache
def styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12, textColor=colour(INK))

    def style(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    big = {"fontName": BOLD, "fontSize": 14, "leading": 18, "textColor": colour(ACCENT)}
    return {
        "base": base,
        "small": style("small", fontSize=7.5, leading=10, textColor=colour(GREY)),
        "title": style("title", fontName=BOLD, fontSize=15, leading=19, textColor=colour(ACCENT)),
        "company": style("company", fontName=BOLD, fontSize=12, leading=15),
        "heading": style(
            "heading", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3
        ),
        "right": style("right", alignment=2),
        "total": style("total", **big),
        "total_right": style("total_right", alignment=2, **big),
        "bold_right": style("bold_right", fontName=BOLD, alignment=2),
        "bold": style("bold", fontName=BOLD),
        "small_bold": style(
            "small_bold", fontName=BOLD, fontSize=7.5, leading=10, textColor=colour(GREY)
        ),
    }


def para(text: str, style: Any) -> Any:
    """A paragraph of plain text (escaped: a customer named "A&B <Ltd>" prints as is)."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)
