"""Many invoices to PDF files at once, on every core, with progress and cancel.

Each worker process opens the database itself and renders whole invoices, so the
main process only hands out invoice numbers. A failure on one invoice is reported
with its number and does not stop the others; the files already written stay (each
is complete). Optionally the files are joined, in order, into one PDF for printing.

The workers die with the process that started them, even when it is killed outright
(SIGKILL: nothing of it runs to stop them): on Linux the kernel kills them
(`prctl(PR_SET_PDEATHSIG)`), elsewhere a thread in each worker waits for the parent's end.
Interrupted (Ctrl+C, SIGTERM), the batch lets the invoices being written finish and says
which files are complete: `ExportInterrupted`. Every file is written under a temporary
name and renamed, so any PDF under its final name is complete; the temporary files a
killed export leaves are removed when the next export into that folder starts.
"""

import ctypes
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context, parent_process
from multiprocessing.process import BaseProcess
from pathlib import Path

from ..atomic_files import remove_leftovers
from ..domain.invoice_document import InvoiceDocument
from .documents import invoice_document
from .ports import OpenFactory, OpenUnitOfWork, PeerCache

Warn = Callable[[str], None]
Render = Callable[[InvoiceDocument, Path, Warn], Path]
Join = Callable[[Sequence[Path], Path], None]
Progress = Callable[[int, int], bool]  # (done, of) → False to stop

IN_PROCESS_BELOW = 8  # starting worker processes costs more than a few invoices


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)  # in the order asked for
    failed: list[tuple[str, str]] = field(default_factory=list)  # (invoice, why)
    warnings: list[str] = field(default_factory=list)
    combined: Path | None = None
    cancelled: bool = False


class ExportInterrupted(KeyboardInterrupt):
    """Ctrl+C or SIGTERM during an export: `result` has the files written so far, each
    complete (the invoices being written when it came were finished first)."""

    def __init__(self, result: BatchResult) -> None:
        super().__init__()
        self.result = result


@dataclass(frozen=True, slots=True)
class _Done:
    key: str
    path: Path | None
    warnings: tuple[str, ...]
    error: str | None


def export_invoice_pdfs(
    keys: Sequence[str],
    folder: Path,
    *,
    open_factory: OpenFactory,
    render: Render,
    join: Join | None = None,
    combined: Path | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Write one PDF per invoice into `folder`; with `combined` (and `join`), also one
    file with all of them in the order of `keys`."""
    folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers(folder, ".pdf")  # what a killed export left under temporary names
    workers = max(1, workers or os.cpu_count() or 1)
    done: dict[str, _Done] = {}
    try:
        if workers == 1 or len(keys) < IN_PROCESS_BELOW:
            _in_process(keys, folder, open_factory, render, progress, done)
        else:
            _in_pool(keys, folder, open_factory, render, progress, workers, done)
    except KeyboardInterrupt as stop:
        raise ExportInterrupted(_result(keys, done)) from stop
    result = _result(keys, done)
    if combined is not None and join is not None and result.written and not result.cancelled:
        join(result.written, combined)
        result.combined = combined
    return result


def _result(keys: Sequence[str], done: dict[str, _Done]) -> BatchResult:
    result = BatchResult(cancelled=len(done) < len(keys))
    for key in keys:
        outcome = done.get(key)
        if outcome is None:
            continue
        result.warnings += outcome.warnings
        if outcome.path is not None:
            result.written.append(outcome.path)
        else:
            result.failed.append((key, outcome.error or ""))
    return result


def _in_process(
    keys: Sequence[str],
    folder: Path,
    open_factory: OpenFactory,
    render: Render,
    progress: Progress | None,
    done: dict[str, _Done],
) -> None:
    open_uow = open_factory()
    peers: PeerCache = {}
    for key in keys:
        done[key] = _render(open_uow, key, folder, render, peers)
        if progress is not None and not progress(len(done), len(keys)):
            break


def _in_pool(
    keys: Sequence[str],
    folder: Path,
    open_factory: OpenFactory,
    render: Render,
    progress: Progress | None,
    workers: int,
    done: dict[str, _Done],
) -> None:
    # "spawn", not fork: the GUI process has Qt threads, which a fork would copy mid-state.
    pool = ProcessPoolExecutor(
        min(workers, len(keys)),
        mp_context=get_context("spawn"),
        initializer=_start_worker,
        initargs=(open_factory,),
    )
    with pool:
        futures: dict[Future[_Done], str] = {
            pool.submit(_render_in_worker, key, folder, render): key for key in keys
        }
        try:
            for future in as_completed(futures):
                key = futures[future]
                try:
                    done[key] = future.result()
                except BrokenProcessPool as error:  # a worker died (out of memory, killed)
                    done[key] = _Done(key, None, (), f"the worker stopped ({error})")
                if progress is not None and not progress(len(done), len(keys)):
                    pool.shutdown(cancel_futures=True)
                    break
        except KeyboardInterrupt:
            pool.shutdown(cancel_futures=True)  # the workers finish what they are writing
            done.update(_finished(futures))
            raise


def _finished(futures: dict[Future[_Done], str]) -> dict[str, _Done]:
    """What the pool's workers completed, once it has shut down."""
    return {
        key: future.result()
        for future, key in futures.items()
        if future.done() and not future.cancelled() and future.exception() is None
    }


def _render(
    open_uow: OpenUnitOfWork, key: str, folder: Path, render: Render, peers: PeerCache
) -> _Done:
    warnings: list[str] = []
    try:
        document = invoice_document(open_uow, key=key, peers=peers)
        path = render(document, folder, warnings.append)
    except Exception as error:  # one bad invoice must not stop the batch
        return _Done(key, None, tuple(warnings), str(error) or type(error).__name__)
    return _Done(key, path, tuple(warnings), None)


# Set once per worker process by the pool's initializer: the process's own connection,
# and what it has learnt about similar customers for the invoices it renders.
_worker_uow: OpenUnitOfWork | None = None
_worker_peers: PeerCache = {}


def _start_worker(open_factory: OpenFactory) -> None:
    global _worker_uow
    _die_with_parent()
    # Ctrl+C reaches the whole process group: the parent decides, and the invoice being
    # written is finished rather than left under a temporary name.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_uow = open_factory()


PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _die_with_parent() -> None:
    """This worker ends when its parent does, however the parent ends.

    Linux: the kernel sends SIGKILL when the thread that started the worker ends (the
    batch's own thread, which waits for the pool). Everywhere: a daemon thread waits on
    the parent's sentinel (a pipe the parent holds open while it lives) and ends the
    process, which also covers a parent gone before `prctl` was called."""
    if sys.platform == "linux":
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    parent = parent_process()
    if parent is not None:
        watch = threading.Thread(target=_exit_when_gone, args=(parent,), daemon=True)
        watch.start()


def _exit_when_gone(parent: BaseProcess) -> None:
    parent.join()  # returns once the parent has ended
    os._exit(1)


def _render_in_worker(key: str, folder: Path, render: Render) -> _Done:
    assert _worker_uow is not None, "the pool initializer opens the database"
    return _render(_worker_uow, key, folder, render, _worker_peers)
