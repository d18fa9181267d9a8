"""What the assessment wizard shows: the problems and needs with who raised them, the
community's resources with the group holding each, and the ranking with the pairs compared."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.domain import NeedKind, ResourceKind
from desktop.core.models import Meeting, PairwiseChoice, Problem, Resource
from desktop.core.readers.people import names_of
from desktop.core.stages.assessment import RankedProblem, problem_ranking


@dataclass(frozen=True)
class ProblemRow:
    id: uuid.UUID
    title: str
    kind: NeedKind
    raised_by_person_id: uuid.UUID | None
    raised_by_group_id: uuid.UUID | None
    raised_by: str  # the person, the group or both
    meeting_id: uuid.UUID | None
    meeting: str | None  # the meeting's title
    affected_households: int | None


@dataclass(frozen=True)
class ResourceRow:
    id: uuid.UUID
    kind: ResourceKind
    name: str
    quantity: float | None
    unit: str | None
    estimated_value: int | None
    held_by_group_id: uuid.UUID | None
    held_by: str | None


@dataclass(frozen=True)
class Ranking:
    problems: tuple[RankedProblem, ...]
    compared: frozenset[frozenset[uuid.UUID]]  # the pairs of problems already compared


def problems(session: Session, program_id: uuid.UUID) -> tuple[ProblemRow, ...]:
    """The program's problems and needs in the order they were raised."""
    return _problems(session, program_id)


def problem(session: Session, program_id: uuid.UUID, problem_id: uuid.UUID) -> ProblemRow | None:
    """One problem of the program, to edit (removed or not)."""
    return next(iter(_problems(session, program_id, problem_id)), None)


def _problems(
    session: Session, program_id: uuid.UUID, problem_id: uuid.UUID | None = None
) -> tuple[ProblemRow, ...]:
    query = select(Problem).where(Problem.program_id == program_id)
    if problem_id is None:
        query = query.where(Problem.deleted.is_(False))
    else:
        query = query.where(Problem.id == problem_id)
    rows = session.scalars(query.order_by(Problem.created_at, Problem.id)).all()
    names = names_of(
        session,
        people=(p.raised_by_person_id for p in rows),
        groups=(p.raised_by_group_id for p in rows),
    )
    meeting_ids = {p.meeting_id for p in rows if p.meeting_id is not None}
    titles: dict[uuid.UUID, str] = {}
    if meeting_ids:
        found = session.execute(
            select(Meeting.id, Meeting.title).where(Meeting.id.in_(meeting_ids))
        )
        titles = {meeting_id: title for meeting_id, title in found}
    return tuple(
        ProblemRow(
            p.id,
            p.title,
            p.kind,
            p.raised_by_person_id,
            p.raised_by_group_id,
            names.who(p.raised_by_person_id, p.raised_by_group_id),
            p.meeting_id,
            titles.get(p.meeting_id) if p.meeting_id is not None else None,
            p.affected_households,
        )
        for p in rows
    )


def resources(session: Session, program_id: uuid.UUID) -> tuple[ResourceRow, ...]:
    """The program's resources by kind and name."""
    return _resources(session, program_id)


def resource(session: Session, program_id: uuid.UUID, resource_id: uuid.UUID) -> ResourceRow | None:
    """One resource of the program, to edit (removed or not)."""
    return next(iter(_resources(session, program_id, resource_id)), None)


def _resources(
    session: Session, program_id: uuid.UUID, resource_id: uuid.UUID | None = None
) -> tuple[ResourceRow, ...]:
    query = select(Resource).where(Resource.program_id == program_id)
    if resource_id is None:
        query = query.where(Resource.deleted.is_(False))
    else:
        query = query.where(Resource.id == resource_id)
    rows = session.scalars(query.order_by(Resource.kind, Resource.name, Resource.id)).all()
    groups = names_of(session, groups=(r.held_by_group_id for r in rows))
    return tuple(
        ResourceRow(
            r.id,
            r.kind,
            r.name,
            r.quantity,
            r.unit,
            r.estimated_value,
            r.held_by_group_id,
            groups.group(r.held_by_group_id),
        )
        for r in rows
    )


def ranking(session: Session, program_id: uuid.UUID) -> Ranking:
    """Every live problem with its points, wins and rank, and the pairs already compared."""
    compared = session.execute(
        select(PairwiseChoice.first_id, PairwiseChoice.second_id).where(
            PairwiseChoice.program_id == program_id, PairwiseChoice.deleted.is_(False)
        )
    )
    return Ranking(
        tuple(problem_ranking(session, program_id)),
        frozenset(frozenset((a, b)) for a, b in compared),
    )
