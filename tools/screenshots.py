"""Save a PNG of every page of the main window, to look at the app as a user would.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py demo.db screenshots/ [es|en]
"""

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from usagebill_desktop.bootstrap import database_url, open_for_worker, open_workspace
from usagebill_desktop.ui.desk import main_window
from usagebill_desktop.ui.i18n import install_translators
from usagebill_desktop.ui.operations import Operation


def main(db: str, out: str, language: str = "en") -> None:
    app = QApplication([])
    keep = install_translators(app, language)  # noqa: F841
    workspace = open_workspace(database_url(db))
    window = main_window(workspace, language, open_for_worker)
    window.show()
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for key in window.page_keys:
        page = window.show_page(key)
        app.processEvents()
        if key == "invoices":  # show an invoice's PDF beside the list
            page.list.ui.table.selectRow(0)
        # What the page shows (figures, totals, the PDF) is worked out off the GUI thread.
        while any(operation.running for operation in page.findChildren(Operation)):
            app.processEvents()
        settle = time.monotonic() + 0.5  # the page is redrawn once the layout settles
        while time.monotonic() < settle:
            app.processEvents()
        window.grab().save(str(folder / f"{language}-{key}.png"))
    workspace.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
