"""Rendering a view of the real window offscreen to a PNG, for the README and for checks."""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.domain import Stage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.core.navigation import VillageEntry
    from desktop.ui.main_window import MainWindow
    from desktop.ui.workspace import Opened

VIEWS = ("overview", "navigator", "dashboard", "empty", "timeline")
WIZARD_VIEWS = tuple(f"wizard:{stage.value}" for stage in Stage)
# stages whose programs make the liveliest picture: work under way, figures filled in
_INTERESTING = ("pelaksanaan", "evaluasi", "formalisasi", "perencanaan")


def render(
    *,
    db: str,
    view: str,
    out: str,
    lang: str | None,
    program: str | None,
    size: tuple[int, int],
) -> int:
    """Write ``view`` of the window on ``db`` to the PNG ``out``; 0 on success, 2 if refused."""
    if view not in VIEWS + WIZARD_VIEWS:
        choices = ", ".join((*VIEWS, "wizard:STAGE"))
        return _refuse(f"unknown view “{view}”; choose one of: {choices}")
    wanted: uuid.UUID | None = None
    if program is not None:
        try:
            wanted = uuid.UUID(program)
        except ValueError:
            return _refuse(f"“{program}” is not a program id")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from desktop.ui import i18n, theme
    from desktop.ui.app import application
    from desktop.ui.workspace import open_and_read

    app = application()
    language = i18n.choose_language(lang, None)
    i18n.install(app, language)
    theme.apply(app)
    with tempfile.TemporaryDirectory(prefix="berdaya-empty-") as scratch:
        target = str(Path(scratch) / "empty.sqlite") if view == "empty" else db
        opened = open_and_read(target, create=view == "empty")
        try:
            window = _window(opened, size, language)
            if view == "timeline":
                chosen = wanted or _interesting_program(opened.villages)
                if chosen is None:
                    return _refuse("the database has no programs to show; try --view empty")
                return _save_timeline(opened, chosen, size, out)
            if view in WIZARD_VIEWS:
                return _save_wizard(window, view.partition(":")[2], wanted, size, out)
            if view == "dashboard":
                if not opened.villages:
                    return _refuse("the database has no villages to show; try --view empty")
                window.pages.show_dashboard()  # read inline: filled when this returns
            else:
                window.pages.show_programs()
            if view == "overview":
                chosen = wanted or _interesting_program(opened.villages)
                if chosen is None:
                    return _refuse("the database has no programs to show; try --view empty")
                if not window.navigator.select_program(chosen):
                    return _refuse(f"no program with id {chosen} in this database")
            elif wanted is not None and not window.navigator.select_program(wanted):
                return _refuse(f"no program with id {wanted} in this database")
            _settle(app)
            image = window.grab()
            if image.isNull() or not image.save(out, "PNG"):
                return _refuse(f"could not write {out}")
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            opened.database.dispose()
    return 0


def _save_timeline(opened: Opened, program_id: uuid.UUID, size: tuple[int, int], out: str) -> int:
    from desktop.ui.timeline.view import TimelineView

    view = TimelineView(opened.database.session, program_id)
    view.resize(*size)
    view.show()
    view.fit_to_program()
    return _grab_and_close(view, out)


def _save_wizard(
    window: MainWindow, stage_id: str, wanted: uuid.UUID | None, size: tuple[int, int], out: str
) -> int:
    """The stage's wizard on its first page, for a program where the stage has begun (so
    rendering changes nothing), else the first program."""
    from desktop.ui.wizards.registry import WIZARDS

    stage = Stage(stage_id)
    if stage not in WIZARDS:
        return _refuse(f"the {stage_id} stage has no wizard yet")
    chosen = wanted or _program_in_stage(window, stage)
    if chosen is None:
        return _refuse("the database has no programs to show; try --view empty")
    if not window.navigator.select_program(chosen):
        return _refuse(f"no program with id {chosen} in this database")
    wizard = window.show_wizard(stage)
    if wizard is None:
        return _refuse(f"the {stage_id} wizard could not be opened")
    first = wizard.flow.first_step  # type: ignore[attr-defined]
    wizard.go_to_step(first)  # type: ignore[attr-defined]
    wizard.resize(min(size[0], 1040), min(size[1], 680))  # its own default size
    return _grab_and_close(wizard, out)


def _grab_and_close(widget: QWidget, out: str) -> int:
    """The widget, laid out, saved as the PNG ``out``; then closed."""
    from PySide6.QtWidgets import QApplication

    _settle(QApplication.instance())
    image = widget.grab()
    widget.close()
    if image.isNull() or not image.save(out, "PNG"):
        return _refuse(f"could not write {out}")
    return 0


def _program_in_stage(window: MainWindow, stage: Stage) -> uuid.UUID | None:
    """A program whose ``stage`` is in progress, else done, else the first program."""
    from desktop.core.navigation import program_in_stage

    workspace = window.workspace
    assert workspace is not None
    with workspace.database.session() as session:
        return program_in_stage(session, stage)


def _window(opened: Opened, size: tuple[int, int], language: str) -> MainWindow:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(language=language)
    window.adopt(opened, inline=True)
    window.resize(*size)
    window.show()
    return window


def _interesting_program(villages: list[VillageEntry]) -> uuid.UUID | None:
    programs = [p for village in villages for p in village.programs]
    for stage in _INTERESTING:
        for entry in programs:
            if entry.current_stage is not None and entry.current_stage.value == stage:
                return entry.id
    return programs[0].id if programs else None


def _settle(app: object) -> None:
    """Let layouts finish: word-wrapped labels need a few rounds of layout requests."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def _refuse(message: str) -> int:
    print(f"berdaya screenshot: {message}", file=sys.stderr)
    return 2
