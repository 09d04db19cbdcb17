"""Read a `usagebill.tariff/1` JSON file. Numbers are read exactly (never as floats)."""

import json
from decimal import Decimal
from pathlib import Path

from ..domain.errors import InvalidValue
from ..domain.tariff_document import tariff_from_document
from ..domain.tariffs import Tariff


def read_tariff_file(path: Path) -> Tariff:
    """The tariff in `path`, or `InvalidValue` whose field starts with the file's name."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvalidValue(field=path.name, reason="no such file") from None
    except UnicodeDecodeError:
        raise InvalidValue(field=path.name, reason="not a UTF-8 text file") from None
    try:
        document = json.loads(text, parse_float=Decimal, parse_int=Decimal)
    except json.JSONDecodeError as error:
        raise InvalidValue(field=path.name, reason="not valid JSON ({problem}, line {line})",
                           problem=error.msg, line=error.lineno) from None  # fmt: skip
    try:
        return tariff_from_document(document)
    except InvalidValue as error:
        raise InvalidValue(field=f"{path.name}: {error.field}", reason=error.reason,
                           **error.values) from None  # fmt: skip
