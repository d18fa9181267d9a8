"""A whole program walked through its seven stages with the operations, then closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import column, select, table
from stage_world import VILLAGE, open_world, walk_to_the_end

from desktop.core.domain import StageStatus
from desktop.core.models import StageState
from desktop.core.models.base import synced_tables


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


def test_walk_every_stage_to_closing(tmp_path: Path) -> None:
    with open_world(tmp_path) as w:
        walk_to_the_end(w)
        states = w.session.query(StageState).filter_by(program_id=w.program_id).all()
        assert {s.status for s in states} == {StageStatus.DONE}
        assert w.program.closed_on is not None
        # every row the operations made belongs to the program's village
        for name in synced_tables():
            codes = set(w.session.scalars(select(column("village_code")).select_from(table(name))))
            assert codes <= {VILLAGE}, name
