"""Write a tariff as a `usagebill.tariff/1` JSON file (what `read_tariff_file` reads back)."""

import json

from ..domain.tariff_document import tariff_to_document
from ..domain.tariffs import Tariff


def tariff_json(tariff: Tariff) -> str:
    return json.dumps(tariff_to_document(tariff), ensure_ascii=False, indent=2) + "\n"
