"""Text people type: nothing invisible gets in, "José" typed two ways is one name, and text
stored before that rule (an issued invoice keeps its customer's name) still exports."""

import json
import sqlite3
from pathlib import Path

from usagebill_desktop.cli import main
from usagebill_desktop.services.customers import get_customer

NFC, NFD = "Jos\u00e9 P\u00e9rez", "Jose\u0301 Pe\u0301rez"


def test_a_name_with_a_control_or_zero_width_character_is_refused_in_one_sentence(
    workspace, capsys
):
    for name, code in (("Ana\x07Ruiz", "U+0007"), ("Ana\u200dRuiz", "U+200D")):
        args = ["--db", workspace.location, "customers", "add", "--name", name]
        assert main(args) != 0
        err = capsys.readouterr().err
        [sentence] = err.strip().splitlines()
        assert sentence.endswith(
            f"Name: holds an invisible or control character ({code}); remove it"
        )
    assert main(["--db", workspace.location, "customers", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_the_customer_import_refuses_a_name_with_a_zero_width_joiner(workspace, capsys, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("account;name\n7;Ana\u200dRuiz\n8;Luis\x1bGil\n9;Eva\n", encoding="utf-8")
    main(["--db", workspace.location, "customers", "import", str(path), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["accepted"] == 1
    assert [(n["row"], n["message"]) for n in report["rejected"]] == [
        (2, "name: holds an invisible or control character (U+200D); remove it"),
        (3, "name: holds an invisible or control character (U+001B); remove it"),
    ]


def test_a_name_typed_decomposed_is_kept_composed_and_names_may_repeat(workspace, capsys):
    # The account is the key: two customers may share a name (a father and son), so both
    # are kept; what matters is that both are stored the same way, and found together.
    for account, name in (("1", NFC), ("2", NFD)):
        args = ["--db", workspace.location, "customers", "add", "--account", account]
        assert main([*args, "--name", name]) == 0
    capsys.readouterr()
    assert get_customer(workspace.open_uow, account="2").name == NFC
    with sqlite3.connect(Path(workspace.location)) as db:
        stored = [row[0] for row in db.execute("SELECT name FROM customers ORDER BY account")]
    assert stored == [NFC, NFC]
