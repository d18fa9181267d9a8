"""Correcting records in place in the first three stage wizards (preparation, assessment,
planning): F2 loads a row into the form, Enter saves, the table shows it, Ctrl+Z brings the
old value back, and a refused correction is shown next to its field with the database as it
was. The record keeps its id, so what points at it (votes, scores) stays linked."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assess_world import DAY, new_program
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.domain import Stage
from desktop.core.models import Alternative, Criterion, Facilitator, FieldNote, Problem, Resource


def _open(window: Any, qtbot: Any, stage: Stage, step: str, *, amend: bool = False) -> Any:
    wizard = window.show_wizard(stage)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    if amend:
        assert wizard.amend()
    wizard.go_to_step(step)
    assert wizard.current_step() == step
    return wizard


def _value(window: Any, model: type[Any], row_id: uuid.UUID, name: str) -> Any:
    with window.workspace.database.session() as session:
        return getattr(session.get(model, row_id), name)


def count(window: Any, table: str) -> int:
    """Live rows of a table in the program the window shows."""
    from sqlalchemy import text

    program = window.navigator.selected_program()
    with window.workspace.database.session() as session:
        return int(
            session.scalar(
                text(f"select count(*) from {table} where deleted = 0 and program_id = :p"),
                {"p": program.hex},
            )
            or 0
        )


def _f2(qtbot: Any, lst: Any, row: int) -> uuid.UUID:
    """Select a row and press F2: the record is loaded into the form."""
    lst.table.selectRow(row)
    lst.table.setFocus()
    qtbot.keyClick(lst.table, Qt.Key.Key_F2)
    assert lst.editing == lst.rows[row].id
    return lst.rows[row].id


def _retype(qtbot: Any, edit: Any, text: str) -> None:
    """Replace a field's text as typing would (its completer, if any, left closed)."""
    edit.setFocus()
    edit.selectAll()
    edit.insert(text)


def _enter(qtbot: Any, lst: Any, edit: Any) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lst.editing is None)


def _undo(qtbot: Any, wizard: Any) -> None:
    qtbot.keyClick(wizard, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_preparation_team_contacts_and_notes(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window = wizard_window(demo_db, new_program(demo_db), lang="en")
    wizard = _open(window, qtbot, Stage.PREPARATION, "team", amend=True)
    page = wizard.currentPage()
    team = page.team
    fid = _f2(qtbot, team, 0)
    assert page.role.text() == "Pendamping desa"  # the record is in the form
    assert page.person.picker.chosen_id() is not None
    assert team.add_button.text() == "Save changes"
    _retype(qtbot, page.role, "Ketua tim")
    page.cadre.setChecked(True)
    _enter(qtbot, team, page.role)
    assert team.texts()[0][1:4] == ("Ketua tim", "", "Community cadre")
    assert count(window, "facilitators") == 1  # corrected, not added
    assert _value(window, Facilitator, fid, "role") == "Ketua tim"
    _undo(qtbot, wizard)
    assert _value(window, Facilitator, fid, "role") == "Pendamping desa"
    assert team.texts()[0][1:4] == ("Pendamping desa", "", "Outside worker")

    wizard.go_to_step("key_contacts")
    page = wizard.currentPage()
    _f2(qtbot, page.contacts, 0)
    assert page.role.text() == "Kepala desa"
    _retype(qtbot, page.notes, "Rumah dekat masjid")
    _enter(qtbot, page.contacts, page.notes)
    assert page.contacts.texts()[0][1:] == ("Kepala desa", "Rumah dekat masjid")
    assert count(window, "key_contacts") == 1

    wizard.go_to_step("field_notes")
    page = wizard.currentPage()
    notes = page.notes
    nid = _f2(qtbot, notes, 0)
    assert page.text.toPlainText() == "Air jauh."
    page.noted_on.set_date(page.snapshot.start_date.replace(year=2025))  # before the start
    assert notes.add() is None  # Save changes, refused
    assert page.messages["noted_on"].isVisible()
    assert page.messages["noted_on"].text().startswith("The note's date (")
    assert notes.editing == nid  # still in the form: nothing typed is lost
    assert _value(window, FieldNote, nid, "noted_on") == DAY


def test_assessment_problem_and_resource(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window = wizard_window(demo_db, new_program(demo_db, through=Stage.ASSESSMENT), lang="id")
    wizard = _open(window, qtbot, Stage.ASSESSMENT, "problems", amend=True)
    page = wizard.currentPage()
    problems = page.problems
    row = next(n for n, r in enumerate(problems.rows) if r.cells[0] == "Jalan rusak")
    pid = _f2(qtbot, problems, row)
    assert page.title_edit.text() == "Jalan rusak"
    assert problems.add_button.text() == "Simpan perubahan"
    page.households.setValue(25)
    _retype(qtbot, page.title_edit, "Jalan dusun rusak")
    _enter(qtbot, problems, page.title_edit)
    assert ("Jalan dusun rusak", "25") in {(r[0], r[4]) for r in problems.texts()}
    assert count(window, "problems") == 2
    assert page.households.value() == 0  # the form is empty again
    _undo(qtbot, wizard)
    assert _value(window, Problem, pid, "title") == "Jalan rusak"
    assert _value(window, Problem, pid, "affected_households") is None
    assert "Jalan rusak" in {r[0] for r in problems.texts()}

    wizard.go_to_step("resources")
    page = wizard.currentPage()
    rid = _f2(qtbot, page.resources, 0)
    assert page.name.text() == "Mata air"
    _retype(qtbot, page.quantity, "-2")
    _retype(qtbot, page.unit, "titik")
    assert page.resources.add() is None  # Save changes, refused
    assert page.messages["quantity"].isVisible()
    assert page.messages["quantity"].text() == "Jumlahnya tidak boleh negatif (-2)."
    assert _value(window, Resource, rid, "quantity") is None  # unchanged
    _retype(qtbot, page.quantity, "2")
    _enter(qtbot, page.resources, page.unit)
    assert page.resources.texts()[0][1:3] == ("Mata air", "2 titik")
    assert count(window, "resources") == 1


def test_planning_alternative_and_criterion(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window = wizard_window(demo_db, new_program(demo_db, through=Stage.ASSESSMENT), lang="en")
    wizard = _open(window, qtbot, Stage.PLANNING, "alternatives")
    page = wizard.currentPage()
    alternatives = page.alternatives
    page.title_edit.setText("Sumur bor")
    page.person.picker.choose(page.person.picker.choices()[0].id)
    aid = alternatives.add()
    assert aid is not None
    _f2(qtbot, alternatives, 0)
    assert page.title_edit.text() == "Sumur bor"
    page.cost.setFocus()
    qtbot.keyClicks(page.cost, "7500000")
    _retype(qtbot, page.title_edit, "Sumur bor bersama")
    _enter(qtbot, alternatives, page.title_edit)
    assert alternatives.texts()[0][1:] == (
        "Sumur bor bersama",
        alternatives.texts()[0][2],
        "Rp 7.500.000",
    )
    assert count(window, "alternatives") == 1
    assert _value(window, Alternative, aid, "estimated_cost") == 7_500_000
    _undo(qtbot, wizard)
    assert _value(window, Alternative, aid, "title") == "Sumur bor"
    assert _value(window, Alternative, aid, "estimated_cost") is None

    wizard.go_to_step("criteria")
    page = wizard.currentPage()
    criteria = page.criteria
    for name in ("Biaya murah", "Swadaya"):
        page.name.setText(name)
        assert criteria.add() is not None
    cid = _f2(qtbot, criteria, 0)
    assert (page.name.text(), page.weight.value()) == ("Biaya murah", 1)
    page.weight.setValue(3)
    _retype(qtbot, page.name, "swadaya")  # another criterion's name
    assert criteria.add() is None
    assert page.messages["name"].text() == "There is already a criterion “swadaya”."
    assert _value(window, Criterion, cid, "name") == "Biaya murah"
    _retype(qtbot, page.name, "Biaya terjangkau")
    _enter(qtbot, criteria, page.name)
    assert criteria.texts()[0] == ("Biaya terjangkau", "× 3")
    assert count(window, "criteria") == 2
    _undo(qtbot, wizard)
    assert criteria.texts()[0] == ("Biaya murah", "× 1")
