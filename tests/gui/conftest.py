from collections.abc import Iterator
from functools import partial

import pytest
from PySide6.QtWidgets import QApplication

from usagebill_desktop.bootstrap import open_for_worker
from usagebill_desktop.ui.formatting import Formatter
from usagebill_desktop.ui.i18n import install_translators
from usagebill_desktop.ui.main_window import MainWindow


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English needs its catalogue too: it holds the plural forms ("1 customer")."""
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, demo, english) -> MainWindow:
    shown = MainWindow(
        demo.open_uow,
        location=demo.location,
        formatter=Formatter("en_GB"),
        open_factory=partial(open_for_worker, demo.url),
    )
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "es")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
