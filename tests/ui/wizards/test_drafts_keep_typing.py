"""A wizard's drafts keep what was typed exactly as typed: a name typed in a picker but not
picked from its list, and a count the core refuses, come back in their fields (unpicked, and
with the refusal said again) when the wizard is closed without saving and opened again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from assess_world import new_program
from PySide6.QtCore import Qt

from desktop.core.domain import Stage
from desktop.ui.wizards.meetings import MeetingsPage

NEGATIVE = {"en": "“-5” cannot be negative here.", "id": "“-5” tidak boleh negatif di sini."}


def _open(window: Any, qtbot: Any) -> MeetingsPage:
    wizard = window.show_wizard(Stage.ASSESSMENT)
    qtbot.waitExposed(wizard)
    page = wizard.currentPage()
    assert isinstance(page, MeetingsPage)
    return page


def _type(qtbot: Any, edit: Any, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _close(window: Any, page: MeetingsPage, qtbot: Any) -> None:
    page.wizard_.close()
    qtbot.waitUntil(lambda: not window.__dict__["_wizards"])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_count_comes_back_as_typed_with_its_refusal(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    window = wizard_window(demo_db, new_program(demo_db), lang=lang)
    page = _open(window, qtbot)
    _type(qtbot, page.attendance.unnamed_women, "12")
    _type(qtbot, page.attendance.unnamed_men, "-5")
    _close(window, page, qtbot)
    again = _open(window, qtbot)
    editor = again.attendance
    assert editor.unnamed_men.text() == "-5"  # not 0: the draft kept the text typed
    assert editor.unnamed_women.text() == "12"
    message = again.messages["unnamed_men"]
    assert message.isVisible() and message.text() == NEGATIVE[lang]


def test_names_typed_but_not_picked_come_back_unpicked(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window = wizard_window(demo_db, new_program(demo_db), lang="en")
    page = _open(window, qtbot)
    _type(qtbot, page.title_edit, "FGD pemuda")
    _type(qtbot, page.group, "  Kelompok yang belum ada ")
    _type(qtbot, page.attendance.person.picker, "Bu Sitinah dari seberang")
    qtbot.wait(400)  # a pause in typing: the drafts are written
    _close(window, page, qtbot)
    again = _open(window, qtbot)
    assert again.title_edit.text() == "FGD pemuda"
    assert again.group.text() == "  Kelompok yang belum ada "  # exactly as typed
    assert again.group.chosen_id() is None
    picker = again.attendance.person.picker
    assert picker.text() == "Bu Sitinah dari seberang"
    assert picker.chosen_id() is None


def test_a_picked_name_still_comes_back_picked(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window = wizard_window(demo_db, new_program(demo_db), lang="en")
    page = _open(window, qtbot)
    choice = page.group.choices()[0]
    page.group.setFocus()
    page.group.choose(choice.id)
    qtbot.wait(400)
    _close(window, page, qtbot)
    again = _open(window, qtbot)
    assert again.group.chosen_id() == choice.id
    assert again.group.text() == choice.label
