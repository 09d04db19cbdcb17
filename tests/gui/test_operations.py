"""One way for the window to run work: what must wait is disabled, the work runs off the
GUI thread, a failure is said in the user's language, and everything comes back."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from usagebill_desktop.domain.errors import InvalidValue
from usagebill_desktop.ui import styles
from usagebill_desktop.ui.operations import Operation, set_enabled


class _Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("Go")
        self.other = QPushButton("Other", enabled=False)  # disabled before any work
        self.status = QLabel()
        layout = QVBoxLayout(self)
        for widget in (self.button, self.other, self.status):
            layout.addWidget(widget)
        self.operation = Operation(
            self,
            waiting=(self.button, self.other),
            status=self.status,
            failure="Nothing was saved: {error}",
        )


@pytest.fixture
def page(qtbot) -> _Page:
    shown = _Page()
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_widgets_wait_while_the_work_runs_and_come_back_as_they_were(page, qtbot):
    release = threading.Event()
    with qtbot.waitSignal(page.operation.succeeded, timeout=5000) as succeeded:
        page.operation.start(lambda: release.wait(5) and 42, busy="Saving…")
        assert not page.button.isEnabled() and page.status.text() == "Saving…"
        assert page.button.cursor().shape() == Qt.CursorShape.BusyCursor
        release.set()
    assert succeeded.args == [42]
    assert page.button.isEnabled() and not page.other.isEnabled()  # as before the work
    assert page.button.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert page.status.text() == ""  # "Saving…" no longer stands


def test_a_broken_rule_is_said_in_spanish_and_the_page_stays_usable(page, qtbot, spanish):
    def refused() -> None:
        raise InvalidValue(field="date", reason="required")

    with qtbot.waitSignal(page.operation.failed, timeout=5000) as failed:
        page.operation.start(refused, busy="Saving…")
    assert failed.args == ["Fecha: obligatorio"]
    assert page.status.text() == "Nothing was saved: Fecha: obligatorio"
    assert page.status.styleSheet() == styles.PROBLEM
    assert page.button.isEnabled() and not page.operation.running


def test_any_other_failure_is_said_in_its_own_words(page, qtbot):
    def broken() -> None:
        raise OSError("the disk is full")

    with qtbot.waitSignals([page.operation.failed, page.operation.finished], timeout=5000):
        page.operation.start(broken)
    assert page.status.text() == "Nothing was saved: the disk is full"
    assert page.button.isEnabled()


def test_what_the_page_enables_during_the_work_holds_once_it_is_done(page, qtbot):
    release = threading.Event()
    with qtbot.waitSignal(page.operation.finished, timeout=5000):
        page.operation.start(lambda: release.wait(5))
        set_enabled(page.other, True)  # e.g. there are drafts to issue now
        assert not page.other.isEnabled()  # not while the work runs
        release.set()
    assert page.other.isEnabled()


def test_two_runs_at_once_give_the_widgets_back_only_when_both_are_done(page, qtbot):
    first, second = threading.Event(), threading.Event()
    with qtbot.waitSignal(page.operation.finished, timeout=5000):
        page.operation.start(lambda: first.wait(5))
        page.operation.start(lambda: second.wait(5))
        first.set()
    assert not page.button.isEnabled() and page.operation.running
    with qtbot.waitSignal(page.operation.finished, timeout=5000):
        second.set()
    assert page.button.isEnabled() and not page.operation.running


def test_the_work_reports_progress_and_stops_when_asked(page, qtbot):
    operation = page.operation

    def count() -> int:
        done = 0
        while operation.keep_going(done, 1000) and done < 1000:
            done += 1
            threading.Event().wait(0.01)
        return done

    with qtbot.waitSignal(operation.progressed, timeout=5000) as progressed:
        operation.start(count)
    assert progressed.args[0][1] == 1000  # (done, of)
    with qtbot.waitSignal(operation.succeeded, timeout=5000) as succeeded:
        operation.stop()
    assert operation.stopping and succeeded.args[0] < 1000
    assert page.button.isEnabled()


def test_waiting_after_stop_ends_the_work_and_gives_the_widgets_back_at_once(page, qtbot):
    operation, ended = page.operation, threading.Event()

    def count() -> int:
        done = 0
        while operation.keep_going(done, 1000) and done < 1000:
            done += 1
            threading.Event().wait(0.01)
        ended.set()
        return done

    with qtbot.waitSignal(operation.progressed, timeout=5000):
        operation.start(count, busy="Counting…")
    heard = []
    operation.succeeded.connect(lambda done: heard.append(("succeeded", done < 1000)))
    operation.finished.connect(lambda: heard.append(("finished", True)))
    operation.stop()
    operation.wait()  # no event loop runs after it: what was heard, was heard in it
    assert ended.is_set() and not operation.running
    assert heard == [("succeeded", True), ("finished", True)]
    assert page.button.isEnabled() and page.status.text() == ""
