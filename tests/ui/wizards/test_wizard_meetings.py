"""The meeting editor (on the assessment wizard's first page): attendance by name with sex
shown, counted women and men, the group a meeting was for, refusals next to the field, undo
and the attendance typed so far kept across a close."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from assess_world import count, new_program, person_sexes
from PySide6.QtCore import Qt

from desktop.core.domain import Sex, Stage
from desktop.ui.wizards.meetings import MeetingsPage


def _open(window: Any, qtbot: Any) -> MeetingsPage:
    wizard = window.show_wizard(Stage.ASSESSMENT)
    qtbot.waitExposed(wizard)
    page = wizard.currentPage()
    assert isinstance(page, MeetingsPage)
    return page


def _pick(picker: Any, qtbot: Any, typed: str) -> None:
    picker.setFocus()
    qtbot.keyClicks(picker, typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.chosen_id() is not None


def test_meeting_with_attendance_by_name_and_counted(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = new_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="en")
    page = _open(window, qtbot)
    assert page.title() == "Meetings and attendance"
    woman = next(name for name, sex in person_sexes(demo_db) if sex is Sex.FEMALE)

    editor = page.attendance
    page.title_edit.setText("Musyawarah Dusun Kidul")
    _pick(editor.person.picker, qtbot, woman)
    editor.spoke.setChecked(True)
    qtbot.keyClick(editor.person.picker, Qt.Key.Key_Return)  # Enter adds the person
    qtbot.waitUntil(lambda: len(editor.attendees()) == 1)
    assert (editor.table.item(0, 0).text(), editor.table.item(0, 1).text()) == (woman, "Woman")
    editor.unnamed_women.setValue(4)
    editor.unnamed_men.setValue(6)
    assert editor.totals.text() == "Present: 5 women, 6 men"

    assert page.meetings.add() is not None
    (row,) = page.meetings.texts()
    day = page.held_on.date()
    assert day is not None
    assert row == (
        day.strftime("%d-%m-%Y"),
        "Deliberation (musyawarah)",
        "Musyawarah Dusun Kidul",
        "Whole community",
        "5",
        "6",
        woman,
    )
    assert editor.attendees() == [] and editor.unnamed_women.value() == 0  # ready for the next
    assert count(window, "attendance") > 0
    assert page.messages["meetings"].text() == ""  # the step's rule is met

    # undo takes the meeting away again, redo brings it back
    page.wizard_.undo_action.trigger()
    assert page.meetings.texts() == []
    page.wizard_.redo_action.trigger()
    assert len(page.meetings.texts()) == 1


def test_attendance_larger_than_the_group_is_refused_next_to_it(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = new_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="id")
    page = _open(window, qtbot)
    assert page.title() == "Pertemuan dan daftar hadir"
    before = count(window, "meetings")
    page.title_edit.setText("Rapat kelompok")
    page.group.choose(next(c.id for c in page.group.choices() if c.label == "Kelompok Uji Dua"))
    page.attendance.unnamed_women.setValue(3)  # the group has two members
    assert page.meetings.add() is None
    assert page.messages["attendees"].text() == (
        "Jumlah yang hadir (3) lebih banyak dari anggota kelompok (2 orang)."
    )
    assert count(window, "meetings") == before
    assert page.title_edit.text() == "Rapat kelompok"  # nothing typed is lost
    page.attendance.unnamed_women.setValue(2)
    assert page.meetings.add() is not None
    assert page.meetings.texts()[0][3] == "Kelompok Uji Dua"


def test_attendance_typed_so_far_comes_back_after_closing(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = new_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="en")
    page = _open(window, qtbot)
    person = page.attendance.person.picker.choices()[0]
    page.attendance.person.picker.choose(person.id)
    assert page.attendance.add_chosen()
    page.attendance.unnamed_men.setValue(7)
    page.title_edit.setText("FGD pemuda")
    page.wizard_.close()
    qtbot.waitUntil(lambda: not window.__dict__["_wizards"])  # closed and gone

    again = _open(window, qtbot)
    assert [a.person_id for a in again.attendance.attendees()] == [person.id]
    assert again.attendance.unnamed_men.value() == 7
    assert again.title_edit.text() == "FGD pemuda"
