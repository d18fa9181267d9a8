"""Benchmarks of the facilitator's laptop (issue 11): ``field.backup_vs_copy``, ``field.rss_mb``.

``field.rss_mb``: the resident memory (VmRSS, MB) of a window process on a 20-village demo
database after it has opened every stage's wizard once (each on a program in that stage, closed
again), read from ``/proc/self/status`` by the child itself. At most 200.

``field.backup_vs_copy``: the time of :func:`desktop.core.backups.make_backup` (SQLite's online
backup, the backup's switch to a rollback journal, its check and fsync) over the time of ``cp``
of the same file followed by an fsync of the copy (so both end with the data on the disk), each
the best of three in the same run. At most 3.

Data: the merge bench's cached demo database of 300 villages
(``.bench-cache/merge-<key>/demo.sqlite``) when it is there; otherwise a demo database of
``BERDAYA_BENCH_FIELD_VILLAGES`` (default 300) villages, made once and cached under
``.bench-cache/field-<villages>/`` — the printed line says which was used.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench-cache"
VILLAGES = int(os.environ.get("BERDAYA_BENCH_FIELD_VILLAGES", "300"))
ROUNDS = 3


def _merge_demo() -> Path | None:
    """The 300-village demo database of the merge bench, if it has made it."""
    spec = importlib.util.spec_from_file_location(
        "bench_merge", Path(__file__).with_name("bench_merge.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder: Path = module._folder()
    found = folder / "demo.sqlite"
    return found if (folder / "done").exists() and found.exists() else None


def _own_demo(villages: int = VILLAGES) -> Path:
    folder = CACHE / f"field-{villages}"
    path = folder / "demo.sqlite"
    done = folder / "done"
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        print(f"# making demo data of {villages} villages (cached in {folder})", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop.app",
                "demo",
                "--db",
                str(path),
                "--villages",
                str(villages),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        done.write_text("ok\n")
    return path


def _best(action: Callable[[], object]) -> float:
    times = []
    for _round in range(ROUNDS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# The child: a window on the database, every stage's wizard opened once, then its own VmRSS.
WINDOW_CHILD = """
import sys
from PySide6.QtCore import QCoreApplication, QEvent
from desktop.core.domain import Stage
from desktop.core.navigation import program_in_stage
from desktop.ui.app import application
from desktop.ui.main_window import MainWindow
from desktop.ui.workspace import open_and_read

app = application()
window = MainWindow(language="id")
window.adopt(open_and_read(sys.argv[1]), inline=True)
window.resize(1280, 800)
window.show()
app.processEvents()
opened = 0
for stage in Stage:
    with window.workspace.database.session() as session:
        program = program_in_stage(session, stage)
    if program is None:
        continue
    window.navigator.select_program(program)
    app.processEvents()
    wizard = window.show_wizard(stage)
    app.processEvents()
    if wizard is not None:
        opened += 1
        wizard.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
rss = next(line for line in open("/proc/self/status") if line.startswith("VmRSS:"))
print("wizards", opened, "rss_kb", rss.split()[1], flush=True)
"""


def _window_rss_mb(db: Path) -> tuple[float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_CHILD, str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    words = done.stdout.split()
    return int(words[words.index("rss_kb") + 1]) / 1024, int(words[words.index("wizards") + 1])


def run() -> Iterator[tuple[str, float]]:
    sys.path.insert(0, str(ROOT))
    from desktop.core import backups

    source = _merge_demo()
    which = "the merge bench's 300-village database"
    if source is None:
        source = _own_demo()
        which = (
            f"a {VILLAGES}-village demo database (the merge bench's 300-village one is not cached)"
        )
    work = CACHE / "field-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    db = work / "berdaya.sqlite"
    shutil.copyfile(source, db)
    copy = work / "copy.sqlite"

    def cp() -> None:
        subprocess.run(["cp", str(db), str(copy)], check=True)
        _fsync(copy)

    def backup() -> None:
        backups.make_backup(db, reason="manual", keep=1)

    copied = _best(cp)
    backed_up = _best(backup)
    size = db.stat().st_size / 1_000_000
    print(
        f"# {which}: {size:.0f} MB; backup {backed_up * 1000:.0f} ms, cp {copied * 1000:.0f} ms",
        flush=True,
    )
    yield "field.backup_vs_copy", backed_up / copied
    shutil.rmtree(work, ignore_errors=True)

    window_db = _own_demo(20)
    rss, wizards = _window_rss_mb(window_db)
    print(f"# window on a 20-village demo database, {wizards} stage wizards opened", flush=True)
    yield "field.rss_mb", rss
