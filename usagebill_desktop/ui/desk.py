"""The window on one data file at a time: open, new, recent, back up, restore.

The `Desk` owns the open workspace and its main window. Opening another data file (or a
restored one) opens its workspace and a new window first, then closes the old ones, so a
file that cannot be opened leaves the current one as it was. A file that cannot be opened
gets `UnopenableDialog`: restore the latest good backup, choose another file, or give up.
Closing a data file (another opened, or the app quit) backs it up into its backups folder,
quietly unless it fails.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from ..domain.errors import StorageError
from ..domain.marks import N_
from ..services.backups import Backup, backup_now, latest_good_backup, listed_backups, restore
from ..services.ports import DataFile
from ..texts import FORMAT_LOCALES
from . import remembered
from .dialogs.restore_dialog import RestoreDialog, choose_data_file, choose_new_data_file
from .dialogs.unopenable_dialog import Recovery, UnopenableDialog
from .formatting import Formatter
from .main_window import MainWindow
from .messages import error_text
from .operations import Operation

MISSING = N_("there is no file at {path}")


@dataclass(frozen=True)
class Doors:
    """What the window needs from `bootstrap`, which the ui does not import."""

    open_workspace: Callable[[str], Any]  # a URL → an open, upgraded Workspace
    open_for_worker: Callable[[str], Any]
    url_of: Callable[[str], str]  # a file's path → its URL
    data_file: Callable[[str], DataFile]  # a URL → the file, to back up or replace


def main_window(workspace: Any, language: str, open_for_worker: Callable[[str], Any]) -> MainWindow:
    """The main window on an open workspace, in `language`'s formats."""
    return MainWindow(
        workspace.open_uow,
        location=workspace.location,
        formatter=Formatter(FORMAT_LOCALES[language]),
        open_factory=partial(open_for_worker, workspace.url),
    )


class Desk(QObject):
    """`window` and `workspace`: what is open now (None before the first `open`)."""

    def __init__(
        self, doors: Doors, language: str, now: Callable[[], datetime] = datetime.now
    ) -> None:
        super().__init__()
        self._doors, self._language, self._now = doors, language, now
        self._formatter = Formatter(FORMAT_LOCALES[language])
        self.window: MainWindow | None = None
        self.workspace: Any = None

    def open(
        self, url: str, *, must_exist: bool = True, prepare: Callable[[Any], None] | None = None
    ) -> bool:
        """The window on the data file at `url` (created when not `must_exist`), or on
        what the user chose instead; False when the user gave up (the current file, if
        any, stays open). `prepare` runs on the workspace before its window is made."""
        workspace = self._opened(url, must_exist)
        if workspace is None:
            return False
        if prepare is not None:
            prepare(workspace)
        self._show(workspace)
        return True

    def close(self, *, back_up: bool = True) -> None:
        """Let go of the data file, backed up first (a failure is said, never raised)."""
        workspace, self.workspace = self.workspace, None
        if workspace is None:
            return
        if back_up:
            try:
                backup_now(data_file=self._data_file(workspace.url), now=self._now())
            except StorageError as error:
                QMessageBox.warning(
                    self.window,
                    self.tr("Automatic backup"),
                    self.tr("The data file could not be backed up: {reason}").format(
                        reason=error_text(error)
                    ),
                )
        workspace.close()

    def _data_file(self, url: str | None = None) -> DataFile:
        return self._doors.data_file(url or self.workspace.url)

    def _opened(self, url: str, must_exist: bool) -> Any:
        while True:
            try:
                if must_exist and not (path := self._data_file(url).path).is_file():
                    raise StorageError(reason=MISSING, path=str(path))
                return self._doors.open_workspace(url)
            except StorageError as error:
                recovered = self._recovered(url, error)
            if recovered is None:
                return None
            url, must_exist = recovered, True

    def _recovered(self, url: str, error: StorageError) -> str | None:
        """The URL to try after `error`, as the user chose; None when they gave up."""
        while True:
            data_file = self._data_file(url)
            latest = latest_good_backup(data_file=data_file)
            choice = UnopenableDialog.ask(
                self.window,
                data_file.path,
                error_text(error),
                None if latest is None else self._taken(latest),
                quitting=self.window is None,
            )
            if choice is Recovery.BACKUP and latest is not None:
                try:
                    restore(data_file=data_file, chosen=latest.path, now=self._now())
                except StorageError as failed:
                    error = failed
                    continue
                return url
            if choice is Recovery.OTHER:
                chosen = choose_data_file(self.window, self.tr("Open data file"))
                if chosen is not None:
                    return self._doors.url_of(str(chosen))
                continue
            return None

    def _taken(self, backup: Backup) -> str:
        return f"{self._formatter.day(backup.taken.date())} {backup.taken:%H:%M}"

    def _show(self, workspace: Any) -> None:
        old = self.window
        if old is not None:
            self.close()
        window = main_window(workspace, self._language, self._doors.open_for_worker)
        self._add_actions(window)
        self.window, self.workspace = window, workspace
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()
        remembered.remember_data_file(self._data_file().path, workspace.url)

    def _add_actions(self, window: MainWindow) -> None:
        """The data file's actions in the File menu, before Quit."""
        menu, quit_action = window.file_menu, window.quit_action
        entries: list[tuple[str, str | None, Callable[[], None]]] = [
            (self.tr("&New data file…"), None, self._on_new_triggered),
            (self.tr("&Open data file…"), "Ctrl+O", self._on_open_triggered),
        ]
        for text, keys, slot in entries:
            action = QAction(text, window)
            if keys:
                action.setShortcut(keys)
            action.triggered.connect(slot)
            menu.insertAction(quit_action, action)
        self.recent_menu = QMenu(self.tr("&Recent files"), menu)
        menu.insertMenu(quit_action, self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._on_recent_about_to_show)
        self._on_recent_about_to_show()
        menu.insertSeparator(quit_action)
        self.backup_action = QAction(self.tr("&Back up now"), window)
        self.backup_action.triggered.connect(self._on_backup_triggered)
        self.restore_action = QAction(self.tr("Res&tore from backup…"), window)
        self.restore_action.triggered.connect(self._on_restore_triggered)
        menu.insertActions(quit_action, [self.backup_action, self.restore_action])
        menu.insertSeparator(quit_action)
        self._backing_up = Operation(window)
        self._backing_up.succeeded.connect(self._on_backing_up_succeeded)
        self._backing_up.failed.connect(self._on_backing_up_failed)
        self._backing_up.finished.connect(lambda: self.backup_action.setEnabled(True))

    def _on_recent_about_to_show(self) -> None:
        self.recent_menu.clear()
        for path in remembered.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(partial(self._open_path, path))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _open_path(self, path: Path, *, must_exist: bool = True) -> None:
        self.open(self._doors.url_of(str(path)), must_exist=must_exist)

    def _on_open_triggered(self) -> None:
        chosen = choose_data_file(self.window, self.tr("Open data file"))
        if chosen is not None:
            self._open_path(chosen)

    def _on_new_triggered(self) -> None:
        chosen = choose_new_data_file(self.window)
        if chosen is None:
            return
        if chosen.exists() and chosen.stat().st_size > 0:
            self._say(
                QMessageBox.Icon.Warning,
                self.tr("New data file"),
                self.tr("There is already a file at {path}; open it with Open data file.").format(
                    path=chosen
                ),
            )
            return
        self._open_path(chosen, must_exist=False)

    def _on_backup_triggered(self) -> None:
        self.backup_action.setEnabled(False)
        data_file, now = self._data_file(), self._now()
        self._backing_up.start(lambda: backup_now(data_file=data_file, now=now))

    def _on_backing_up_succeeded(self, written: Path) -> None:
        said = self.tr("Data file backed up to {path}").format(path=written)
        assert self.window is not None
        self.window.statusBar().showMessage(said, 15000)
        self._say(QMessageBox.Icon.Information, self.tr("Back up now"), said)

    def _on_backing_up_failed(self, reason: str) -> None:
        said = self.tr("The data file could not be backed up: {reason}").format(reason=reason)
        self._say(QMessageBox.Icon.Warning, self.tr("Back up now"), said)

    def _on_restore_triggered(self) -> None:
        assert self.window is not None
        data_file = self._data_file()
        chosen = RestoreDialog.ask(self.window, listed_backups(data_file.path), self._formatter)
        if chosen is None:
            return
        question = self.tr(
            "The data file {path} will be replaced by {chosen}. The current file is kept in "
            "the backups folder. Restore?"
        ).format(path=data_file.path, chosen=chosen)
        answer = QMessageBox.question(self.window, self.tr("Restore from backup"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        previous = self.workspace
        previous.close()  # a restore needs the file to itself (its engine reconnects if used)
        try:
            kept = restore(data_file=data_file, chosen=chosen, now=self._now())
        except StorageError as error:
            self._say(QMessageBox.Icon.Warning, self.tr("Restore from backup"), error_text(error))
            return
        self.workspace = None  # replaced: not backed up as the old window goes
        if not self.open(previous.url):
            self.workspace = previous
        else:
            said = self.tr("Backup restored; the replaced data file is kept at {path}").format(
                path=kept
            )
            assert self.window is not None
            self.window.statusBar().showMessage(said, 15000)
            self._say(QMessageBox.Icon.Information, self.tr("Restore from backup"), said)

    def _say(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A message over the window that does not stop it (closed with OK)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("data_file_message")
        box.open()
