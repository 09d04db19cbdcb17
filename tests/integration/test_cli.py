"""The command line, as a script would use it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from usagebill_desktop.bootstrap import DB_ENV, database_url, default_database_path
from usagebill_desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_list_prints_the_demo_customers(tmp_path: Path, capsys):
    db = str(tmp_path / "demo.db")
    code, out, _ = run(capsys, "demo", "--db", db)
    assert code == 0 and "240 customers" in out
    code, out, _ = run(capsys, "--db", db, "customers", "list")
    assert code == 0
    assert out.splitlines()[0].split()[:2] == ["ACCOUNT", "NAME"]
    assert "Bar La Plaza SL" in out and out.rstrip().endswith("(240)")


def test_customers_and_meters_added_from_the_command_line_come_back_as_json(tmp_path: Path, capsys):
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "init"]) == 0
    run(
        capsys,
        "--db",
        db,
        "customers",
        "add",
        "--name",
        "Ana Ruiz",
        "--tax-id",
        "12345678z",
        "--email",
        "ana@example.com",
        "--language",
        "en",
        "--address",
        "Calle Mayor 1",
    )
    code, _, _ = run(
        capsys,
        "meters",
        "add",
        "WM-1",
        "--customer",
        "000001",
        "--kind",
        "cumulative",
        "--unit",
        "m³",
        "--digits",
        "5",
        "--multiplier",
        "10",
        "--install-read",
        "12.5",
        "--date",
        "2026-01-15",
        "--db",
        db,
    )
    assert code == 0
    customers = json.loads(run(capsys, "customers", "list", "--json", "--db", db)[1])
    assert customers == [
        {
            "account": "000001",
            "name": "Ana Ruiz",
            "tax_id": "12345678Z",
            "email": "ana@example.com",
            "language": "en",
            "address": "Calle Mayor 1",
        }
    ]
    meters = json.loads(run(capsys, "--db", db, "meters", "list", "--json")[1])
    assert meters == [
        {
            "serial": "WM-1",
            "customer_account": "000001",
            "kind": "cumulative",
            "unit": "m³",
            "digits": 5,
            "multiplier": "10",
            "install_read": "12.5",
            "install_date": "2026-01-15",
        }
    ]


def test_a_broken_rule_is_one_line_on_stderr_and_a_failing_exit_code(tmp_path: Path, capsys):
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "init"]) == 0
    capsys.readouterr()
    code, out, err = run(
        capsys,
        "--db",
        db,
        "meters",
        "add",
        "WM-1",
        "--customer",
        "404",
        "--kind",
        "interval",
        "--unit",
        "h",
    )
    assert code == 1 and out == ""
    assert err.strip() == "usagebill: error: There is no customer with account number 404."


@pytest.mark.parametrize(
    "where", [["--lang", "es", "meters", "add"], ["meters", "add", "--lang", "es"]]
)
def test_with_lang_es_a_broken_rule_is_said_in_spanish_before_or_after_the_command(
    tmp_path: Path, capsys, where
):
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "init"]) == 0
    capsys.readouterr()
    meter = ["WM-1", "--customer", "404", "--kind", "interval", "--unit", "h"]
    code, out, err = run(capsys, "--db", db, *where, *meter)
    assert code == 1 and out == ""
    assert err == "usagebill: error: No existe ningún cliente con el número de abonado 404.\n"


def test_with_lang_es_a_refused_read_and_its_hint_are_said_in_spanish(desk, capsys):
    db = desk.location
    assert main(["--db", db, "readings", "add", "WM1", "1050", "--date", "2026-10-05"]) == 0
    capsys.readouterr()
    lower = ["readings", "add", "WM1", "900", "--date", "2026-10-08"]
    code, out, err = run(capsys, "--lang", "es", "--db", db, *lower)
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "usagebill: 900 es menor que la lectura anterior, 1.050 del 05/10/2026, y no es "
        "una vuelta a cero verosímil",
        "usagebill: si el totalizador marca de verdad esta lectura, añada --keep-lower",
    ]


def test_a_bad_number_is_refused_before_anything_is_written(tmp_path: Path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(
            [
                "--db",
                str(tmp_path / "x.db"),
                "meters",
                "add",
                "WM-1",
                "--customer",
                "1",
                "--kind",
                "cumulative",
                "--unit",
                "m³",
                "--multiplier",
                "0.1.2",
            ]
        )
    assert exited.value.code == 2
    assert "not a number" in capsys.readouterr().err


def test_the_installed_command_lists_its_commands(tmp_path: Path):
    script = Path(sys.executable).with_name("usagebill")
    result = subprocess.run(
        [str(script), "--db", str(tmp_path / "x.db"), "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    for command in ("customers", "meters", "demo", "gui"):
        assert command in result.stdout


def test_the_database_is_chosen_by_option_then_environment_then_default(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_database_path() == tmp_path / "data" / "usagebill-desktop" / "usagebill.db"
    assert database_url(None, {}) == f"sqlite:///{default_database_path()}"
    env = {DB_ENV: str(tmp_path / "env.db")}
    assert database_url(None, env) == f"sqlite:///{tmp_path / 'env.db'}"
    assert database_url(str(tmp_path / "opt.db"), env) == f"sqlite:///{tmp_path / 'opt.db'}"
    url = "postgresql+psycopg://billing@server/usagebill"
    assert database_url(url, env) == url


def test_only_the_window_or_gui_skips_the_commands_and_a_bad_language_is_still_refused(
    monkeypatch, capsys
):
    opened = []
    monkeypatch.setattr(
        "usagebill_desktop.ui.app.run_gui", lambda url, **kw: opened.append(kw) or 0
    )
    assert main(["--db", ":memory:", "--lang", "es"]) == 0
    assert main(["gui", "--db=:memory:"]) == 0
    assert [kw["language"] for kw in opened] == ["es", None]
    with pytest.raises(SystemExit):
        main(["--lang", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", ":memory:", "--help"])
    assert "import" in capsys.readouterr().out  # the whole command list, not the window's


def test_a_file_that_is_not_a_database_is_said_in_one_line(tmp_path: Path, capsys):
    path = tmp_path / "work.db"
    path.write_bytes(b"not a database, " * 1000)  # e.g. a file copied over it by mistake
    code, out, err = run(capsys, "--db", str(path), "customers", "list")
    assert (code, out) == (1, "")
    assert err == "usagebill: error: the data file is damaged or is not a usagebill database\n"


def test_a_mistyped_data_file_is_refused_in_one_sentence_and_not_created(tmp_path: Path, capsys):
    path = tmp_path / "wrok.db"
    code, out, err = run(capsys, "--db", str(path), "customers", "list")
    assert (code, out) == (1, "")
    assert err == (
        f"usagebill: error: there is no data file at {path}; to start a new workspace there, "
        f"run: usagebill --db {path} init\n"
    )
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_an_empty_data_file_named_by_the_environment_is_refused_in_one_sentence(
    tmp_path: Path, capsys, monkeypatch
):
    path = tmp_path / "work.db"
    path.touch()
    monkeypatch.setenv(DB_ENV, str(path))
    code, out, err = run(capsys, "customers", "list")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and f"the data file {path} is empty" in err
    assert path.stat().st_size == 0
    code, _, err = run(capsys, "--lang", "es", "customers", "list")
    assert code == 1 and "vacío" in err


def test_init_starts_a_workspace_the_commands_then_use(tmp_path: Path, capsys):
    path = tmp_path / "new.db"
    code, out, _ = run(capsys, "--db", str(path), "init")
    assert (code, out) == (0, f"workspace ready in {path}\n")
    code, out, _ = run(capsys, "--db", str(path), "customers", "list")
    assert code == 0 and out.rstrip().endswith("(0)")


def test_the_default_data_file_is_still_created_on_first_use(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(DB_ENV, raising=False)
    code, out, _ = run(capsys, "customers", "list")
    assert code == 0 and out.rstrip().endswith("(0)")
    assert default_database_path().stat().st_size > 0


def test_a_file_with_a_damaged_page_is_refused_at_start_before_anything_is_written(
    tmp_path: Path, demo_file: Path, capsys
):
    path = tmp_path / "work.db"
    data = bytearray(demo_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")  # the page size, from the file's header
    data[page * 5 : page * 6] = b"\xa5\x5a" * (page // 2)  # the header itself is intact
    path.write_bytes(bytes(data))
    payment = ["invoices", "pay", "F-2026-00001", "10", "--date", "2026-10-01"]
    code, out, err = run(capsys, "--db", str(path), *payment)
    assert (code, out) == (1, "")
    assert err == "usagebill: error: the data file is damaged or is not a usagebill database\n"
    assert path.read_bytes() == bytes(data)
