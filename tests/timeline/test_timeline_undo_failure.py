"""An undo or redo the database refuses leaves the undo stack where the database is: the
refused step is dropped, the refusal is shown, and unforeseen failures go to the log."""

from __future__ import annotations

import datetime as dt
import logging
import uuid

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker
from timeline_fixtures import SmallProgram

from desktop.core import schedule
from desktop.core.models import Activity, Program
from desktop.ui.timeline import TimelineView

D = dt.date


def dates(sessions: sessionmaker[Session], activity_id: uuid.UUID) -> tuple[dt.date, dt.date]:
    with sessions() as s:
        row = s.get(Activity, activity_id)
        assert row is not None
        return row.planned_start, row.planned_end


def open_view(qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram) -> TimelineView:
    view = TimelineView(sessions, small.id, undo_stack=QUndoStack())
    qtbot.addWidget(view)
    view.edits.confirm_shift = lambda shifts: False  # each move on its own
    view.edits.confirm_contradiction = lambda _found: True  # meant to move
    return view


def move(view: TimelineView, activity_id: uuid.UUID, start: dt.date) -> None:
    node = view.model.node_for_item(activity_id)
    assert node is not None
    assert view.edits.request_move(node, start)


def close_program(sessions: sessionmaker[Session], program_id: uuid.UUID) -> None:
    """Someone closes the program at termination meanwhile (in another window)."""
    with sessions() as s, s.begin():
        program = s.get(Program, program_id)
        assert program is not None
        program.closed_on = D(2026, 3, 1)


def test_a_refused_undo_keeps_the_step_done_and_drops_it(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small)
    survei, kebun = small.ids["survei"], small.ids["kebun"]
    move(view, survei, D(2026, 2, 16))
    move(view, kebun, D(2026, 4, 6))
    moved = dates(sessions, survei), dates(sessions, kebun)
    assert (view.undo_stack.count(), view.undo_stack.index()) == (2, 2)
    close_program(sessions, small.id)

    with qtbot.waitSignal(view.edit_refused) as refused:
        view.undo_stack.undo()
    assert "closed" in refused.args[0]
    # the database still holds both moves: both are done, and nothing is left to redo
    assert (dates(sessions, survei), dates(sessions, kebun)) == moved
    assert (view.undo_stack.count(), view.undo_stack.index()) == (1, 1)
    assert view.undo_stack.canUndo() and not view.undo_stack.canRedo()
    assert view.undo_stack.undoText().startswith("Move “Survei")


def test_a_refused_redo_keeps_the_step_undone_and_drops_it(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small)
    survei = small.ids["survei"]
    before = dates(sessions, survei)
    move(view, survei, D(2026, 2, 16))
    view.undo_stack.undo()
    assert dates(sessions, survei) == before
    close_program(sessions, small.id)

    with qtbot.waitSignal(view.edit_refused) as refused:
        view.undo_stack.redo()
    assert "closed" in refused.args[0]
    assert dates(sessions, survei) == before  # the move is not in the database
    assert (view.undo_stack.count(), view.undo_stack.index()) == (0, 0)
    assert not view.undo_stack.canUndo() and not view.undo_stack.canRedo()


def test_an_unforeseen_failure_is_logged_with_its_traceback(
    qtbot: QtBot,
    sessions: sessionmaker[Session],
    small: SmallProgram,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    view = open_view(qtbot, sessions, small)
    survei = small.ids["survei"]
    move(view, survei, D(2026, 2, 16))
    moved = dates(sessions, survei)

    def broken(session: Session, **_kw: object) -> None:
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(schedule, "set_activity_dates", broken)
    with (
        caplog.at_level(logging.ERROR, logger="desktop.ui.timeline.commands"),
        qtbot.waitSignal(view.edit_refused) as refused,
    ):
        view.undo_stack.undo()
    assert "disk I/O error" in refused.args[0]
    assert dates(sessions, survei) == moved
    assert (view.undo_stack.count(), view.undo_stack.index()) == (0, 0)
    (record,) = [r for r in caplog.records if r.name == "desktop.ui.timeline.commands"]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
    assert "Survei" not in record.getMessage()  # no one's data in the log
