"""SIGKILL at random moments during every operation that writes, then hold the file to
every promise: SQLite finds it sound, the app opens it, the operation is wholly there or
wholly absent, issued invoices are whole and their numbers gapless, every PDF opens.

Kills per operation: `--reliability-kills` (5 in CI; 30 for the deep run in
docs/reliability.md); moments from `--reliability-seed` (printed in the report header).
"""

import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import PERIOD, Prepared
from .harness import (
    BATCH,
    CLI,
    app_reads,
    checkpoint,
    cli,
    copy_db,
    integrity,
    invoice_problems,
    kill_moments,
    leftovers,
    numbering_gaps,
    pdf_problems,
    query,
    run,
)

Outcome = Callable[[Path, Path, str], str]  # (file, folder, what the child said) → outcome


def _kill_each_moment(
    before: Path,
    words: Callable[[Path], list[str]],
    outcome: Outcome,
    moments: list[float],
    folder: Path,
) -> Counter[str]:
    """Copies `before`, runs `words(copy)` killed at each moment, checks the file; how
    many kills ended in each outcome."""
    seen: Counter[str] = Counter()
    folder.mkdir(exist_ok=True)
    for n, moment in enumerate(moments):
        here = folder / f"kill-{n}"
        here.mkdir()
        db = copy_db(before, here / "work.db")
        ran = run(words(db), kill_after=moment)
        where = f"kill {n} at {moment:.2f}s (exit {ran.code})"
        assert integrity(db) == ["ok"], where
        assert app_reads(db) > 0, where
        assert invoice_problems(db) == [], where
        assert numbering_gaps(db) == [], where
        seen[outcome(db, here, ran.out)] += 1
    return seen


def _report(name: str, seen: Counter[str], seed: int) -> None:
    print(f"\nreliability: {name}: {sum(seen.values())} kills, {dict(seen)} (seed {seed})")


def _count(db: Path, sql: str, *values: object) -> int:
    return int(query(db, sql, *values)[0][0])  # type: ignore[call-overload]


@pytest.fixture
def moments(rng: random.Random, kills: int) -> Callable[[float], list[float]]:
    return lambda seconds: kill_moments(rng, kills, seconds)


@pytest.fixture
def seed(request: pytest.FixtureRequest) -> int:
    return int(request.config.getoption("--reliability-seed"))


def test_a_killed_readings_import_is_wholly_there_or_absent(
    demo_db: Path, imported: Prepared, readings_csv: Path, moments, seed, tmp_path: Path
) -> None:
    sql = "SELECT COUNT(*) FROM readings"
    base, whole = _count(demo_db, sql), _count(imported.after, sql)

    def outcome(db: Path, _folder: Path, _said: str) -> str:
        found = (_count(db, sql) - base, _count(db, "SELECT COUNT(*) FROM imports"))
        assert found in ((0, 0), (whole - base, 1)), found
        return "absent" if found[1] == 0 else "complete"

    seen = _kill_each_moment(
        demo_db,
        lambda db: [*cli_words(db), "readings", "import", str(readings_csv)],
        outcome,
        moments(imported.seconds),
        tmp_path,
    )
    _report(f"readings import ({whole - base} rows)", seen, seed)


def test_a_killed_billing_run_leaves_every_draft_or_none(
    demo_db: Path, billed: Prepared, moments, seed, tmp_path: Path
) -> None:
    sql = "SELECT COUNT(*) FROM invoices WHERE state = 'draft'"
    whole = _count(billed.after, sql)

    def outcome(db: Path, _folder: Path, _said: str) -> str:
        drafts = _count(db, sql)
        assert drafts in (0, whole), drafts
        return "absent" if drafts == 0 else "complete"

    seen = _kill_each_moment(
        demo_db,
        lambda db: [*cli_words(db), "bill", "--period", PERIOD],
        outcome,
        moments(billed.seconds),
        tmp_path,
    )
    _report(f"bill ({whole} drafts)", seen, seed)


def test_killed_issuing_leaves_no_half_made_invoice_and_no_gap(
    billed: Prepared, issued: Prepared, moments, seed, tmp_path: Path
) -> None:
    sql = "SELECT COUNT(*) FROM invoices WHERE state = 'issued'"
    base, whole = _count(billed.after, sql), _count(issued.after, sql)

    def outcome(db: Path, _folder: Path, _said: str) -> str:
        new = _count(db, sql) - base
        assert new in (0, whole - base), new
        return "absent" if new == 0 else "complete"

    seen = _kill_each_moment(
        billed.after,
        lambda db: [*cli_words(db), "invoices", "issue", "--all-drafts"],
        outcome,
        moments(issued.seconds),
        tmp_path,
    )
    _report(f"issue ({whole - base} invoices)", seen, seed)


def test_a_killed_batch_of_payments_keeps_every_payment_it_reported(
    issued: Prepared, payments_batch: Path, moments, seed, tmp_path: Path
) -> None:
    commands = payments_batch.read_text(encoding="utf-8").splitlines()
    measured_db = copy_db(issued.after, tmp_path / "measured.db")
    measured = run([*BATCH, str(_batch_for(measured_db, payments_batch, tmp_path))])
    assert measured.code == 0, measured.err

    def outcome(db: Path, _folder: Path, said: str) -> str:
        finished = [json.loads(line) for line in said.splitlines()]
        assert all(done["code"] == 0 for done in finished), finished
        stored = query(db, "SELECT reference, amount FROM payments WHERE reference LIKE 'kill-%'")
        references = {reference for reference, _ in stored}
        reported = {f"kill-{done['n']}" for done in finished}
        assert reported <= references <= reported | {f"kill-{len(finished)}"}, references
        assert all(amount == 10_000 for _, amount in stored)  # 1.00, in ten-thousandths
        return f"{len(references)} of {len(commands)}"

    seen = _kill_each_moment(
        issued.after,
        lambda db: [*BATCH, str(_batch_for(db, payments_batch, db.parent))],
        outcome,
        moments(measured.seconds),
        tmp_path / "kills",
    )
    _report(f"payments ({len(commands)} `invoices pay`)", seen, seed)


def test_a_killed_pdf_export_leaves_only_whole_pdfs(
    pdf_ready: Path, moments, seed, tmp_path: Path
) -> None:
    words = ["export", "pdf", "--period", PERIOD, "--workers", "2", "--out"]
    measured = cli(pdf_ready, *words, str(tmp_path / "measured"))
    assert measured.code == 0, measured.err
    whole = len(list((tmp_path / "measured").glob("*.pdf")))
    left: list[Path] = []

    def outcome(db: Path, folder: Path, _said: str) -> str:
        out = folder / "out"
        out.mkdir(exist_ok=True)
        assert pdf_problems(out) == []
        left.extend(leftovers(out))
        return f"{len(list(out.glob('*.pdf')))} of {whole}"

    seen = _kill_each_moment(
        pdf_ready,
        lambda db: [*cli_words(db), *words, str(db.parent / "out")],
        outcome,
        moments(measured.seconds),
        tmp_path / "kills",
    )
    _report(f"export pdf ({whole} PDFs; {len(left)} .part left)", seen, seed)


def test_a_killed_upgrade_completes_on_the_next_start_with_its_data(
    old_schema: Path, moments, seed, tmp_path: Path
) -> None:
    counts = "SELECT (SELECT COUNT(*) FROM invoices), (SELECT COUNT(*) FROM payments)"
    was = query(old_schema, counts)
    measured = cli(copy_db(old_schema, tmp_path / "measured.db"), "customers", "list")
    assert measured.code == 0, measured.err
    seen: Counter[str] = Counter()
    (tmp_path / "kills").mkdir()
    for n, moment in enumerate(moments(measured.seconds)):
        db = copy_db(old_schema, tmp_path / "kills" / f"old-{n}.db")
        ran = cli(db, "customers", "list", kill_after=moment)
        where = f"kill {n} at {moment:.2f}s (exit {ran.code})"
        assert integrity(db) == ["ok"], where
        revision = str(query(db, "SELECT version_num FROM alembic_version")[0][0])
        backups = sorted(db.parent.glob(f"{db.name}.bak-*"))
        for backup in backups:  # complete or absent: every one opens at the old revision
            assert integrity(backup) == ["ok"], where
            assert query(backup, counts) == was, where
        assert app_reads(db) == was[0][0], where  # the next start finishes the upgrade
        assert query(checkpoint(db), counts) == was, where
        # A backup cut short left a temporary file; the next start's backup removes it.
        left = [p for p in leftovers(db.parent) if p.name.startswith(f".{db.name}.bak-")]
        if str(query(db, "SELECT version_num FROM alembic_version")[0][0]) != revision:
            assert left == [], where
        seen[f"{revision}, {len(backups)} backup(s), {len(left)} .part"] += 1
    _report("upgrade 0009 → head", seen, seed)


def cli_words(db: Path) -> list[str]:
    return [*CLI, "--db", str(db)]


def _batch_for(db: Path, template: Path, folder: Path) -> Path:
    """The payments batch aimed at `db`."""
    batch = folder / "batch.jsonl"
    batch.write_text(
        "".join(
            json.dumps(["--db", str(db), *json.loads(line)]) + "\n"
            for line in template.read_text(encoding="utf-8").splitlines()
        ),
        encoding="utf-8",
    )
    return batch


def _backups_sound(db: Path) -> int:
    """Every file under a backup's name in `backups/` is a whole workspace: how many."""
    found = sorted((db.parent / "backups").glob("*.db"))
    for copy in found:
        assert integrity(copy) == ["ok"], copy
        assert app_reads(copy) > 0, copy
    return len(found)


def test_a_killed_backup_leaves_a_whole_copy_or_none(
    demo_db: Path, moments, seed, tmp_path: Path
) -> None:
    measured = cli(copy_db(demo_db, tmp_path / "measured.db"), "backup")
    assert measured.code == 0, measured.err

    def outcome(db: Path, folder: Path, _said: str) -> str:
        left = leftovers(folder / "backups") if (folder / "backups").is_dir() else []
        return f"{_backups_sound(db)} backup(s), {len(left)} .part"

    seen = _kill_each_moment(
        demo_db,
        lambda db: [*cli_words(db), "backup"],
        outcome,
        moments(measured.seconds),
        tmp_path,
    )
    _report("backup", seen, seed)


def test_a_killed_restore_leaves_the_old_file_or_the_restored_one(
    demo_db: Path, billed: Prepared, moments, seed, tmp_path: Path
) -> None:
    sql = "SELECT COUNT(*) FROM invoices WHERE state = 'draft'"
    drafts = _count(billed.after, sql)  # the data file has the drafts; the backup has none

    def restore_words(db: Path) -> list[str]:
        return [*cli_words(db), "restore", str(copy_db(demo_db, db.parent / "chosen.db"))]

    measured = run(restore_words(copy_db(billed.after, tmp_path / "measured.db")))
    assert measured.code == 0, measured.err

    def outcome(db: Path, _folder: Path, _said: str) -> str:
        found = _count(db, sql)
        assert found in (0, drafts), found
        kept = _backups_sound(db)
        return f"{'restored' if found == 0 else 'old'}, {kept} kept"

    seen = _kill_each_moment(
        billed.after, restore_words, outcome, moments(measured.seconds), tmp_path / "kills"
    )
    _report(f"restore (the old file has {drafts} drafts)", seen, seed)
