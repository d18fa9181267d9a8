"""The records someone is responsible for, by phase (plan, do, monitor, evaluate): what
participation counts per phase and sustainability per month."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.domain import MeetingKind, PartyKind, Stage
from desktop.core.models import (
    Activity,
    Alternative,
    Facilitator,
    Finding,
    Indicator,
    Measurement,
    Person,
    Problem,
    Program,
    ProgressLog,
)
from desktop.core.principles.reading import live_activities, program_meetings


class Phase(StrEnum):
    """The four things the community must do itself: plan, do, monitor and evaluate."""

    PLAN = "plan"
    DO = "do"
    MONITOR = "monitor"
    EVALUATE = "evaluate"


PLANNING_STAGES = frozenset(
    {Stage.PREPARATION, Stage.ASSESSMENT, Stage.PLANNING, Stage.FORMALISATION}
)


def meeting_phase(stage: Stage, kind: MeetingKind) -> Phase | None:
    """Monitoring meetings monitor and evaluation meetings evaluate, whatever their stage;
    other meetings count for their stage: the first four plan, implementation does.
    Termination's meetings are not counted (they hand over rather than run the program)."""
    if kind is MeetingKind.MONITORING:
        return Phase.MONITOR
    if kind is MeetingKind.EVALUATION or stage is Stage.EVALUATION:
        return Phase.EVALUATE
    if stage in PLANNING_STAGES:
        return Phase.PLAN
    if stage is Stage.IMPLEMENTATION:
        return Phase.DO
    return None


def activity_phase(stage: Stage) -> Phase | None:
    if stage in PLANNING_STAGES:
        return Phase.PLAN
    if stage is Stage.IMPLEMENTATION:
        return Phase.DO
    if stage is Stage.EVALUATION:
        return Phase.EVALUATE
    return None


@dataclass(frozen=True)
class Record:
    """A record someone is responsible for: when, for what, by whom."""

    phase: Phase | None
    first: dt.date
    last: dt.date  # activities span months; other records sit on one day
    kind: PartyKind | None  # None: raised or proposed, counted by who did it
    community: bool


def responsibility_records(session: Session, program: Program) -> list[Record]:
    records: list[Record] = []
    for m in program_meetings(session, program.id):
        records.append(
            Record(
                meeting_phase(m.stage, m.kind),
                m.held_on,
                m.held_on,
                m.party,
                m.party.is_community,
            )
        )
    for stage, start, end, kind in session.execute(
        select(
            Activity.stage, Activity.planned_start, Activity.planned_end, Activity.party_kind
        ).where(Activity.program_id == program.id, Activity.deleted.is_(False))
    ):
        records.append(
            Record(activity_phase(stage), start, max(start, end), kind, kind.is_community)
        )
    for day, kind in session.execute(
        select(ProgressLog.logged_on, ProgressLog.party_kind).where(
            ProgressLog.activity_id.in_(live_activities(program.id)),
            ProgressLog.deleted.is_(False),
        )
    ):
        records.append(Record(Phase.DO, day, day, kind, kind.is_community))
    for day, kind in session.execute(
        select(Measurement.measured_on, Measurement.party_kind)
        .join(Indicator, Indicator.id == Measurement.indicator_id)
        .where(
            Indicator.program_id == program.id,
            Indicator.deleted.is_(False),
            Measurement.deleted.is_(False),
        )
    ):
        records.append(Record(Phase.MONITOR, day, day, kind, kind.is_community))
    for day, kind in session.execute(
        select(Finding.found_on, Finding.party_kind).where(
            Finding.program_id == program.id, Finding.deleted.is_(False)
        )
    ):
        records.append(Record(Phase.EVALUATE, day, day, kind, kind.is_community))
    return records


def raised_records(session: Session, program: Program) -> list[Record]:
    """Problems and alternatives: the community's when a group or a resident (not an outside
    facilitator) raised or proposed them; undated, they count on the day they were entered
    or of the meeting they came from."""
    outsiders = set(
        session.scalars(
            select(Facilitator.person_id).where(
                Facilitator.program_id == program.id,
                Facilitator.deleted.is_(False),
                Facilitator.is_community.is_(False),
            )
        )
    )
    meeting_days = {m.id: m.held_on for m in program_meetings(session, program.id)}
    problems = session.execute(
        select(
            Problem.raised_by_person_id,
            Problem.raised_by_group_id,
            Problem.meeting_id,
            Problem.created_at,
        ).where(Problem.program_id == program.id, Problem.deleted.is_(False))
    ).all()
    alternatives = session.execute(
        select(
            Alternative.proposed_by_person_id,
            Alternative.proposed_by_group_id,
            Alternative.decided_at_meeting_id,
            Alternative.created_at,
        ).where(Alternative.program_id == program.id, Alternative.deleted.is_(False))
    ).all()
    people = {row[0] for row in [*problems, *alternatives] if row[0] is not None}
    residents = dict(
        session.execute(
            select(Person.id, Person.is_resident).where(Person.id.in_(list(people)))
        ).all()
    )

    def by_community(person_id: uuid.UUID | None, group_id: uuid.UUID | None) -> bool | None:
        if group_id is not None:
            return True
        if person_id is None:
            return None
        return bool(residents.get(person_id, False)) and person_id not in outsiders

    records = []
    for person_id, group_id, meeting_id, created in [*problems, *alternatives]:
        community = by_community(person_id, group_id)
        if community is not None:
            held = meeting_days.get(meeting_id) if meeting_id is not None else None
            day = held or created.date()
            records.append(Record(Phase.PLAN, day, day, None, community))
    return records
