"""`make screenshots` (tools/screenshots.py) grabs every dialog and page in each language;
this runs its dialogs, one page and the pages in a state of their own (filtered, billed)
on the demo, cheaply, so a shot that breaks is seen."""

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

TOOL = Path(__file__).parents[2] / "tools" / "screenshots.py"


@pytest.fixture(scope="module")
def screenshots():
    spec = importlib.util.spec_from_file_location("screenshots", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_dialog_and_a_page_is_grabbed_in_each_language(
    qtbot, demo, tmp_path, screenshots, language
):
    page = screenshots.Shot("page-settings", screenshots._page("settings"))
    # Billing the demo's month for its drafts is left to `make screenshots`: the billing
    # stories of the suite bill it already, and it is the one slow shot.
    states = [shot for shot in screenshots.STATES if shot.name != "page-billing-drafts"]
    shots = [*screenshots.DIALOGS, page, *states]
    saved = screenshots.shoot(demo, tmp_path, language, shots, settle_s=0)
    assert [path.name for path in saved] == [f"{language}-{shot.name}.png" for shot in shots]
    page = QImage(str(tmp_path / f"{language}-page-settings.png"))
    assert (page.width(), page.height()) == screenshots.SCREEN
    assert all(QImage(str(path)).width() > 200 for path in saved)


def test_the_shots_name_every_page_of_the_window(screenshots, window):
    assert window.page_keys == screenshots.PAGES


def test_each_shot_has_a_file_of_its_own(screenshots):
    names = [shot.name for shot in screenshots.SHOTS]
    assert len(names) == len(set(names))
