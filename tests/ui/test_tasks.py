from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from mentor_desktop.ui.tasks import TaskRunner


def test_progress_and_result_come_back_to_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen: list[tuple[int, int, bool]] = []
    results: list[object] = []

    def work(progress):
        for done in range(1, 4):
            progress(done, 3)
        return threading.current_thread() is threading.main_thread()

    runner.start(
        work,
        on_success=results.append,
        on_failure=results.append,
        on_progress=lambda d, t: seen.append(
            (d, t, threading.current_thread() is threading.main_thread())
        ),
    )
    qtbot.waitUntil(lambda: bool(results), timeout=3000)
    assert results == [False]
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]


def test_an_error_in_the_work_is_handed_back(qtbot):
    runner = TaskRunner()
    failures: list[BaseException] = []

    def work(progress):
        raise ValueError("bad data")

    runner.start(work, on_success=lambda r: None, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert str(failures[0]) == "bad data"


def test_cancel_in_the_progress_dialog_stops_the_work(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner()
    outcome: list[str] = []
    steps: list[int] = []

    def work(progress):
        for done in range(1, 1000):
            steps.append(done)
            if not progress(done, 1000):
                return "stopped"
            time.sleep(0.005)
        return "finished"

    runner.start_with_progress(
        parent,
        "Working",
        work,
        on_success=outcome.append,
        on_failure=outcome.append,
        on_cancel=lambda: outcome.append("cancelled"),
    )
    dialog = parent.findChild(QProgressDialog, "task_progress_dialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: len(steps) > 5, timeout=3000)
    [cancel_button] = dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=3000)
    assert outcome == ["cancelled"]
    assert len(steps) < 999
    qtbot.waitUntil(
        lambda: parent.findChild(QProgressDialog, "task_progress_dialog") is None, timeout=3000
    )
    assert runner.wait(3000)
