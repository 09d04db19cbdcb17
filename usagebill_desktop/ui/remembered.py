"""What the window remembers between starts (QSettings): its size and place, the last
page, each page's splitters and column widths, the window language and the data file.

One module, so pages never read or write settings themselves: the window hands each page
to `restore_page` when it is made and to `keep_page` when it closes. A page's splitters
and tables are found by kind and order (or by object name when they have one), under the
page's key, so a key stays the same from one start to the next.
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QMainWindow,
    QSplitter,
    QTableView,
    QWidget,
)

ORGANIZATION, APPLICATION = "usagebill", "UsageBill"
_KEPT = "remembered_widths"  # a header whose widths were restored or set by the user


def settings() -> QSettings:
    """The user's settings, always as an INI file (tests point its folder elsewhere with
    `QSettings.setPath(IniFormat, UserScope, folder)`)."""
    scope = QSettings.Scope.UserScope
    return QSettings(QSettings.Format.IniFormat, scope, ORGANIZATION, APPLICATION)


def _text(key: str) -> str:
    value = settings().value(key, "")
    return value if isinstance(value, str) else ""


def _bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def language() -> str:
    """The window language the user chose in Settings ("" when never chosen)."""
    return _text("window/language")


def set_language(code: str) -> None:
    settings().setValue("window/language", code)


RECENT_COUNT = 5  # data files under File → Recent files


def last_data_file() -> str:
    """The URL of the data file the window last opened ("" before the first)."""
    return _text("data/last")


def recent_files() -> list[Path]:
    """The data files opened last, newest first."""
    found = settings().value("data/recent") or []
    return [Path(path) for path in ([found] if isinstance(found, str) else found)]


def remember_data_file(path: Path, url: str) -> None:
    """`path` (at `url`) was opened: first of the recent files, and opened at next start."""
    paths = [str(path)] + [str(p) for p in recent_files() if p != path]
    settings().setValue("data/recent", paths[:RECENT_COUNT])
    settings().setValue("data/last", url)


def last_page() -> str:
    return _text("window/page")


def restore_window(window: QMainWindow) -> None:
    geometry, state = _bytes("window/geometry"), _bytes("window/state")
    if geometry is not None:
        window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)


def keep_window(window: QMainWindow, page: str) -> None:
    kept = settings()
    kept.setValue("window/geometry", window.saveGeometry())
    kept.setValue("window/state", window.saveState())
    kept.setValue("window/page", page)


def _parts(page: QWidget) -> dict[str, QSplitter | QHeaderView]:
    """The page's splitters and table headers under stable names."""
    found: dict[str, QSplitter | QHeaderView] = {}
    for n, splitter in enumerate(page.findChildren(QSplitter)):
        found[f"splitter-{splitter.objectName() or n}"] = splitter
    for n, table in enumerate(page.findChildren(QTableView)):
        found[f"table-{table.objectName() or n}"] = table.horizontalHeader()
    return found


def restore_page(key: str, page: QWidget) -> None:
    """Put back the page's splitters and column widths as they were last time."""
    kept = settings()
    for name, part in _parts(page).items():
        value = kept.value(f"pages/{key}/{name}")
        if isinstance(part, QSplitter) and isinstance(value, QByteArray):
            part.restoreState(value)
        elif isinstance(part, QHeaderView) and isinstance(value, str) and value:
            part.setProperty(_KEPT, value)
            _put_widths(part)
    for header in page.findChildren(QHeaderView):
        if header.orientation() is Qt.Orientation.Horizontal:
            header.sectionResized.connect(lambda *_, h=header: _on_section_resized_by_user(h))


def _widths(header: QHeaderView) -> str:
    return ",".join(str(header.sectionSize(n)) for n in range(header.count()))


def _put_widths(header: QHeaderView) -> None:
    widths = str(header.property(_KEPT)).split(",")
    for n, width in enumerate(widths[: header.count()]):
        if header.sectionResizeMode(n) is QHeaderView.ResizeMode.Interactive:
            header.resizeSection(n, int(width))


def _on_section_resized_by_user(header: QHeaderView) -> None:
    """A column dragged wider or narrower (the page's own fitting happens with no button
    held) stays as the user made it."""
    if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
        header.setProperty(_KEPT, _widths(header))


def keep_page(key: str, page: QWidget) -> None:
    kept = settings()
    for name, part in _parts(page).items():
        if isinstance(part, QSplitter):
            kept.setValue(f"pages/{key}/{name}", part.saveState())
        elif part.property(_KEPT):  # else fitted to the content again next time
            kept.setValue(f"pages/{key}/{name}", _widths(part))


def fit_columns(table: QTableView) -> None:
    """The user's column widths (restored, or dragged) when there are some, else widths
    that fit the content: what a page calls after its rows change."""
    header = table.horizontalHeader()
    if header.property(_KEPT):
        _put_widths(header)
    else:
        table.resizeColumnsToContents()
