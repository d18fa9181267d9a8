"""A stage's life: started, the wizard's place saved as it goes, completed when its flow says
so, reopened to correct it."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import Stage, StageStatus
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import Program, StageState
from desktop.core.stages import guards
from desktop.core.stages.registry import flow_for


def existing_state(session: Session, program: Program, stage: Stage) -> StageState | None:
    return session.scalars(
        select(StageState).where(
            StageState.program_id == program.id,
            StageState.stage == stage,
            StageState.deleted.is_(False),
        )
    ).first()


def stage_state(session: Session, program: Program, stage: Stage) -> StageState:
    """The stage's row; made if missing (a program created without its seven rows)."""
    state = existing_state(session, program, stage)
    if state is None:
        state = StageState(
            id=new_id(),
            village_code=program.village_code,
            program_id=program.id,
            stage=stage,
            position=stage.number,
            status=StageStatus.NOT_STARTED,
        )
        session.add(state)
    return state


def _status(session: Session, program: Program, stage: Stage) -> StageStatus:
    state = existing_state(session, program, stage)
    return state.status if state is not None else StageStatus.NOT_STARTED


def _previous(stage: Stage) -> Stage | None:
    order = list(Stage)
    n = order.index(stage)
    return order[n - 1] if n else None


def _day(issues: list[Issue], program: Program, on: dt.date | None, what: str) -> dt.date:
    day = on or dt.date.today()
    guards.not_before_start(issues, "on", program, day, what)
    return day


def start_stage(
    session: Session, *, program_id: uuid.UUID, stage: Stage, on: dt.date | None = None
) -> Changes:
    """Open a stage's wizard at its first step. Stages may overlap, but one starts only once
    the stage before it has started. Starting a stage already started changes nothing."""
    program = guards.writable_program(session, program_id)
    stage = Stage(stage)
    flow = flow_for(stage)
    issues: list[Issue] = []
    day = _day(issues, program, on, "start date")
    before = _previous(stage)
    if before is not None and _status(session, program, before) is StageStatus.NOT_STARTED:
        issues.append(issue("stage", "Start the {before} stage first.", before=before))
    refuse_if(issues)
    state = stage_state(session, program, stage)
    changes = guards.changed(program, ())
    if state.status is not StageStatus.NOT_STARTED:
        return changes
    state.status = StageStatus.IN_PROGRESS
    state.started_on = day
    state.current_step = state.current_step or flow.first_step
    session.flush()
    if flow.on_start is not None:
        changes = changes | flow.on_start(session, program)
    return changes | guards.changed(program, {"stage_states"})


def save_step(
    session: Session,
    *,
    program_id: uuid.UUID,
    stage: Stage,
    current_step: str,
    summary: str | None = None,
) -> Changes:
    """Remember the wizard page the user is on (and the stage's summary, when given), so the
    wizard opens there next time. Saving is always allowed, whatever the page lacks."""
    program = guards.writable_program(session, program_id)
    stage = Stage(stage)
    flow = flow_for(stage)
    issues: list[Issue] = []
    if not flow.has_step(current_step):
        issues.append(
            issue(
                "current_step",
                "“{step}” is not a step of the {stage} stage.",
                step=current_step,
                stage=stage,
            )
        )
    if _status(session, program, stage) is StageStatus.NOT_STARTED:
        issues.append(issue("stage", "Start the {stage} stage first.", stage=stage))
    refuse_if(issues)
    state = stage_state(session, program, stage)
    state.current_step = current_step
    if summary is not None:
        state.summary = guards.optional_text(summary)
    session.flush()
    return guards.changed(program, {"stage_states"})


def resume_step(session: Session, *, program_id: uuid.UUID, stage: Stage) -> str:
    """The step a wizard opens on: where it was left, or the first."""
    program = guards.program_row(session, program_id)
    flow = flow_for(stage)
    state = existing_state(session, program, Stage(stage))
    if state is not None and state.current_step and flow.has_step(state.current_step):
        return state.current_step
    return flow.first_step


def stage_issues(
    session: Session, *, program_id: uuid.UUID, stage: Stage
) -> dict[str, list[Issue]]:
    """Every step's issues, by step id (for the wizard's side panel)."""
    program = guards.program_row(session, program_id)
    return flow_for(stage).all_issues(session, program)


def completion_issues(session: Session, *, program_id: uuid.UUID, stage: Stage) -> list[Issue]:
    """Why the stage cannot be completed now (an empty list: it can)."""
    program = guards.program_row(session, program_id)
    stage = Stage(stage)
    issues: list[Issue] = []
    for earlier in list(Stage)[: stage.number - 1]:
        if _status(session, program, earlier) is not StageStatus.DONE:
            issues.append(issue("stage", "Complete the {earlier} stage first.", earlier=earlier))
    issues.extend(flow_for(stage).done_issues(session, program))
    return issues


def complete_stage(
    session: Session, *, program_id: uuid.UUID, stage: Stage, on: dt.date | None = None
) -> Changes:
    """Mark a stage done, refused with the issues while its flow's done-rule fails or an
    earlier stage is not done. Termination is completed by closing the program."""
    program = guards.writable_program(session, program_id)
    stage = Stage(stage)
    issues = completion_issues(session, program_id=program.id, stage=stage)
    day = _day(issues, program, on, "completion date")
    state = existing_state(session, program, stage)
    if state is not None and state.started_on is not None and day < state.started_on:
        issues.append(
            issue(
                "on",
                "The completion date ({day}) comes before the stage started ({start}).",
                day=day,
                start=state.started_on,
            )
        )
    refuse_if(issues)
    state = state or stage_state(session, program, stage)
    if state.status is StageStatus.DONE:
        return guards.changed(program, ())
    state.status = StageStatus.DONE
    state.started_on = state.started_on or day
    state.completed_on = day
    session.flush()
    return guards.changed(program, {"stage_states"})


def reopen_stage(session: Session, *, program_id: uuid.UUID, stage: Stage) -> Changes:
    """Take a done stage back to in progress, to correct it; later stages keep their status."""
    program = guards.writable_program(session, program_id)
    stage = Stage(stage)
    if _status(session, program, stage) is not StageStatus.DONE:
        refuse_if([issue("stage", "The {stage} stage is not completed.", stage=stage)])
    state = stage_state(session, program, stage)
    state.status = StageStatus.IN_PROGRESS
    state.completed_on = None
    session.flush()
    return guards.changed(program, {"stage_states"})
