"""Fixtures of the wizard tests: a demo database (made once, copied per test), a window on it
with a program selected, in the interface language asked for."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

REPO = Path(__file__).resolve().parents[3]
_made: dict[str, Path] = {}
_translators: list[QTranslator] = []


def demo_template() -> Path:
    """Six demo villages (seed 1), generated once per run."""
    if "demo" not in _made:
        from desktop.core import demo
        from desktop.core.database import open_database

        folder = Path(tempfile.mkdtemp(prefix="berdaya-wizards-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        database = open_database(folder / "demo.sqlite")
        try:
            demo.generate(database, villages=6, seed=1)
        finally:
            database.dispose()
        _made["demo"] = folder / "demo.sqlite"
    return _made["demo"]


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template(), path)
    return path


def program_where(path: Path, status: str, *, closed: bool = False) -> uuid.UUID:
    """A demo program whose preparation stage has ``status``."""
    from sqlalchemy import select

    from desktop.core.database import open_database
    from desktop.core.domain import Stage
    from desktop.core.models import Program, StageState

    database = open_database(path)
    try:
        with database.session() as session:
            found = session.scalars(
                select(Program.id)
                .join(StageState, StageState.program_id == Program.id)
                .where(
                    StageState.stage == Stage.PREPARATION,
                    StageState.status == status,
                    Program.closed_on.is_not(None) if closed else Program.closed_on.is_(None),
                )
                .order_by(Program.id)
            ).first()
    finally:
        database.dispose()
    assert found is not None
    return found


def install_language(language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n, theme

    app = QApplication.instance()
    assert app is not None
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    i18n.install(app, language)
    theme.apply(app)  # type: ignore[arg-type]


@pytest.fixture
def wizard_window(qtbot: Any) -> Iterator[Callable[..., Any]]:
    """A main window on ``path`` (opened inline) with ``program_id`` selected, in a language."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.workspace import open_and_read

    windows: list[Any] = []

    def make(path: Path, program_id: uuid.UUID, *, lang: str = "id") -> MainWindow:
        install_language(lang)
        window = MainWindow(language=lang)
        qtbot.addWidget(window)
        window.adopt(open_and_read(str(path)), inline=True)
        window.resize(1100, 760)
        window.show()
        assert window.navigator.select_program(program_id)
        windows.append(window)
        return window

    yield make
    from PySide6.QtCore import QEvent

    for window in windows:
        for wizard in list(window.__dict__.get("_wizards", {}).values()):
            wizard.close()
        window.close()
        if window.workspace is not None:
            window.workspace.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
