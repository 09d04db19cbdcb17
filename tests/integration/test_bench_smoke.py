"""The benchmarks keep working (their speed is reported by `make bench`, never tested)."""

import json

from bench.__main__ import main


def test_the_benchmark_runner_reports_figures_with_their_machine(tmp_path, capsys):
    out = tmp_path / "latest.json"
    assert main(["readings_page", "--scale", "0.001", "--runs", "1", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    names = [f["name"] for f in report["figures"]]
    assert "readings page: jump to last row" in names
    assert report["machine"]["sqlite"]
    printed = capsys.readouterr().out
    assert "vs limit" in printed and "≤ 200: pass" in printed  # the targets are said


def test_the_account_view_benchmark_reports_its_first_paint(tmp_path):
    out = tmp_path / "latest.json"
    assert main(["account_view", "--scale", "0.001", "--runs", "1", "--out", str(out)]) == 0
    [figure] = json.loads(out.read_text())["figures"]
    assert figure["name"] == "account view: first paint"
    assert figure["target"].startswith("≤ 200")
