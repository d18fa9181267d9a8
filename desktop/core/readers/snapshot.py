"""What a stage's wizard needs to know when it opens: the program, the stage's status, the step."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.domain import Stage, StageStatus
from desktop.core.stages.guards import program_row
from desktop.core.stages.lifecycle import existing_state, resume_step


@dataclass(frozen=True)
class StageSnapshot:
    """What the wizard needs to know when it opens."""

    program_name: str
    village_code: str
    start_date: dt.date
    status: StageStatus
    closed: bool
    resume_step: str


def read_snapshot(session: Session, program_id: uuid.UUID, stage: Stage) -> StageSnapshot:
    program = program_row(session, program_id)
    state = existing_state(session, program, stage)
    return StageSnapshot(
        program_name=program.name,
        village_code=program.village_code,
        start_date=program.start_date,
        status=state.status if state is not None else StageStatus.NOT_STARTED,
        closed=program.closed_on is not None,
        resume_step=resume_step(session, program_id=program_id, stage=stage),
    )
