"""Long work off the GUI thread: a function run on the thread pool, its result or error
delivered back as signals (widgets are only ever touched on the GUI thread)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Signals (on `signals`): done(result), failed(exception)."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        # Owned by the application, not by this runnable: the pool deletes the runnable
        # when `run` returns, before the GUI thread has delivered the queued signal.
        self.signals = _Signals(QCoreApplication.instance())

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the GUI thread, which shows it
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)
        self.signals.deleteLater()  # after the queued signal, which was posted first


def start(job: Job) -> None:
    QThreadPool.globalInstance().start(job)
