"""Any spreadsheet-like file as numbered rows of cells: CSV/TXT in any usual flavour, or XLSX.

A file that cannot be read at all raises `UnreadableFile` with one sentence saying why
(not a spreadsheet, encrypted, empty, too large, binary). Nothing in a cell is ever
evaluated: formulas are read as their cached values, text stays text. A CSV cell the app
guarded against spreadsheets (`spreadsheet_cells`) reads back as it was written.
"""

import csv
import hashlib
import io
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from ..domain.imports import note
from ..domain.marks import N_
from ..spreadsheet_cells import csv_text_read

DELIMITERS = (";", ",", "\t", "|")
MAX_FILE_BYTES = 200 * 2**20
MAX_XLSX_UNPACKED = 500 * 2**20  # a zip bomb unpacks to far more than it weighs
MAX_FIELD_CHARS = 100_000  # a CSV "line" of 10 MB is not a reading
# A workbook's shared texts are held in memory whole while it is read (a million distinct
# meter serials take some 30 MB).
MAX_XLSX_SHARED_TEXTS = 100 * 2**20
_SHARED_TEXTS = ("xl/sharedStrings.xml",)


class UnreadableFile(Exception):
    """The file cannot be imported at all. The sentence is kept as a template and its
    values (`note`), so each door says it in its reader's language; str() is English."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.note = note(template, **values)
        super().__init__(self.note.message)


class _Digest:
    """The SHA-256 of the file's bytes, once a pass over its rows has reached the end."""

    def __init__(self) -> None:
        self.hex: str | None = None


class _Hashing(io.RawIOBase):
    """A binary file that hands every byte read through it to `update` (a hash's)."""

    def __init__(self, raw: io.BufferedReader, update: Callable[[memoryview], object]) -> None:
        super().__init__()
        self._raw, self._update = raw, update

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        count = self._raw.readinto(buffer)
        self._update(memoryview(buffer)[:count])
        return count

    def close(self) -> None:
        self._raw.close()
        super().close()


Rows = Iterator[tuple[int, list[object]]]  # (row number in the file, cells)


@dataclass(frozen=True)
class Table:
    """A readable file. Its rows are produced on demand, each time from the start, so a
    million-row file is never held in memory as cells."""

    file: str
    kind: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    source: Callable[[], Rows] = field(repr=False, compare=False)
    digest: _Digest = field(default_factory=_Digest, repr=False, compare=False)

    def iter_rows(self) -> Rows:
        return self.source()

    @property
    def sha256(self) -> str | None:
        """The file's SHA-256, computed by the last pass over all its rows (None before one
        has finished): the file is not read again just to be hashed."""
        return self.digest.hex

    def head(self, count: int) -> list[tuple[int, list[object]]]:
        return list(islice(self.source(), count))

    @property
    def rows(self) -> list[tuple[int, list[object]]]:
        """All of them, for small files (a customer list) and tests."""
        return list(self.source())


def read_table(
    path: Path, *, max_bytes: int = MAX_FILE_BYTES, max_unpacked: int = MAX_XLSX_UNPACKED
) -> Table:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableFile(N_("{file}: there is no such file."), file=path.name) from None
    if size == 0:
        raise UnreadableFile(N_("{file}: the file is empty."), file=path.name)
    if size > max_bytes:
        raise UnreadableFile(
            N_("{file}: the file is larger than {size} MB."),
            file=path.name,
            size=max_bytes // 2**20,
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, max_unpacked)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            N_(
                "{file}: this is an encrypted or old-style Excel file (.xls); "
                "save it as .xlsx or CSV and import that."
            ),
            file=path.name,
        )
    return _read_csv(path)


def _encoding(path: Path) -> tuple[str, str]:
    """The codec to open the file with and the name the preview shows, told by a
    byte-order mark, else by whether the whole file is valid UTF-8, else guessed among
    the Western code pages. The file is read in chunks: a big file is never held whole."""
    name = path.name
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(b"\xef\xbb\xbf"):
        _scan(path, "utf-8-sig", strict=False)
        return "utf-8-sig", "UTF-8 (BOM)"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        if not _scan(path, "utf-16", strict=True):
            raise UnreadableFile(N_("{file}: the file says UTF-16 but is not."), file=name)
        return "utf-16", "UTF-16"
    if b"\x00" in head:
        raise UnreadableFile(N_("{file}: this is not a text or spreadsheet file."), file=name)
    if _scan(path, "utf-8", strict=True):
        return "utf-8", "UTF-8"
    from charset_normalizer import from_bytes  # only for the files that need it

    with path.open("rb") as handle:
        guess = from_bytes(handle.read(2**20)).best()
    encoding = guess.encoding if guess is not None else "cp1252"
    if encoding.replace("_", "").lower() not in ("cp1252", "latin1", "iso88591", "iso885915"):
        encoding = "cp1252"  # what Excel on Windows writes in Western Europe
    _scan(path, encoding, strict=False)
    return encoding, {"cp1252": "Windows-1252"}.get(encoding, encoding)


def _scan(path: Path, encoding: str, *, strict: bool) -> bool:
    """One pass over the file as text: False when `strict` and it does not decode;
    refused when a line is absurdly long (a 10 MB "line" is not a readings file)."""
    try:
        with _open_text(path, encoding, errors="strict" if strict else "replace") as text:
            for line in text:
                if len(line) > MAX_FIELD_CHARS:
                    raise UnreadableFile(
                        N_(
                            "{file}: a line is longer than {most} characters; "
                            "this is not a readings file."
                        ),
                        file=path.name,
                        most=f"{MAX_FIELD_CHARS:,}",
                    )
    except UnicodeDecodeError:
        return False
    return True


def _open_text(path: Path, encoding: str, errors: str = "replace") -> io.TextIOWrapper:
    return path.open(encoding=encoding, errors=errors, newline="")


def _delimiter(lines: list[str]) -> str:
    """The candidate that splits the first lines into the same number (≥ 2) of fields."""
    best, best_score = ",", (0.0, 0)
    sample = [line for line in lines[:50] if line.strip()]
    for candidate in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(sample, delimiter=candidate)]
        except csv.Error:
            continue
        if not counts:
            continue
        modal, seen = Counter(counts).most_common(1)[0]
        score = (seen / len(counts), modal) if modal >= 2 else (0.0, 0)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv(path: Path) -> Table:
    encoding, label = _encoding(path)
    with _open_text(path, encoding) as text:
        sample = text.read(10_000)
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t")
    if controls > 10:
        raise UnreadableFile(N_("{file}: this is not a text or spreadsheet file."), file=path.name)
    csv.field_size_limit(MAX_FIELD_CHARS)
    with _open_text(path, encoding) as text:
        delimiter = _delimiter(list(islice(text, 50)))
    digest = _Digest()

    def rows() -> Rows:
        number = 0
        hasher = hashlib.sha256()
        raw = io.BufferedReader(_Hashing(path.open("rb"), hasher.update), 2**16)
        with io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="") as text:
            try:
                for number, cells in enumerate(csv.reader(text, delimiter=delimiter), 1):
                    yield number, [csv_text_read(cell) for cell in cells]
            except csv.Error as error:
                raise UnreadableFile(
                    N_("{file}: row {row} cannot be read ({error})."),
                    file=path.name,
                    row=number + 1,
                    error=error,
                ) from None
        digest.hex = hasher.hexdigest()

    return Table(path.name, "csv", label, delimiter, rows, digest)


def _read_xlsx(path: Path, max_unpacked: int) -> Table:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
            shared = sum(i.file_size for i in archive.infolist() if i.filename in _SHARED_TEXTS)
    except zipfile.BadZipFile:
        raise UnreadableFile(
            N_("{file}: the file is damaged (not a readable .xlsx)."), file=path.name
        ) from None
    if unpacked > max_unpacked:
        raise UnreadableFile(
            N_("{file}: the workbook unpacks to more than {size} MB; refused."),
            file=path.name,
            size=max_unpacked // 2**20,
        )
    if shared > MAX_XLSX_SHARED_TEXTS:
        raise UnreadableFile(
            N_("{file}: the workbook's shared texts unpack to more than {size} MB; refused."),
            file=path.name,
            size=MAX_XLSX_SHARED_TEXTS // 2**20,
        )
    if "xl/workbook.xml" not in names:
        raise UnreadableFile(N_("{file}: this zip file is not an Excel workbook."), file=path.name)
    if _longest_text_over(path, MAX_FIELD_CHARS):
        raise UnreadableFile(
            N_("{file}: the workbook holds a text longer than {most} characters; refused."),
            file=path.name,
            most=f"{MAX_FIELD_CHARS:,}",
        )
    digest = _Digest()

    def rows() -> Rows:
        from openpyxl import load_workbook  # heavy: only when an .xlsx is imported

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds on damaged files
            raise UnreadableFile(
                N_("{file}: the workbook cannot be read ({error})."), file=path.name, error=error
            ) from None
        try:
            sheet = book.worksheets[0]
            for number, cells in enumerate(sheet.iter_rows(values_only=True), 1):
                yield number, list(cells)
        except Exception as error:  # damaged or hostile XML (defusedxml refuses entities)
            raise UnreadableFile(
                N_("{file}: the workbook cannot be read ({error})."), file=path.name, error=error
            ) from None
        finally:
            book.close()
        digest.hex = _file_sha256(path)

    table = Table(path.name, "xlsx", None, None, rows, digest)
    table.head(1)  # a workbook that cannot be opened is refused now, not halfway
    return table


def _longest_text_over(path: Path, most: int) -> bool:
    """Does any part of the workbook hold a run of more than `most` bytes between tag
    marks (a text, an attribute, padding)? The XML parser keeps such a run whole in memory
    (one 400 MB text under the unpacked limit took 850 MB to read), so the parts are
    streamed through once before it sees them, in blocks no longer than `most`: a run
    inside one block is short enough, so only the runs across blocks need counting."""
    block = min(2**16, most)
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.file_size <= most:
                continue
            run = 0  # bytes since the last tag mark
            with archive.open(info) as part:
                while chunk := part.read(block):
                    first = [i for i in (chunk.find(b"<"), chunk.find(b">")) if i >= 0]
                    if not first:
                        run += len(chunk)
                    elif run + min(first) > most:
                        return True
                    else:
                        run = len(chunk) - max(chunk.rfind(b"<"), chunk.rfind(b">")) - 1
                    if run > most:
                        return True
    return False


def _file_sha256(path: Path) -> str:
    """A workbook is a zip read out of order, so its bytes cannot be hashed as they are
    read: they are hashed in one streamed pass (a workbook is far smaller than its rows)."""
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(2**20), b""):
            hasher.update(chunk)
    return hasher.hexdigest()
