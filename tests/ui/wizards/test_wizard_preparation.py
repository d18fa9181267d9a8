"""The preparation wizard driven as a facilitator would, on demo data, in both languages."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import program_where
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.domain import Stage, StageStatus
from desktop.ui.wizards.base import StageWizard
from desktop.ui.wizards.preparation import PreparationWizard

VILLAGE = "32.05.20.2002"  # a demo village (seed 1) whose people the pickers list
LABELS = {
    "id": ("Pendamping dan perannya", "Rencana masuk ke masyarakat", "Lanjut ›", "Tambah ke tim"),
    "en": ("Facilitators and their roles", "Community entry plan", "Next ›", "Add to the team"),
}
MISSING = {
    "id": "Tugaskan minimal satu pendamping beserta perannya.",
    "en": "Assign at least one facilitator and their role.",
}


def _new_program(path: Path) -> uuid.UUID:
    from desktop.core.database import open_database
    from desktop.core.programs import create_program

    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            changes = create_program(
                session,
                village_code=VILLAGE,
                name="Sumur bor Dusun Kidul",
                start_date=dt.date(2026, 1, 5),
                end_date=dt.date(2027, 6, 30),
            )
    finally:
        database.dispose()
    return changes.created[0]


def _stage_status(window: Any, program_id: uuid.UUID) -> StageStatus:
    from desktop.core.models import Program
    from desktop.core.stages import lifecycle

    def query(session: Any) -> StageStatus:
        program = session.get(Program, program_id)
        state = lifecycle.existing_state(session, program, Stage.PREPARATION)
        return state.status if state is not None else StageStatus.NOT_STARTED

    with window.workspace.database.session() as session:
        return query(session)


def _open(window: Any, qtbot: Any) -> PreparationWizard:
    wizard = window.show_wizard(Stage.PREPARATION)
    assert isinstance(wizard, PreparationWizard)
    qtbot.waitExposed(wizard)
    return wizard


def _pick(picker: Any, qtbot: Any, typed: str) -> None:
    """Type into a picker and take the first suggestion with the keyboard."""
    picker.setFocus()
    qtbot.keyClicks(picker, typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.chosen_id() is not None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_preparation_walked_through_to_finish(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    program_id = _new_program(demo_db)
    window = wizard_window(demo_db, program_id, lang=lang)
    wizard = _open(window, qtbot)
    team_title, plan_title, next_text, add_text = LABELS[lang]
    assert wizard.current_step() == "team"
    assert _stage_status(window, program_id) is StageStatus.IN_PROGRESS  # started on opening
    page = wizard.currentPage()
    assert page.title() == team_title
    assert wizard.button(wizard.WizardButton.NextButton).text() == next_text
    assert page.team.add_button.text() == add_text

    first = page.person.picker.choices()[0]
    _pick(page.person.picker, qtbot, first.label[:4])
    page.role.setFocus()
    qtbot.keyClicks(page.role, "Pendamping desa")
    qtbot.keyClick(page.role, Qt.Key.Key_Return)  # Enter adds the record
    qtbot.waitUntil(lambda: len(page.team.texts()) == 1)
    assert page.team.texts()[0][:2] == (first.label, "Pendamping desa")
    assert page.role.text() == ""  # the form is ready for the next one

    qtbot.keyClick(wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_step() == "entry_plan"
    plan = wizard.currentPage()
    assert plan.title() == plan_title
    plan.text.setFocus()
    qtbot.keyClicks(plan.text, "Sowan ke kepala desa, lalu ikut pertemuan PKK.")
    wizard.next()
    assert wizard.current_step() == "key_contacts"

    contacts = wizard.currentPage()
    contacts.group.choose(contacts.group.choices()[0].id)
    contacts.role.setText("Lembaga mitra")
    contacts.contacts.add()
    assert len(contacts.contacts.texts()) == 1
    wizard.next()

    notes = wizard.currentPage()
    assert wizard.current_step() == "field_notes"
    notes.noted_on.set_date(dt.date(2026, 2, 3))
    notes.text.setFocus()
    qtbot.keyClicks(notes.text, "Warga Dusun Kidul mengambil air 2 km dari rumah.")
    qtbot.keyClick(notes.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert notes.notes.texts()[0][:2] == (
        "03-02-2026",  # the lists show days as they are typed
        "Warga Dusun Kidul mengambil air 2 km dari rumah.",
    )
    wizard.next()
    assert wizard.current_step() == "review"
    assert "○" not in wizard.currentPage().overview.text()
    with qtbot.waitSignal(wizard.completed):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert _stage_status(window, program_id) is StageStatus.DONE
    texts = [t for t, _ in window.overview.stepper.stage_texts()]
    assert texts  # the overview heard of it through operation_executed


@pytest.mark.parametrize("lang", ["id", "en"])
def test_next_is_refused_with_the_missing_data_under_its_field(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    program_id = _new_program(demo_db)
    window = wizard_window(demo_db, program_id, lang=lang)
    wizard = _open(window, qtbot)
    page = wizard.currentPage()
    wizard.next()
    assert wizard.current_step() == "team"
    message = page.messages["facilitators"]
    assert message.isVisible()
    assert message.text() == MISSING[lang]
    page.person.picker.choose(page.person.picker.choices()[0].id)
    page.team.add()  # no role: the core refuses, under the role field
    assert page.messages["role"].isVisible()
    assert page.team.texts() == []


def test_adding_a_record_is_undone_and_redone(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = _new_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    page = wizard.currentPage()
    page.person.picker.choose(page.person.picker.choices()[1].id)
    page.role.setText("Pendamping teknis")
    page.team.add()
    assert len(page.team.texts()) == 1
    wizard.undo_action.trigger()
    assert page.team.texts() == []
    wizard.redo_action.trigger()
    assert len(page.team.texts()) == 1
    page.team.table.selectRow(0)
    page.team.remove_selected()
    assert page.team.texts() == []
    wizard.main_window.undo_stack.undo()
    assert len(page.team.texts()) == 1


def test_a_new_person_is_added_from_the_picker(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = _new_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    page = wizard.currentPage()
    qtbot.keyClicks(page.person.picker, "Yohana Ximenes")
    dialog = page.person.new_person()
    assert dialog.name.text() == "Yohana Ximenes"
    dialog.save()  # no sex chosen: refused under the field
    assert dialog.messages["sex"].isVisible()
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    dialog.save()
    assert page.person.picker.text() == "Yohana Ximenes"
    assert page.person.picker.chosen_id() is not None


def test_closing_midway_reopens_on_the_same_page_with_the_draft(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = _new_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    page = wizard.currentPage()
    page.person.picker.choose(page.person.picker.choices()[0].id)
    page.role.setText("Pendamping desa")
    page.team.add()
    wizard.next()
    wizard.next()
    assert wizard.current_step() == "entry_plan"
    wizard.currentPage().text.setPlainText("Sowan dulu.")
    wizard.next()
    assert wizard.current_step() == "key_contacts"
    contacts = wizard.currentPage()
    contacts.role.setFocus()
    qtbot.keyClicks(contacts.role, "Tokoh ag")  # half typed, not added
    wizard.button(wizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not window.__dict__["_wizards"])  # closed and gone

    again = _open(window, qtbot)
    assert again.current_step() == "key_contacts"
    assert again.currentPage().role.text() == "Tokoh ag"
    again.back()
    assert again.current_step() == "entry_plan"  # Back works after a resume
    assert again.currentPage().text.toPlainText() == "Sowan dulu."


def test_a_killed_program_loses_nothing_typed(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    program_id = _new_program(demo_db)
    script = textwrap.dedent(
        f"""
        import sys, time, uuid
        from PySide6.QtTest import QTest
        from PySide6.QtCore import QCoreApplication
        from desktop.ui.app import application
        from desktop.ui.main_window import MainWindow
        from desktop.ui.workspace import open_and_read
        app = application()
        window = MainWindow(language="en")
        window.adopt(open_and_read({str(demo_db)!r}), inline=True)
        window.show()
        window.navigator.select_program(uuid.UUID({str(program_id)!r}))
        wizard = window.show_wizard("persiapan")
        page = wizard.currentPage()
        page.role.setFocus()
        QTest.keyClicks(page.role, "Kader posy")
        while ("team", "facilitators.role") not in wizard.drafts:
            QCoreApplication.processEvents()
            time.sleep(0.02)
        print("typed", flush=True)
        time.sleep(60)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    assert wizard.current_step() == "team"
    assert wizard.currentPage().role.text() == "Kader posy"


def test_a_completed_stage_opens_read_only_and_can_be_amended(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = program_where(demo_db, "done")
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    page = wizard.currentPage()
    amend = wizard.button(StageWizard.AMEND_BUTTON)
    assert amend.isVisible()
    assert not page.team.add_button.isVisible()
    assert page.team.texts()  # the team is shown
    amend.click()
    assert _stage_status(window, program_id) is StageStatus.IN_PROGRESS
    assert page.team.add_button.isVisible()
    assert not amend.isVisible()


def test_a_closed_program_opens_read_only(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = program_where(demo_db, "done", closed=True)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    assert not wizard.button(StageWizard.AMEND_BUTTON).isVisible()
    assert not wizard.currentPage().team.add_button.isVisible()
    assert "closed" in wizard.currentPage().subTitle()


def test_the_stepper_opens_a_stage_by_mouse_and_keyboard(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, monkeypatch: Any
) -> None:
    program_id = program_where(demo_db, "in_progress")
    window = wizard_window(demo_db, program_id, lang="en")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    stepper = window.overview.stepper
    qtbot.waitUntil(lambda: stepper.isVisible())
    with qtbot.waitSignal(stepper.stage_activated):
        qtbot.mouseClick(stepper, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert told == []
    wizard = window.__dict__["_wizards"][(program_id, Stage.PREPARATION)]
    assert isinstance(wizard, PreparationWizard)
    assert window.show_wizard("persiapan") is wizard  # one at a time
    stepper.setFocus()
    qtbot.keyClick(stepper, Qt.Key.Key_Right)
    qtbot.keyClick(stepper, Qt.Key.Key_Return)
    assert told == []
    assert (program_id, Stage.ASSESSMENT) in window.__dict__["_wizards"]  # the next stage's
