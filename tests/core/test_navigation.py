"""The start-up read of the navigator (stdlib sqlite3) agrees with the full one (SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path

from desktop.core import demo
from desktop.core.database import open_database
from desktop.core.navigation import quick_navigator
from desktop.core.programs import navigator, set_program_deleted


def test_quick_and_full_navigator_agree(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    database = open_database(path)
    try:
        demo.generate(database, villages=4, seed=3)
        with database.session() as session, session.begin():
            full = navigator(session)
            # a tombstoned program disappears from both
            set_program_deleted(session, program_id=full[0].programs[0].id, deleted=True)
        with database.session() as session:
            after = navigator(session)
    finally:
        database.dispose()
    assert len(full) == 4 and all(v.programs for v in full)
    assert quick_navigator(path) == after
    assert after != full


def test_quick_navigator_leaves_old_missing_and_foreign_files_to_the_full_open(
    tmp_path: Path,
) -> None:
    assert quick_navigator(tmp_path / "absent.sqlite") is None
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("bukan database")
    assert quick_navigator(foreign) is None
    assert foreign.read_text() == "bukan database"
