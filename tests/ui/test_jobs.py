"""Jobs run work off the GUI thread and hand progress and outcomes back on it."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.ui import jobs


def test_a_job_reports_progress_and_its_result_on_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, str, bool]] = []

    def work(context: jobs.JobContext) -> str:
        assert threading.get_ident() != gui
        for percent in (0, 50, 100):
            context.report(percent, f"step {percent}")
        return "done"

    job = jobs.Job(work)
    job.progressed.connect(lambda p, text: seen.append((p, text, threading.get_ident() == gui)))
    with qtbot.waitSignal(job.succeeded, timeout=5_000) as outcome:
        job.start()
    assert outcome.args == ["done"]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(0, "step 0", True), (50, "step 50", True), (100, "step 100", True)]
    assert job.done


def test_a_failure_arrives_as_the_exception(qtbot) -> None:
    def work(_context: jobs.JobContext) -> None:
        raise ValueError("the village list is unreadable")

    job = jobs.Job(work)
    with qtbot.waitSignal(job.failed, timeout=5_000) as outcome:
        job.start()
    assert isinstance(outcome.args[0], ValueError)
    assert str(outcome.args[0]) == "the village list is unreadable"


def test_cancel_stops_the_work_at_its_next_check(qtbot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def work(context: jobs.JobContext) -> None:
        started.set()
        for step in range(1000):
            context.check()
            steps.append(step)
            time.sleep(0.005)

    job = jobs.Job(work)
    with qtbot.waitSignal(job.cancelled, timeout=5_000):
        job.start()
        assert started.wait(5)
        job.cancel()
    assert len(steps) < 1000


def test_inline_jobs_run_now_and_still_signal(qtbot) -> None:
    results: list[int] = []
    job = jobs.run(lambda context: 6 * 7, results.append, inline=True)
    assert results == [42]
    assert job.done


def test_the_progress_dialog_follows_and_cancels_its_job(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def work(context: jobs.JobContext) -> None:
        context.report(30, "Membuat data")
        release.wait(5)
        context.check()

    job = jobs.Job(work)
    dialog = jobs.show_progress(parent, job, title="Data contoh", label="Mulai")
    with qtbot.waitSignal(job.cancelled, timeout=5_000):
        job.start()
        qtbot.waitUntil(lambda: dialog.value() == 30, timeout=5_000)
        assert dialog.labelText() == "Membuat data"
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        release.set()


@pytest.mark.parametrize("percent", [-5, 140])
def test_progress_is_kept_between_0_and_100(percent: int) -> None:
    context = jobs.JobContext(None)
    context.report(percent)
    assert context.progress_reports[0][0] in (0, 100)
