"""Start-up speed: the window's first paint, a filled navigator and the overview of the last
program shown, against a bare Qt window.

Each figure is the wall time from just before ``subprocess.Popen`` to a line the child prints,
the median of several interleaved runs. The ratios are what the requirement bounds: first paint
at most 1.5x a bare QMainWindow's, the navigator of a 20-village database at most 4x, and the
overview of its last program (key figures, stages and principles on screen) at most 4x. The
unmeasured first round opens the last program listed, so the window reopens it from then on.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

RUNS = 5
VILLAGES = 20
REPO = Path(__file__).resolve().parents[2]

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            app.quit()
        return False

spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

BERDAYA = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import desktop.ui.app

mode = sys.argv[2]
wait_for_navigator = mode == "navigator"

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print("painted", flush=True)
            if mode == "paint":
                QApplication.instance().quit()
        return False

def on_navigator_loaded():
    print("navigator", flush=True)
    QApplication.instance().quit()

def on_overview_filled(_program_id):
    print("overview", flush=True)
    QApplication.instance().quit()

def open_last_program(window):
    if window.workspace is not None and window.navigator.selected_program() is None:
        window.pages.open_program(window.navigator.villages[-1].programs[-1].id)

def observer(window):
    spy = FirstPaint(window)
    window.installEventFilter(spy)
    if wait_for_navigator:
        window.navigator_loaded.connect(on_navigator_loaded)
    elif mode == "overview":
        window.overview_filled.connect(on_overview_filled)
        window.navigator_loaded.connect(lambda: open_last_program(window))
    elif mode == "prepare":  # opened once, kept for the next start (written after it shows)
        window.navigator_loaded.connect(lambda: open_last_program(window))
        window.overview_filled.connect(
            lambda _id: QTimer.singleShot(1500, lambda: on_overview_filled(_id))
        )

desktop.ui.app.run(db=sys.argv[1], lang=None, observer=observer)
"""


def _child_env(config_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config_home)  # no saved window geometry or language
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a real install has its bytecode compiled
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def _time_until(args: list[str], line: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=REPO
    )
    assert child.stdout is not None
    elapsed = None
    for output in child.stdout:
        if output.strip() == line:
            elapsed = time.perf_counter() - start
            break
    child.stdout.close()
    child.wait(timeout=60)
    if elapsed is None:
        raise RuntimeError(f"the child never printed {line!r} (exit {child.returncode})")
    return elapsed


def make_demo_database(path: Path) -> None:
    """Twenty villages with programs: the core's demo generator, or a plain stand-in."""
    from desktop.core.database import open_database

    database = open_database(path)
    try:
        try:
            from desktop.core import demo
        except ImportError:
            _stand_in(database)
        else:
            demo.generate(database, villages=VILLAGES, seed=1)
    finally:
        database.dispose()


def _stand_in(database: object) -> None:
    from desktop.core import places
    from desktop.core.programs import create_program

    villages = places.search_villages("suka", limit=VILLAGES)
    with database.session() as session, session.begin():  # type: ignore[attr-defined]
        for village in villages:
            for number in (1, 2):
                create_program(
                    session,
                    village_code=village.code,
                    name=f"Program {number} {village.name}",
                    start_date=dt.date(2024, number, 1),
                )


def run() -> Iterable[tuple[str, float]]:
    with tempfile.TemporaryDirectory(prefix="berdaya-bench-") as folder:
        config = Path(folder) / "config"
        saved = os.environ.get("XDG_CONFIG_HOME")
        os.environ["XDG_CONFIG_HOME"] = str(config)  # the demo device's key goes there too
        try:
            db = Path(folder) / "demo.sqlite"
            make_demo_database(db)
        finally:
            if saved is None:
                os.environ.pop("XDG_CONFIG_HOME", None)
            else:
                os.environ["XDG_CONFIG_HOME"] = saved
        env = _child_env(config)
        bare = [sys.executable, "-c", BARE]
        berdaya = [sys.executable, "-c", BERDAYA, str(db)]
        # one unmeasured round: bytecode compiled, the database's device row made, disk cache warm
        _time_until(bare, "painted", env)
        _time_until([*berdaya, "prepare"], "overview", env)
        bare_s, paint_s, navigator_s, overview_s = [], [], [], []
        for _ in range(RUNS):
            bare_s.append(_time_until(bare, "painted", env))
            paint_s.append(_time_until([*berdaya, "paint"], "painted", env))
            navigator_s.append(_time_until([*berdaya, "navigator"], "navigator", env))
            overview_s.append(_time_until([*berdaya, "overview"], "overview", env))
    bare_median = statistics.median(bare_s)
    paint_median = statistics.median(paint_s)
    navigator_median = statistics.median(navigator_s)
    overview_median = statistics.median(overview_s)
    yield "startup.bare_s", bare_median
    yield "startup.first_paint_s", paint_median
    yield "startup.navigator_ready_s", navigator_median
    yield "startup.overview_ready_s", overview_median
    yield "startup.first_paint_vs_bare", paint_median / bare_median
    yield "startup.navigator_ready_vs_bare", navigator_median / bare_median
    yield "startup.overview_ready_vs_bare", overview_median / bare_median


if __name__ == "__main__":
    for name, value in run():
        print(f"{name}\t{value:.3f}")
