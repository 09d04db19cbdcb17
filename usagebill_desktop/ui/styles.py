"""The few looks the pages share, in one place: titles, figures, quiet notes, problems.

Labels take the style sheets; table models take a row's `Tone` (derived from its data,
never from the text it shows) and colour the row with `colour(tone)`.
"""

from enum import StrEnum

from PySide6.QtGui import QColor

PAGE_TITLE = "font-size: 16pt; font-weight: 600;"
WORKSPACE_TITLE = "font-size: 18pt; font-weight: 600;"
FIGURE = "font-size: 22pt; font-weight: 600;"
STRONG = "font-weight: 600;"
QUIET = "color: palette(mid);"
PLAIN = ""
PROBLEM_COLOUR = "#b00020"
PROBLEM = f"color: {PROBLEM_COLOUR};"


class Tone(StrEnum):
    """How a row reads at a glance."""

    PLAIN = "plain"
    PROBLEM = "problem"  # something the operator must fix


def colour(tone: Tone) -> QColor | None:
    """The text colour of a row in this tone; None keeps the palette's."""
    return QColor(PROBLEM_COLOUR) if tone is Tone.PROBLEM else None
