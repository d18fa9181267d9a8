"""Correcting assessment's records in place: a problem or need, a resource. The fields change,
no row is added, the links (votes) stay, a refusal names its field and changes nothing, and a
closed program refuses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from edit_world import close_program, stamped, versions
from stage_world import World, open_world

from desktop.core import stages as st
from desktop.core.domain import NeedKind, ResourceKind
from desktop.core.errors import ProgramClosed
from desktop.core.models import NeedVote, Problem, Resource
from desktop.core.stages import NeedVoteInput


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani")
        world.group("Kelompok Tani Maju")
        yield world


def test_correct_a_problem_and_its_votes_stay(w: World) -> None:
    pid = w.problem("Air bersi", affected_households=12)
    st.record_need_votes(
        w.session, program_id=w.program_id, votes=[NeedVoteInput(problem_id=pid, points=5)]
    )
    before, counts = versions(w, "problems", pid), w.counts()
    changes = st.update_problem(
        w.session,
        problem_id=pid,
        title=" Air bersih ",
        kind=NeedKind.NEED,
        raised_by_group_id=w.groups["Kelompok Tani Maju"],
        affected_households=40,
    )
    assert changes.tables == {"problems"} and changes.created == ()
    row = w.session.get(Problem, pid)
    assert row is not None
    assert (row.title, row.kind, row.raised_by_person_id, row.affected_households) == (
        "Air bersih",
        NeedKind.NEED,
        None,
        40,
    )
    assert row.raised_by_group_id == w.groups["Kelompok Tani Maju"]
    assert w.counts() == counts  # corrected, not added
    assert w.count(NeedVote) == 1 and st.problem_ranking(w.session, w.program_id)[0].points == 5
    assert stamped(before, versions(w, "problems", pid)) == {
        "title",
        "kind",
        "raised_by_person_id",
        "raised_by_group_id",
        "affected_households",
    }
    error = w.refused(st.update_problem, problem_id=pid, title="", affected_households=-3)
    assert [i.field for i in error.issues] == ["title", "raised_by", "affected_households"]
    assert (row.title, row.affected_households) == ("Air bersih", 40)


def test_correct_a_resource(w: World) -> None:
    rid = st.add_resource(
        w.session,
        program_id=w.program_id,
        kind=ResourceKind.NATURAL,
        name="Mata air",
        quantity=2,
        unit="titik",
    ).created[0]
    before, counts = versions(w, "resources", rid), w.counts()
    st.update_resource(
        w.session,
        resource_id=rid,
        kind=ResourceKind.NATURAL,
        name="Mata air Sendang",
        quantity=3,
        unit="titik",
        estimated_value=2_000_000,
        held_by_group_id=w.groups["Kelompok Tani Maju"],
    )
    row = w.session.get(Resource, rid)
    assert row is not None
    assert (row.name, row.quantity, row.unit, row.estimated_value) == (
        "Mata air Sendang",
        3,
        "titik",
        2_000_000,
    )
    assert w.counts() == counts
    assert stamped(before, versions(w, "resources", rid)) == {
        "name",
        "quantity",
        "estimated_value",
        "held_by_group_id",
    }
    error = w.refused(
        st.update_resource,
        resource_id=rid,
        kind=ResourceKind.NATURAL,
        name=" ",
        quantity=-1,
        estimated_value=-500,
    )
    assert [i.field for i in error.issues] == ["name", "quantity", "estimated_value"]
    assert (row.name, row.quantity, row.estimated_value) == ("Mata air Sendang", 3, 2_000_000)


def test_a_closed_program_refuses_corrections(w: World) -> None:
    pid = w.problem("Air bersih")
    rid = st.add_resource(
        w.session, program_id=w.program_id, kind=ResourceKind.HUMAN, name="Tukang batu"
    ).created[0]
    close_program(w)
    for operation, kwargs in (
        (st.update_problem, {"problem_id": pid, "title": "Air", "raised_by_person_id": None}),
        (st.update_resource, {"resource_id": rid, "kind": ResourceKind.HUMAN, "name": "Tukang"}),
    ):
        error = w.refused(operation, **kwargs)
        assert isinstance(error, ProgramClosed)
        assert [i.field for i in error.issues] == ["program"]
