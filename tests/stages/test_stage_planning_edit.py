"""Correcting planning's records in place: an alternative, a criterion. The fields change, no
row is added, scores stay, a refusal (a duplicate criterion among them) names its field and
changes nothing, and a closed program refuses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from edit_world import close_program, stamped, versions
from stage_world import World, open_world

from desktop.core import stages as st
from desktop.core.errors import ProgramClosed
from desktop.core.models import Alternative, AlternativeScore, Criterion


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani")
        world.men("Budi")
        yield world


def test_correct_an_alternative(w: World) -> None:
    problem = w.prioritised_problem()
    aid = w.alternative(problem, "Sumur bor", by="Ani")
    before, counts = versions(w, "alternatives", aid), w.counts()
    changes = st.update_alternative(
        w.session,
        alternative_id=aid,
        title="Sumur bor bersama",
        proposed_by_person_id=w.people["Budi"],
        estimated_cost=15_000_000,
    )
    assert changes.tables == {"alternatives"} and changes.created == ()
    row = w.session.get(Alternative, aid)
    assert row is not None
    assert (row.problem_id, row.title, row.proposed_by_person_id, row.estimated_cost) == (
        problem,
        "Sumur bor bersama",
        w.people["Budi"],
        15_000_000,
    )
    assert w.counts() == counts
    assert stamped(before, versions(w, "alternatives", aid)) == {
        "title",
        "proposed_by_person_id",
        "estimated_cost",
    }
    other = w.problem("Jalan rusak")  # raised but not prioritised
    error = w.refused(
        st.update_alternative,
        alternative_id=aid,
        problem_id=other,
        title="",
        estimated_cost=-1,
    )
    assert [i.field for i in error.issues] == ["title", "problem", "proposed_by", "estimated_cost"]
    assert (row.problem_id, row.title, row.estimated_cost) == (
        problem,
        "Sumur bor bersama",
        15_000_000,
    )


def test_correct_a_criterion_and_its_scores_stay(w: World) -> None:
    aid = w.alternative(w.prioritised_problem(), "Sumur bor")
    cost = st.add_criterion(w.session, program_id=w.program_id, name="Biaya", weight=2).created[0]
    st.add_criterion(w.session, program_id=w.program_id, name="Manfaat")
    st.score_alternative(w.session, alternative_id=aid, criterion_id=cost, score=4)
    before, counts = versions(w, "criteria", cost), w.counts()
    st.update_criterion(w.session, criterion_id=cost, name="Biaya murah", weight=3)
    row = w.session.get(Criterion, cost)
    assert row is not None
    assert (row.name, row.weight) == ("Biaya murah", 3)
    assert w.counts() == counts and w.count(AlternativeScore) == 1
    assert stamped(before, versions(w, "criteria", cost)) == {"name", "weight"}
    st.update_criterion(w.session, criterion_id=cost, name="BIAYA MURAH", weight=3)  # itself
    assert row.name == "BIAYA MURAH"
    duplicate = w.refused(st.update_criterion, criterion_id=cost, name="manfaat")
    assert [i.field for i in duplicate.issues] == ["name"]
    error = w.refused(st.update_criterion, criterion_id=cost, name="", weight=0)
    assert [i.field for i in error.issues] == ["name", "weight"]
    assert (row.name, row.weight) == ("BIAYA MURAH", 3)


def test_a_closed_program_refuses_corrections(w: World) -> None:
    aid = w.alternative(w.prioritised_problem(), "Sumur bor")
    cid = st.add_criterion(w.session, program_id=w.program_id, name="Biaya").created[0]
    close_program(w)
    for operation, kwargs in (
        (st.update_alternative, {"alternative_id": aid, "title": "Pipa"}),
        (st.update_criterion, {"criterion_id": cid, "name": "Murah", "weight": 2}),
    ):
        error = w.refused(operation, **kwargs)
        assert isinstance(error, ProgramClosed)
        assert [i.field for i in error.issues] == ["program"]
