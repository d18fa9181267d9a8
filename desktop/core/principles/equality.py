"""Equality: women's share of attendance, voice and decision roles, overall, per stage, per
meeting and per group."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.domain import Principle, Sex, Stage
from desktop.core.models import (
    ActionPlan,
    Activity,
    Agreement,
    Alternative,
    Attendance,
    CommunityGroup,
    GroupMembership,
    Handover,
    KeyContact,
    Meeting,
    Person,
    Problem,
    Signatory,
)
from desktop.core.principles.reading import live_program, program_meetings
from desktop.core.principles.shares import (
    Flag,
    PrincipleScore,
    Share,
    Thresholds,
    mean_of,
    month_of,
    monthly_series,
    percent,
)


@dataclass(frozen=True)
class WomenShares:
    """Women's share of attendance (named and counted), of voice (who spoke, raised a problem,
    proposed an alternative) and of decision roles."""

    attendance: Share = field(default_factory=Share)
    voice: Share = field(default_factory=Share)
    decisions: Share = field(default_factory=Share)

    def __add__(self, other: WomenShares) -> WomenShares:
        return WomenShares(
            self.attendance + other.attendance,
            self.voice + other.voice,
            self.decisions + other.decisions,
        )

    @property
    def mean(self) -> float | None:
        return mean_of((self.attendance.value, self.voice.value, self.decisions.value))


@dataclass(frozen=True)
class MeetingWomen:
    meeting_id: uuid.UUID
    title: str
    held_on: dt.date
    shares: WomenShares
    below: bool  # attendance below the threshold


@dataclass(frozen=True)
class GroupWomen:
    group_id: uuid.UUID
    name: str
    members: Share  # women among current members
    decisions: Share  # women among members in decision roles
    below: bool


@dataclass(frozen=True, kw_only=True)
class Equality(PrincipleScore):
    overall: WomenShares
    by_stage: Mapping[Stage, WomenShares]
    by_meeting: tuple[MeetingWomen, ...]
    by_group: tuple[GroupWomen, ...]


def _woman(sex: Sex) -> Share:
    return Share(1 if sex is Sex.FEMALE else 0, 1)


# where a program names the groups it works with, each on a table of the program's own rows
_GROUP_COLUMNS = (
    KeyContact.group_id,
    ActionPlan.group_id,
    Meeting.party_group_id,
    Activity.party_group_id,
    Problem.raised_by_group_id,
    Alternative.proposed_by_group_id,
    Handover.to_group_id,
)


# who raised a problem speaks in the assessment, who proposed an alternative in the planning
_VOICES = (
    (Problem.raised_by_person_id, Stage.ASSESSMENT),
    (Alternative.proposed_by_person_id, Stage.PLANNING),
)


def _involved_groups(session: Session, program_id: uuid.UUID) -> set[uuid.UUID]:
    """Community groups the program works with: contacts, plans, responsible parties,
    problems and alternatives raised, handovers."""
    found: set[uuid.UUID] = set()
    for column in _GROUP_COLUMNS:
        model = column.class_
        query = select(column).where(model.program_id == program_id, model.deleted.is_(False))
        found.update(g for g in session.scalars(query) if g is not None)
    return found


def equality(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> Equality:
    """Women's share of attendance, voice and decision roles, overall, per stage, per meeting
    and per group. The figure is the mean of the three shares that have data."""
    limits = thresholds or Thresholds()
    program = live_program(session, program_id)
    meetings = {m.id: m for m in program_meetings(session, program.id)}
    per_meeting: dict[uuid.UUID, WomenShares] = {
        m.id: WomenShares(attendance=Share(m.unnamed_women, m.unnamed_women + m.unnamed_men))
        for m in meetings.values()
    }
    for meeting_id, sex, spoke, role in session.execute(
        select(Attendance.meeting_id, Person.sex, Attendance.spoke, Attendance.decision_role)
        .join(Person, Person.id == Attendance.person_id)
        .where(Attendance.meeting_id.in_(list(meetings)), Attendance.deleted.is_(False))
    ):
        one = _woman(sex)
        per_meeting[meeting_id] = per_meeting[meeting_id] + WomenShares(
            attendance=one,
            voice=one if spoke else Share(),
            decisions=one if (role or "").strip() else Share(),
        )
    by_stage: dict[Stage, WomenShares] = defaultdict(WomenShares)
    for meeting_id, shares in per_meeting.items():
        by_stage[meetings[meeting_id].stage] += shares

    for person, stage in _VOICES:
        model = person.class_
        for sex in session.scalars(
            select(Person.sex)
            .join(model, person == Person.id)
            .where(model.program_id == program.id, model.deleted.is_(False))
        ).all():
            by_stage[stage] += WomenShares(voice=_woman(sex))
    signed = session.scalars(
        select(Person.sex)
        .join(Signatory, Signatory.person_id == Person.id)
        .join(Agreement, Agreement.id == Signatory.agreement_id)
        .join(ActionPlan, ActionPlan.id == Agreement.action_plan_id)
        .where(
            ActionPlan.program_id == program.id,
            ActionPlan.deleted.is_(False),
            Agreement.deleted.is_(False),
            Signatory.deleted.is_(False),
        )
    ).all()
    for sex in signed:
        by_stage[Stage.FORMALISATION] += WomenShares(decisions=_woman(sex))

    groups = _group_shares(session, _involved_groups(session, program.id), limits.women)
    group_decisions = Share()
    for g in groups:
        group_decisions += g.decisions
    overall = WomenShares()
    for shares in by_stage.values():
        overall += shares
    overall += WomenShares(decisions=group_decisions)

    monthly: dict[dt.date, Share] = defaultdict(Share)
    for meeting_id, shares in per_meeting.items():
        monthly[month_of(meetings[meeting_id].held_on)] += shares.attendance
    warnings = [
        Flag(
            f"women_{key}",
            f"Women are {percent(value)} of {label}, below {percent(limits.women)}.",
        )
        for key, label, value in (
            ("attendance", "the attendance", overall.attendance.value),
            ("voice", "those who spoke or proposed", overall.voice.value),
            ("decisions", "those in decision roles", overall.decisions.value),
        )
        if value is not None and value < limits.women
    ]
    by_meeting = tuple(
        MeetingWomen(
            m.id,
            m.title,
            m.held_on,
            per_meeting[m.id],
            (per_meeting[m.id].attendance.value or 0) < limits.women,
        )
        for m in meetings.values()
    )
    return Equality(
        principle=Principle.EQUALITY,
        figure=overall.mean,
        threshold=limits.women,
        series=monthly_series(monthly, program),
        warnings=tuple(warnings),
        overall=overall,
        by_stage=dict(sorted(by_stage.items(), key=lambda kv: kv[0].number)),
        by_meeting=by_meeting,
        by_group=groups,
    )


def _group_shares(
    session: Session, group_ids: set[uuid.UUID], threshold: float
) -> tuple[GroupWomen, ...]:
    if not group_ids:
        return ()
    names = dict(
        session.execute(
            select(CommunityGroup.id, CommunityGroup.name).where(
                CommunityGroup.id.in_(group_ids), CommunityGroup.deleted.is_(False)
            )
        ).all()
    )
    members: dict[uuid.UUID, Share] = defaultdict(Share)
    decisions: dict[uuid.UUID, Share] = defaultdict(Share)
    for group_id, sex, deciding in session.execute(
        select(GroupMembership.group_id, Person.sex, GroupMembership.is_decision_role)
        .join(Person, Person.id == GroupMembership.person_id)
        .where(
            GroupMembership.group_id.in_(list(names)),
            GroupMembership.deleted.is_(False),
            GroupMembership.left_on.is_(None),
        )
    ):
        members[group_id] += _woman(sex)
        if deciding:
            decisions[group_id] += _woman(sex)
    out = [
        GroupWomen(
            gid,
            name,
            members[gid],
            decisions[gid],
            any(
                v is not None and v < threshold for v in (members[gid].value, decisions[gid].value)
            ),
        )
        for gid, name in names.items()
    ]
    return tuple(sorted(out, key=lambda g: (g.name, g.group_id)))
