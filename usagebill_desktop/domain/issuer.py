"""Who issued a document, kept as it was printed the day it was issued.

An issued invoice or credit note reprints with its own issuer, never with today's
Settings: the profile (name, tax id, address, IBAN, note, footer, paper, locale …), the
language it was written in, every text it says (labels, explanations, the usage section,
in every language the app speaks, so a copy asked for in another language is worded as
then too), and the logo's bytes."""

from collections.abc import Mapping
from dataclasses import dataclass

from .company import CompanyProfile


@dataclass(frozen=True, slots=True)
class Issuer:
    profile: CompanyProfile
    language: str  # the document's language when issued
    # The document's texts by language, then phrasebook (labels, explanations, usage), key.
    texts: Mapping[str, Mapping[str, Mapping[str, str]]]
    logo: bytes  # the logo file's bytes when issued; b"": none, or it could not be read
