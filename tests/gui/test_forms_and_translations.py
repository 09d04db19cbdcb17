"""Generated and translated files stay in step with their sources."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from string import Formatter

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))
SPANISH = ROOT / "resources" / "locale" / "es" / "LC_MESSAGES" / "usagebill.po"


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_compiled_forms_are_current(form: Path):
    uic = Path(sys.executable).with_name("pyside6-uic")
    compiled = subprocess.run([str(uic), str(form)], capture_output=True, text=True, check=True)
    committed = ROOT / "usagebill_desktop" / "ui" / "forms" / f"ui_{form.stem}.py"
    assert committed.read_text() == compiled.stdout, "run `make forms` and commit"


def test_every_spanish_string_is_translated():
    tree = ET.parse(ROOT / "resources" / "translations" / "usagebill_es.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.getroot().iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert unfinished == [], "run `make update-translations` and translate these"


def _catalogue(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def _keys(catalogue: Catalog) -> set[tuple[str | None, str]]:
    return {(m.context, m.id) for m in catalogue if m.id}


def test_every_marked_text_has_spanish():
    unfinished = [m.id for m in _catalogue(SPANISH) if m.id and (not m.string or m.fuzzy)]
    assert unfinished == [], f"translate these in {SPANISH.relative_to(ROOT)}"


def test_the_spanish_catalogue_holds_every_marked_text_and_no_other(tmp_path: Path):
    template = tmp_path / "usagebill.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run(
        [
            str(pybabel),
            "-q",
            "extract",
            "-F",
            "babel.cfg",
            "-o",
            str(template),
            "usagebill_desktop",
        ],
        cwd=ROOT,
        check=True,
    )
    marked, spanish = _keys(_catalogue(template)), _keys(_catalogue(SPANISH))
    assert marked and marked == spanish, "run `make update-translations` and translate"


def test_translations_keep_their_placeholders():
    names = Formatter()
    for message in _catalogue(SPANISH):
        if message.id and message.string:
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            said = message.string if isinstance(message.string, tuple) else (message.string,)
            wanted = {f for text in ids for _, f, _, _ in names.parse(text) if f is not None}
            for text in said:  # each plural form keeps them (a count's "{n}" among them)
                given = {f for _, f, _, _ in names.parse(text) if f is not None}
                assert given == wanted, message.id
