"""Start-up: the window paints before the database layer (or the log's rotation) is even
imported, and its log keeps what was said before the paint."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import logging
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
import desktop.ui.app

HEAVY = ("sqlalchemy", "desktop.core.db", "desktop.core.models", "lokal",
         "PySide6.QtCharts", "PySide6.QtPdf", "logging.handlers")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            loaded = [name for name in HEAVY if name in sys.modules]
            print("at first paint:", ",".join(loaded) or "-", flush=True)
        return False

def observer(window):
    logging.getLogger("desktop.tests").info("said before the first paint")
    window.installEventFilter(FirstPaint(window))
    def loaded():
        names = [p for _, programs in window.navigator.program_titles() for p in programs]
        print("navigator:", ",".join(names), flush=True)
        QApplication.instance().quit()
    window.navigator_loaded.connect(loaded)

sys.exit(desktop.ui.app.run(db=sys.argv[1], lang=None, observer=observer))
"""


def test_the_window_paints_first_and_fills_the_navigator_after(sample_db, tmp_path: Path) -> None:
    path, _ids = sample_db
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "cfg"),
        BERDAYA_LOG_DIR=str(tmp_path / "log"),
    )
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "at first paint: -"
    assert lines[1] == "navigator: Air bersih Dusun Krajan,Kebun gizi keluarga"
    # the log rotates only after the paint, and keeps what was said before it
    said = (tmp_path / "log" / "berdaya.log").read_text(encoding="utf-8").splitlines()
    assert "INFO desktop.tests: said before the first paint" in said[0]
    assert any("INFO desktop.core.logbook: window started: Berdaya" in line for line in said)


def _seen_texts(window: Any) -> list[str]:
    """What the overview shows of key figures, stages and principles (goals and the office's
    verdicts come with the database layer, so they are left out)."""
    from PySide6.QtWidgets import QLabel

    page = window.overview
    later = [page.goals, *([page.verdicts] if hasattr(page, "verdicts") else [])]
    return [
        label.text()
        for label in page.findChildren(QLabel)
        if label.isVisibleTo(page) and not any(w.isAncestorOf(label) for w in later)
    ]


def _settled_texts(window: Any, qtbot: Any) -> list[str]:
    """The overview's texts once the cards have stopped changing (the principle cards are
    laid out after the signal, and a loaded machine shows them later)."""
    seen: list[list[str]] = [[], _seen_texts(window)]

    def still() -> bool:
        qtbot.wait(200)
        seen.append(_seen_texts(window))
        return seen[-1] == seen[-2]

    qtbot.waitUntil(still, timeout=10_000)
    return seen[-1]


def test_the_last_program_reopens_with_its_kept_overview(
    sample_db: tuple[Path, dict[str, uuid.UUID]], qtbot: Any, monkeypatch: Any
) -> None:
    from desktop.core.quick_overview import recall
    from desktop.ui.main_window import MainWindow

    path, ids = sample_db
    monkeypatch.setattr(MainWindow, "reopens_last_program", True)
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    with qtbot.waitSignal(first.database_opened, timeout=20_000):
        first.open_database(str(path))
    program = ids["Air bersih Dusun Krajan"]
    with qtbot.waitSignal(first.overview_filled, timeout=20_000):
        first.navigator.select_program(program)
    qtbot.waitUntil(lambda: getattr(recall(path, {}), "snapshot", None) is not None, timeout=10_000)
    counted = _settled_texts(first, qtbot)
    first.workspace.close()

    second = MainWindow()
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.overview_filled, timeout=20_000) as kept:
        second.show()
        second.open_when_shown(str(path))
    assert kept.args == [program] and second.overview.quick
    assert second.workspace is None  # shown before the database layer opened it
    assert _seen_texts(second) == counted
    qtbot.waitUntil(lambda: not second.overview.quick, timeout=20_000)
    assert second.navigator.selected_program() == program
    assert _settled_texts(second, qtbot) == counted
    second.workspace.close()
