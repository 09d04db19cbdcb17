"""Text as people compare it: accents and case do not matter when finding or sorting."""

import unicodedata


def fold(text: str) -> str:
    """ "Álvarez  Muñoz" → "alvarez munoz": the key names are sorted and searched by."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def ascii_only(text: str) -> str:
    """ "Líneas Muñoz" → "Lineas Munoz": for names that must be plain ASCII (file names,
    Excel table names); what has no ASCII form is left out."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
