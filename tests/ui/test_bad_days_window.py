"""Bad days in the window, made for real: a full disk and another process holding the write lock
keep the typing (said in one sentence on the page, saved when the cause is gone), and a damaged
file is said, never shown as empty, with its newest good backup one click away."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from desktop.ui.wizards import bindings

VILLAGE = "32.01.06.2008"  # a village of the sample database
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE devices SET label = label")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


@contextlib.contextmanager
def small_filesystem(tmp_path: Path, megabytes: int) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(mount)],
        capture_output=True,
    )
    if made.returncode != 0:
        pytest.fail(f"no tmpfs could be mounted here: {made.stderr!r}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def text_binding(wizard: Any) -> Any:
    """The first input of the wizard's page that takes typed text, and its binding."""
    page = wizard.currentPage()
    for binding in page.bindings.values():
        if type(binding.widget) in (QLineEdit, QPlainTextEdit) and binding.widget.isEnabled():
            return binding
    raise AssertionError("no text input on this page")


def new_program(path: Path) -> uuid.UUID:
    """A program whose first stage is not started: its wizard opens editable."""
    from desktop.core.database import open_database
    from desktop.core.programs import create_program

    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            changes = create_program(
                session,
                village_code=VILLAGE,
                name="Sumur bor Dusun Kidul",
                start_date=dt.date(2026, 1, 5),
                end_date=dt.date(2027, 6, 30),
            )
    finally:
        database.dispose()
    return changes.created[0]


def open_wizard(window: Any, program_id: uuid.UUID, qtbot: Any) -> tuple[Any, Any]:
    assert window.navigator.select_program(program_id)
    wizard = window.show_wizard("persiapan")
    assert wizard is not None
    return wizard, text_binding(wizard)


def type_into(binding: Any, text: str) -> None:
    widget = binding.widget
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def _fill(filler: Path) -> None:
    """Take every free block of the file system, also when the program writes meanwhile (the
    window keeps the overview it showed, a day's backup…): what it took is then retried."""
    with filler.open("wb") as handle:
        taken = 0
        for _attempt in range(50):
            free = shutil.disk_usage(filler.parent).free
            if free == 0:
                return
            try:
                os.posix_fallocate(handle.fileno(), taken, free)
            except OSError:
                continue  # someone wrote between the look and the taking: look again
            taken += free


def test_a_full_disk_keeps_the_typing_says_so_and_saves_it_later(
    sample_db: tuple[Path, dict[str, uuid.UUID]],
    open_window: Callable[..., Any],
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bindings, "RETRY_MS", 100)
    path, _ids = sample_db
    with small_filesystem(tmp_path, 12) as disk:
        target = disk / "sample.sqlite"
        shutil.copyfile(path, target)
        program_id = new_program(target)
        window = open_window(target, lang="en")
        wizard, binding = open_wizard(window, program_id, qtbot)
        _fill(disk / "filler")
        typed = "Catatan rapat dusun. " * 1500  # more pages than the journal has spare
        type_into(binding, typed)
        qtbot.waitUntil(lambda: binding.problem is not None, timeout=5_000)
        summary = wizard.currentPage().summary
        assert summary.isVisible() and "disk is full" in summary.text()
        assert binding.dirty
        assert bindings.widget_text(binding.widget) == typed  # nothing typed was dropped
        (disk / "filler").unlink()
        qtbot.waitUntil(lambda: binding.problem is None, timeout=5_000)
        assert not summary.isVisible()
        assert typed in wizard.drafts.values()
        wizard.close()
        window.workspace.close()


def test_another_writer_makes_the_typing_wait_then_save(
    sample_db: tuple[Path, dict[str, uuid.UUID]],
    open_window: Callable[..., Any],
    qtbot: Any,
) -> None:
    path, _ids = sample_db
    program_id = new_program(path)
    window = open_window(path, lang="en")
    wizard, binding = open_wizard(window, program_id, qtbot)
    said: list[str] = []
    window.workspace.waiting.connect(said.append)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), "2"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        type_into(binding, "Sowan ke kepala desa dulu")
        binding.write_draft()  # the pause in typing: it waits for the other writer, then saves
    finally:
        holder.wait(timeout=30)
    assert said == ["Waiting for the database…", ""]
    assert binding.problem is None
    assert "Sowan ke kepala desa dulu" in wizard.drafts.values()
    wizard.close()


def test_a_damaged_file_is_said_and_its_newest_good_backup_restored(
    sample_db: tuple[Path, dict[str, uuid.UUID]],
    open_window: Callable[..., Any],
    qtbot: Any,
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.core import backups
    from desktop.ui.main_window import MainWindow

    path, ids = sample_db
    backups.make_backup(path, reason="daily")
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2 - (size // 2) % 4096)
        handle.write(b"\xde\xad" * 8192)

    window = MainWindow(language="en")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_failed, timeout=20_000):
        window.open_database(str(path))
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()
    page = window.pages.closed
    assert window.pages.currentWidget() is page
    assert page.title.text() == "The database is damaged"
    assert "cannot be read" in page.text.text()
    assert page.button.text().startswith("Restore the backup of ")
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        page.button.click()
    qtbot.waitUntil(lambda: len(window.navigator.program_titles()) == len(ids), timeout=10_000)
    window.workspace.close()
