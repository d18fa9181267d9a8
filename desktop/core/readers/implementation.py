"""What the implementation wizard shows: the progress logged on each activity, the contributions
given, and the photos of the work, with who carried or gave each already named."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from desktop.core.domain import ContributionKind, FundingSource, PartyKind
from desktop.core.models import (
    Activity,
    Attachment,
    CommunityGroup,
    Contribution,
    Person,
    ProgressLog,
)
from desktop.core.stages.attachments import blob_of


def carrier(kind: PartyKind | None, person: str | None, group: str | None, name: str | None) -> str:
    """Who carried a record, by name: the facilitator's own name (empty when not given), else
    the group, the person or the agency named."""
    if kind is PartyKind.FACILITATOR:
        return person or ""
    return group or person or name or ""


@dataclass(frozen=True)
class ProgressRow:
    id: uuid.UUID
    logged_on: dt.date
    activity: str
    progress: int  # percent
    actual_cost: int
    women_present: int
    men_present: int
    carried_by: str  # see :func:`carrier`
    by_facilitator: bool
    problems_met: str


@dataclass(frozen=True)
class ContributionRow:
    id: uuid.UUID
    activity_id: uuid.UUID
    given_on: dt.date
    activity: str
    kind: ContributionKind
    source: FundingSource
    description: str | None
    quantity: float
    unit: str | None
    value: int
    given_by: str  # the group, the person or the name written
    contributor_person_id: uuid.UUID | None
    contributor_group_id: uuid.UUID | None
    contributor_name: str | None


@dataclass(frozen=True)
class LogChoice:
    """A progress entry photos can belong to."""

    id: uuid.UUID
    logged_on: dt.date
    activity: str
    progress: int


@dataclass(frozen=True)
class PhotoRow:
    id: uuid.UUID
    caption: str  # the filename when it has no caption
    activity: str
    logged_on: dt.date  # the day of the visit it shows
    taken_on: dt.date | None
    size: int  # bytes
    data: bytes | None


def progress_rows(session: Session, program_id: uuid.UUID) -> list[ProgressRow]:
    """The progress logged on the program's live activities, oldest first."""
    group = aliased(CommunityGroup)
    rows = session.execute(
        select(ProgressLog, Activity.title, Person.name, group.name)
        .join(Activity, Activity.id == ProgressLog.activity_id)
        .outerjoin(Person, Person.id == ProgressLog.party_person_id)
        .outerjoin(group, group.id == ProgressLog.party_group_id)
        .where(
            Activity.program_id == program_id,
            Activity.deleted.is_(False),
            ProgressLog.deleted.is_(False),
        )
        .order_by(ProgressLog.logged_on, ProgressLog.created_at, ProgressLog.id)
    )
    return [
        ProgressRow(
            log.id,
            log.logged_on,
            title,
            log.progress,
            log.actual_cost,
            log.women_present,
            log.men_present,
            carrier(log.party_kind, person, group_name, log.party_name),
            log.party_kind is PartyKind.FACILITATOR,
            log.problems_met or "",
        )
        for log, title, person, group_name in rows
    ]


def _contribution_rows(session: Session, *where: ColumnElement[bool]) -> list[ContributionRow]:
    rows = session.execute(
        select(Contribution, Activity.title, Person.name, CommunityGroup.name)
        .join(Activity, Activity.id == Contribution.activity_id)
        .outerjoin(Person, Person.id == Contribution.contributor_person_id)
        .outerjoin(CommunityGroup, CommunityGroup.id == Contribution.contributor_group_id)
        .where(*where)
        .order_by(Contribution.given_on, Contribution.created_at, Contribution.id)
    )
    return [
        ContributionRow(
            c.id,
            c.activity_id,
            c.given_on,
            title,
            c.kind,
            c.source,
            c.description,
            c.quantity,
            c.unit,
            c.value,
            group or person or c.contributor_name or "",
            c.contributor_person_id,
            c.contributor_group_id,
            c.contributor_name,
        )
        for c, title, person, group in rows
    ]


def contribution_rows(session: Session, program_id: uuid.UUID) -> list[ContributionRow]:
    """What was given to the program's live activities, oldest first."""
    return _contribution_rows(
        session,
        Activity.program_id == program_id,
        Activity.deleted.is_(False),
        Contribution.deleted.is_(False),
    )


def contribution_record(session: Session, contribution_id: uuid.UUID) -> ContributionRow | None:
    found = _contribution_rows(session, Contribution.id == contribution_id)
    return found[0] if found else None


def log_choices(session: Session, program_id: uuid.UUID) -> list[LogChoice]:
    """The program's progress entries, newest first: what a photo can show."""
    logs = session.execute(
        select(ProgressLog, Activity.title)
        .join(Activity, Activity.id == ProgressLog.activity_id)
        .where(
            Activity.program_id == program_id,
            Activity.deleted.is_(False),
            ProgressLog.deleted.is_(False),
        )
        .order_by(ProgressLog.logged_on.desc(), ProgressLog.created_at.desc())
    )
    return [LogChoice(log.id, log.logged_on, title, log.progress) for log, title in logs]


def photo_rows(session: Session, program_id: uuid.UUID) -> list[PhotoRow]:
    """The photos of the program's progress entries with their bytes, in the order kept."""
    rows = session.execute(
        select(Attachment, ProgressLog.logged_on, Activity.title)
        .join(ProgressLog, ProgressLog.id == Attachment.owner_id)
        .join(Activity, Activity.id == ProgressLog.activity_id)
        .where(
            Attachment.owner_table == "progress_logs",
            Activity.program_id == program_id,
            Attachment.deleted.is_(False),
            ProgressLog.deleted.is_(False),
        )
        .order_by(Attachment.created_at, Attachment.id)
    )
    return [
        PhotoRow(
            a.id,
            a.caption or a.filename,
            title,
            day,
            a.taken_on,
            a.size,
            blob_of(session, a.content_hash),
        )
        for a, day, title in rows
    ]
