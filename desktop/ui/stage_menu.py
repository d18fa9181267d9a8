"""The Stage menu: the wizard of each of the seven stages of the selected program, Alt+1 to
Alt+7, so every stage opens from the keyboard without finding the stepper first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop.core.domain import Stage
from desktop.ui.vocabulary import stage_name, stage_purpose

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget


class Selection(Protocol):
    """The navigator as the menu needs it."""

    @property
    def program_selected(self) -> SignalInstance: ...

    def selected_program(self) -> object: ...


class StageMenuHost(Protocol):
    """What the Stage menu calls on the main window."""

    @property
    def navigator(self) -> Selection: ...

    def menuBar(self) -> QMenuBar: ...

    def show_wizard(self, stage: object) -> QWidget | None: ...


def add_stage_menu(window: StageMenuHost) -> QMenu:
    """A Stage menu before Help, one item per stage, enabled while a program is selected."""
    bar = window.menuBar()
    menu = QMenu(QCoreApplication.translate("StageMenu", "&Stage"), bar)
    menu.setObjectName("stageMenu")
    menu.setToolTipsVisible(True)
    for stage in Stage:
        action = QAction(f"&{stage.number}  {stage_name(stage)}", menu)
        action.setShortcut(QKeySequence(f"Alt+{stage.number}"))
        action.setToolTip(stage_purpose(stage))
        action.setData(stage.value)
        action.triggered.connect(lambda _checked=False, chosen=stage: window.show_wizard(chosen))
        menu.addAction(action)
    last = bar.actions()[-1] if bar.actions() else None
    bar.insertMenu(last, menu) if last is not None else bar.addMenu(menu)

    def selected(program: object) -> None:
        for action in menu.actions():
            action.setEnabled(program is not None)

    selected(window.navigator.selected_program())
    window.navigator.program_selected.connect(selected)
    return menu
