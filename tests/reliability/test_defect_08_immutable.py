"""Defect 8: immutability without holes. Voids only through a credit note, payments
append-only (reversals instead of edits), and a chained audit log that `usagebill check`
verifies, so raw SQL, even with the triggers dropped and re-created, is found out."""

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command

from usagebill_desktop.cli import main
from usagebill_desktop.domain.invoices import InvoiceState, Payment, month_span
from usagebill_desktop.persistence.database import make_engine
from usagebill_desktop.persistence.migrations_runner import alembic_config, upgrade_database
from usagebill_desktop.services.billing import run_billing
from usagebill_desktop.services.invoices import credit_invoice, get_invoice, record_payment

from ..conftest import TODAY
from ..integration.test_billing import bill_and_issue, read

NUMBER = "F-2026-00001"


@pytest.fixture
def issued(village):
    """One issued invoice, F-2026-00001, with a payment of 10 on it."""
    read(village, 99_980, date(2026, 2, 1))
    bill_and_issue(village, 2026, 2)
    payment = Payment(date(2026, 3, 1), Decimal(10), "transfer")
    record_payment(village.open_uow, number=NUMBER, payment=payment, today=TODAY)
    return village


def _sql(workspace, *statements: str) -> None:
    with sqlite3.connect(workspace.location) as db:
        for statement in statements:
            db.execute(statement)


def _check(workspace, capsys) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["--db", workspace.location, "check"])
    return code, capsys.readouterr().out.splitlines()


def test_raw_sql_cannot_void_an_issued_invoice_without_a_credit_note(issued):
    with pytest.raises(sqlite3.DatabaseError, match="voided only by issued credit notes"):
        _sql(issued, f"UPDATE invoices SET state = 'void' WHERE number = '{NUMBER}'")
    assert get_invoice(issued.open_uow, key=NUMBER).state is InvoiceState.ISSUED
    credit_invoice(issued.open_uow, number=NUMBER, reason="wrong meter", issue_date=TODAY)
    assert get_invoice(issued.open_uow, key=NUMBER).state is InvoiceState.VOID  # the service


def test_a_payment_cannot_be_updated_deleted_or_put_on_a_draft(issued):
    with pytest.raises(sqlite3.DatabaseError, match="reverse a payment instead"):
        _sql(issued, "UPDATE payments SET amount = 1")
    with pytest.raises(sqlite3.DatabaseError, match="reverse a payment instead"):
        _sql(issued, "DELETE FROM payments")
    run_billing(issued.open_uow, period=month_span(2026, 3), today=TODAY)
    read(issued, 99_990, date(2026, 3, 1))
    run_billing(issued.open_uow, period=month_span(2026, 3), today=TODAY)
    with pytest.raises(sqlite3.DatabaseError, match="on issued invoices only"):
        _sql(
            issued,
            "INSERT INTO payments (invoice_id, paid_on, amount, method, reference, created_at)"
            " SELECT id, '2026-03-01', 100000, '', '', '2026-03-01' FROM invoices"
            " WHERE state = 'draft'",
        )
    assert get_invoice(issued.open_uow, key=NUMBER).paid == 10


def test_a_mistaken_payment_is_reversed_from_the_command_line_in_spanish(issued, capsys):
    before = get_invoice(issued.open_uow, key=NUMBER)
    capsys.readouterr()
    argv = ["--db", issued.location, "--lang", "es", "invoices", "reverse", NUMBER]
    assert main([*argv, "--reason", "cobro duplicado", "--amount", "4"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith(f"Pago 1 de 10,00 en {NUMBER} anulado; pendiente ")  # Spanish numbers
    assert get_invoice(issued.open_uow, key=NUMBER).paid == 6
    assert main([*argv, "--reason", "cobro duplicado", "--amount", "7"]) == 1
    assert "más de lo que queda de ese pago (6" in capsys.readouterr().err
    assert main([*argv, "--reason", "cobro duplicado"]) == 0
    assert get_invoice(issued.open_uow, key=NUMBER).paid == 0
    with sqlite3.connect(issued.location) as db:
        rows = db.execute("SELECT amount, reverses_id, reason FROM payments ORDER BY id").fetchall()
    assert rows == [
        (100000, None, ""),
        (-40000, 1, "cobro duplicado"),
        (-60000, 1, "cobro duplicado"),
    ]
    assert get_invoice(issued.open_uow, key=NUMBER).total == before.total
    assert _check(issued, capsys)[0] == 0


def test_check_passes_on_untouched_books(issued, capsys):
    code, lines = _check(issued, capsys)
    assert code == 0
    assert lines[0].startswith("the audit log is whole: 2 entries, the last one's hash ")


def test_check_names_the_entry_after_a_deleted_one(issued, capsys):
    _sql(issued, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE id = 1")
    code, lines = _check(issued, capsys)
    assert code == 1
    assert "audit entry 2 (payment F-2026-00001) does not follow the entry before it" in lines[0]
    assert f"{NUMBER} has no audit entry of its issue" in lines


def test_check_names_an_edited_entry(issued, capsys):
    forged = '{"id":1,"amount":{"d":"25"},"paid_on":{"date":"2026-03-01"},"method":"transfer"}'
    _sql(
        issued,
        "DROP TRIGGER audit_log_no_update",
        f"UPDATE audit_log SET data = '{forged}' WHERE id = 2",
    )
    code, lines = _check(issued, capsys)
    assert code == 1
    assert lines[0] == "audit entry 2 (payment F-2026-00001) was changed after it was written"


def test_check_finds_a_forged_total_behind_dropped_and_recreated_triggers(issued, capsys):
    with sqlite3.connect(issued.location) as db:
        [(trigger,)] = db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'invoices_issued_frozen'"
        ).fetchall()
        db.execute("DROP TRIGGER invoices_issued_frozen")
        db.execute(f"UPDATE invoices SET total = total + 1000000 WHERE number = '{NUMBER}'")
        db.execute(trigger)
    total = get_invoice(issued.open_uow, key=NUMBER).total
    code, lines = _check(issued, capsys)
    assert code == 1
    assert lines[0] == f"{NUMBER} has a total of {total}; its audit entry says {total - 100}"
    assert lines[1:] == ["1 problems found in 2 audit entries"]


def test_the_upgrade_chains_the_entries_already_written_and_downgrades(tmp_path: Path, capsys):
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine, target="0011")
    with sqlite3.connect(path) as db:
        for n in range(3):
            db.execute(
                "INSERT INTO audit_log (at, actor, action, subject, data)"
                f" VALUES ('2026-01-0{n + 1} 10:00:00.000000', 'operator', 'settings',"
                " 'company', '{}')"
            )
    upgrade_database(engine, target="0013")
    with sqlite3.connect(path) as db:
        chain = db.execute("SELECT previous_hash, hash FROM audit_log ORDER BY id").fetchall()
    assert chain[0][0] == "0" * 64 and [p for p, _ in chain[1:]] == [h for _, h in chain[:2]]
    assert main(["--db", str(path), "check"]) == 0
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0011")
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM audit_log").fetchone() == (3,)
        columns = {row[1] for row in db.execute("PRAGMA table_info(payments)")}
    assert "reverses_id" not in columns
    engine.dispose()
