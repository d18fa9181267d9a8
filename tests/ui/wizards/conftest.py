"""Fixtures of the wizard tests: a demo database (made once, copied per test), a window on it
with a program selected, and the interface translated including this round's pending texts."""

from __future__ import annotations

import atexit
import csv
import shutil
import subprocess
import sys
import tempfile
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

REPO = Path(__file__).resolve().parents[3]
PENDING = REPO / "resources" / "translations" / "pending"
_made: dict[str, Path] = {}
_translators: list[QTranslator] = []


def demo_template() -> Path:
    """Six demo villages (seed 1), generated once per run."""
    if "demo" not in _made:
        from desktop.core import demo
        from desktop.core.db import open_database

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

    from desktop.core.db import open_database
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


def _pending_qm(language: str) -> Path | None:
    """This round's pending translations (``pending/*.tsv``) compiled to a .qm, so the tests
    see what the lead's merge will ship."""
    if language == "en" or not PENDING.is_dir():
        return None
    if language in _made:
        return _made[language]
    root = ET.Element("TS", version="2.1", language="id_ID")
    contexts: dict[str, ET.Element] = {}
    for tsv in sorted(PENDING.glob("*.tsv")):
        with tsv.open(encoding="utf-8") as handle:
            for line in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(line) != 3:
                    continue
                context, source, translation = (p.replace("\\n", "\n") for p in line)
                if context not in contexts:
                    contexts[context] = ET.SubElement(root, "context")
                    ET.SubElement(contexts[context], "name").text = context
                message = ET.SubElement(contexts[context], "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation").text = translation
    folder = Path(tempfile.mkdtemp(prefix="berdaya-pending-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    ts = folder / f"pending_{language}.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    _made[language] = qm
    return qm


def install_language(language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n, theme

    app = QApplication.instance()
    assert app is not None
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    i18n.install(app, language)
    qm = _pending_qm(language)
    if qm is not None:
        translator = QTranslator(app)
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        _translators.append(translator)
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
