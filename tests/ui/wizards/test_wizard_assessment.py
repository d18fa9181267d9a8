"""The assessment wizard driven as a facilitator would, in both languages: a meeting, the
problems and who raised them, a resource, the ranking in pairs shown live, the priorities and
Finish; refusals next to their field, undo, and resuming where the user left off."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from assess_world import count, new_program, stage_status
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.domain import Stage, StageStatus
from desktop.ui.wizards.assessment import AssessmentWizard

LABELS = {
    "id": (
        "Pertemuan dan daftar hadir",
        "Masalah dan kebutuhan",
        "Sumber daya dan aset",
        "Peringkat kebutuhan",
        "Tambah masalah",
        "Mana yang lebih penting bagi warga?",
    ),
    "en": (
        "Meetings and attendance",
        "Problems and needs",
        "Resources and assets",
        "Ranking of needs",
        "Add problem",
        "Which matters more to the community?",
    ),
}
NO_ONE = {
    "id": "Sebutkan siapa yang menyampaikan: warga atau kelompok.",
    "en": "Say who raised it: a resident or a group.",
}


def _open(window: Any, qtbot: Any) -> AssessmentWizard:
    wizard = window.show_wizard(Stage.ASSESSMENT)
    assert isinstance(wizard, AssessmentWizard)
    qtbot.waitExposed(wizard)
    return wizard


@pytest.mark.parametrize("lang", ["id", "en"])
def test_assessment_walked_through_to_finish(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    program_id = new_program(demo_db)
    window = wizard_window(demo_db, program_id, lang=lang)
    wizard = _open(window, qtbot)
    meetings_t, problems_t, resources_t, ranking_t, add_problem, which = LABELS[lang]
    assert stage_status(window, program_id, Stage.ASSESSMENT) is StageStatus.IN_PROGRESS

    page = wizard.currentPage()
    assert page.title() == meetings_t
    wizard.next()  # no meeting yet: Next is refused with the reason
    assert wizard.current_step() == "meetings"
    assert page.messages["meetings"].text()
    page.title_edit.setText("Musyawarah dusun")
    page.attendance.unnamed_women.setValue(9)
    page.attendance.unnamed_men.setValue(7)
    assert page.meetings.add() is not None
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.keyClick(page.title_edit, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_step() == "problems"

    problems = wizard.currentPage()
    assert problems.title() == problems_t
    assert problems.problems.add_button.text() == add_problem
    # nobody named: refused under "raised by", nothing saved, the title kept
    problems.title_edit.setText("Air bersih")
    before = count(window, "problems")
    assert problems.problems.add() is None
    assert problems.messages["raised_by"].text() == NO_ONE[lang]
    assert count(window, "problems") == before
    assert problems.title_edit.text() == "Air bersih"
    people = problems.person.picker.choices()
    problems.person.picker.choose(people[0].id)
    problems.meeting.setCurrentIndex(1)  # the meeting just recorded
    problems.title_edit.setFocus()
    qtbot.keyClick(problems.title_edit, Qt.Key.Key_Return)  # Enter adds
    qtbot.waitUntil(lambda: len(problems.problems.texts()) == 1)
    assert problems.problems.texts()[0][2:4] == (people[0].label, "Musyawarah dusun")
    problems.title_edit.setText("Jalan rusak")
    problems.group.choose(problems.group.choices()[0].id)
    assert problems.problems.add() is not None
    problems.title_edit.setText("Posyandu tanpa kader")
    problems.person.picker.choose(people[1].id)
    assert problems.problems.add() is not None
    wizard.next()

    resources = wizard.currentPage()
    assert resources.title() == resources_t
    resources.kind.setCurrentIndex(resources.kind.findData("natural"))
    resources.name.setText("Mata air Sendang")
    resources.quantity.setText("2")
    resources.unit.setText("titik")
    resources.value.setValue(1500000)
    assert resources.resources.add() is not None
    assert resources.resources.texts()[0][1:4] == ("Mata air Sendang", "2 titik", "Rp 1.500.000")
    wizard.next()

    ranking = wizard.currentPage()
    assert ranking.title() == ranking_t
    ranking.by_pairs.setChecked(True)
    assert ranking.pairs_panel.isVisible()
    assert ranking.pair_label.text().startswith(which)
    # the community always prefers water; the ranking follows every choice
    first, second = ranking.pair
    assert ranking.choose_pair(0)
    assert ranking.ranking_texts()[0][:2] == ("#1", first.title)  # shown live
    while ranking.pair is not None:
        first, second = ranking.pair
        assert ranking.choose_pair(1 if second.title == "Air bersih" else 0)
    assert ranking.ranking_texts()[0][:2] == ("#1", "Air bersih")
    assert ranking.pair is None
    ranking.top.setValue(1)
    assert ranking.prioritise_top()
    assert [t for t in ranking.ranking_texts() if t[2]] == [("#1", "Air bersih", True)]
    wizard.next()
    assert wizard.current_step() == "review"
    with qtbot.waitSignal(wizard.completed):
        wizard.accept()
    assert stage_status(window, program_id, Stage.ASSESSMENT) is StageStatus.DONE


def test_ranking_by_votes_and_the_refusal_of_no_points(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = new_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    problems = wizard.page_for("problems")
    wizard.go_to_step("problems")
    person = problems.person.picker.choices()[0].id
    for title in ("Air bersih", "Jalan rusak"):
        problems.title_edit.setText(title)
        problems.person.picker.choose(person)
        assert problems.problems.add() is not None
    # undo of the last problem added, then redo
    wizard.undo_action.trigger()
    assert [t[0] for t in problems.problems.texts()] == ["Air bersih"]
    wizard.redo_action.trigger()
    assert len(problems.problems.texts()) == 2

    wizard.go_to_step("ranking")
    ranking = wizard.currentPage()
    before = count(window, "need_votes")
    assert not ranking.add_votes()  # no points typed: refused next to the votes
    assert ranking.messages["votes"].text() == "Enter the points each problem received."
    assert count(window, "need_votes") == before
    water = next(r.id for r in ranking.ranked if r.title == "Air bersih")
    road = next(r.id for r in ranking.ranked if r.title == "Jalan rusak")
    ranking.points_box(water).setValue(5)
    ranking.points_box(road).setValue(9)
    assert ranking.add_votes()
    assert [t[:2] for t in ranking.ranking_texts()] == [("#1", "Jalan rusak"), ("#2", "Air bersih")]
    ranking.table.item(1, 0).setCheckState(Qt.CheckState.Checked)  # the community's own pick
    assert [t[1] for t in ranking.ranking_texts() if t[2]] == ["Air bersih"]
    assert ranking.messages["ranking"].text() == ""


def test_resume_on_the_page_left_with_the_draft(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = new_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="id")
    wizard = _open(window, qtbot)
    wizard.go_to_step("problems")
    wizard._page_changed(wizard.currentId())  # remembered as a user's page change is
    page = wizard.currentPage()
    page.title_edit.setFocus()
    qtbot.keyClicks(page.title_edit, "Sampah di sungai")
    wizard.close()
    qtbot.waitUntil(lambda: not window.__dict__["_wizards"])

    again = _open(window, qtbot)
    assert again.current_step() == "problems"
    assert again.currentPage().title() == "Masalah dan kebutuhan"
    assert again.currentPage().title_edit.text() == "Sampah di sungai"
