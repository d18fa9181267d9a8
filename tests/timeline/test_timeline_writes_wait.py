"""An edit on the timeline waits for another program's write instead of failing with "database
is locked": the window's timeline edits in sessions that take the write lock up front."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker
from timeline_fixtures import SmallProgram

from desktop.core.db import READ_OPTION
from desktop.core.models import Activity
from desktop.ui.timeline.view import TimelineView

HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE activities SET title = title")
print("holding", flush=True)
time.sleep(1.5)
conn.execute("COMMIT")
"""


def test_a_move_waits_for_another_writer_then_lands(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram, tmp_path: Path
) -> None:
    engine = sessions.kw["bind"]
    # as the window has them: sessions that read begin deferred, edits take the lock first
    reads = sessionmaker(engine.execution_options(**{READ_OPTION: True}), expire_on_commit=False)
    view = TimelineView(reads, small.id, undo_stack=QUndoStack(), writer=sessions)
    qtbot.addWidget(view)
    view.edits.confirm_shift = lambda shifts: False
    view.edits.confirm_contradiction = lambda _found: True  # meant to move
    activity_id = small.ids["embung"]
    node = view.model.node_for_item(activity_id)
    assert node is not None
    with reads() as s:
        before = s.get(Activity, activity_id)
        assert before is not None
        start = before.planned_start + dt.timedelta(days=7)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / "timeline.sqlite")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert view.edits.request_move(node, start)
    finally:
        holder.wait(timeout=30)
    assert holder.returncode == 0
    with reads() as s:
        after = s.get(Activity, activity_id)
        assert after is not None and after.planned_start == start
