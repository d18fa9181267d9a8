"""The one way to run work off the GUI thread: jobs with progress, cooperative cancel, and
results handed back on the GUI thread by signal.

The work is a plain callable taking a :class:`JobContext`; it must never touch a widget. It may
call ``context.report(percent, text)`` and should call ``context.check()`` between steps so that
a cancel takes effect.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[["JobContext"], Any]

log = logging.getLogger(__name__)
_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None
# Running jobs by token: the worker holds only the token, so a job (a QObject) is never
# referenced, let alone destroyed, from a worker thread.
_running: dict[int, Job] = {}
_tokens = itertools.count(1)


class Cancelled(Exception):
    """Raised inside a job's work once someone asked it to stop."""


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(4)
        _pool.setExpiryTimeout(30_000)
    return _pool


class _Dispatcher(QObject):
    """The one object workers emit through. It lives on the GUI thread for the whole process,
    so Qt queues every delivery there and no worker ever touches an object that may be gone."""

    progressed = Signal(int, int, str)  # token, percent, text
    ended = Signal(int, object, object)  # token, result, exception

    def __init__(self) -> None:
        super().__init__()
        self.progressed.connect(self._progressed)
        self.ended.connect(self._ended)

    @Slot(int, int, str)
    def _progressed(self, token: int, percent: int, text: str) -> None:
        job = _running.get(token)
        if job is not None:
            job.progressed.emit(percent, text)

    @Slot(int, object, object)
    def _ended(self, token: int, result: object, error: object) -> None:
        job = _running.pop(token, None)
        if job is not None:
            job._deliver(result, error)


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


class JobContext:
    """What the work may do: report progress and see whether it should stop."""

    def __init__(self, token: int | None) -> None:
        self._stop = threading.Event()
        self._token = token
        self.progress_reports: list[tuple[int, str]] = []

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled

    def report(self, percent: int, text: str = "") -> None:
        percent = max(0, min(100, int(percent)))
        if self._token is not None:
            _get_dispatcher().progressed.emit(self._token, percent, text)
        else:
            self.progress_reports.append((percent, text))


class Job(QObject):
    """One piece of work off the GUI thread. Connect to the signals, then :meth:`start`."""

    progressed = Signal(int, str)  # percent 0..100, what is being done
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._token = next(_tokens)
        self._context = JobContext(self._token)
        self._done = False

    @property
    def done(self) -> bool:
        return self._done

    def then(
        self,
        on_success: Callable[[Any], object] | None = None,
        on_failure: Callable[[Exception], object] | None = None,
    ) -> Job:
        """Shorthand for connecting the outcome signals."""
        if on_success is not None:
            self.succeeded.connect(on_success)
        if on_failure is not None:
            self.failed.connect(on_failure)
        return self

    def start(self, *, inline: bool = False) -> Job:
        """Run on the worker pool; ``inline`` runs it now, on this thread (offscreen rendering)."""
        if inline:
            context = JobContext(None)
            context._stop = self._context._stop
            result, error = _call(self._work, context)
            for percent, text in context.progress_reports:
                self.progressed.emit(percent, text)
            self._deliver(result, error)
            return self
        _running[self._token] = self
        dispatcher = _get_dispatcher()  # made here, on the GUI thread
        token, work, context = self._token, self._work, self._context

        def run_in_worker() -> None:
            result, error = _call(work, context)
            dispatcher.ended.emit(token, result, error)

        pool().start(run_in_worker)
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next check; the outcome still arrives by signal."""
        self._context.cancel()

    def _deliver(self, result: object, error: object) -> None:
        self._done = True
        _running.pop(self._token, None)
        if isinstance(error, Cancelled) or (error is None and self._context.cancelled):
            self.cancelled.emit()
        elif isinstance(error, Exception):
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()


def _call(work: Work, context: JobContext) -> tuple[object, Exception | None]:
    try:
        return work(context), None
    except Cancelled as exc:
        return None, exc
    except Exception as exc:
        # the failure handler shows the error; the traceback would be lost without this
        log.warning("job %s failed", _name(work), exc_info=True)
        return None, exc


def _name(work: Work) -> str:
    return getattr(work, "__qualname__", type(work).__name__)


def run(
    work: Work,
    on_success: Callable[[Any], object] | None = None,
    on_failure: Callable[[Exception], object] | None = None,
    *,
    owner: QObject | None = None,
    inline: bool = False,
) -> Job:
    """Start ``work`` off the GUI thread and call back on the GUI thread with its outcome.

    With an ``owner``, the callbacks are skipped once that object is gone (a closed window)."""
    if owner is not None:
        on_success = _while_alive(owner, on_success)
        on_failure = _while_alive(owner, on_failure)
    return Job(work).then(on_success, on_failure).start(inline=inline)


def _while_alive(owner: QObject, callback: Callable[[Any], object] | None) -> Any:
    if callback is None:
        return None

    def guarded(value: Any) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return guarded


def cancel_all() -> None:
    for job in list(_running.values()):
        job.cancel()


def wait_for_all(msecs: int = 10_000) -> bool:
    """Before the interpreter ends, let running work finish (it holds the database)."""
    if _pool is None:
        return True
    return bool(_pool.waitForDone(msecs))


def show_progress(
    parent: QWidget, job: Job, *, title: str, label: str, cancellable: bool = True
) -> QProgressDialog:
    """A window-modal progress dialog that follows ``job`` and cancels it on request."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    cancel_text = QCoreApplication.translate("Jobs", "Cancel") if cancellable else ""
    dialog = QProgressDialog(label, cancel_text, 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)

    def on_progress(percent: int, text: str) -> None:
        dialog.setValue(percent)
        if text:
            dialog.setLabelText(text)

    job.progressed.connect(on_progress)
    dialog.canceled.connect(job.cancel)
    job.finished.connect(dialog.close)
    job.finished.connect(dialog.deleteLater)
    return dialog
