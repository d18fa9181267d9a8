"""What a wizard's meetings step shows: a stage's meetings with the group each was for, who
came counted by sex, and who spoke, by name."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.domain import MeetingKind, Sex, Stage
from desktop.core.models import Attendance, Meeting, Person
from desktop.core.readers.people import names_of


@dataclass(frozen=True)
class MeetingRow:
    id: uuid.UUID
    held_on: dt.date
    kind: MeetingKind
    title: str
    group: str | None  # None: the whole community
    women: int  # named and counted
    men: int
    spoke: tuple[str, ...]  # the names of who took the floor, by name


def meetings(session: Session, program_id: uuid.UUID, stage: Stage) -> tuple[MeetingRow, ...]:
    """The program's meetings of ``stage``, by day."""
    rows = session.scalars(
        select(Meeting)
        .where(Meeting.program_id == program_id, Meeting.stage == stage, Meeting.deleted.is_(False))
        .order_by(Meeting.held_on, Meeting.id)
    ).all()
    named: dict[uuid.UUID, list[tuple[str, Sex, bool]]] = {m.id: [] for m in rows}
    for meeting_id, name, sex, spoke in session.execute(
        select(Attendance.meeting_id, Person.name, Person.sex, Attendance.spoke)
        .join(Person, Person.id == Attendance.person_id)
        .where(Attendance.meeting_id.in_(list(named)), Attendance.deleted.is_(False))
        .order_by(Person.name)
    ):
        named[meeting_id].append((name, sex, spoke))
    groups = names_of(session, groups=(m.group_id for m in rows))
    out = []
    for m in rows:
        people = named[m.id]
        out.append(
            MeetingRow(
                m.id,
                m.held_on,
                m.kind,
                m.title,
                groups.group(m.group_id),
                m.unnamed_women + sum(s is Sex.FEMALE for _, s, _ in people),
                m.unnamed_men + sum(s is Sex.MALE for _, s, _ in people),
                tuple(n for n, _, spoke in people if spoke),
            )
        )
    return tuple(out)
