"""Python's cycle collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate when its threshold is crossed.
When that is a worker (an `Operation`'s job) and the garbage holds a Qt object, Qt frees
the object off the GUI thread and the process dies (seen in the test suite: a segfault,
"Garbage-collecting", inside a worker's database query). So, as Anki does, automatic
collection is off while the window runs and the GUI thread collects on a timer.
Reference counting still frees at once everything that is not in a cycle.
"""

import gc

from PySide6.QtCore import QObject, QTimer

EVERY_MS = 30_000


def collect_on_gui_thread(parent: QObject, every_ms: int = EVERY_MS) -> QTimer:
    """Turn automatic collection off and collect every `every_ms` on `parent`'s thread."""
    gc.disable()
    timer = QTimer(parent)
    timer.timeout.connect(gc.collect)
    timer.start(every_ms)
    return timer
