"""Text as people type it and compare it.

`person_text` is the one rule for text a person types (a name, an address, a label, a
note): surrounding spaces removed, composed (NFC), and no character a person cannot see
or an export cannot hold. `fold` and `ascii_only` are the keys names are found, sorted and
filed by."""

import unicodedata

from .errors import InvalidValue
from .marks import N_

# Control characters (Cc: \x07, \x1b, tab…), format characters (Cf: zero-width space and
# joiner, bidi marks, soft hyphen, BOM), lone surrogates (Cs) and the Unicode line and
# paragraph separators (Zl, Zp). None shows on screen or paper, so two names that look the
# same could differ by one; an XLSX cell cannot hold most of them.
_UNSEEN = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def person_text(field: str, text: str, *, lines: bool = False) -> str:
    """`text` as it is kept, or `InvalidValue` naming `field` and the first character
    refused. Spaces around it are removed and it is composed (NFC: "José" typed as "e" +
    accent is the same name as "José" typed with "é"), so look-alikes meet the uniqueness
    checks. NFC, not NFKC: "m³" and full-width text stay as typed.

    A multi-line field (`lines=True`: an address, a note, a footer) may hold line breaks;
    "\\r\\n" and "\\r" are kept as "\\n". Every other control character is refused, tabs
    included, in every field."""
    if lines:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text.strip())
    for character in text:
        if character == "\n" and lines:
            continue
        if unicodedata.category(character) in _UNSEEN:
            raise InvalidValue(
                field=field,
                reason=N_("holds an invisible or control character ({character}); remove it"),
                character=f"U+{ord(character):04X}",
            )
    return text


def fold(text: str) -> str:
    """ "Álvarez  Muñoz" → "alvarez munoz": the key names are sorted and searched by."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def ascii_only(text: str) -> str:
    """ "Líneas Muñoz" → "Lineas Munoz": for names that must be plain ASCII (file names,
    Excel table names); what has no ASCII form is left out."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
