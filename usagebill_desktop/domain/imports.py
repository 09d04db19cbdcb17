"""What an import found and did: counts, and the rows that need a person."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from .marks import N_


def _same[T](text: T) -> T:
    return text


def sentence(
    template: str,
    values: Mapping[str, object],
    say: Callable[[str], str] = _same,
    field: Callable[[str], str] = _same,
    spoken: Callable[[object], object] = _same,
) -> str:
    """A template and its values as one sentence: in English as written, or through `say`
    (a catalogue's gettext), `field` (how a field is named) and `spoken` (how a number or a
    date is written) in another language. A broken rule's reason is a template of its own,
    filled from the same values."""
    shown = {name: spoken(value) for name, value in values.items()}
    if "reason" in values:
        shown["reason"] = say(str(values["reason"])).format(**shown)
        shown["field"] = field(str(values["field"]))
    return say(template).format(**shown)


@dataclass(frozen=True, slots=True)
class Note:
    """A sentence kept as a template and its values, so that each door (the window, the
    CLI, a file) can say it in its reader's language."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return sentence(self.template, self.values)


def note(template: str, /, **values: object) -> Note:
    """A sentence's template and its values as they are (numbers and dates stay numbers and
    dates, so each language writes them its own way)."""
    return Note(template, dict(values))


@dataclass(frozen=True, slots=True)
class RowNote:
    """A warning or a rejection, by the file's own row number. The sentence is kept as a
    template and its values, so the window can say it in the user's language."""

    row: int
    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The English sentence (CLI, JSON, the rejected-rows file)."""
        return sentence(self.template, self.values)

    @classmethod
    def of(cls, row: int, said: Note) -> "RowNote":
        return cls(row, said.template, said.values)


def rule(field_name: str, reason: str, values: dict[str, object]) -> Note:
    """A broken business rule (an `InvalidValue`'s parts) as a sentence."""
    return note(N_("{field}: {reason}"), field=field_name, reason=reason, **values)


def rule_note(row: int, field_name: str, reason: str, values: dict[str, object]) -> RowNote:
    """A row that breaks a business rule."""
    return RowNote.of(row, rule(field_name, reason, values))


@dataclass(frozen=True, slots=True)
class ImportRecord:
    kind: str
    file_name: str
    sha256: str
    rows: int
    accepted: int
    duplicates: int
    skipped: int
    warnings: int
    rejected: int
    actor: str = "operator"
    id: int | None = None
    at: datetime | None = None
    undone_at: datetime | None = None


@dataclass
class ImportReport:
    file: str
    encoding: str | None
    delimiter: str | None
    rows: int = 0
    accepted: int = 0
    duplicates: int = 0
    skipped: int = 0
    warnings: list[RowNote] = field(default_factory=list)
    rejected: list[RowNote] = field(default_factory=list)
    written: bool = False
    import_id: int | None = None
    replaced: int = 0  # accepted rows that replace a read stored for that day (`replace`)

    def counts(self) -> dict[str, int]:
        """What a person is told of an import, by name (the doors word it)."""
        return dict(
            rows=self.rows,
            accepted=self.accepted,
            duplicates=self.duplicates,
            skipped=self.skipped,
            rejected=len(self.rejected),
            warnings=len(self.warnings),
        )

    def record(self, kind: str, sha256: str, actor: str) -> "ImportRecord":
        """The import as the imports list keeps it."""
        return ImportRecord(
            kind,
            self.file,
            sha256,
            self.rows,
            self.accepted,
            self.duplicates,
            self.skipped,
            len(self.warnings),
            len(self.rejected),
            actor,
        )
