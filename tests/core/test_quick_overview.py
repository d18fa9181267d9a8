"""The overview kept for the window's quick start: shown only while nothing has changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core import quick_overview
from desktop.core.database import open_database
from desktop.core.models import Program
from desktop.core.principles.scores import scores
from desktop.core.programs import create_program, overview
from desktop.core.quick_overview import Snapshot


def _kept(path: Path) -> Program:
    """A program whose overview is kept, read as the window reads it."""
    database = open_database(path)
    try:
        with database.writing() as session, session.begin():
            create_program(
                session,
                village_code="32.04.11.2001",
                name="Air bersih",
                start_date=dt.date(2024, 1, 8),
            )
        with database.reading() as session, session.begin():
            program = session.query(Program).one()
            seen = quick_overview.seen(session)
            snapshot = Snapshot(overview(session, program.id), scores(session, program.id))
        assert quick_overview.remember(database, snapshot, thresholds={}, seen_at=seen)
        return program
    finally:
        database.dispose()


def test_the_kept_overview_is_current_until_anything_changes(tmp_path: Path) -> None:
    path = tmp_path / "field.sqlite"
    program = _kept(path)
    recalled = quick_overview.recall(path, {})
    assert recalled is not None and recalled.snapshot is not None
    assert recalled.snapshot.overview.name == "Air bersih"
    assert quick_overview.recall(path, {"women": 0.5}).snapshot is None  # other thresholds

    other = open_database(path)  # another program writes the database
    try:
        with other.writing() as session, session.begin():
            session.get(Program, program.id).name = "Air bersih Dusun Krajan"
    finally:
        other.dispose()
    stale = quick_overview.recall(path, {})
    assert stale is not None and stale.program_id == program.id  # still reopened...
    assert stale.snapshot is None  # ...but its old figures are not shown as current


def test_a_kept_overview_read_across_a_change_is_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "field.sqlite"
    program = _kept(path)
    database = open_database(path)
    try:
        with database.reading() as session, session.begin():
            seen = quick_overview.seen(session)
            snapshot = Snapshot(overview(session, program.id), scores(session, program.id))
        with database.writing() as session, session.begin():
            session.get(Program, program.id).description = "Sumur bor"
        assert not quick_overview.remember(database, snapshot, thresholds={}, seen_at=seen)
    finally:
        database.dispose()
    assert quick_overview.recall(path, {}).snapshot is None
