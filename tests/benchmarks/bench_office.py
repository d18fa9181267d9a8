"""The district office's speed (issue 9): ``office.dashboard_ready_vs_bare`` and, from
``office_report.py``, ``report.xlsx_vs_raw_writer``.

``office.dashboard_ready_vs_bare``: the wall time from just before ``subprocess.Popen`` of the
real window (``desktop.ui.app.run``) on the 300-village demo database until its dashboard has
shown the area's figures (the page's ``loaded`` signal, after the table and the completeness are
filled: from the office's cache, read before the database is open, only when those figures are
current, that is exactly what the page's own read gives), over the time a bare QMainWindow takes
from Popen to its first paint; the medians of interleaved runs in the same process, after one
unmeasured round of each (bytecode compiled, the database's device row and day's backup made,
the day's figures cached, disk cache warm). At most 8.

Data: a copy of the field bench's cached 300-village demo database
(``.bench-cache/field-300/``, its device keys with it) in ``.bench-cache/office-300/``, since
opening a database writes to it (its device, a migration, the day's backup); when the field
bench has not made it, the demo is made here in the same way. The printed line says which.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench-cache"
VILLAGES = 300
RUNS = 3
TIMEOUT_S = 300

# A bare Qt window: the time Python and Qt alone take to put a window on the screen.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("ready", flush=True)
            app.quit()
        return False

window = QMainWindow()
spy = Painted()
window.installEventFilter(spy)
window.show()
app.exec()
"""

# The program's window on the database, until its dashboard is filled.
DASHBOARD_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop.ui.app

def finish(word):
    print(word, flush=True)
    QApplication.instance().quit()

def observer(window):
    # listens as soon as the window has built its body, when it would itself (after its first
    # paint and the start of the database's open): the dashboard may be filled before the
    # navigator
    build = window.ensure_built

    def built():
        listening = window._pages is not None
        build()
        if not listening:
            window.pages.dashboard_ready.connect(lambda: finish("ready"))

    window.ensure_built = built
    QTimer.singleShot(int(sys.argv[2]) * 1000, lambda: finish("timeout"))

desktop.ui.app.run(db=sys.argv[1], lang=None, observer=observer)
"""


def _copy_of_field_demo() -> tuple[Path, Path, str]:
    """The office bench's own database and config folder, copied from the field bench's
    cache (or made here when there is none); and which it was."""
    source = CACHE / f"field-{VILLAGES}"
    folder = CACHE / f"office-{VILLAGES}"
    path, config, done = folder / "demo.sqlite", folder / "config", folder / "done"
    if done.exists():
        return path, config, done.read_text().strip()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if (source / "done").exists():
        print(f"# copying the field bench's {VILLAGES}-village database to {folder}", flush=True)
        shutil.copy2(source / "demo.sqlite", path)
        shutil.copytree(source / "config", config)
        which = f"a copy of the field bench's {VILLAGES}-village demo database"
    else:
        print(f"# making demo data of {VILLAGES} villages (cached in {folder})", flush=True)
        subprocess.run(
            [
                *(sys.executable, "-m", "desktop.app", "demo"),
                "--db",
                str(path),
                "--villages",
                "300",
            ],
            cwd=ROOT,
            env=dict(os.environ, XDG_CONFIG_HOME=str(config)),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        which = f"a {VILLAGES}-village demo database made for this bench"
    done.write_text(which + "\n")
    return path, config, which


def _environment(config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config)  # the database's device keys (and preferences)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode compiled
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _seconds_until_ready(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    child = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    said = child.stdout.readline().strip()
    elapsed = time.perf_counter() - started
    child.stdout.close()
    child.wait(timeout=TIMEOUT_S)
    if said != "ready":
        raise RuntimeError(f"{args[2:3]}: the child said {said} (exit {child.returncode})")
    return elapsed


def _report_figures(database: Path) -> Iterator[tuple[str, float]]:
    import office_report  # beside this file: the workbook against the Excel library alone

    yield "report.xlsx_vs_raw_writer", office_report.xlsx_vs_raw_writer(database)


def run() -> Iterator[tuple[str, float]]:
    database, config, which = _copy_of_field_demo()
    print(f"# office: {which}", flush=True)
    env = _environment(config)
    bare = [sys.executable, "-c", BARE_WINDOW]
    window = [sys.executable, "-c", DASHBOARD_WINDOW, str(database), str(TIMEOUT_S)]
    _seconds_until_ready(bare, env)
    _seconds_until_ready(window, env)
    bare_s, dashboard_s = [], []
    for _round in range(RUNS):
        bare_s.append(_seconds_until_ready(bare, env))
        dashboard_s.append(_seconds_until_ready(window, env))
    bare_median, dashboard_median = statistics.median(bare_s), statistics.median(dashboard_s)
    yield "office.bare_s", bare_median
    yield "office.dashboard_ready_s", dashboard_median
    yield "office.dashboard_ready_vs_bare", dashboard_median / bare_median
    yield from _report_figures(database)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for name, value in run():
        print(f"{name}\t{value:.3f}")
