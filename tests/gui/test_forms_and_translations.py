"""Generated and translated files stay in step with their sources."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from usagebill_desktop.domain.register import SENTENCES
from usagebill_desktop.ui.messages import REASONS

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


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


def test_every_rule_the_domain_can_break_can_be_said_in_spanish():
    sources = "".join(p.read_text() for p in (ROOT / "usagebill_desktop").rglob("*.py"))
    said = {a or b for a, b in re.findall(r"""reason=(?:"([^"]+)"|'([^']+)')""", sources)}
    assert said <= set(REASONS), "add the new reasons to ui/messages.py REASONS"


def test_every_import_row_note_can_be_said_in_spanish():
    from usagebill_desktop.ui.messages import ROW_NOTES

    sources = "".join(p.read_text() for p in (ROOT / "usagebill_desktop").rglob("*.py"))
    calls = r"(?:_reject\(report, fr\.row, |_Problem\(|ValueProblem\(|RowNote\([^,]+, )"
    used = set(re.findall(calls + r'\s*"([^"]+)"', sources))
    used |= set(re.findall(r'template = "([^"]+)"', sources))
    used |= set(SENTENCES)  # what the register's check says of a read
    assert used and used <= set(ROW_NOTES), "add the new notes to ui/messages.py ROW_NOTES"
