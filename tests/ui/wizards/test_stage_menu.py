"""The Stage menu: its seven items, named as the stages are everywhere, with Alt+1 to Alt+7,
disabled while no program is selected; Alt+4 opens the formalisation wizard of the program
selected, as a keyboard user reaches any stage without finding the stepper."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from keyboard_world import make_program
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from desktop.core import domain
from desktop.core.domain import Stage

CATALOGUE = Path(__file__).parents[3] / "resources" / "translations" / "berdaya_id.ts"
PURPOSES = {  # the tooltips, as desktop/ui/vocabulary.py writes them
    Stage.PREPARATION: "Prepare the team and the field before entering the community.",
    Stage.ASSESSMENT: "Find the problems, needs and resources the community itself names.",
    Stage.PLANNING: "Residents think through their problems and propose ways out.",
    Stage.FORMALISATION: "Groups decide their programs and activities and sign the agreement.",
    Stage.IMPLEMENTATION: "Carry out the activities and keep them going.",
    Stage.EVALUATION: "Evaluate the results together with the residents.",
    Stage.TERMINATION: "Hand everything over to the community and end the assistance.",
}


def _menu(window: Any) -> QMenu:
    menu = window.menuBar().findChild(QMenu, "stageMenu")
    assert menu is not None
    return menu


def _catalogued(context: str, source: str) -> str | None:
    """The Indonesian of ``source`` in the merged catalogue, None while it is not there."""
    text = CATALOGUE.read_text(encoding="utf-8")
    found = re.search(rf"<name>{re.escape(context)}</name>(.*?)</context>", text, re.S)
    if found is None:
        return None
    entry = re.search(
        rf"<source>{re.escape(source)}</source>\s*<translation>(.*?)</translation>", found[1]
    )
    return entry[1] if entry is not None else None


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Any]:
    path = tmp_path / "menu.sqlite"
    return path, make_program(path)


def test_seven_stages_in_english_each_with_its_key_disabled_until_a_program_is_chosen(
    world: tuple[Path, Any], open_window: Callable[..., Any], qtbot: Any
) -> None:
    path, program_id = world
    window = open_window(path, lang="en")
    menu = _menu(window)
    assert menu.title() == "&Stage"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Stage") == len(titles) - 2  # just before Help
    mnemonics = [t[t.index("&") + 1].lower() for t in titles if "&" in t]
    assert len(set(mnemonics)) == len(mnemonics), titles  # Alt+letter opens one menu each
    actions = menu.actions()
    assert [a.text() for a in actions] == [f"&{s.number}  {domain.stage_name(s)}" for s in Stage]
    assert [a.shortcut() for a in actions] == [QKeySequence(f"Alt+{n}") for n in range(1, 8)]
    assert [a.toolTip() for a in actions] == [PURPOSES[s] for s in Stage]

    assert window.navigator.selected_program() is None  # a database just opened
    assert not any(a.isEnabled() for a in actions)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert QApplication.activeModalWidget() is None  # a disabled item does nothing
    assert QApplication.activeWindow() in (window, None)
    assert window.navigator.select_program(program_id)
    assert all(a.isEnabled() for a in actions)


def test_alt_4_opens_the_formalisation_of_the_selected_program(
    world: tuple[Path, Any], open_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.ui.wizards.formalisation import FormalisationWizard

    path, program_id = world
    window = open_window(path, lang="en")
    assert window.navigator.select_program(program_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), FormalisationWizard))
    wizard = QApplication.activeWindow()
    assert wizard.program_id == program_id
    assert wizard.windowTitle().startswith(domain.stage_name(Stage.FORMALISATION))
    wizard.close()


def test_the_items_in_indonesian(world: tuple[Path, Any], open_window: Callable[..., Any]) -> None:
    path, program_id = world
    window = open_window(path, lang="id")
    assert window.navigator.select_program(program_id)
    actions = _menu(window).actions()
    assert [a.text() for a in actions] == [  # the window's names (title case, as the stepper)
        f"&{s.number}  {_catalogued('Issues', domain.stage_name(s))}" for s in Stage
    ]
    for stage, action in zip(Stage, actions, strict=True):
        assert action.toolTip() == _catalogued("Stage", PURPOSES[stage]), stage
        assert action.isEnabled()


def test_the_menu_title_in_indonesian(
    world: tuple[Path, Any], open_window: Callable[..., Any]
) -> None:
    window = open_window(world[0], lang="id")
    assert _menu(window).title() == "Ta&hap"
