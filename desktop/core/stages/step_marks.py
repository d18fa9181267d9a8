"""Where each step of a stage stands: done (it holds what it needs), lacking, or still empty.

A step's rules alone cannot say "done": many read "every plan has activities", which an empty
program passes. So a step is done only when its rules find nothing *and* it holds a record of
this program in the tables it captures; a review step (it captures no records of its own) is done
when the whole stage is ready to complete.
"""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import Select, exists, false, select, union
from sqlalchemy.orm import Session

from desktop.core.domain import Stage
from desktop.core.models import Program
from desktop.core.models.base import Base
from desktop.core.stages.base import Flow, Step


class StepMark(enum.Enum):
    DONE = "done"  # no issues, and something recorded
    LACKING = "lacking"  # a rule finds something missing or wrong
    EMPTY = "empty"  # nothing recorded yet (its rules have nothing to check)


# How a table without ``program_id`` reaches its program: (its column, the parent table).
_PARENTS = {
    "attendance": ("meeting_id", "meetings"),
    "budget_lines": ("activity_id", "activities"),
    "contributions": ("activity_id", "activities"),
    "progress_logs": ("activity_id", "activities"),
    "dependencies": ("successor_id", "activities"),
    "agreements": ("action_plan_id", "action_plans"),
    "signatories": ("agreement_id", "agreements"),
    "alternative_scores": ("alternative_id", "alternatives"),
    "alternative_votes": ("alternative_id", "alternatives"),
    "need_votes": ("problem_id", "problems"),
    "measurements": ("indicator_id", "indicators"),
}
# Tables each stage keeps its own rows in (the assessment's meetings are not the evaluation's).
_PER_STAGE = frozenset({"meetings", "field_notes"})
# Bookkeeping a review page writes: not a record the step holds.
_BOOKKEEPING = frozenset({"stage_states"})
# Evidence hangs on the activities and their progress logs.
_ATTACHMENT_OWNERS = ("activities", "progress_logs")


def program_rows(
    program_id: uuid.UUID, stage: Stage, table: str, *, live: bool = True
) -> Select[tuple[uuid.UUID]] | None:
    """The ids of the program's rows of ``table`` in ``stage`` (None: the table is not the
    program's); only live ones unless ``live`` is False (a removal is a change, too)."""
    rows = Base.metadata.tables[table]
    if table == "programs":
        return select(rows.c.id).where(rows.c.id == program_id)
    if table == "attachments":
        owners = [program_rows(program_id, stage, name, live=live) for name in _ATTACHMENT_OWNERS]
        query = select(rows.c.id).where(
            rows.c.owner_id.in_(union(*[q for q in owners if q is not None]))
        )
    elif "program_id" in rows.c:
        query = select(rows.c.id).where(rows.c.program_id == program_id)
        if table in _PER_STAGE:
            query = query.where(rows.c.stage == stage)
    elif table in _PARENTS:
        column, parent = _PARENTS[table]
        parents = program_rows(program_id, stage, parent, live=live)
        if parents is None:
            return None
        query = select(rows.c.id).where(rows.c[column].in_(parents))
    else:
        return None
    if live and "deleted" in rows.c:
        query = query.where(rows.c.deleted == false())
    return query


def holds_records(session: Session, program: Program, flow: Flow, step: Step) -> bool:
    """Whether any table the step captures has a live row of this program."""
    for table in step.captures:
        if table in _BOOKKEEPING:
            continue
        query = program_rows(program.id, flow.stage, table)
        if query is not None and session.scalar(select(exists(query))):
            return True
    return False


def step_marks(session: Session, program: Program, flow: Flow) -> dict[str, StepMark]:
    """Each step's mark, by step id, in the flow's order."""
    issues = flow.all_issues(session, program)
    ready = not any(issues[step.id] for step in flow.steps if not step.optional) and not any(
        rule(session, program) for rule in flow.done_rules
    )
    marks: dict[str, StepMark] = {}
    for step in flow.steps:
        if issues[step.id]:
            marks[step.id] = StepMark.LACKING
        elif not set(step.captures) - _BOOKKEEPING:
            marks[step.id] = StepMark.DONE if ready else StepMark.EMPTY
        elif holds_records(session, program, flow, step):
            marks[step.id] = StepMark.DONE
        else:
            marks[step.id] = StepMark.EMPTY
    return marks
