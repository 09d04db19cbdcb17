"""Work the window runs for the user, one way on every page.

An `Operation` is one kind of work a page offers (bill a month, export the books). Each
`start()` disables the widgets that must wait (with a busy cursor over them), says what
is going on in the page's status label, runs the work on the thread pool, and then gives
the widgets back as they were — whatever happened. A failure is said in the user's
language (`messages.failure_text`) in the status label, in the operation's own words
("Nothing was changed: {error}").

The work runs off the GUI thread: it must not read or touch widgets, so the page gathers
its inputs first and hands the work a closure over plain values. Each run of a service
opens its own unit of work, as every service call does. A dialog that closes while its
work runs calls `stop()` and `wait()`: the work ends (a stopped import is rolled back)
before the dialog goes.
"""

import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QWidget

from . import styles
from .messages import failure_text

_HOLDS = "usagebill_holds"  # dynamic property: how many runs hold the widget disabled
_ENABLED = "usagebill_enabled"  # ... and whether it is enabled once none does


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    """`work` on the thread pool; its result or error is emitted on `signals`."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        # Python owns the job, not the pool: it must outlive `run` until the GUI thread
        # has delivered its queued result (see `_running`).
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()
        self.ended = threading.Event()  # set once the result or error is on its way

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the GUI thread, which shows it
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)
        finally:
            self.ended.set()


_running: set[_Job] = set()  # jobs in flight, kept alive until their result is delivered


def set_enabled(widget: QWidget, enabled: bool) -> None:
    """Enable or disable a widget now, or, while work holds it, once the work is done."""
    if widget.property(_HOLDS):
        widget.setProperty(_ENABLED, enabled)
    else:
        widget.setEnabled(enabled)


def _hold(widget: QWidget) -> None:
    holds = widget.property(_HOLDS) or 0
    if not holds:
        widget.setProperty(_ENABLED, widget.isEnabled())
        widget.setEnabled(False)
        widget.setCursor(Qt.CursorShape.BusyCursor)
    widget.setProperty(_HOLDS, holds + 1)


def _release(widget: QWidget) -> None:
    holds = (widget.property(_HOLDS) or 1) - 1
    widget.setProperty(_HOLDS, holds)
    if not holds:
        widget.unsetCursor()
        widget.setEnabled(bool(widget.property(_ENABLED)))


class Operation(QObject):
    """One kind of work a page runs, started as often as the user asks.

    Signals (all on the GUI thread, after the widgets are given back):
    succeeded(object) — the work's result;
    failed(str) — why it failed, in the user's language (the status label already says so);
    progressed(object) — the tuple the work passed to `keep_going`;
    finished() — after succeeded or failed.
    """

    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(object)
    finished = Signal()
    _reported = Signal(object)  # emitted on the worker thread, delivered on the GUI thread

    def __init__(
        self,
        parent: QWidget,
        *,
        waiting: Sequence[QWidget] = (),
        status: QLabel | None = None,
        failure: str = "{error}",
    ) -> None:
        """`waiting`: what is disabled while the work runs; `status`: where the busy text and
        a failure show; `failure`: the translated sentence for a failure, with {error}."""
        super().__init__(parent)
        self._waiting = tuple(waiting)
        self._status, self._failure = status, failure
        self._said = ""  # what this operation last put in the status label
        self._runs = 0
        self._jobs: list[_Job] = []  # this operation's runs whose result is not delivered
        self._stopping = threading.Event()
        self._reported.connect(self._on_work_reported)

    @property
    def running(self) -> bool:
        return self._runs > 0

    @property
    def stopping(self) -> bool:
        """The user asked the running work to stop."""
        return self._stopping.is_set()

    def start(self, work: Callable[[], object], *, busy: str = "") -> None:
        """Run `work` on the pool; `busy` (translated) shows in the status label meanwhile."""
        self._runs += 1
        self._stopping.clear()
        for widget in self._waiting:
            _hold(widget)
        if busy:
            self._say(busy, styles.PLAIN)
        job = _Job(work)
        self._jobs.append(job)
        _running.add(job)
        job.signals.done.connect(self._on_job_done)
        job.signals.failed.connect(self._on_job_failed)
        # Connected last, so they run after this operation has delivered the result.
        job.signals.done.connect(lambda _: self._forget(job))
        job.signals.failed.connect(lambda _: self._forget(job))
        QThreadPool.globalInstance().start(job)

    def keep_going(self, *progress: object) -> bool:
        """For the work, on its thread: report progress; False once `stop()` was asked."""
        self._reported.emit(progress)
        return not self._stopping.is_set()

    def stop(self) -> None:
        """Ask the running work to stop at its next `keep_going`."""
        self._stopping.set()

    def wait(self) -> None:
        """Block until every run has ended, then deliver their results now: when this
        returns, `finished` was emitted and the widgets are back (after `stop()`, a
        stopped run has failed)."""
        for job in tuple(self._jobs):
            job.ended.wait()
        if self._jobs:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)

    def _forget(self, job: _Job) -> None:
        _running.discard(job)
        if job in self._jobs:
            self._jobs.remove(job)

    def _say(self, text: str, style: str) -> None:
        if self._status is not None:
            self._status.setStyleSheet(style)
            self._status.setText(text)
            self._said = text

    def _finish(self) -> None:
        self._runs -= 1
        for widget in self._waiting:
            _release(widget)

    def _on_work_reported(self, progress: tuple[object, ...]) -> None:
        self.progressed.emit(progress)

    def _on_job_done(self, result: object) -> None:
        self._finish()
        # What this operation said (busy, or an earlier failure) no longer stands, unless
        # a later run of it is still going.
        said = self._status.text() if self._status is not None else ""
        if not self.running and self._said and said == self._said:
            self._say("", styles.PLAIN)
        self.succeeded.emit(result)
        self.finished.emit()

    def _on_job_failed(self, error: Exception) -> None:
        self._finish()
        said = failure_text(error)
        self._say(self._failure.format(error=said), styles.PROBLEM)
        self.failed.emit(said)
        self.finished.emit()
