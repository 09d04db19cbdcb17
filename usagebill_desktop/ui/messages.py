"""Business-rule errors and import notes said in the window's language.

The sentences are made outside the window (`sentences.py`, shared with the command
line); this module only says them in the language of the window's catalogue.
"""

from ..domain.errors import DomainError, InvalidValue
from ..domain.imports import Note, RowNote
from ..importers.tables import UnreadableFile
from ..sentences import error_sentence, note_sentence, reason_sentence
from .i18n import window_language


def error_text(error: DomainError) -> str:
    """One sentence for the user, in the window's language."""
    return error_sentence(error, window_language())


def reason_text(error: InvalidValue) -> str:
    """Why a value was refused, in the window's language, to show at its field."""
    return reason_sentence(error, window_language())


def failure_text(error: BaseException) -> str:
    """Why some work failed: a broken rule or a file that cannot be read in the window's
    language; anything else in the words it came with, as there is nothing to translate."""
    if isinstance(error, DomainError):
        return error_text(error)
    if isinstance(error, UnreadableFile):  # found while a worker reads the whole file
        return note_text(error.note)
    return str(error) or type(error).__name__


def note_text(note: RowNote | Note) -> str:
    """A note on a read or an import's row, in the window's language."""
    return note_sentence(note, window_language())
