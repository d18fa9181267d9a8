"""Counts typed in the wizards are read by the core's rule: never capped at a spin box's
maximum nor stripped of a minus; what is refused is said beside the field and nothing is
saved while it stands; typed counts survive a close as drafts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from assess_world import count, new_program
from PySide6.QtCore import Qt

from desktop.core.domain import Stage
from desktop.ui.wizards.meetings import MeetingsPage

NEGATIVE = {"en": "“-5” cannot be negative here.", "id": "“-5” tidak boleh negatif di sini."}
PRESENT = {"en": "Present: 12000 women, 0 men", "id": "Hadir: 12000 perempuan, 0 laki-laki"}


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


@pytest.mark.parametrize("lang", ["id", "en"])
def test_meeting_counts_are_neither_capped_nor_stripped_of_a_minus(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    window = wizard_window(demo_db, new_program(demo_db), lang=lang)
    page = _open(window, qtbot)
    editor = page.attendance
    _type(qtbot, page.title_edit, "Musyawarah besar")
    _type(qtbot, editor.unnamed_women, "12000")
    assert editor.unnamed_women.value() == 12_000  # a spin box stopped at 9999
    assert editor.totals.text() == PRESENT[lang]
    _type(qtbot, editor.unnamed_men, "-5")
    message = page.messages["unnamed_men"]
    assert message.isVisible() and message.text() == NEGATIVE[lang]
    before = count(window, "meetings")
    assert page.meetings.add() is None  # nothing saved while a count is refused
    assert count(window, "meetings") == before
    assert message.text() == NEGATIVE[lang]
    _type(qtbot, editor.unnamed_men, "5")
    assert not message.isVisible()
    assert page.meetings.add() is not None
    assert page.meetings.texts()[0][4:6] == ("12000", "5")


def test_households_weight_and_votes_refuse_beyond_their_limit_in_words(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window = wizard_window(demo_db, new_program(demo_db, through=Stage.ASSESSMENT), lang="en")
    wizard = window.show_wizard(Stage.PLANNING)
    qtbot.waitExposed(wizard)
    wizard.go_to_step("criteria")
    criteria = wizard.currentPage()
    _type(qtbot, criteria.name, "Biaya murah")
    _type(qtbot, criteria.weight, "11")  # a spin box would have made it 10
    assert criteria.messages["weight"].text() == "“11” is more than the largest allowed, 10."
    qtbot.keyClick(criteria.name, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert criteria.criteria.texts() == []
    _type(qtbot, criteria.weight, "3")
    assert not criteria.messages["weight"].isVisible()
    assert criteria.criteria.add() is not None
    assert criteria.criteria.texts() == [("Biaya murah", "× 3")]


def test_counts_typed_come_back_after_closing(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window = wizard_window(demo_db, new_program(demo_db), lang="en")
    page = _open(window, qtbot)
    _type(qtbot, page.attendance.unnamed_men, "17")
    _type(qtbot, page.title_edit, "FGD pemuda")
    page.wizard_.close()
    qtbot.waitUntil(lambda: not window.__dict__["_wizards"])
    again = _open(window, qtbot)
    assert again.attendance.unnamed_men.value() == 17
    assert again.attendance.unnamed_men.text() == "17"
