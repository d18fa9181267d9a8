"""Planning alternatives: proposed per prioritised problem, weighed by criteria scores or
votes, and chosen."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from stage_world import World, open_world

from desktop.core import stages as st
from desktop.core.domain import Stage
from desktop.core.models import Alternative, AlternativeScore

PL = Stage.PLANNING


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani")
        world.men("Budi")
        yield world


def _chosen(w: World) -> list[str]:
    return sorted(
        w.session.scalars(select(Alternative.title).where(Alternative.chosen.is_(True))).all()
    )


def test_alternatives_per_prioritised_problem_with_who_proposed(w: World) -> None:
    assert w.issues(PL, "alternatives") == ["Prioritise problems in the assessment stage first."]
    water = w.prioritised_problem("Air bersih")
    assert w.issues(PL, "alternatives") == ["Propose at least one alternative for “Air bersih”."]
    group = w.group("Kelompok Tani")
    alt = st.add_alternative(
        w.session,
        problem_id=water,
        title="Pipa dari mata air",
        proposed_by_group_id=group,
        estimated_cost=15_000_000,
    ).created[0]
    row = w.session.get(Alternative, alt)
    assert row is not None and (row.proposed_by_group_id, row.village_code) == (
        group,
        w.program.village_code,
    )
    assert w.issues(PL, "alternatives") == []


def test_add_alternative_refusals(w: World) -> None:
    road = w.problem("Jalan rusak")  # raised but not prioritised
    error = w.refused(
        st.add_alternative, problem_id=road, title="Cor jalan", proposed_by_person_id=None
    )
    assert error.messages == [
        "“Jalan rusak” is not a prioritised problem; alternatives are made for the community's "
        "priorities.",
        "Say who proposed it: a resident or a group.",
    ]
    water = w.prioritised_problem()
    error = w.refused(
        st.add_alternative,
        problem_id=water,
        title="",
        proposed_by_person_id=w.people["Ani"],
        estimated_cost=-1,
    )
    assert error.messages == [
        "Say what the alternative is.",
        "The estimated cost cannot be negative (Rp -1).",
    ]
    error = w.refused(st.add_alternative, problem_id=uuid.UUID(int=3), title="X")
    assert error.messages == ["That problem no longer exists."]


def test_criteria_refusals(w: World) -> None:
    pid = w.program_id
    st.add_criterion(w.session, program_id=pid, name="Biaya", weight=2)
    assert w.refused(st.add_criterion, program_id=pid, name="biaya").messages == [
        "There is already a criterion “biaya”."
    ]
    assert w.refused(st.add_criterion, program_id=pid, name="Manfaat", weight=0).messages == [
        "A weight must be a whole number of at least 1."
    ]
    assert w.refused(st.add_criterion, program_id=pid, name=" ").messages == ["Name the criterion."]


def test_choose_by_weighted_score_then_votes(w: World) -> None:
    pid = w.program_id
    water = w.prioritised_problem()
    well = w.alternative(water, "Sumur bor")
    pipe = w.alternative(water, "Pipa")
    tank = w.alternative(water, "Tandon hujan")
    cost = st.add_criterion(w.session, program_id=pid, name="Biaya", weight=3).created[0]
    benefit = st.add_criterion(w.session, program_id=pid, name="Manfaat", weight=1).created[0]
    # well 3*2 + 1*5 = 11, pipe 3*3 + 1*2 = 11, tank 3*1 + 1*1 = 4: well and pipe tie
    for alt, (c, b) in {well: (2, 5), pipe: (3, 2), tank: (1, 1)}.items():
        st.score_alternative(w.session, alternative_id=alt, criterion_id=cost, score=c)
        st.score_alternative(w.session, alternative_id=alt, criterion_id=benefit, score=b)
    st.vote_alternative(w.session, alternative_id=pipe, votes=4)
    st.vote_alternative(w.session, alternative_id=well, votes=3)
    ranking = st.alternative_ranking(w.session, pid)[water]
    assert [(r.title, r.weighted_score, r.votes) for r in ranking] == [
        ("Pipa", 11, 4),
        ("Sumur bor", 11, 3),
        ("Tandon hujan", 4, 0),
    ]
    st.choose_alternatives(w.session, program_id=pid)
    assert _chosen(w) == ["Pipa"]
    st.choose_alternatives(w.session, program_id=pid, per_problem=2)
    assert _chosen(w) == ["Pipa", "Sumur bor"]
    # the community may decide otherwise than the scores
    meeting = w.meeting(Stage.PLANNING, women=5)
    st.choose_alternatives(w.session, program_id=pid, alternative_ids=[tank], meeting_id=meeting)
    assert _chosen(w) == ["Tandon hujan"]
    row = w.session.get(Alternative, tank)
    assert row is not None and row.decided_at_meeting_id == meeting
    assert w.issues(PL, "choice") == []


def test_scoring_again_replaces_the_score(w: World) -> None:
    water = w.prioritised_problem()
    alt = w.alternative(water, "Sumur bor")
    cost = st.add_criterion(w.session, program_id=w.program_id, name="Biaya").created[0]
    st.score_alternative(w.session, alternative_id=alt, criterion_id=cost, score=2)
    st.score_alternative(w.session, alternative_id=alt, criterion_id=cost, score=5)
    assert w.session.scalars(select(AlternativeScore.score)).all() == [5]


@pytest.mark.parametrize("score", [0, 6, 2.5])
def test_a_score_is_from_one_to_five(w: World, score: object) -> None:
    water = w.prioritised_problem()
    alt = w.alternative(water, "Sumur bor")
    cost = st.add_criterion(w.session, program_id=w.program_id, name="Biaya").created[0]
    error = w.refused(st.score_alternative, alternative_id=alt, criterion_id=cost, score=score)
    assert error.messages == ["A score must be from 1 to 5."]


def test_vote_refusals(w: World) -> None:
    water = w.prioritised_problem()
    alt = w.alternative(water, "Sumur bor")
    ani = w.people["Ani"]
    assert w.refused(st.vote_alternative, alternative_id=alt, votes=0).messages == [
        "Enter at least one vote."
    ]
    assert w.refused(
        st.vote_alternative, alternative_id=alt, votes=2, voter_person_id=ani
    ).messages == ["A named voter casts one vote."]
    st.vote_alternative(w.session, alternative_id=alt, voter_person_id=ani)
    assert w.refused(st.vote_alternative, alternative_id=alt, voter_person_id=ani).messages == [
        "“Ani” has already voted for “Sumur bor”."
    ]


def test_choose_refusals(w: World) -> None:
    pid = w.program_id
    assert w.refused(st.choose_alternatives, program_id=pid).messages == [
        "There are no prioritised problems to choose for."
    ]
    water = w.prioritised_problem()
    assert w.refused(st.choose_alternatives, program_id=pid).messages == [
        "Propose at least one alternative for “Air bersih”."
    ]
    w.alternative(water, "Sumur bor")
    assert w.refused(st.choose_alternatives, program_id=pid).messages == [
        "Score or vote on the alternatives for “Air bersih” before choosing."
    ]
    assert w.refused(st.choose_alternatives, program_id=pid, alternative_ids=[]).messages == [
        "Choose at least one alternative."
    ]
    assert w.refused(
        st.choose_alternatives, program_id=pid, alternative_ids=[uuid.UUID(int=1)]
    ).messages == ["That alternative is not one of this program's."]
    assert w.refused(st.choose_alternatives, program_id=pid, per_problem=0).messages[0] == (
        "Choose at least one alternative per problem."
    )


def test_scoring_rule(w: World) -> None:
    pid = w.program_id
    water = w.prioritised_problem()
    well = w.alternative(water, "Sumur bor")
    pipe = w.alternative(water, "Pipa")
    assert w.issues(PL, "scoring") == ["Score or vote on the alternatives for “Air bersih”."]
    cost = st.add_criterion(w.session, program_id=pid, name="Biaya").created[0]
    st.add_criterion(w.session, program_id=pid, name="Manfaat")
    st.score_alternative(w.session, alternative_id=well, criterion_id=cost, score=3)
    # once scoring started, every alternative of the problem needs every criterion
    assert w.issues(PL, "scoring") == [
        "Score “Pipa” on every criterion (missing: Biaya, Manfaat).",
        "Score “Sumur bor” on every criterion (missing: Manfaat).",
    ]
    assert pipe


def test_votes_alone_are_enough(w: World) -> None:
    water = w.prioritised_problem()
    alt = w.alternative(water, "Sumur bor")
    st.add_criterion(w.session, program_id=w.program_id, name="Biaya")  # defined, not used
    st.vote_alternative(w.session, alternative_id=alt, votes=12)
    assert w.issues(PL, "scoring") == []
    assert w.issues(PL, "choice") == ["Choose at least one alternative with the community."]
    st.choose_alternatives(w.session, program_id=w.program_id)
    assert w.done_issues(PL) == []


def test_an_alternative_without_a_proposer_is_flagged(w: World) -> None:
    water = w.prioritised_problem()
    alt = w.alternative(water, "Sumur bor")
    row = w.session.get(Alternative, alt)
    assert row is not None
    row.proposed_by_person_id = None
    w.session.flush()
    assert w.issues(PL, "alternatives") == ["Say who proposed “Sumur bor”."]
