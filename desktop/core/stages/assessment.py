"""Stage 2, assessment: felt problems and needs with who raised them, the community's resources
(five kinds), and the community's own ranking of needs, by votes or by pairwise comparison."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import NeedKind, ResourceKind, Stage
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import (
    CommunityGroup,
    KeyContact,
    NeedVote,
    PairwiseChoice,
    Person,
    Problem,
    Program,
    Resource,
)
from desktop.core.stages import guards
from desktop.core.stages.base import Flow, Step, Upstream
from desktop.core.stages.meetings import meetings_rule


class RankingMethod(StrEnum):
    VOTES = "votes"  # points per problem (beans, stones, hands)
    PAIRWISE = "pairwise"  # the winner of each comparison of two problems


@dataclass(frozen=True)
class NeedVoteInput:
    problem_id: uuid.UUID
    points: int
    voter_person_id: uuid.UUID | None = None  # None: a show of hands or a pile of beans


@dataclass(frozen=True)
class RankedProblem:
    id: uuid.UUID
    title: str
    points: int
    wins: int
    rank: int | None
    prioritised: bool


def competition_ranks(scores: dict[uuid.UUID, float]) -> dict[uuid.UUID, int]:
    """1 for the highest score; equal scores share a rank and the next rank is skipped."""
    ordered = sorted(scores.values(), reverse=True)
    first_at: dict[float, int] = {}
    for n, value in enumerate(ordered, start=1):
        first_at.setdefault(value, n)
    return {key: first_at[value] for key, value in scores.items()}


def problems_of(session: Session, program_id: uuid.UUID) -> list[Problem]:
    return guards.live_rows(
        session,
        Problem,
        Problem.program_id == program_id,
        Problem.priority_rank.is_(None),
        Problem.priority_rank,
        Problem.title,
    )


def _check_problem(
    session: Session,
    program: Program,
    *,
    title: str,
    raised_by_person_id: uuid.UUID | None,
    raised_by_group_id: uuid.UUID | None,
    meeting_id: uuid.UUID | None,
    affected_households: int | None,
) -> list[Issue]:
    issues: list[Issue] = []
    guards.text(issues, "title", title, "Say what the problem or need is.")
    guards.person_or_group(
        session,
        issues,
        "raised_by",
        raised_by_person_id,
        raised_by_group_id,
        "Say who raised it: a resident or a group.",
    )
    if affected_households is not None:
        guards.count(issues, "affected_households", affected_households, "affected households")
    guards.meeting(session, issues, program, meeting_id)
    return issues


def add_problem(
    session: Session,
    *,
    program_id: uuid.UUID,
    title: str,
    raised_by_person_id: uuid.UUID | None = None,
    raised_by_group_id: uuid.UUID | None = None,
    kind: NeedKind = NeedKind.PROBLEM,
    meeting_id: uuid.UUID | None = None,
    description: str | None = None,
    affected_households: int | None = None,
) -> Changes:
    """A felt problem or need, as a resident or a group raised it."""
    program = guards.writable_program(session, program_id)
    refuse_if(
        _check_problem(
            session,
            program,
            title=title,
            raised_by_person_id=raised_by_person_id,
            raised_by_group_id=raised_by_group_id,
            meeting_id=meeting_id,
            affected_households=affected_households,
        )
    )
    row = Problem(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        meeting_id=meeting_id,
        kind=kind,
        title=title.strip(),
        description=guards.optional_text(description),
        raised_by_person_id=raised_by_person_id,
        raised_by_group_id=raised_by_group_id,
        affected_households=affected_households,
    )
    return guards.insert(session, program, row, "problems")


def update_problem(
    session: Session,
    *,
    problem_id: uuid.UUID,
    title: str,
    raised_by_person_id: uuid.UUID | None = None,
    raised_by_group_id: uuid.UUID | None = None,
    kind: NeedKind = NeedKind.PROBLEM,
    meeting_id: uuid.UUID | None = None,
    affected_households: int | None = None,
) -> Changes:
    """Correct a problem or need: every field is given again and checked as when added. Its
    votes, pairwise choices, rank and alternatives stay linked to it."""
    row = guards.live(session, Problem, problem_id, "problem", "problem")
    program = guards.writable_program(session, row.program_id)
    refuse_if(
        _check_problem(
            session,
            program,
            title=title,
            raised_by_person_id=raised_by_person_id,
            raised_by_group_id=raised_by_group_id,
            meeting_id=meeting_id,
            affected_households=affected_households,
        )
    )
    guards.assign(
        row,
        title=title.strip(),
        kind=NeedKind(kind),
        raised_by_person_id=raised_by_person_id,
        raised_by_group_id=raised_by_group_id,
        meeting_id=meeting_id,
        affected_households=affected_households,
    )
    session.flush()
    return guards.changed(program, {"problems"})


def _problem_in(
    session: Session, issues: list[Issue], program: Program, problem_id: uuid.UUID, field: str
) -> Problem | None:
    return guards.of_program(
        session,
        issues,
        field,
        Problem,
        problem_id,
        program,
        "That problem is not one of this program's problems.",
    )


def record_need_votes(
    session: Session,
    *,
    program_id: uuid.UUID,
    votes: Sequence[NeedVoteInput],
    cast_on: dt.date | None = None,
) -> Changes:
    """The points the community gave the problems. Zero points are kept (a problem nobody
    chose); negative points are refused, and so is a named voter voting twice for a problem."""
    program = guards.writable_program(session, program_id)
    issues: list[Issue] = []
    if not votes:
        issues.append(issue("votes", "Enter the points each problem received."))
    guards.date_in_program(issues, "cast_on", program, cast_on, "voting date")
    already = {
        (row.voter_person_id, row.problem_id)
        for row in session.scalars(
            select(NeedVote)
            .join(Problem, Problem.id == NeedVote.problem_id)
            .where(
                Problem.program_id == program.id,
                NeedVote.deleted.is_(False),
                NeedVote.voter_person_id.is_not(None),
            )
        )
    }
    for vote in votes:
        problem = _problem_in(session, issues, program, vote.problem_id, "votes")
        voter = guards.person(session, issues, "votes", vote.voter_person_id)
        if isinstance(vote.points, bool) or not isinstance(vote.points, int):
            issues.append(issue("votes", "Points must be whole numbers."))
        elif vote.points < 0 and problem is not None:
            issues.append(
                issue(
                    "votes",
                    "“{title}” cannot get negative points ({points}).",
                    title=problem.title,
                    points=vote.points,
                )
            )
        key = (vote.voter_person_id, vote.problem_id)
        if voter is not None and problem is not None and key in already:
            issues.append(
                issue(
                    "votes",
                    "“{name}” has already voted for “{title}”.",
                    name=voter.name,
                    title=problem.title,
                )
            )
        if vote.voter_person_id is not None:
            already.add(key)
    refuse_if(issues)
    created = []
    for vote in votes:
        row = NeedVote(
            id=new_id(),
            village_code=program.village_code,
            problem_id=vote.problem_id,
            voter_person_id=vote.voter_person_id,
            points=vote.points,
            cast_on=cast_on,
        )
        session.add(row)
        created.append(row.id)
    session.flush()
    return guards.changed(program, {"need_votes"}, created)


def record_pairwise_choice(
    session: Session,
    *,
    program_id: uuid.UUID,
    first_id: uuid.UUID,
    second_id: uuid.UUID,
    winner_id: uuid.UUID,
) -> Changes:
    """Of two problems, the one the community found more pressing. Comparing the same pair
    again replaces the earlier choice."""
    program = guards.writable_program(session, program_id)
    issues: list[Issue] = []
    first = _problem_in(session, issues, program, first_id, "first")
    _problem_in(session, issues, program, second_id, "second")
    if first_id == second_id and first is not None:
        issues.append(
            issue("second", "“{title}” cannot be compared with itself.", title=first.title)
        )
    if winner_id not in (first_id, second_id):
        issues.append(issue("winner", "The winner must be one of the two problems compared."))
    refuse_if(issues)
    pair = {first_id, second_id}
    existing = [
        row
        for row in session.scalars(
            select(PairwiseChoice).where(
                PairwiseChoice.program_id == program.id, PairwiseChoice.deleted.is_(False)
            )
        )
        if {row.first_id, row.second_id} == pair
    ]
    created = []
    if existing:
        row = existing[0]
        for extra in existing[1:]:
            extra.deleted = True
    else:
        row = PairwiseChoice(
            id=new_id(),
            village_code=program.village_code,
            program_id=program.id,
            first_id=first_id,
            second_id=second_id,
            winner_id=winner_id,
        )
        session.add(row)
        created.append(row.id)
    row.winner_id = winner_id
    session.flush()
    return guards.changed(program, {"pairwise_choices"}, created)


def _points(session: Session, program_id: uuid.UUID) -> Counter[uuid.UUID]:
    points: Counter[uuid.UUID] = Counter()
    for problem_id, value in session.execute(
        select(NeedVote.problem_id, NeedVote.points)
        .join(Problem, Problem.id == NeedVote.problem_id)
        .where(Problem.program_id == program_id, NeedVote.deleted.is_(False))
    ):
        points[problem_id] += value
    return points


def _wins(session: Session, program_id: uuid.UUID) -> tuple[Counter[uuid.UUID], int]:
    wins: Counter[uuid.UUID] = Counter()
    choices = 0
    for (winner,) in session.execute(
        select(PairwiseChoice.winner_id).where(
            PairwiseChoice.program_id == program_id, PairwiseChoice.deleted.is_(False)
        )
    ):
        wins[winner] += 1
        choices += 1
    return wins, choices


def _has_votes(session: Session, program_id: uuid.UUID) -> bool:
    found = session.scalar(
        select(NeedVote.id)
        .join(Problem, Problem.id == NeedVote.problem_id)
        .where(Problem.program_id == program_id, NeedVote.deleted.is_(False))
    )
    return found is not None


def problem_ranking(session: Session, program_id: uuid.UUID) -> list[RankedProblem]:
    """Every live problem with its points, pairwise wins and the rank it was given."""
    points = _points(session, program_id)
    wins, _ = _wins(session, program_id)
    return [
        RankedProblem(p.id, p.title, points[p.id], wins[p.id], p.priority_rank, p.is_prioritised)
        for p in problems_of(session, program_id)
    ]


def rank_problems(
    session: Session,
    *,
    program_id: uuid.UUID,
    method: RankingMethod | None = None,
    top: int | None = None,
) -> Changes:
    """Set each problem's priority rank from the community's votes (total points) or from its
    pairwise choices (wins). Without a method, pairwise choices are used when there are any.
    Equal scores share a rank. ``top`` marks the problems ranked 1..top as prioritised (ties at
    the edge included) and the others not; without it the priorities are left as they are."""
    program = guards.writable_program(session, program_id)
    problems = problems_of(session, program.id)
    wins, choices = _wins(session, program.id)
    if method is None:
        method = RankingMethod.PAIRWISE if choices else RankingMethod.VOTES
    issues: list[Issue] = []
    if not problems:
        issues.append(issue("problems", "Add the problems and needs before ranking them."))
    elif method is RankingMethod.VOTES and not _has_votes(session, program.id):
        issues.append(issue("votes", "Record the community's votes before ranking."))
    elif method is RankingMethod.PAIRWISE and not choices:
        issues.append(issue("pairwise", "Record the pairwise choices before ranking."))
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
        issues.append(issue("top", "Prioritise at least one problem."))
    refuse_if(issues)
    score: Counter[uuid.UUID] = (
        wins if method is RankingMethod.PAIRWISE else _points(session, program.id)
    )
    ranks = competition_ranks({p.id: float(score[p.id]) for p in problems})
    for problem in problems:
        problem.priority_rank = ranks[problem.id]
        if top is not None:
            problem.is_prioritised = ranks[problem.id] <= top
    session.flush()
    return guards.changed(program, {"problems"})


def set_priorities(
    session: Session, *, program_id: uuid.UUID, problem_ids: Iterable[uuid.UUID]
) -> Changes:
    """The community's own choice of priority problems (all others are not prioritised)."""
    program = guards.writable_program(session, program_id)
    wanted = set(problem_ids)
    issues: list[Issue] = []
    if not wanted:
        issues.append(issue("problems", "Prioritise at least one problem."))
    for problem_id in sorted(wanted):
        _problem_in(session, issues, program, problem_id, "problems")
    refuse_if(issues)
    for problem in problems_of(session, program.id):
        problem.is_prioritised = problem.id in wanted
    session.flush()
    return guards.changed(program, {"problems"})


def _check_resource(
    session: Session,
    *,
    name: str,
    quantity: float | None,
    estimated_value: int | None,
    held_by_group_id: uuid.UUID | None,
    raised_by_person_id: uuid.UUID | None = None,
) -> list[Issue]:
    issues: list[Issue] = []
    guards.text(issues, "name", name, "Name the resource.")
    if quantity is not None:
        guards.finite(issues, "quantity", quantity, "quantity")
        if quantity < 0:
            issues.append(issue("quantity", "The quantity cannot be negative ({q}).", q=quantity))
    if estimated_value is not None:
        guards.rupiah(issues, "estimated_value", estimated_value, "estimated value")
    guards.group(session, issues, "held_by", held_by_group_id)
    guards.person(session, issues, "raised_by", raised_by_person_id)
    return issues


def add_resource(
    session: Session,
    *,
    program_id: uuid.UUID,
    kind: ResourceKind,
    name: str,
    description: str | None = None,
    quantity: float | None = None,
    unit: str | None = None,
    estimated_value: int | None = None,
    held_by_group_id: uuid.UUID | None = None,
    raised_by_person_id: uuid.UUID | None = None,
) -> Changes:
    """An asset of the community: human, natural, financial, social or physical."""
    program = guards.writable_program(session, program_id)
    refuse_if(
        _check_resource(
            session,
            name=name,
            quantity=quantity,
            estimated_value=estimated_value,
            held_by_group_id=held_by_group_id,
            raised_by_person_id=raised_by_person_id,
        )
    )
    row = Resource(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        kind=ResourceKind(kind),
        name=name.strip(),
        description=guards.optional_text(description),
        quantity=quantity,
        unit=guards.optional_text(unit),
        estimated_value=estimated_value,
        held_by_group_id=held_by_group_id,
        raised_by_person_id=raised_by_person_id,
    )
    return guards.insert(session, program, row, "resources")


def update_resource(
    session: Session,
    *,
    resource_id: uuid.UUID,
    kind: ResourceKind,
    name: str,
    quantity: float | None = None,
    unit: str | None = None,
    estimated_value: int | None = None,
    held_by_group_id: uuid.UUID | None = None,
) -> Changes:
    """Correct a resource: every field is given again and checked as when added."""
    row = guards.live(session, Resource, resource_id, "resource", "resource")
    program = guards.writable_program(session, row.program_id)
    refuse_if(
        _check_resource(
            session,
            name=name,
            quantity=quantity,
            estimated_value=estimated_value,
            held_by_group_id=held_by_group_id,
        )
    )
    guards.assign(
        row,
        kind=ResourceKind(kind),
        name=name.strip(),
        quantity=quantity,
        unit=guards.optional_text(unit),
        estimated_value=estimated_value,
        held_by_group_id=held_by_group_id,
    )
    session.flush()
    return guards.changed(program, {"resources"})


# --- rules ---------------------------------------------------------------------------------


def _has_problems(session: Session, program: Program) -> list[Issue]:
    problems = problems_of(session, program.id)
    if not problems:
        return [issue("problems", "Add at least one problem or need the community raised.")]
    return [
        issue("problems", "Say who raised “{title}”.", title=p.title)
        for p in problems
        if p.raised_by_person_id is None and p.raised_by_group_id is None
    ]


def _has_resources(session: Session, program: Program) -> list[Issue]:
    found = session.scalar(
        select(Resource.id).where(Resource.program_id == program.id, Resource.deleted.is_(False))
    )
    if found is None:
        return [issue("resources", "Add at least one of the community's resources.")]
    return []


def _is_ranked(session: Session, program: Program) -> list[Issue]:
    problems = problems_of(session, program.id)
    if not problems:
        return []  # the problems step says so
    _, choices = _wins(session, program.id)
    if not choices and not _has_votes(session, program.id):
        return [issue("ranking", "Rank the needs with the community: by votes or in pairs.")]
    found = [
        issue(
            "ranking",
            "“{title}” has no rank yet: rank the problems again.",
            title=p.title,
        )
        for p in problems
        if p.priority_rank is None
    ]
    if not any(p.is_prioritised for p in problems):
        found.append(issue("ranking", "Choose at least one problem as a priority."))
    return found


def _key_contacts(session: Session, program: Program) -> list[Upstream]:
    out = []
    for contact in session.scalars(
        select(KeyContact)
        .where(KeyContact.program_id == program.id, KeyContact.deleted.is_(False))
        .order_by(KeyContact.role, KeyContact.id)
    ):
        who = session.get(Person, contact.person_id) if contact.person_id else None
        grp = session.get(CommunityGroup, contact.group_id) if contact.group_id else None
        title = who.name if who else grp.name if grp else contact.role
        out.append(Upstream("key_contacts", contact.id, title, contact.role))
    return out


FLOW = Flow(
    stage=Stage.ASSESSMENT,
    steps=(
        Step(
            "meetings",
            "Meetings and attendance",
            ("meetings", "attendance"),
            (
                meetings_rule(
                    [Stage.ASSESSMENT], [], "Add at least one meeting with its attendance."
                ),
            ),
        ),
        Step("problems", "Problems and needs", ("problems",), (_has_problems,)),
        Step("resources", "Resources and assets", ("resources",), (_has_resources,)),
        Step(
            "ranking",
            "Ranking of needs",
            ("need_votes", "pairwise_choices", "problems"),
            (_is_ranked,),
        ),
        Step("review", "Review", ("stage_states",), optional=True),
    ),
    builds_on=(Stage.PREPARATION,),
    feed=_key_contacts,
    summary="Meetings with attendance, problems with who raised them, resources, and a "
    "ranking by the community with at least one priority.",
)
