"""Every command shown in docs/tariff-format.md prints exactly what the page says."""

import re
import shlex
from pathlib import Path

import pytest

from usagebill_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "docs" / "tariff-format.md").read_text()
EXAMPLES = re.findall(r"```console\n\$ (usagebill [^\n]*)\n(.*?)\n```", PAGE, re.S)


def test_the_page_has_examples_of_every_kind():
    commands = " ".join(command for command, _ in EXAMPLES)
    for name in ("water", "coworking", "printing", "electricity", "water-2027", "broken"):
        assert f"docs/examples/{name}.json" in commands


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_a_documented_quote_prints_what_the_page_says(command, expected, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    code = main(shlex.split(command)[1:])
    out, err = capsys.readouterr()
    if expected.startswith("usagebill: error:"):
        assert (code, err.rstrip()) == (1, expected)
    else:
        assert (code, out.rstrip()) == (0, expected)
