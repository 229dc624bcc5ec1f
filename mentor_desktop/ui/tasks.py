"""Work that may take longer than a moment runs here, off the GUI thread. The worker gets a
``progress(done, total)`` callback that returns ``False`` once the user has cancelled; it
never touches a widget. Results, errors and progress come back to the GUI thread by signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]


class _TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    """One piece of background work. Connect to ``signals`` before starting it."""

    def __init__(self, work: Work):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _TaskSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._report)
        except Exception as error:  # handed to the GUI thread, which decides what to show
            if self._cancel.is_set():
                log.info("Cancelled task ended with %r", error)
                self.signals.cancelled.emit()
            else:
                log.exception("Background task failed")
                self.signals.failed.emit(error)
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks on a thread pool and keeps them alive until they have finished."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(
        self,
        work: Work,
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_cancel: Callable[[], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = self._task(work, on_success, on_failure, on_cancel, on_progress)
        self._launch(task)
        return task

    def _task(
        self,
        work: Work,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_cancel: Callable[[], None] | None,
        on_progress: Callable[[int, int], None] | None,
    ) -> Task:
        task = Task(work)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.succeeded.connect(on_success)
        task.signals.failed.connect(on_failure)
        if on_cancel is not None:
            task.signals.cancelled.connect(on_cancel)
        task.signals.finished.connect(lambda: self._running.discard(task))
        return task

    def _launch(self, task: Task) -> None:
        self._running.add(task)
        self._pool.start(task)

    def start_with_progress(
        self,
        parent: QWidget,
        label: str,
        work: Work,
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> Task:
        """Like ``start``, with a modal progress dialog whose Cancel stops the work."""
        dialog = QProgressDialog(parent)
        dialog.setObjectName("task_progress_dialog")
        dialog.setWindowTitle(label)
        dialog.setLabelText(label)
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setRange(0, 0)

        def show_progress(done: int, total: int) -> None:
            if total > 0 and dialog.maximum() != total:
                dialog.setRange(0, total)
            dialog.setValue(min(done, total) if total > 0 else 0)

        task = self._task(work, on_success, on_failure, on_cancel, show_progress)

        def on_cancel_clicked() -> None:
            task.cancel()
            dialog.setLabelText(self.tr("Cancelling…"))

        def on_finished() -> None:
            dialog.canceled.disconnect(on_cancel_clicked)
            dialog.close()
            dialog.deleteLater()

        task.signals.finished.connect(on_finished)
        dialog.canceled.connect(on_cancel_clicked)
        dialog.show()
        self._launch(task)
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task of the pool has finished (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)
