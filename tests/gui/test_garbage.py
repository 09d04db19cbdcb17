"""The window collects cyclic garbage on the GUI thread only."""

import gc

from PySide6.QtCore import QObject

from usagebill_desktop.ui.garbage import collect_on_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_and_the_gui_thread_collects_on_a_timer(qtbot):
    parent = QObject()
    timer = collect_on_gui_thread(parent, every_ms=10)
    assert not gc.isenabled() and timer.isActive()
    _Cycle()  # unreachable at once, freed only by a collection
    qtbot.waitUntil(lambda: not any(isinstance(o, _Cycle) for o in gc.get_objects()))
    parent.deleteLater()
