"""What the planning wizard shows: the alternatives with who proposed them, the problems they
answer, the criteria, the grid of the program's own scores and votes, and the choice."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.models import Alternative, AlternativeScore, Criterion, Problem
from desktop.core.readers.people import names_of
from desktop.core.stages.planning import (
    alternative_ranking,
    alternatives_of,
    criteria_of,
    prioritised_problems,
)


@dataclass(frozen=True)
class AlternativeRow:
    id: uuid.UUID
    problem_id: uuid.UUID
    problem: str  # the problem's title
    title: str
    proposed_by_person_id: uuid.UUID | None
    proposed_by_group_id: uuid.UUID | None
    proposed_by: str  # the person, the group or both
    estimated_cost: int | None


@dataclass(frozen=True)
class ProblemChoice:
    """A problem alternatives can be written for."""

    id: uuid.UUID
    title: str
    rank: int | None
    prioritised: bool  # False: no longer prioritised, but it holds alternatives to correct


@dataclass(frozen=True)
class CriterionRow:
    id: uuid.UUID
    name: str
    weight: int


@dataclass(frozen=True)
class ScoreRow:
    id: uuid.UUID  # the alternative's
    problem: str
    title: str
    scores: tuple[int | None, ...]  # one per criterion of the grid, None: not scored
    weighted_score: int
    votes: int


@dataclass(frozen=True)
class ScoreGrid:
    criteria: tuple[CriterionRow, ...]
    rows: tuple[ScoreRow, ...]  # by problem, then by alternative


@dataclass(frozen=True)
class ChoiceRow:
    id: uuid.UUID  # the alternative's
    problem: str
    title: str
    weighted_score: int
    votes: int
    chosen: bool


def alternatives(session: Session, program_id: uuid.UUID) -> tuple[AlternativeRow, ...]:
    """The program's alternatives by their problem's rank and title, then as proposed."""
    return _alternatives(session, program_id)


def alternative(
    session: Session, program_id: uuid.UUID, alternative_id: uuid.UUID
) -> AlternativeRow | None:
    """One alternative of the program, to edit (removed or not)."""
    return next(iter(_alternatives(session, program_id, alternative_id)), None)


def _alternatives(
    session: Session, program_id: uuid.UUID, alternative_id: uuid.UUID | None = None
) -> tuple[AlternativeRow, ...]:
    query = (
        select(Alternative, Problem.title)
        .join(Problem, Problem.id == Alternative.problem_id)
        .where(Alternative.program_id == program_id)
    )
    if alternative_id is None:
        query = query.where(Alternative.deleted.is_(False))
    else:
        query = query.where(Alternative.id == alternative_id)
    rows = session.execute(
        query.order_by(Problem.priority_rank, Problem.title, Alternative.created_at)
    ).all()
    names = names_of(
        session,
        people=(a.proposed_by_person_id for a, _ in rows),
        groups=(a.proposed_by_group_id for a, _ in rows),
    )
    return tuple(
        AlternativeRow(
            a.id,
            a.problem_id,
            problem,
            a.title,
            a.proposed_by_person_id,
            a.proposed_by_group_id,
            names.who(a.proposed_by_person_id, a.proposed_by_group_id),
            a.estimated_cost,
        )
        for a, problem in rows
    )


def problem_choices(session: Session, program_id: uuid.UUID) -> tuple[ProblemChoice, ...]:
    """The prioritised problems by rank, then those no longer prioritised that still hold
    alternatives (in the order of their alternatives' titles)."""
    prioritised = prioritised_problems(session, program_id)
    out = [ProblemChoice(p.id, p.title, p.priority_rank, True) for p in prioritised]
    shown = {p.id for p in prioritised}
    for problem_id in dict.fromkeys(a.problem_id for a in alternatives_of(session, program_id)):
        holder = session.get(Problem, problem_id)
        if holder is not None and problem_id not in shown:
            out.append(ProblemChoice(problem_id, holder.title, holder.priority_rank, False))
    return tuple(out)


def criteria(session: Session, program_id: uuid.UUID) -> tuple[CriterionRow, ...]:
    """The program's criteria by name."""
    return tuple(CriterionRow(c.id, c.name, c.weight) for c in criteria_of(session, program_id))


def criterion(
    session: Session, program_id: uuid.UUID, criterion_id: uuid.UUID
) -> CriterionRow | None:
    """One criterion of the program, to edit (removed or not)."""
    c = session.scalar(
        select(Criterion).where(Criterion.id == criterion_id, Criterion.program_id == program_id)
    )
    return CriterionRow(c.id, c.name, c.weight) if c is not None else None


def scores(session: Session, program_id: uuid.UUID) -> dict[tuple[uuid.UUID, uuid.UUID], int]:
    """The score of each of the program's alternatives on each criterion it was scored on."""
    rows = session.execute(
        select(
            AlternativeScore.alternative_id, AlternativeScore.criterion_id, AlternativeScore.score
        )
        .join(Alternative, Alternative.id == AlternativeScore.alternative_id)
        .where(Alternative.program_id == program_id, AlternativeScore.deleted.is_(False))
    )
    return {(alt_id, crit_id): score for alt_id, crit_id, score in rows}


def score_grid(session: Session, program_id: uuid.UUID) -> ScoreGrid:
    """Every live alternative by its problem's title and its own, with its score on each
    criterion, its weighted score and its votes."""
    columns = criteria(session, program_id)
    found = session.execute(
        select(Problem.id, Problem.title).where(Problem.program_id == program_id)
    )
    titles = {problem_id: title for problem_id, title in found}
    totals = {
        r.id: r for ranked in alternative_ranking(session, program_id).values() for r in ranked
    }
    given = scores(session, program_id)
    ordered = sorted(
        alternatives_of(session, program_id),
        key=lambda a: (titles.get(a.problem_id, ""), a.title),
    )
    rows = []
    for a in ordered:
        total = totals.get(a.id)
        rows.append(
            ScoreRow(
                a.id,
                titles.get(a.problem_id, ""),
                a.title,
                tuple(given.get((a.id, c.id)) for c in columns),
                total.weighted_score if total else 0,
                total.votes if total else 0,
            )
        )
    return ScoreGrid(columns, tuple(rows))


def choices(session: Session, program_id: uuid.UUID) -> tuple[ChoiceRow, ...]:
    """The alternatives of each prioritised problem (by rank), best first."""
    ranking = alternative_ranking(session, program_id)
    return tuple(
        ChoiceRow(r.id, problem.title, r.title, r.weighted_score, r.votes, r.chosen)
        for problem in prioritised_problems(session, program_id)
        for r in ranking.get(problem.id, [])
    )
