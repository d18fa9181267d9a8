"""Meetings with the community in any stage, with attendance by name and counted by sex, who
spoke and who held a decision role."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from types import EllipsisType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import MeetingKind, Stage
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import Attendance, Meeting, Program
from desktop.core.stages import guards
from desktop.core.stages.base import Rule
from desktop.core.stages.guards import Party


@dataclass(frozen=True)
class Attendee:
    """A person at a meeting, whether they spoke, and a decision role if they held one."""

    person_id: uuid.UUID
    spoke: bool = False
    decision_role: str | None = None  # chair, note taker, ...


def _check_attendance(
    session: Session,
    issues: list[Issue],
    attendees: Sequence[Attendee],
    unnamed_women: int,
    unnamed_men: int,
    group_id: uuid.UUID | None = None,
    held_on: dt.date | None = None,
) -> None:
    guards.count(issues, "unnamed_women", unnamed_women, "women counted")
    guards.count(issues, "unnamed_men", unnamed_men, "men counted")
    group = guards.group(session, issues, "group", group_id)
    seen: set[uuid.UUID] = set()
    for attendee in attendees:
        who = guards.person(session, issues, "attendees", attendee.person_id)
        if attendee.person_id in seen and who is not None:
            issues.append(issue("attendees", "“{name}” is listed twice.", name=who.name))
        seen.add(attendee.person_id)
    counted = [n for n in (unnamed_women, unnamed_men) if isinstance(n, int) and n > 0]
    if not attendees and not counted:
        issues.append(
            issue("attendees", "Record who attended: at least one person, by name or counted.")
        )
    if group is not None and isinstance(held_on, dt.date):
        # a meeting of a group cannot have more people than the group had members that day
        size = guards.group_size(session, group.id, held_on)
        present = len(seen) + sum(counted)
        if size and present > size:
            issues.append(
                issue(
                    "attendees",
                    "Attendance ({present}) is larger than the group ({size} members).",
                    present=present,
                    size=size,
                )
            )


def record_meeting(
    session: Session,
    *,
    program_id: uuid.UUID,
    stage: Stage,
    kind: MeetingKind,
    title: str,
    held_on: dt.date,
    party: Party,
    attendees: Sequence[Attendee] = (),
    unnamed_women: int = 0,
    unnamed_men: int = 0,
    location: str | None = None,
    minutes: str | None = None,
    group_id: uuid.UUID | None = None,
) -> Changes:
    """A meeting and its attendance. ``party`` is who led it; people who came but were not
    listed by name are counted by sex in ``unnamed_women`` and ``unnamed_men``. ``group_id``
    is the community group the meeting was for (None: the whole community); its attendance
    cannot be larger than the group's members on ``held_on``."""
    program = guards.writable_program(session, program_id)
    issues: list[Issue] = []
    name = guards.text(issues, "title", title, "Give the meeting a title.")
    guards.date_in_program(issues, "held_on", program, held_on, "meeting date")
    party.check(session, issues)
    _check_attendance(session, issues, attendees, unnamed_women, unnamed_men, group_id, held_on)
    refuse_if(issues)
    meeting = Meeting(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        stage=stage,
        kind=kind,
        title=name,
        held_on=held_on,
        location=guards.optional_text(location),
        unnamed_women=unnamed_women,
        unnamed_men=unnamed_men,
        minutes=guards.optional_text(minutes),
        group_id=group_id,
    )
    party.apply(meeting)
    session.add(meeting)
    created = [meeting.id]
    for attendee in attendees:
        row = Attendance(
            id=new_id(),
            village_code=program.village_code,
            meeting_id=meeting.id,
            person_id=attendee.person_id,
            spoke=attendee.spoke,
            decision_role=guards.optional_text(attendee.decision_role),
        )
        session.add(row)
        created.append(row.id)
    session.flush()
    return guards.changed(program, {"meetings", "attendance"}, created)


def set_attendance(
    session: Session,
    *,
    meeting_id: uuid.UUID,
    attendees: Sequence[Attendee],
    unnamed_women: int,
    unnamed_men: int,
    group_id: uuid.UUID | EllipsisType | None = ...,
) -> Changes:
    """Replace a meeting's attendance. People no longer listed are tombstoned; a person listed
    again gets their earlier row back (one row per person and meeting, for sync). ``group_id``
    sets the group the meeting was for (left out: unchanged); attendance larger than that
    group on the meeting's day is refused."""
    meeting = guards.live(session, Meeting, meeting_id, "meeting", "meeting")
    program = guards.writable_program(session, meeting.program_id)
    group = meeting.group_id if isinstance(group_id, EllipsisType) else group_id
    issues: list[Issue] = []
    _check_attendance(
        session, issues, attendees, unnamed_women, unnamed_men, group, meeting.held_on
    )
    refuse_if(issues)
    existing = {
        row.person_id: row
        for row in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id))
    }
    wanted = {a.person_id: a for a in attendees}
    created: list[uuid.UUID] = []
    for person_id, row in existing.items():
        if person_id not in wanted:
            row.deleted = True
    for person_id, attendee in wanted.items():
        found = existing.get(person_id)
        if found is None:
            found = Attendance(
                id=new_id(),
                village_code=program.village_code,
                meeting_id=meeting.id,
                person_id=person_id,
            )
            session.add(found)
            created.append(found.id)
        found.deleted = False
        found.spoke = attendee.spoke
        found.decision_role = guards.optional_text(attendee.decision_role)
    meeting.unnamed_women = unnamed_women
    meeting.unnamed_men = unnamed_men
    meeting.group_id = group
    session.flush()
    return guards.changed(program, {"meetings", "attendance"}, created)


def meeting_headcount(session: Session, meeting: Meeting) -> int:
    named = session.scalar(
        select(func.count())
        .select_from(Attendance)
        .where(Attendance.meeting_id == meeting.id, Attendance.deleted.is_(False))
    )
    return int(named or 0) + meeting.unnamed_women + meeting.unnamed_men


def meetings_of(
    session: Session,
    program: Program,
    *,
    stages: Sequence[Stage] = (),
    kinds: Sequence[MeetingKind] = (),
) -> list[Meeting]:
    """The program's live meetings in any of ``stages`` or of any of ``kinds``."""
    query = select(Meeting).where(Meeting.program_id == program.id, Meeting.deleted.is_(False))
    rows = session.scalars(query.order_by(Meeting.held_on, Meeting.id)).all()
    return [m for m in rows if m.stage in stages or m.kind in kinds]


def meetings_rule(stages: Sequence[Stage], kinds: Sequence[MeetingKind], missing: str) -> Rule:
    """A rule: at least one such meeting, and each of them with its attendance."""

    def rule(session: Session, program: Program) -> list[Issue]:
        found = meetings_of(session, program, stages=stages, kinds=kinds)
        if not found:
            return [issue("meetings", missing)]
        return [
            issue("meetings", "The meeting “{title}” has no attendance recorded.", title=m.title)
            for m in found
            if meeting_headcount(session, m) == 0
        ]

    return rule
