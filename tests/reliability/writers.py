"""Small helpers the reliability tests share: a workspace of meters, a readings file, a
lowered busy timeout, and a look at what an import left in the data file."""

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from bench.fixtures import add_meters
from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.persistence import database

INSTALLED = date(2020, 1, 1)


def meters_workspace(path: Path, meters: int) -> str:
    """A data file with `meters` water meters WM0000001…, installed on 2020-01-01."""
    workspace = open_workspace(database_url(str(path)))
    with workspace.engine.begin() as db:
        add_meters(db, meters, INSTALLED)
    workspace.close()
    return database_url(str(path))


def readings_csv(path: Path, meters: int, reads: int) -> int:
    """A file of `reads` rising monthly reads per meter, from 2021; its number of rows."""
    lines = ["contador;fecha;lectura"]
    for n in range(1, meters + 1):
        for k in range(reads):
            day = date(2021, 1, 1) + timedelta(days=30 * k)
            lines.append(f"WM{n:07d};{day:%d/%m/%Y};{10 * (k + 1) + n % 7}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return meters * reads


def quick_busy_timeout(monkeypatch: pytest.MonkeyPatch, ms: int = 200) -> None:
    """Connections opened from now on give up waiting for the write lock after `ms`."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", ms)


def stored(db: Path, sql: str) -> object:
    """One value from the data file, read as another program would."""
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchone()[0]
