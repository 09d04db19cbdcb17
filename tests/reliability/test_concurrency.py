"""Three processes at once on one file, one issuing, one importing readings, one recording
payments: every command that said it succeeded is in the file, every one that failed said
one sentence, numbers stay gapless and SQLite finds the file sound."""

import json
import subprocess
from pathlib import Path

from .conftest import Prepared
from .harness import BATCH, copy_db, integrity, numbering_gaps, query

COMMANDS = 8  # per process in CI; times --reliability-kills / 5 for the deep run


def test_three_writers_at_once_lose_nothing(
    billed: Prepared, readings_csv: Path, kills: int, tmp_path: Path
) -> None:
    db = copy_db(billed.after, tmp_path / "shared.db")
    per_process = COMMANDS * max(kills // 5, 1)
    drafts = [int(i) for (i,) in query(db, "SELECT id FROM invoices WHERE state = 'draft'")]
    unpaid = [
        str(n)
        for (n,) in query(
            db,
            "SELECT number FROM invoices WHERE number LIKE 'F-%'"
            " AND id NOT IN (SELECT invoice_id FROM payments)",
        )
    ]
    rows = readings_csv.read_text(encoding="utf-8").splitlines()
    files = []
    for n in range(per_process):  # a few meters' reads in each file
        part = tmp_path / f"reads-{n}.csv"
        part.write_text("\n".join([rows[0], *rows[1 + n * 5 : 6 + n * 5]]) + "\n", encoding="utf-8")
        files.append(part)
    batches = {
        "issue": [["invoices", "issue", str(i)] for i in drafts[:per_process]],
        "import": [["readings", "import", str(f)] for f in files],
        "pay": [
            ["invoices", "pay", number, "0.50", "--reference", f"both-{n}"]
            for n, number in enumerate(unpaid[:per_process])
        ],
    }
    children = {}
    for name, commands in batches.items():
        path = tmp_path / f"{name}.jsonl"
        path.write_text(
            "".join(json.dumps(["--db", str(db), *c]) + "\n" for c in commands), encoding="utf-8"
        )
        children[name] = subprocess.Popen([*BATCH, str(path)], stdout=subprocess.PIPE, text=True)
    said = {
        name: [json.loads(line) for line in child.communicate(timeout=300)[0].splitlines()]
        for name, child in children.items()
    }
    print(
        f"\nreliability: concurrency: 3 processes, {3 * per_process} commands, "
        + ", ".join(f"{name} {sum(d['code'] == 0 for d in done)} ok" for name, done in said.items())
    )

    for name, done in said.items():
        assert len(done) == len(batches[name]), name
        failed = [d for d in done if d["code"] != 0]
        assert [d for d in failed if len(d["said"].strip().splitlines()) != 1] == [], failed
    issued = {int(i) for (i,) in query(db, "SELECT id FROM invoices WHERE state = 'issued'")}
    assert {drafts[d["n"]] for d in said["issue"] if d["code"] == 0} <= issued
    references = {str(r) for (r,) in query(db, "SELECT reference FROM payments")}
    assert {f"both-{d['n']}" for d in said["pay"] if d["code"] == 0} <= references
    imported = query(db, "SELECT file_name, accepted FROM imports")
    assert len(imported) == sum(d["code"] == 0 for d in said["import"])
    assert integrity(db) == ["ok"]
    assert numbering_gaps(db) == []
