"""The planning wizard driven as a facilitator would, in both languages: alternatives for the
prioritised problem (the feed from the assessment), criteria with weights, scores typed in the
grid and votes, the ranking and the choice; a bad score refused next to the grid, undo, and
resuming where the user left off."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from assess_world import count, new_program, stage_status
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.domain import Stage, StageStatus
from desktop.ui.wizards.planning import PlanningWizard

LABELS = {
    "id": (
        "Alternatif per masalah prioritas",
        "Kriteria dan bobot",
        "Skor dan pemungutan suara",
        "Pilihan warga",
        "Tambah alternatif",
    ),
    "en": (
        "Alternatives per priority problem",
        "Criteria and weights",
        "Scores and votes",
        "The community's choice",
        "Add alternative",
    ),
}
BAD_SCORE = {"id": "Skor harus antara 1 sampai 5.", "en": "A score must be from 1 to 5."}


def _open(window: Any, qtbot: Any) -> PlanningWizard:
    wizard = window.show_wizard(Stage.PLANNING)
    assert isinstance(wizard, PlanningWizard)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


@pytest.mark.parametrize("lang", ["id", "en"])
def test_planning_walked_through_to_finish(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    program_id = new_program(demo_db, through=Stage.ASSESSMENT)
    window = wizard_window(demo_db, program_id, lang=lang)
    wizard = _open(window, qtbot)
    alternatives_t, criteria_t, scoring_t, choice_t, add_text = LABELS[lang]

    page = wizard.currentPage()
    assert page.title() == alternatives_t
    assert page.alternatives.add_button.text() == add_text
    # the feed: only the prioritised problem of the assessment, with its rank
    assert [page.problem.itemText(n) for n in range(page.problem.count())] == ["#1 Air bersih"]
    people = page.person.picker.choices()
    for title, person, cost in (("Sumur bor", 0, 45_000_000), ("Perpipaan mata air", 1, 0)):
        page.title_edit.setText(title)
        page.person.picker.choose(people[person].id)
        if cost:
            page.cost.setValue(cost)
        page.title_edit.setFocus()
        qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda title=title: title in [t[1] for t in page.alternatives.texts()])
    assert ("Air bersih", "Sumur bor", people[0].label, "Rp 45.000.000") in (
        page.alternatives.texts()
    )
    qtbot.keyClick(page.title_edit, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_step() == "criteria"

    criteria = wizard.currentPage()
    assert criteria.title() == criteria_t
    for name, weight in (("Biaya murah", 2), ("Swadaya", 1)):
        criteria.name.setText(name)
        criteria.weight.setValue(weight)
        assert criteria.criteria.add() is not None
    assert criteria.criteria.texts() == [("Biaya murah", "× 2"), ("Swadaya", "× 1")]
    wizard.next()

    scoring = wizard.currentPage()
    assert scoring.title() == scoring_t
    before = count(window, "alternative_scores")
    scoring.score_cell("Sumur bor", "Biaya murah").setText("7")  # typed in the grid
    assert scoring.messages["score"].text() == BAD_SCORE[lang]
    assert count(window, "alternative_scores") == before
    assert scoring.score_cell("Sumur bor", "Biaya murah").text() == ""
    wizard.next()  # not every alternative weighed: refused with the reason
    assert wizard.current_step() == "scoring"
    scores = {"Sumur bor": (2, 4), "Perpipaan mata air": (5, 4)}
    for alternative, (cheap, own) in scores.items():
        scoring.score_cell(alternative, "Biaya murah").setText(str(cheap))
        scoring.score_cell(alternative, "Swadaya").setText(str(own))
    weighted = {row[1]: row[4] for row in scoring.grid_texts()}
    assert weighted == {"Sumur bor": "8", "Perpipaan mata air": "14"}
    scoring.alternative.setCurrentIndex(scoring.alternative.findText("Sumur bor"))
    scoring.votes.setValue(6)
    assert scoring.add_votes()
    assert {row[1]: row[5] for row in scoring.grid_texts()}["Sumur bor"] == "6"
    wizard.next()

    choice = wizard.currentPage()
    assert choice.title() == choice_t
    assert [row[2] for row in choice.texts()] == ["Perpipaan mata air", "Sumur bor"]  # ranked
    assert choice.choose_best()
    assert [(row[0], row[2]) for row in choice.texts()] == [
        (True, "Perpipaan mata air"),
        (False, "Sumur bor"),
    ]
    wizard.next()
    assert wizard.current_step() == "review"
    with qtbot.waitSignal(wizard.completed):
        wizard.accept()
    assert stage_status(window, program_id, Stage.PLANNING) is StageStatus.DONE


def test_undo_of_a_criterion_and_resume_with_the_draft(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = new_program(demo_db, through=Stage.ASSESSMENT)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    page = wizard.currentPage()
    page.title_edit.setText("Sumur bor")
    assert page.alternatives.add() is None  # nobody named: refused next to "proposed by"
    assert page.messages["proposed_by"].text() == "Say who proposed it: a resident or a group."
    assert page.alternatives.texts() == []
    page.group.choose(page.group.choices()[0].id)
    assert page.alternatives.add() is not None
    wizard.next()
    criteria = wizard.currentPage()
    criteria.name.setText("Biaya murah")
    assert criteria.criteria.add() is not None
    wizard.undo_action.trigger()
    assert criteria.criteria.texts() == []
    wizard.redo_action.trigger()
    assert criteria.criteria.texts() == [("Biaya murah", "× 1")]
    criteria.name.setFocus()
    qtbot.keyClicks(criteria.name, "Manfaat untuk perempuan")
    wizard.close()
    qtbot.waitUntil(lambda: not window.__dict__["_wizards"])

    again = _open(window, qtbot)
    assert again.current_step() == "criteria"
    assert again.currentPage().name.text() == "Manfaat untuk perempuan"
