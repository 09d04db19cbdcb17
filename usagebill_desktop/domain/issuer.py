"""Who issued a document, kept as it was printed the day it was issued.

An issued invoice or credit note reprints with its own issuer, never with today's
Settings: the profile (name, tax id, address, IBAN, note, footer, paper, locale …), the
language it was written in, its label texts (in every language the app speaks, so a copy
asked for in another language is worded as then too), and the logo's bytes."""

from collections.abc import Mapping
from dataclasses import dataclass

from .company import CompanyProfile


@dataclass(frozen=True, slots=True)
class Issuer:
    profile: CompanyProfile
    language: str  # the document's language when issued
    texts: Mapping[str, Mapping[str, str]]  # the document's labels, by language and key
    logo: bytes  # the logo file's bytes when issued; b"": none, or it could not be read
