"""An undo or a redo that the core refuses leaves the undo stack where the database is: the
failed command is dropped, the change stays as the database has it, and the reason is shown."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from test_wizard_termination import (
    fill_handover,
    open_termination,
    query,
    termination_program,
)

from desktop.core.models import Handover, Program


def _one_handover(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> tuple[Any, Any, Any, uuid.UUID, uuid.UUID]:
    program_id = termination_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="en")
    window.undo_stack.clear()
    wizard = open_termination(window, qtbot, "handovers")
    page = wizard.currentPage()
    fill_handover(page, qtbot, "Pompa air")
    row_id = page.handovers.add()
    assert row_id is not None
    return window, wizard, page, program_id, row_id


def _close_meanwhile(window: Any, program_id: uuid.UUID) -> None:
    """The program is closed behind the wizard's back (as an imported bundle would)."""
    with window.workspace.database.session() as session, session.begin():
        session.get(Program, program_id).closed_on = dt.date(2026, 12, 1)


def _deleted(window: Any, row_id: uuid.UUID) -> bool:
    return bool(query(window, lambda s: s.get(Handover, row_id).deleted))


def _description(window: Any, row_id: uuid.UUID) -> str:
    return str(query(window, lambda s: s.get(Handover, row_id).description))


def test_a_refused_undo_keeps_the_record_and_drops_the_command(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window, wizard, page, program_id, row_id = _one_handover(demo_db, wizard_window, qtbot)
    stack = wizard.main_window.undo_stack  # the wizard's own history
    assert (stack.count(), stack.index(), stack.canUndo()) == (1, 1, True)
    _close_meanwhile(window, program_id)

    wizard.undo_action.trigger()

    assert not _deleted(window, row_id)  # the database still has the record
    assert (stack.count(), stack.index()) == (0, 0)  # and the stack no longer offers it
    assert not stack.canUndo()
    assert not stack.canRedo()  # nothing to redo: the record was never removed
    assert "closed" in page.summary.text()


def test_a_refused_redo_leaves_the_change_undone(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window, wizard, page, program_id, row_id = _one_handover(demo_db, wizard_window, qtbot)
    lst = page.handovers
    assert lst.edit(row_id)
    page.description.setText("Pompa air dan pipa")
    assert lst.save_edit() == row_id
    stack = wizard.main_window.undo_stack
    wizard.undo_action.trigger()  # the edit undone: the old description is back
    assert _description(window, row_id) == "Pompa air"
    assert (stack.count(), stack.index(), stack.canRedo()) == (2, 1, True)
    _close_meanwhile(window, program_id)

    wizard.redo_action.trigger()

    assert _description(window, row_id) == "Pompa air"  # the redo did not happen
    assert (stack.count(), stack.index()) == (1, 1)  # the adding is still there to undo
    assert stack.canUndo()
    assert not stack.canRedo()  # the refused edit is no longer offered
    assert page.summary.text()


def test_an_undo_after_the_wizard_closed_reports_in_the_status_bar(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window, wizard, _page, program_id, row_id = _one_handover(demo_db, wizard_window, qtbot)
    stack = wizard.main_window.undo_stack
    wizard.close()
    qtbot.waitUntil(lambda: not window.__dict__.get("_wizards"))
    _close_meanwhile(window, program_id)

    reopened = open_termination(window, qtbot, "handovers")  # its history is kept
    assert reopened.main_window.undo_stack is stack
    reopened.undo_action.trigger()

    assert not _deleted(window, row_id)
    assert (stack.count(), stack.index(), stack.canUndo(), stack.canRedo()) == (0, 0, False, False)
    assert "closed" in window.statusBar().currentMessage()


def test_an_unexpected_failure_is_logged_with_its_traceback_and_drops_the_command(
    demo_db: Path,
    wizard_window: Callable[..., Any],
    qtbot: Any,
    monkeypatch: Any,
    caplog: Any,
) -> None:
    window, wizard, page, _program_id, row_id = _one_handover(demo_db, wizard_window, qtbot)

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError("disk I/O error")

    monkeypatch.setattr(window, "attempt", broken)
    stack = wizard.main_window.undo_stack
    with caplog.at_level("ERROR", logger="desktop.ui.wizards.commands"):
        wizard.undo_action.trigger()

    assert not _deleted(window, row_id)
    assert (stack.count(), stack.index(), stack.canUndo(), stack.canRedo()) == (0, 0, False, False)
    assert page.summary.text()
    (record,) = [r for r in caplog.records if r.name == "desktop.ui.wizards.commands"]
    assert record.exc_info is not None  # the traceback is kept
    assert "set_record_deleted" in record.getMessage()
    assert "Pompa" not in record.getMessage()  # no record values in the log
