"""The period export dialog closes cleanly once its work is done."""

from datetime import date
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from usagebill_desktop.bootstrap import open_for_worker
from usagebill_desktop.ui.dialogs.export_pdf_dialog import ExportPdfDialog

from .test_invoices_page import september  # noqa: F401 (a fixture)


def _exported(qtbot, september, tmp_path) -> ExportPdfDialog:  # noqa: F811
    dialog = ExportPdfDialog(
        september.open_uow,
        partial(open_for_worker, september.url),
        tmp_path,
        date(2026, 9, 1),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.exporting.succeeded, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return dialog


@pytest.mark.parametrize("how", ["close button", "escape"])
def test_closing_the_export_dialog_after_it_finished_raises_nothing(
    qtbot,
    september,  # noqa: F811 (the fixture imported above)
    tmp_path,
    english,
    how,
):
    dialog = _exported(qtbot, september, tmp_path)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    shown = [b.text() for b in dialog.buttons.buttons() if b.isVisible()]
    assert shown == ["Close"]  # nothing is left to cancel or to start
    with qtbot.waitSignal(dialog.finished):
        if how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result_ is not None
    assert len(dialog.result_.written) == 3
