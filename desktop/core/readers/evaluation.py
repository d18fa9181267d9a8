"""What the evaluation wizard shows: the monitoring team, each indicator with its latest
measurement, the measurements, the evaluation meetings and the findings, with who measured or
evaluated already named."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from desktop.core.domain import FindingKind, Goal, PartyKind, Stage
from desktop.core.models import (
    CommunityGroup,
    Finding,
    Indicator,
    Measurement,
    Meeting,
    MonitoringMember,
    Person,
)
from desktop.core.readers.formalisation import IndicatorRow, indicator_rows
from desktop.core.readers.implementation import carrier
from desktop.core.stages.evaluation import measurements_of
from desktop.core.stages.guards import Party


@dataclass(frozen=True)
class MemberRow:
    id: uuid.UUID
    person_id: uuid.UUID
    name: str
    role: str
    joined_on: dt.date | None


@dataclass(frozen=True)
class IndicatorStanding:
    """An indicator of the action plan and its latest measurement, if any."""

    indicator: IndicatorRow
    latest_value: float | None
    latest_on: dt.date | None


@dataclass(frozen=True)
class MeasurementRow:
    id: uuid.UUID
    measured_on: dt.date
    indicator: str
    unit: str
    value: float
    carried_by: str  # see ``readers.implementation.carrier``
    by_facilitator: bool
    note: str


@dataclass(frozen=True)
class MeetingChoice:
    id: uuid.UUID
    held_on: dt.date
    title: str


@dataclass(frozen=True)
class FindingRow:
    id: uuid.UUID
    found_on: dt.date
    kind: FindingKind
    goal: Goal | None
    text: str
    recommendation: str | None
    meeting_id: uuid.UUID | None
    carried_by: str  # see ``readers.implementation.carrier``
    by_facilitator: bool
    party: Party  # exactly who evaluated


def _members(session: Session, *where: ColumnElement[bool]) -> list[MemberRow]:
    rows = session.execute(
        select(MonitoringMember, Person.name)
        .join(Person, Person.id == MonitoringMember.person_id)
        .where(*where)
        .order_by(MonitoringMember.joined_on, MonitoringMember.id)
    )
    return [MemberRow(m.id, m.person_id, name, m.role, m.joined_on) for m, name in rows]


def team_rows(session: Session, program_id: uuid.UUID) -> list[MemberRow]:
    """The monitoring team, by the day each joined."""
    return _members(
        session,
        MonitoringMember.program_id == program_id,
        MonitoringMember.deleted.is_(False),
    )


def member_record(session: Session, member_id: uuid.UUID) -> MemberRow | None:
    found = _members(session, MonitoringMember.id == member_id)
    return found[0] if found else None


def indicator_standings(session: Session, program_id: uuid.UUID) -> list[IndicatorStanding]:
    """The program's indicators (by goal, then name), each with its latest measurement."""
    standings = []
    for row in indicator_rows(session, program_id):
        measured = measurements_of(session, row.id)
        latest = measured[-1] if measured else None
        standings.append(
            IndicatorStanding(
                row,
                latest.value if latest is not None else None,
                latest.measured_on if latest is not None else None,
            )
        )
    return standings


def measurement_rows(session: Session, program_id: uuid.UUID) -> list[MeasurementRow]:
    """Every measurement of the program's live indicators, oldest first."""
    group = aliased(CommunityGroup)
    rows = session.execute(
        select(Measurement, Indicator.name, Indicator.unit, Person.name, group.name)
        .join(Indicator, Indicator.id == Measurement.indicator_id)
        .outerjoin(Person, Person.id == Measurement.party_person_id)
        .outerjoin(group, group.id == Measurement.party_group_id)
        .where(
            Indicator.program_id == program_id,
            Indicator.deleted.is_(False),
            Measurement.deleted.is_(False),
        )
        .order_by(Measurement.measured_on, Measurement.created_at, Measurement.id)
    )
    return [
        MeasurementRow(
            m.id,
            m.measured_on,
            name,
            unit,
            m.value,
            carrier(m.party_kind, person, group_name, m.party_name),
            m.party_kind is PartyKind.FACILITATOR,
            m.note or "",
        )
        for m, name, unit, person, group_name in rows
    ]


def evaluation_meetings(session: Session, program_id: uuid.UUID) -> list[MeetingChoice]:
    """The program's meetings of the evaluation stage, by day: where a finding can come from."""
    meetings = session.scalars(
        select(Meeting)
        .where(
            Meeting.program_id == program_id,
            Meeting.stage == Stage.EVALUATION,
            Meeting.deleted.is_(False),
        )
        .order_by(Meeting.held_on, Meeting.id)
    )
    return [MeetingChoice(m.id, m.held_on, m.title) for m in meetings]


def _findings(session: Session, *where: ColumnElement[bool]) -> list[FindingRow]:
    group = aliased(CommunityGroup)
    rows = session.execute(
        select(Finding, Person.name, group.name)
        .outerjoin(Person, Person.id == Finding.party_person_id)
        .outerjoin(group, group.id == Finding.party_group_id)
        .where(*where)
        .order_by(Finding.found_on, Finding.id)
    )
    return [
        FindingRow(
            f.id,
            f.found_on,
            f.kind,
            f.goal,
            f.text,
            f.recommendation,
            f.meeting_id,
            carrier(f.party_kind, person, group_name, f.party_name),
            f.party_kind is PartyKind.FACILITATOR,
            Party(f.party_kind, f.party_person_id, f.party_group_id, f.party_name),
        )
        for f, person, group_name in rows
    ]


def finding_rows(session: Session, program_id: uuid.UUID) -> list[FindingRow]:
    """What the evaluation found, by day."""
    return _findings(session, Finding.program_id == program_id, Finding.deleted.is_(False))


def finding_record(session: Session, finding_id: uuid.UUID) -> FindingRow | None:
    found = _findings(session, Finding.id == finding_id)
    return found[0] if found else None
