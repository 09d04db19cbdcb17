"""Long work off the GUI thread: a function run on the thread pool, its result or error
delivered back as signals (widgets are only ever touched on the GUI thread)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Signals (on `signals`): done(result), failed(exception)."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        # Python owns the job, not the pool: it must outlive `run` until the GUI thread
        # has delivered its queued result (see `start`).
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the GUI thread, which shows it
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


_running: set[Job] = set()  # jobs in flight, kept alive until their result is delivered


def start(job: Job) -> None:
    _running.add(job)
    # Connected last, so it runs after the caller's slots have had the result.
    job.signals.done.connect(lambda _: _running.discard(job))
    job.signals.failed.connect(lambda _: _running.discard(job))
    QThreadPool.globalInstance().start(job)
