"""The demo workspace's data files (resources/demo/)."""

from ..domain.tariffs import Tariff
from ..paths import resources_dir
from .tariff_file import read_tariff_file


def read_demo_tariffs() -> list[Tariff]:
    folder = resources_dir() / "demo" / "tariffs"
    return [read_tariff_file(path) for path in sorted(folder.glob("*.json"))]
