"""Correcting a saved record in place (RecordList ``build_update``), on the termination
wizard's handovers: F2, double-click or Edit loads it into the form, Enter saves, Escape
cancels, Undo writes the old values back, and an edit left open comes back after a close."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from test_wizard_termination import (
    activate,
    fill_handover,
    handover_count,
    open_termination,
    query,
    termination_program,
)

from desktop.core.models import Handover


def _with_one_handover(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str = "en"
) -> tuple[Any, Any, Any, uuid.UUID]:
    program_id = termination_program(demo_db)
    window = wizard_window(demo_db, program_id, lang=lang)
    wizard = open_termination(window, qtbot, "handovers")
    page = wizard.currentPage()
    fill_handover(page, qtbot, "Pompa air")
    row_id = page.handovers.add()
    assert row_id is not None
    return window, wizard, page, program_id


def _description(window: Any, row_id: uuid.UUID) -> str:
    return str(query(window, lambda s: s.get(Handover, row_id).description))


def test_f2_loads_the_record_enter_saves_and_undo_restores(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window, wizard, page, program_id = _with_one_handover(demo_db, wizard_window, qtbot)
    lst = page.handovers
    row_id = lst.rows[0].id
    count = handover_count(window, program_id)
    lst.table.selectRow(0)
    activate(wizard, qtbot)
    lst.table.setFocus()
    qtbot.keyClick(lst.table, Qt.Key.Key_F2)
    assert lst.editing == row_id
    assert lst.add_button.text() == "Save changes"
    assert page.description.text() == "Pompa air"  # the record is in the form
    assert page.value.text() == "Rp 1.500.000"
    page.description.selectAll()
    qtbot.keyClicks(page.description, "Pompa air dan pipa")
    qtbot.keyClick(page.description, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lst.editing is None)
    assert lst.texts()[0][0] == "Pompa air dan pipa"
    assert lst.add_button.text() == "Record handover"
    assert handover_count(window, program_id) == count  # changed, not added
    assert _description(window, row_id) == "Pompa air dan pipa"

    wizard.undo_action.trigger()
    assert _description(window, row_id) == "Pompa air"
    assert lst.texts()[0][0] == "Pompa air"
    wizard.redo_action.trigger()
    assert lst.texts()[0][0] == "Pompa air dan pipa"


def test_a_refused_change_stays_in_the_form_and_changes_nothing(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window, _wizard, page, _program_id = _with_one_handover(
        demo_db, wizard_window, qtbot, lang="id"
    )
    lst = page.handovers
    row_id = lst.rows[0].id
    item = lst.table.item(0, 0)
    lst.table.itemDoubleClicked.emit(item)  # as a double-click does
    assert lst.editing is None  # nothing selected yet: a double-click selects first
    lst.table.selectRow(0)
    lst.table.itemDoubleClicked.emit(item)
    assert lst.editing == row_id
    assert lst.add_button.text() == "Simpan perubahan"
    page.description.clear()
    assert lst.add() is None
    assert page.messages["description"].isVisible()
    assert page.messages["description"].text() == "Tulis apa yang diserahkan."
    assert lst.editing == row_id  # still editing: nothing typed is lost
    assert _description(window, row_id) == "Pompa air"


def test_escape_cancels_and_an_open_edit_survives_a_close(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window, wizard, page, _program_id = _with_one_handover(demo_db, wizard_window, qtbot)
    lst = page.handovers
    row_id = lst.rows[0].id
    lst.table.selectRow(0)
    assert lst.edit_button.isEnabled()
    lst.edit_button.click()
    assert lst.cancel_button.isVisible()
    activate(wizard, qtbot)
    page.description.setFocus()
    qtbot.keyClick(page.description, Qt.Key.Key_Escape)
    assert lst.editing is None
    assert page.description.text() == ""
    assert wizard.isVisible()  # Escape cancelled the edit, not the wizard

    lst.table.selectRow(0)
    lst.edit_selected()
    page.description.setFocus()
    qtbot.keyClicks(page.description, " baru")
    wizard.button(wizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not window.__dict__["_wizards"])

    again = open_termination(window, qtbot, "handovers")
    page = again.currentPage()
    assert page.handovers.editing == row_id
    assert page.description.text() == "Pompa air baru"
    page.handovers.add()  # Save changes
    assert _description(window, row_id) == "Pompa air baru"
    assert page.handovers.editing is None
