"""The four principles of many programs at once, as the office's dashboard and ``berdaya
summary`` need them: the same figures as ``scores`` gives one by one, read in a fixed number of
queries however many programs there are."""

from __future__ import annotations

import gc
import uuid
from collections.abc import Collection, Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from desktop.core.principles.results import PrincipleScores
from desktop.core.principles.scores import read_rows, scores_of
from desktop.core.principles.shares import Thresholds


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Hundreds of thousands of rows and figures are made here, none of them in a cycle; the
    cycle collector would scan them all again and again, a third of the time of a big read."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def scores_of_many(
    session: Session,
    program_ids: Collection[uuid.UUID] | None,
    thresholds: Thresholds | None = None,
) -> dict[uuid.UUID, PrincipleScores]:
    """The four principles of each live program among ``program_ids`` (None: every live
    program), by program id; deleted or unknown ids are left out."""
    with _no_cycle_collection():
        return {
            program_id: scores_of(rows, thresholds)
            for program_id, rows in read_rows(session, program_ids).items()
        }
