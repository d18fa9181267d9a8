"""An unexpected error in the window: a plain dialog, details to copy, a log free of residents."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QPushButton

from desktop import __version__
from desktop.core import logbook
from desktop.ui import errors
from desktop.ui.errors import ErrorDialog

NAME = "Siti Rahayu Unik"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The program's log in this test's folder; gone with the test."""
    path = logbook.configure(log_dir=tmp_path / "log")
    yield path
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ErrorDialog):
            widget.reject()
    logger = logging.getLogger(logbook.LOGGER_NAME)
    for handler in list(logger.handlers):
        if getattr(handler, "_berdaya", False):
            logger.removeHandler(handler)
            handler.close()


def add_resident_without_sex(session: Any, *, village_code: str) -> None:
    """An operation that fails in the database (sex is required) on a resident's row."""
    from desktop.core.models import Person

    session.add(Person(id=uuid.uuid4(), village_code=village_code, name=NAME, sex=None))
    session.flush()


def _shown_dialog(qtbot: Any, window: Any) -> ErrorDialog:
    found: list[ErrorDialog] = []

    def visible() -> bool:
        candidates = [*window.findChildren(ErrorDialog), *QApplication.topLevelWidgets()]
        found[:] = [d for d in candidates if isinstance(d, ErrorDialog) and d.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=5_000)
    return found[0]


def test_an_unexpected_error_in_an_operation_shows_the_dialog_and_is_logged(
    qtbot: Any, tmp_path: Path, open_window: Any, log_file: Path
) -> None:
    window = open_window(tmp_path / "field.sqlite", lang="en")
    assert window.execute(add_resident_without_sex, village_code="3201062008000") is None

    dialog = _shown_dialog(qtbot, window)
    assert dialog.windowTitle() == "Something went wrong"
    assert str(log_file) in dialog.findChild(type(dialog.location), "logLocation").text()
    dialog.findChild(QPushButton, "copyDetails").click()
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"Berdaya {__version__} on ")
    assert "Traceback (most recent call last)" in copied and "IntegrityError" in copied
    assert NAME not in copied

    logged = log_file.read_text(encoding="utf-8")
    assert "operation add_resident_without_sex failed" in logged
    assert "Traceback (most recent call last)" in logged and "add_resident_without_sex" in logged
    assert NAME not in logged

    dialog.findChild(QPushButton, "closeError").click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)


def test_the_dialog_speaks_indonesian(
    qtbot: Any, tmp_path: Path, open_window: Any, log_file: Path
) -> None:
    window = open_window(tmp_path / "field.sqlite", lang="id")
    window.execute(add_resident_without_sex, village_code="3201062008000")
    dialog = _shown_dialog(qtbot, window)
    assert dialog.findChild(QPushButton, "copyDetails").text() == "Salin rincian"
    dialog.reject()


def test_a_refusal_is_logged_without_its_values(
    qtbot: Any, sample_db: Any, open_window: Any, log_file: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.errors import ValidationError, issue

    path, _ids = sample_db
    window = open_window(path, lang="en")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    def refuse(_session: Any) -> None:
        raise ValidationError([issue("name", "{name} is already in this group.", name=NAME)])

    window.execute(refuse)
    assert shown == [f"{NAME} is already in this group."]  # the person at the screen sees it
    logged = log_file.read_text(encoding="utf-8")
    assert "refuse refused: name: {name} is already in this group." in logged
    assert NAME not in logged


def test_an_exception_in_a_slot_reaches_the_dialog_through_the_hook(
    qtbot: Any, tmp_path: Path, open_window: Any, log_file: Path
) -> None:
    window = open_window(tmp_path / "field.sqlite", lang="en")

    def broken_slot() -> None:
        raise RuntimeError("a slot that breaks")

    with qtbot.capture_exceptions() as captured:  # pytest-qt's hook is the one before ours
        errors.install()
        QTimer.singleShot(0, broken_slot)
        dialog = _shown_dialog(qtbot, window)
    assert [str(error) for _kind, error, _trace in captured] == ["a slot that breaks"]
    assert "RuntimeError: a slot that breaks" in dialog.details
    logged = log_file.read_text(encoding="utf-8")
    assert "CRITICAL desktop.ui.errors: unexpected error" in logged and "broken_slot" in logged
    dialog.reject()


def test_help_opens_the_log_folder(
    qtbot: Any, tmp_path: Path, open_window: Any, log_file: Path, monkeypatch: Any
) -> None:
    window = open_window(tmp_path / "field.sqlite", lang="en")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    action = window.findChild(QAction, "openLogFolderAction")
    assert action is not None and action.text() == "Open log folder"
    help_menu = window.menuBar().actions()[-1].menu()
    assert action in help_menu.actions()
    action.trigger()
    assert opened == [QUrl.fromLocalFile(str(log_file.parent))]
