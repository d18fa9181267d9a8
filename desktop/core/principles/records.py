"""The records someone is responsible for, by phase (plan, do, monitor, evaluate): what
participation counts per phase and sustainability per month. What they are read from (for many
programs at once) is kept apart from how a row becomes a record."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

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
    ProgressLog,
)
from desktop.core.principles.reading import AnySelect, MeetingRow, grouped, owned, under
from desktop.core.principles.results import Phase

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


# --- what is read -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ResponsibilityRows:
    """One program's live activities, and the progress logs, measurements and findings of its
    live activities and indicators."""

    activities: Sequence[tuple[Stage, dt.date, dt.date, PartyKind]]
    progress: Sequence[tuple[dt.date, PartyKind]]
    measurements: Sequence[tuple[dt.date, PartyKind]]
    findings: Sequence[tuple[dt.date, PartyKind]]


def read_responsibilities(
    session: Session, program_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, ResponsibilityRows]:
    activities = owned(
        session,
        program_ids,
        Activity,
        Activity.stage,
        Activity.planned_start,
        Activity.planned_end,
        Activity.party_kind,
    )
    progress = under(
        session,
        program_ids,
        Activity,
        ProgressLog.activity_id,
        ProgressLog.logged_on,
        ProgressLog.party_kind,
    )
    measurements = under(
        session,
        program_ids,
        Indicator,
        Measurement.indicator_id,
        Measurement.measured_on,
        Measurement.party_kind,
    )
    findings = owned(session, program_ids, Finding, Finding.found_on, Finding.party_kind)
    return {
        program_id: ResponsibilityRows(
            activities[program_id],
            progress[program_id],
            measurements[program_id],
            findings[program_id],
        )
        for program_id in activities
    }


@dataclass(frozen=True)
class RaisedRows:
    """One program's outside facilitators, and its live problems and alternatives: who raised
    or proposed each (a person, whether resident, or a group), at which meeting, when entered."""

    outsiders: frozenset[uuid.UUID]
    raised: Sequence[
        tuple[uuid.UUID | None, bool | None, uuid.UUID | None, uuid.UUID | None, dt.datetime]
    ]


def _raised(person: Any, group: Any, meeting: Any) -> Callable[[list[uuid.UUID]], AnySelect]:
    model = person.class_

    def query(chunk: list[uuid.UUID]) -> AnySelect:
        return (
            select(model.program_id, person, Person.is_resident, group, meeting, model.created_at)
            .outerjoin(Person, Person.id == person)
            .where(model.program_id.in_(chunk), model.deleted.is_(False))
        )

    return query


def read_raised(
    session: Session, program_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, RaisedRows]:
    outsiders = owned(
        session,
        program_ids,
        Facilitator,
        Facilitator.person_id,
        where=(Facilitator.is_community.is_(False),),
    )
    problems = grouped(
        session,
        program_ids,
        _raised(Problem.raised_by_person_id, Problem.raised_by_group_id, Problem.meeting_id),
    )
    alternatives = grouped(
        session,
        program_ids,
        _raised(
            Alternative.proposed_by_person_id,
            Alternative.proposed_by_group_id,
            Alternative.decided_at_meeting_id,
        ),
    )
    return {
        program_id: RaisedRows(
            frozenset(person_id for (person_id,) in people),
            [*problems[program_id], *alternatives[program_id]],
        )
        for program_id, people in outsiders.items()
    }


# --- what is counted ---------------------------------------------------------------------------


def responsibility_records(
    meetings: Sequence[MeetingRow], rows: ResponsibilityRows
) -> list[Record]:
    records = [
        Record(meeting_phase(m.stage, m.kind), m.held_on, m.held_on, m.party, m.party.is_community)
        for m in meetings
    ]
    for stage, start, end, kind in rows.activities:
        records.append(
            Record(activity_phase(stage), start, max(start, end), kind, kind.is_community)
        )
    for phase, dated in (
        (Phase.DO, rows.progress),
        (Phase.MONITOR, rows.measurements),
        (Phase.EVALUATE, rows.findings),
    ):
        records.extend(Record(phase, day, day, kind, kind.is_community) for day, kind in dated)
    return records


def raised_records(meetings: Sequence[MeetingRow], rows: RaisedRows) -> list[Record]:
    """Problems and alternatives: the community's when a group or a resident (not an outside
    facilitator) raised or proposed them; undated, they count on the day they were entered
    or of the meeting they came from."""
    meeting_days = {m.id: m.held_on for m in meetings}

    def by_community(
        person_id: uuid.UUID | None, resident: bool | None, group_id: uuid.UUID | None
    ) -> bool | None:
        if group_id is not None:
            return True
        if person_id is None:
            return None
        return bool(resident) and person_id not in rows.outsiders

    records = []
    for person_id, resident, group_id, meeting_id, created in rows.raised:
        community = by_community(person_id, resident, group_id)
        if community is not None:
            held = meeting_days.get(meeting_id) if meeting_id is not None else None
            day = held or created.date()
            records.append(Record(Phase.PLAN, day, day, None, community))
    return records
