"""Start-up: the window paints before the database layer is even imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
import desktop.ui.app

HEAVY = ("sqlalchemy", "desktop.core.db", "desktop.core.models", "lokal",
         "PySide6.QtCharts", "PySide6.QtPdf")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            loaded = [name for name in HEAVY if name in sys.modules]
            print("at first paint:", ",".join(loaded) or "-", flush=True)
        return False

def observer(window):
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
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
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
