"""Stage 3, planning alternatives: per prioritised problem, the ways out residents propose, the
criteria and scores or votes of the community, and the choice."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import Stage
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import (
    Alternative,
    AlternativeScore,
    AlternativeVote,
    Criterion,
    Problem,
    Program,
)
from desktop.core.stages import guards
from desktop.core.stages.assessment import problems_of
from desktop.core.stages.base import Flow, Step, Upstream

SCORE_MIN, SCORE_MAX = 1, 5


@dataclass(frozen=True)
class RankedAlternative:
    id: uuid.UUID
    problem_id: uuid.UUID
    title: str
    weighted_score: int  # sum of weight x score over the criteria (a missing score counts 0)
    votes: int
    chosen: bool


def alternatives_of(session: Session, program_id: uuid.UUID) -> list[Alternative]:
    return guards.live_rows(
        session,
        Alternative,
        Alternative.program_id == program_id,
        Alternative.title,
        Alternative.id,
    )


def criteria_of(session: Session, program_id: uuid.UUID) -> list[Criterion]:
    return guards.live_rows(
        session, Criterion, Criterion.program_id == program_id, Criterion.name, Criterion.id
    )


def prioritised_problems(session: Session, program_id: uuid.UUID) -> list[Problem]:
    return [p for p in problems_of(session, program_id) if p.is_prioritised]


def _check_alternative(
    session: Session,
    *,
    title: str,
    problem: Problem | None,
    proposed_by_person_id: uuid.UUID | None,
    proposed_by_group_id: uuid.UUID | None,
    estimated_cost: int | None,
) -> list[Issue]:
    """An alternative as proposed or corrected; ``problem`` is the one it is (newly) made for,
    None when a correction leaves it with its problem."""
    issues: list[Issue] = []
    guards.text(issues, "title", title, "Say what the alternative is.")
    if problem is not None and not problem.is_prioritised:
        issues.append(
            issue(
                "problem",
                "“{title}” is not a prioritised problem; alternatives are made for the "
                "community's priorities.",
                title=problem.title,
            )
        )
    guards.person_or_group(
        session,
        issues,
        "proposed_by",
        proposed_by_person_id,
        proposed_by_group_id,
        "Say who proposed it: a resident or a group.",
    )
    if estimated_cost is not None:
        guards.rupiah(issues, "estimated_cost", estimated_cost, "estimated cost")
    return issues


def add_alternative(
    session: Session,
    *,
    problem_id: uuid.UUID,
    title: str,
    proposed_by_person_id: uuid.UUID | None = None,
    proposed_by_group_id: uuid.UUID | None = None,
    description: str | None = None,
    estimated_cost: int | None = None,
) -> Changes:
    """A way out of a prioritised problem, as a resident or a group proposed it."""
    problem = guards.live(session, Problem, problem_id, "problem", "problem")
    program = guards.writable_program(session, problem.program_id)
    refuse_if(
        _check_alternative(
            session,
            title=title,
            problem=problem,
            proposed_by_person_id=proposed_by_person_id,
            proposed_by_group_id=proposed_by_group_id,
            estimated_cost=estimated_cost,
        )
    )
    row = Alternative(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        problem_id=problem.id,
        title=title.strip(),
        description=guards.optional_text(description),
        proposed_by_person_id=proposed_by_person_id,
        proposed_by_group_id=proposed_by_group_id,
        estimated_cost=estimated_cost,
    )
    return guards.insert(session, program, row, "alternatives")


def update_alternative(
    session: Session,
    *,
    alternative_id: uuid.UUID,
    title: str,
    problem_id: uuid.UUID | None = None,
    proposed_by_person_id: uuid.UUID | None = None,
    proposed_by_group_id: uuid.UUID | None = None,
    estimated_cost: int | None = None,
) -> Changes:
    """Correct an alternative: every field is given again and checked as when added. Its scores
    and votes stay with it. Without ``problem_id`` it stays with its problem; moved to another
    problem, that one must be prioritised."""
    row = guards.live(session, Alternative, alternative_id, "alternative", "alternative")
    program = guards.writable_program(session, row.program_id)
    target = row.problem_id if problem_id is None else problem_id
    moved_to = None
    if target != row.problem_id:
        moved_to = guards.live(session, Problem, target, "problem", "problem")
        guards.same_program(moved_to.program_id, program, "problem", "problem")
    refuse_if(
        _check_alternative(
            session,
            title=title,
            problem=moved_to,
            proposed_by_person_id=proposed_by_person_id,
            proposed_by_group_id=proposed_by_group_id,
            estimated_cost=estimated_cost,
        )
    )
    guards.assign(
        row,
        problem_id=target,
        title=title.strip(),
        proposed_by_person_id=proposed_by_person_id,
        proposed_by_group_id=proposed_by_group_id,
        estimated_cost=estimated_cost,
    )
    session.flush()
    return guards.changed(program, {"alternatives"})


def _check_criterion(
    session: Session,
    program: Program,
    *,
    name: str,
    weight: int,
    row_id: uuid.UUID | None = None,
) -> list[Issue]:
    """A criterion as added, or as corrected (``row_id``: the one corrected, not a namesake)."""
    issues: list[Issue] = []
    title = guards.text(issues, "name", name, "Name the criterion.")
    if isinstance(weight, bool) or not isinstance(weight, int) or weight < 1:
        issues.append(issue("weight", "A weight must be a whole number of at least 1."))
    if title and any(
        c.id != row_id and c.name.casefold() == title.casefold()
        for c in criteria_of(session, program.id)
    ):
        issues.append(issue("name", "There is already a criterion “{name}”.", name=title))
    return issues


def add_criterion(
    session: Session, *, program_id: uuid.UUID, name: str, weight: int = 1
) -> Changes:
    """A yardstick the community scores alternatives by, with how much it counts."""
    program = guards.writable_program(session, program_id)
    refuse_if(_check_criterion(session, program, name=name, weight=weight))
    row = Criterion(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        name=name.strip(),
        weight=weight,
    )
    return guards.insert(session, program, row, "criteria")


def update_criterion(
    session: Session, *, criterion_id: uuid.UUID, name: str, weight: int = 1
) -> Changes:
    """Rename a criterion or change its weight; the scores given on it stay."""
    row = guards.live(session, Criterion, criterion_id, "criterion", "criterion")
    program = guards.writable_program(session, row.program_id)
    refuse_if(_check_criterion(session, program, name=name, weight=weight, row_id=row.id))
    guards.assign(row, name=name.strip(), weight=weight)
    session.flush()
    return guards.changed(program, {"criteria"})


def score_alternative(
    session: Session, *, alternative_id: uuid.UUID, criterion_id: uuid.UUID, score: int
) -> Changes:
    """The community's score (1 to 5) of an alternative on a criterion; scoring again replaces."""
    alternative = guards.live(session, Alternative, alternative_id, "alternative", "alternative")
    criterion = guards.live(session, Criterion, criterion_id, "criterion", "criterion")
    program = guards.writable_program(session, alternative.program_id)
    guards.same_program(criterion.program_id, program, "criterion", "criterion")
    issues: list[Issue] = []
    if isinstance(score, bool) or not isinstance(score, int) or not SCORE_MIN <= score <= SCORE_MAX:
        issues.append(
            issue("score", "A score must be from {low} to {high}.", low=SCORE_MIN, high=SCORE_MAX)
        )
    refuse_if(issues)
    row = session.scalars(
        select(AlternativeScore).where(
            AlternativeScore.alternative_id == alternative.id,
            AlternativeScore.criterion_id == criterion.id,
        )
    ).first()
    created = []
    if row is None:
        row = AlternativeScore(
            id=new_id(),
            village_code=program.village_code,
            alternative_id=alternative.id,
            criterion_id=criterion.id,
            score=score,
        )
        session.add(row)
        created.append(row.id)
    row.deleted = False
    row.score = score
    session.flush()
    return guards.changed(program, {"alternative_scores"}, created)


def vote_alternative(
    session: Session,
    *,
    alternative_id: uuid.UUID,
    votes: int = 1,
    voter_person_id: uuid.UUID | None = None,
) -> Changes:
    """Votes for an alternative: a named voter's, or a show of hands (no voter)."""
    alternative = guards.live(session, Alternative, alternative_id, "alternative", "alternative")
    program = guards.writable_program(session, alternative.program_id)
    issues: list[Issue] = []
    if isinstance(votes, bool) or not isinstance(votes, int) or votes < 1:
        issues.append(issue("votes", "Enter at least one vote."))
    voter = guards.person(session, issues, "voter", voter_person_id)
    if voter is not None:
        if isinstance(votes, int) and votes > 1:
            issues.append(issue("votes", "A named voter casts one vote."))
        earlier = session.scalar(
            select(AlternativeVote.id).where(
                AlternativeVote.alternative_id == alternative.id,
                AlternativeVote.voter_person_id == voter.id,
                AlternativeVote.deleted.is_(False),
            )
        )
        if earlier is not None:
            issues.append(
                issue(
                    "voter",
                    "“{name}” has already voted for “{title}”.",
                    name=voter.name,
                    title=alternative.title,
                )
            )
    refuse_if(issues)
    row = AlternativeVote(
        id=new_id(),
        village_code=program.village_code,
        alternative_id=alternative.id,
        voter_person_id=voter_person_id,
        votes=votes,
    )
    return guards.insert(session, program, row, "alternative_votes")


def _tallies(
    session: Session, program_id: uuid.UUID
) -> tuple[dict[uuid.UUID, int], dict[uuid.UUID, int], dict[uuid.UUID, set[uuid.UUID]]]:
    """Weighted score and votes per alternative, and the criteria each was scored on."""
    weights = {c.id: c.weight for c in criteria_of(session, program_id)}
    scored: dict[uuid.UUID, int] = defaultdict(int)
    scored_on: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for alt_id, crit_id, value in session.execute(
        select(
            AlternativeScore.alternative_id, AlternativeScore.criterion_id, AlternativeScore.score
        )
        .join(Alternative, Alternative.id == AlternativeScore.alternative_id)
        .where(Alternative.program_id == program_id, AlternativeScore.deleted.is_(False))
    ):
        if crit_id in weights:
            scored[alt_id] += weights[crit_id] * value
            scored_on[alt_id].add(crit_id)
    votes: dict[uuid.UUID, int] = defaultdict(int)
    for alt_id, value in session.execute(
        select(AlternativeVote.alternative_id, AlternativeVote.votes)
        .join(Alternative, Alternative.id == AlternativeVote.alternative_id)
        .where(Alternative.program_id == program_id, AlternativeVote.deleted.is_(False))
    ):
        votes[alt_id] += value
    return scored, votes, scored_on


def alternative_ranking(
    session: Session, program_id: uuid.UUID
) -> dict[uuid.UUID, list[RankedAlternative]]:
    """Per problem, its alternatives best first: by weighted score, then by votes."""
    scored, votes, _ = _tallies(session, program_id)
    out: dict[uuid.UUID, list[RankedAlternative]] = defaultdict(list)
    for alt in alternatives_of(session, program_id):
        out[alt.problem_id].append(
            RankedAlternative(
                alt.id, alt.problem_id, alt.title, scored[alt.id], votes[alt.id], alt.chosen
            )
        )
    for ranked in out.values():
        ranked.sort(key=lambda r: (-r.weighted_score, -r.votes, r.title, r.id))
    return dict(out)


def choose_alternatives(
    session: Session,
    *,
    program_id: uuid.UUID,
    per_problem: int = 1,
    alternative_ids: Iterable[uuid.UUID] | None = None,
    meeting_id: uuid.UUID | None = None,
) -> Changes:
    """Mark the chosen alternatives (all others not chosen).

    Without ``alternative_ids``: for each prioritised problem, the best ``per_problem`` by
    weighted score then votes; a problem whose alternatives have neither scores nor votes is
    refused. With ``alternative_ids``: exactly those, as the community decided."""
    program = guards.writable_program(session, program_id)
    issues: list[Issue] = []
    guards.meeting(session, issues, program, meeting_id)
    alternatives = {a.id: a for a in alternatives_of(session, program.id)}
    chosen: set[uuid.UUID] = set()
    if alternative_ids is not None:
        chosen = set(alternative_ids)
        if not chosen:
            issues.append(issue("alternatives", "Choose at least one alternative."))
        if any(i not in alternatives for i in chosen):
            issues.append(issue("alternatives", "That alternative is not one of this program's."))
    else:
        if isinstance(per_problem, bool) or not isinstance(per_problem, int) or per_problem < 1:
            issues.append(issue("per_problem", "Choose at least one alternative per problem."))
            per_problem = 1
        ranking = alternative_ranking(session, program.id)
        problems = prioritised_problems(session, program.id)
        if not problems:
            issues.append(issue("problems", "There are no prioritised problems to choose for."))
        for problem in problems:
            ranked = ranking.get(problem.id, [])
            if not ranked:
                issues.append(
                    issue(
                        "alternatives",
                        "Propose at least one alternative for “{title}”.",
                        title=problem.title,
                    )
                )
            elif all(r.weighted_score == 0 and r.votes == 0 for r in ranked):
                issues.append(
                    issue(
                        "alternatives",
                        "Score or vote on the alternatives for “{title}” before choosing.",
                        title=problem.title,
                    )
                )
            else:
                chosen.update(r.id for r in ranked[:per_problem])
    refuse_if(issues)
    for alt in alternatives.values():
        alt.chosen = alt.id in chosen
        if alt.chosen and meeting_id is not None:
            alt.decided_at_meeting_id = meeting_id
    session.flush()
    return guards.changed(program, {"alternatives"})


# --- rules ---------------------------------------------------------------------------------


def _alternatives_proposed(session: Session, program: Program) -> list[Issue]:
    problems = prioritised_problems(session, program.id)
    if not problems:
        return [issue("alternatives", "Prioritise problems in the assessment stage first.")]
    alternatives = alternatives_of(session, program.id)
    with_alternatives = {a.problem_id for a in alternatives}
    found = [
        issue("alternatives", "Propose at least one alternative for “{title}”.", title=p.title)
        for p in problems
        if p.id not in with_alternatives
    ]
    found.extend(
        issue("alternatives", "Say who proposed “{title}”.", title=a.title)
        for a in alternatives
        if a.proposed_by_person_id is None and a.proposed_by_group_id is None
    )
    return found


def _alternatives_weighed(session: Session, program: Program) -> list[Issue]:
    """Alternatives of a problem are compared on the same footing: once one of them is scored,
    all of them need a score on every criterion; a problem needs scores or votes."""
    criteria = criteria_of(session, program.id)
    _, votes, scored_on = _tallies(session, program.id)
    by_problem: dict[uuid.UUID, list[Alternative]] = defaultdict(list)
    for alt in alternatives_of(session, program.id):
        by_problem[alt.problem_id].append(alt)
    found: list[Issue] = []
    for problem in prioritised_problems(session, program.id):
        alts = by_problem.get(problem.id, [])
        if not alts:
            continue  # the alternatives step says so
        if not any(scored_on[a.id] or votes[a.id] for a in alts):
            found.append(
                issue(
                    "scores",
                    "Score or vote on the alternatives for “{title}”.",
                    title=problem.title,
                )
            )
            continue
        if not any(scored_on[a.id] for a in alts):
            continue  # decided by votes alone
        for alt in alts:
            missing = [c.name for c in criteria if c.id not in scored_on[alt.id]]
            if missing:
                found.append(
                    issue(
                        "scores",
                        "Score “{title}” on every criterion (missing: {missing}).",
                        title=alt.title,
                        missing=", ".join(missing),
                    )
                )
    return found


def _alternatives_chosen(session: Session, program: Program) -> list[Issue]:
    if not any(a.chosen for a in alternatives_of(session, program.id)):
        return [issue("choice", "Choose at least one alternative with the community.")]
    return []


def _prioritised(session: Session, program: Program) -> list[Upstream]:
    return [
        Upstream("problems", p.id, p.title, f"#{p.priority_rank}" if p.priority_rank else "")
        for p in prioritised_problems(session, program.id)
    ]


FLOW = Flow(
    stage=Stage.PLANNING,
    steps=(
        Step(
            "alternatives",
            "Alternatives per priority problem",
            ("alternatives",),
            (_alternatives_proposed,),
        ),
        Step("criteria", "Criteria and weights", ("criteria",), optional=True),
        Step(
            "scoring",
            "Scores and votes",
            ("alternative_scores", "alternative_votes"),
            (_alternatives_weighed,),
        ),
        Step("choice", "The community's choice", ("alternatives",), (_alternatives_chosen,)),
        Step("review", "Review", ("stage_states",), optional=True),
    ),
    builds_on=(Stage.ASSESSMENT,),
    feed=_prioritised,
    summary="Every prioritised problem has alternatives with who proposed them, weighed by "
    "scores or votes, and at least one alternative is chosen.",
)
