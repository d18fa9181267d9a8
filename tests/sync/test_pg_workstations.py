"""Several office workstations on one PostgreSQL server: imports started at the same time from
two processes both land (one waits for the other, saying so); the window and the import command
say that they wait."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url
from sync_support import (
    OTHER_VILLAGE,
    REGENCY,
    VILLAGE,
    add_person,
    bind,
    dump_text,
    export,
    senders,
)
from sync_support import import_ as import_bundles

from desktop.core.db import Database
from desktop.core.sync.merge import IMPORT_LOCK, WAITING

pytestmark = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)

ROOT = Path(__file__).resolve().parents[2]
# a workstation: imports the bundles given, saying when it waits; prints the statuses last
WORKSTATION = """
import json, sys
from pathlib import Path
from desktop.core.database import open_database
from desktop.core.sync.merge import WAITING, import_files

url, accept, *files = sys.argv[1:]
told = []

def progress(_fraction, what):
    if what == WAITING and not told:
        told.append(True)
        print("waiting", flush=True)

database = open_database(url, create=False)
try:
    done = import_files(
        database, [Path(f) for f in files], progress=progress, accept=accept.split(",")
    )
finally:
    database.dispose()
print(json.dumps([s.status for s in done]), flush=True)
"""


def _laptop(make_db: Callable[[str], Database], name: str, village: str, out: Path) -> list[Path]:
    """A village laptop's two bundles: its first people, then (incremental) one more."""
    laptop = make_db(name)
    bind(laptop, village)
    for person in ("Sri", "Wati", "Yanti"):
        add_person(laptop, f"{person} {name}", village)
    first = export(laptop, out / f"{name}-1.berdaya")
    add_person(laptop, f"Rina {name}", village)
    return [first, export(laptop, out / f"{name}-2.berdaya")]


@pytest.fixture
def bundles(make_db: Callable[[str], Database], tmp_path: Path) -> tuple[list[Path], list[Path]]:
    return (
        _laptop(make_db, "a", VILLAGE, tmp_path),
        _laptop(make_db, "b", OTHER_VILLAGE, tmp_path),
    )


@contextmanager
def _import_lock_held(url: str) -> Iterator[Callable[[], None]]:
    """Another workstation's bundle in flight: the import lock taken in an open transaction;
    the context gives the function that commits it (the lock is released)."""
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as conn:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (IMPORT_LOCK,))
        yield conn.commit
        conn.rollback()


def _lines(process: subprocess.Popen[str]) -> queue.Queue[str]:
    """The process's output lines as they come ("" at its end)."""
    found: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            found.put(line.strip())
        found.put("")

    threading.Thread(target=read, daemon=True).start()
    return found


def test_two_workstations_importing_at_once_both_land_as_one_after_the_other(
    make_db: Callable[[str], Database], bundles: tuple[list[Path], list[Path]]
) -> None:
    first, second = bundles
    serial = make_db("serial")
    bind(serial, REGENCY)
    import_bundles(serial, *first, *second)
    office = make_db("office")
    bind(office, REGENCY)
    office.dispose()  # the workstations are other processes

    with _import_lock_held(office.url) as release:
        workstations = [
            subprocess.Popen(
                [sys.executable, "-c", WORKSTATION, office.url, ",".join(senders(paths))]
                + [str(p) for p in paths],
                cwd=ROOT,
                env=os.environ.copy(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for paths in (first, second)
        ]
        outputs = [_lines(w) for w in workstations]
        # both started, and both wait for the bundle in flight, saying so
        assert [o.get(timeout=60) for o in outputs] == ["waiting", "waiting"]
        release()
    results = []
    for workstation, output in zip(workstations, outputs, strict=True):
        errors = workstation.stderr
        assert workstation.wait(timeout=60) == 0, errors.read() if errors else ""
        results.append(json.loads(output.get(timeout=5)))
    assert results == [["applied", "applied"], ["applied", "applied"]]
    assert dump_text(office) == dump_text(serial)


def test_the_import_dialog_says_it_waits_for_another_workstation(
    qtbot, make_db: Callable[[str], Database], bundles: tuple[list[Path], list[Path]]
) -> None:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sync.importing import show_import_dialog

    first, _second = bundles
    office = make_db("office")
    bind(office, REGENCY)
    import_bundles(office, first[0])  # the laptop is known here
    office.dispose()
    i18n.install(QApplication.instance(), "en")
    window = MainWindow(language="en")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.open_database(office.url)  # the window opens the server's database
    dialog = show_import_dialog(window, [first[1]])
    assert dialog is not None
    with _import_lock_held(office.url) as release:
        dialog.import_button.click()
        progress = window.findChild(QProgressDialog, "importProgress")
        qtbot.waitUntil(lambda: progress.labelText().startswith("Another workstation"))
        assert progress.labelText() == WAITING
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            release()
    [summary] = dialog.results
    assert summary.status == "applied" and summary.new_rows == 1


def test_the_import_command_says_once_that_it_waits(
    make_db: Callable[[str], Database],
    bundles: tuple[list[Path], list[Path]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop import cli

    first, _second = bundles
    office = make_db("office")
    bind(office, REGENCY)
    office.dispose()
    with _import_lock_held(office.url) as release:
        later = threading.Timer(1.0, release)  # the other workstation's bundle goes in
        later.start()
        try:
            status = cli.main(["import", "--db", office.url, *map(str, first), "--accept-new"])
        finally:
            later.join()
    assert status == 0
    said = capsys.readouterr()
    assert said.err.count("Another workstation is importing into this database") == 1
    assert said.out.count("new rows") == 2
