"""Equality: women's share of attendance, voice and decision roles, overall, per stage, per
meeting and per group. What it reads (for many programs at once) is kept apart from what it
computes, so one program and many are counted by the same rule."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, union_all
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
from desktop.core.principles.reading import (
    AnySelect,
    MeetingRow,
    chunks,
    grouped,
    live_span,
    read_meetings,
)
from desktop.core.principles.results import Equality, GroupWomen, MeetingWomen, WomenShares
from desktop.core.principles.shares import (
    Flag,
    ProgramSpan,
    Share,
    Tally,
    Thresholds,
    month_of,
    monthly_series,
    percent,
)

# --- what is read -----------------------------------------------------------------------------


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


@dataclass(frozen=True)
class GroupRow:
    """A live community group with the sex of its current members and whether each has a
    decision role."""

    id: uuid.UUID
    name: str
    members: Sequence[tuple[Sex, bool]]


@dataclass(frozen=True)
class EqualityRows:
    """What equality reads of one program beyond its meetings: the named attendance of its
    meetings, who raised problems and proposed alternatives, who signed its agreements, and
    the community groups it works with."""

    # how many named attendees of a meeting share a sex, having spoken or not, and a role
    attendance: Sequence[tuple[uuid.UUID, Sex, bool, str | None, int]]
    voices: Sequence[tuple[Stage, Sex]]
    signed: Sequence[Sex]
    groups: Sequence[GroupRow]


def read_equality(
    session: Session, program_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, EqualityRows]:
    attendance = grouped(
        session,
        program_ids,
        lambda chunk: (
            select(
                Meeting.program_id,
                Attendance.meeting_id,
                Person.sex,
                Attendance.spoke,
                Attendance.decision_role,
                func.count(),
            )
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .join(Person, Person.id == Attendance.person_id)
            .where(
                Meeting.program_id.in_(chunk),
                Meeting.deleted.is_(False),
                Attendance.deleted.is_(False),
            )
            # counted in SQL: a hundred thousand attendees come back as far fewer rows
            .group_by(
                Meeting.program_id,
                Attendance.meeting_id,
                Person.sex,
                Attendance.spoke,
                Attendance.decision_role,
            )
        ),
    )
    voices: dict[uuid.UUID, list[tuple[Stage, Sex]]] = {p: [] for p in attendance}
    for person, stage in _VOICES:
        for program_id, sexes in grouped(session, program_ids, _spoken(person)).items():
            voices[program_id].extend((stage, sex) for (sex,) in sexes)
    signed = grouped(
        session,
        program_ids,
        lambda chunk: (
            select(ActionPlan.program_id, Person.sex)
            .select_from(Person)
            .join(Signatory, Signatory.person_id == Person.id)
            .join(Agreement, Agreement.id == Signatory.agreement_id)
            .join(ActionPlan, ActionPlan.id == Agreement.action_plan_id)
            .where(
                ActionPlan.program_id.in_(chunk),
                ActionPlan.deleted.is_(False),
                Agreement.deleted.is_(False),
                Signatory.deleted.is_(False),
            )
        ),
    )
    groups = _read_groups(session, program_ids)
    return {
        program_id: EqualityRows(
            found, voices[program_id], [sex for (sex,) in signed[program_id]], groups[program_id]
        )
        for program_id, found in attendance.items()
    }


def _spoken(person: Any) -> Callable[[list[uuid.UUID]], AnySelect]:
    """The sex of each person who raised or proposed something, by program."""
    model = person.class_

    def query(chunk: list[uuid.UUID]) -> AnySelect:
        return (
            select(model.program_id, Person.sex)
            .join(Person, person == Person.id)
            .where(model.program_id.in_(chunk), model.deleted.is_(False))
        )

    return query


def _read_groups(
    session: Session, program_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[GroupRow]]:
    """The live community groups each program works with: contacts, plans, responsible
    parties, problems and alternatives raised, handovers. Three queries per chunk of programs,
    however many groups."""
    involved: dict[uuid.UUID, set[uuid.UUID]] = {p: set() for p in program_ids}
    names: dict[uuid.UUID, str] = {}
    members: dict[uuid.UUID, list[tuple[Sex, bool]]] = defaultdict(list)
    for chunk in chunks(program_ids):
        named = union_all(
            *(
                select(column.class_.program_id, column.label("group_id")).where(
                    column.class_.program_id.in_(chunk),
                    column.class_.deleted.is_(False),
                    column.is_not(None),
                )
                for column in _GROUP_COLUMNS
            )
        ).subquery()
        for program_id, group_id in session.execute(
            select(named.c.program_id, named.c.group_id).distinct()
        ):
            involved[program_id].add(group_id)
        group_ids = select(named.c.group_id)
        read_before = set(names)  # a group several chunks work with is read once
        for group_id, name in session.execute(
            select(CommunityGroup.id, CommunityGroup.name).where(
                CommunityGroup.id.in_(group_ids), CommunityGroup.deleted.is_(False)
            )
        ):
            names.setdefault(group_id, name)
        for group_id, sex, deciding in session.execute(
            select(GroupMembership.group_id, Person.sex, GroupMembership.is_decision_role)
            .join(Person, Person.id == GroupMembership.person_id)
            .where(
                GroupMembership.group_id.in_(group_ids),
                GroupMembership.deleted.is_(False),
                GroupMembership.left_on.is_(None),
            )
        ):
            if group_id not in read_before:
                members[group_id].append((sex, deciding))
    return {
        program_id: [GroupRow(g, names[g], members[g]) for g in sorted(found) if g in names]
        for program_id, found in involved.items()
    }


# --- what is computed --------------------------------------------------------------------------


def _woman(sex: Sex) -> Share:
    return Share(1 if sex is Sex.FEMALE else 0, 1)


def equality(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> Equality:
    """Equality of one program."""
    span = live_span(session, program_id)
    return equality_of(
        span,
        read_meetings(session, [span.id])[span.id],
        read_equality(session, [span.id])[span.id],
        thresholds,
    )


def equality_of(
    program: ProgramSpan,
    meetings: Sequence[MeetingRow],
    rows: EqualityRows,
    thresholds: Thresholds | None = None,
) -> Equality:
    """Women's share of attendance, voice and decision roles, overall, per stage, per meeting
    and per group. The figure is the mean of the three shares that have data."""
    limits = thresholds or Thresholds()
    by_id = {m.id: m for m in meetings}
    counted = {
        m.id: (Tally(m.unnamed_women, m.unnamed_women + m.unnamed_men), Tally(), Tally())
        for m in meetings
    }
    for meeting_id, sex, spoke, role, count in rows.attendance:
        women = count if sex is Sex.FEMALE else 0
        attendance, voice, decisions = counted[meeting_id]
        attendance.add(women, count)
        if spoke:
            voice.add(women, count)
        if (role or "").strip():
            decisions.add(women, count)
    per_meeting = {
        meeting_id: WomenShares(attendance.share, voice.share, decisions.share)
        for meeting_id, (attendance, voice, decisions) in counted.items()
    }
    by_stage: dict[Stage, WomenShares] = defaultdict(WomenShares)
    for meeting_id, shares in per_meeting.items():
        by_stage[by_id[meeting_id].stage] += shares
    for stage, sex in rows.voices:
        by_stage[stage] += WomenShares(voice=_woman(sex))
    for sex in rows.signed:
        by_stage[Stage.FORMALISATION] += WomenShares(decisions=_woman(sex))

    groups = _group_shares(rows.groups, limits.women)
    group_decisions = Share()
    for g in groups:
        group_decisions += g.decisions
    overall = WomenShares()
    for shares in by_stage.values():
        overall += shares
    overall += WomenShares(decisions=group_decisions)

    monthly: dict[dt.date, Tally] = defaultdict(Tally)
    for meeting_id, (attendance, _, _) in counted.items():
        monthly[month_of(by_id[meeting_id].held_on)].add(attendance.part, attendance.whole)
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
        for m in meetings
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


def _group_shares(groups: Sequence[GroupRow], threshold: float) -> tuple[GroupWomen, ...]:
    out = []
    for group in groups:
        members, decisions = Share(), Share()
        for sex, deciding in group.members:
            members += _woman(sex)
            if deciding:
                decisions += _woman(sex)
        out.append(
            GroupWomen(
                group.id,
                group.name,
                members,
                decisions,
                any(v is not None and v < threshold for v in (members.value, decisions.value)),
            )
        )
    return tuple(sorted(out, key=lambda g: (g.name, g.group_id)))
