"""The one place that wires the app: where the data lives, the engine, migrations.

The GUI and the CLI get a `Workspace` from here and pass its `open_uow` to services.
"""

import os
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine

from .domain.errors import StorageError
from .domain.marks import N_
from .persistence.data_file import SqliteDataFile
from .persistence.database import make_engine, sqlite_file
from .persistence.migrations_runner import upgrade_database, upgrade_pending
from .persistence.storage_errors import IntegrityCheck, refuse_damaged, storage_errors_said
from .persistence.unit_of_work import UnitOfWorkFactory
from .services.imports import discard_abandoned_imports

APP_NAME = "usagebill-desktop"
DB_ENV = "USAGEBILL_DB"
DB_FILE = "usagebill.db"


def default_database_path() -> Path:
    """The user's local (non-roaming) data folder: ~/.local/share/usagebill-desktop on Linux."""
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)) / DB_FILE


def database_url(db: str | None = None, environ: Mapping[str, str] = os.environ) -> str:
    """`--db`, else $USAGEBILL_DB, else the default file; a path or a SQLAlchemy URL."""
    chosen = db or environ.get(DB_ENV) or str(default_database_path())
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def demo_url(url: str) -> str:
    """Where the demo lives: a file of its own beside the data file, so demo and real
    data never mix (usagebill.db → usagebill-demo.db)."""
    path = sqlite_file(url)
    if path is None:
        return url
    return f"sqlite:///{path.with_name(f'{path.stem}-demo{path.suffix}')}"


def workspace_exists(url: str) -> bool:
    path = sqlite_file(url)
    return path is None or (path.exists() and path.stat().st_size > 0)


@dataclass
class Workspace:
    url: str
    engine: Engine
    open_uow: UnitOfWorkFactory
    backup: Path | None  # the copy taken before this start's upgrade, if one was needed

    @property
    def location(self) -> str:
        """What to show the user: the file path, or the URL without its password."""
        path = sqlite_file(self.url)
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def database_chosen(db: str | None = None, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether the user named the data file (`--db`, $USAGEBILL_DB) rather than taking the
    default one: a named file must already be a workspace, so a typing mistake is said."""
    return bool(db or environ.get(DB_ENV))


def refuse_missing(url: str) -> None:
    """A data file that does not exist or is empty is refused in one sentence: only a
    command that starts a workspace (`init`, `demo`) may create one."""
    path = sqlite_file(url)
    if path is None or workspace_exists(url):
        return
    if path.exists():
        reason = N_(
            "the data file {path} is empty; to start a new workspace in it, run: "
            "usagebill --db {path} init"
        )
    else:
        reason = N_(
            "there is no data file at {path}; to start a new workspace there, run: "
            "usagebill --db {path} init"
        )
    raise StorageError(reason=reason, path=str(path))


def data_file(url: str) -> SqliteDataFile:
    """The data file as a whole, to back up or replace (`services/backups.py`), without
    opening it as a workspace: a damaged file can still be replaced. SQLite files only."""
    path = sqlite_file(url)
    if path is None:
        reason = N_("backups and restores are for a data file, not a database server")
        raise StorageError(reason=reason)
    return SqliteDataFile(path)


def open_workspace(url: str, *, create: bool = True) -> Workspace:
    """Open and upgrade the database at `url`; a missing or empty file becomes a new
    workspace only when `create` (else `refuse_missing` says why not)."""
    if not create:
        refuse_missing(url)
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    existed = workspace_exists(url)
    engine = make_engine(url)
    check: IntegrityCheck | None = None
    try:
        with storage_errors_said():
            pending = existed and upgrade_pending(engine)
        if pending:
            refuse_damaged(engine)  # an upgrade writes: the file is checked first
        elif existed:
            check = IntegrityCheck(engine)  # the first write waits for it; a start does not
        with storage_errors_said():
            backup = upgrade_database(engine)
    except BaseException:
        engine.dispose()
        raise
    gate = None if check is None else check.wait
    open_uow = UnitOfWorkFactory(engine, gate)
    # An import killed halfway left rows no one sees; a failure here (a read-only, busy or
    # damaged file) leaves them for the next start or import, and never stops this one.
    with suppress(StorageError):
        discard_abandoned_imports(open_uow)
    return Workspace(url, engine, open_uow, backup)


def open_for_worker(url: str) -> UnitOfWorkFactory:
    """Units of work on a database another process has already opened and upgraded: what
    a worker process of a batch (PDF export) uses. Module-level, so it can be pickled."""
    return UnitOfWorkFactory(make_engine(url))
