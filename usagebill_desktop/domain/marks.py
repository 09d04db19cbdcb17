"""Marks on the texts people read, where they are written.

`N_("required")` returns its text unchanged: the domain never translates. The mark tells
`pybabel extract` (see `babel.cfg` and `make update-translations`) to put the text in the
catalogue, and the doors (window, CLI, documents) say it in their reader's language
through `usagebill_desktop.texts`. Templates keep their `{named}` placeholders; the values
are filled in after translation.
"""


def N_(message: str, /) -> str:
    """A text to translate later."""
    return message


def NP_(context: str, message: str, /) -> str:
    """A text to translate later in `context` (a document's name), where the same English
    words are said otherwise elsewhere ("Paid": "Pagado" on an invoice, "Cobrado" in
    the books)."""
    return message


def NN_(singular: str, plural: str, /) -> tuple[str, str]:
    """A count's words to translate later, said by how many there are ("1 row", "2 rows";
    `texts.say_count`): the `{n}` placeholder is the count."""
    return singular, plural
