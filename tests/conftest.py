import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

# Headless by default; a developer can still run with a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from usagebill_desktop.bootstrap import Workspace, database_url, open_workspace
from usagebill_desktop.demo.workspace import build_demo
from usagebill_desktop.importers.demo_files import read_demo_tariffs
from usagebill_desktop.importers.tariff_file import read_tariff_file
from usagebill_desktop.services.customers import add_customer
from usagebill_desktop.services.meters import add_meter
from usagebill_desktop.services.tariffs import assign_tariff, import_tariff
from usagebill_desktop.ui.i18n import install_translators

TODAY = date(2026, 11, 24)
EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
WATER = "Water – domestic 2026"

# The reliability suite's options (--reliability-seed, --reliability-kills).
pytest_plugins = ("tests.reliability.harness",)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(database_url(str(tmp_path / "work.db")))
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database built once; tests copy it rather than change it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    built = open_workspace(database_url(str(path)))
    build_demo(built.open_uow, today=TODAY, tariffs=read_demo_tariffs())
    built.close()
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_file: Path) -> Iterator[Workspace]:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    opened = open_workspace(database_url(str(copy)))
    yield opened
    opened.close()


@pytest.fixture
def desk(workspace):
    """Three meters: WM1 (install read 1,000), WM2 (99,990 on a 5-digit register), ROOM-1."""
    add_customer(workspace.open_uow, name="Ana Ruiz", account="1")
    for serial, kind, start in (
        ("WM1", "cumulative", 1000),
        ("WM2", "cumulative", 99_990),
        ("ROOM-1", "interval", 0),
    ):
        add_meter(
            workspace.open_uow,
            serial=serial,
            customer_account="1",
            kind=kind,
            unit="h" if kind == "interval" else "m³",
            install_date=date(2026, 1, 1),
            digits=5 if kind == "cumulative" else None,
            install_read=Decimal(start),
        )
    return workspace


@pytest.fixture
def village(workspace):
    """One customer with a 5-digit water meter on the documented water tariff."""
    import_tariff(workspace.open_uow, tariff=read_tariff_file(EXAMPLES / "water.json"))
    add_customer(workspace.open_uow, name="Ana Ruiz", account="1", tax_id="12345678Z")
    water_meter(workspace, "WM1", "1", install_read=99_950)
    return workspace


def water_meter(workspace, serial: str, account: str, *, install_read: int) -> None:
    """A 5-digit water meter of `account`, installed on 1 January 2026 on the village's
    water tariff."""
    add_meter(
        workspace.open_uow,
        serial=serial,
        customer_account=account,
        kind="cumulative",
        unit="m³",
        install_date=date(2026, 1, 1),
        digits=5,
        install_read=Decimal(install_read),
    )
    assign_tariff(workspace.open_uow, meter=serial, tariff=WATER, valid_from=date(2026, 1, 1))


def random_bytes(db: Path) -> None:
    """Ways a data file cannot be opened, each made on a real file (issue 15, item 8)."""
    db.write_bytes(os.urandom(40_000))


def truncated(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])


def newer_revision(db: Path) -> None:
    with closing(sqlite3.connect(db)) as newer:
        newer.execute("UPDATE alembic_version SET version_num = '9999'")
        newer.commit()


def another_apps(db: Path) -> None:
    db.unlink()
    with closing(sqlite3.connect(db)) as other:
        other.execute("CREATE TABLE notes (body TEXT)")
        other.commit()


def missing(db: Path) -> None:
    db.unlink()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English needs its catalogue too: it holds the plural forms ("1 customer")."""
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "es")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
