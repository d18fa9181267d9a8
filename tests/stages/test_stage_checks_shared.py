"""A record is checked the same way when it is added and when it is corrected: the same wrong
inputs are refused with the same sentences, naming the same fields."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from stage_world import START, World, open_world

from desktop.core import stages as st
from desktop.core.domain import FindingKind, HandoverKind, ResourceKind

BEFORE_START = START.replace(year=START.year - 1)
GONE = uuid.UUID(int=7)  # no row has this id


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani", "Sri")
        world.group("PKK Dusun Krajan")
        yield world


def _refusals(w: World, operation: Callable[..., Any], **kwargs: Any) -> list[tuple[str, str]]:
    return [(i.field, i.template) for i in w.refused(operation, **kwargs).issues]


def _same_refusals(
    w: World,
    add: Callable[..., Any],
    owner: dict[str, Any],
    update: Callable[..., Any],
    row: dict[str, Any],
    wrong: dict[str, Any],
) -> list[tuple[str, str]]:
    """The refusals of adding with ``wrong`` inputs, checked to equal those of correcting."""
    added = _refusals(w, add, **owner, **wrong)
    assert added, "the wrong inputs must be refused"
    assert _refusals(w, update, **row, **wrong) == added
    return added


def test_a_key_contact(w: World) -> None:
    row = st.add_key_contact(
        w.session, program_id=w.program_id, role="Kepala desa", person_id=w.people["Ani"]
    ).created[0]
    found = _same_refusals(
        w,
        st.add_key_contact,
        {"program_id": w.program_id},
        st.update_key_contact,
        {"key_contact_id": row},
        {"role": " ", "person_id": None, "group_id": None},
    )
    assert [field for field, _ in found] == ["role", "person"]


def test_a_field_note(w: World) -> None:
    row = st.add_field_note(
        w.session, program_id=w.program_id, text="Sowan ke kepala desa", noted_on=START
    ).created[0]
    found = _same_refusals(
        w,
        st.add_field_note,
        {"program_id": w.program_id},
        st.update_field_note,
        {"field_note_id": row},
        {"text": "", "noted_on": BEFORE_START, "author_id": GONE},
    )
    assert [field for field, _ in found] == ["text", "noted_on", "author"]


def test_a_facilitator(w: World) -> None:
    st.assign_facilitator(
        w.session, program_id=w.program_id, person_id=w.people["Ani"], role="Pendamping"
    )
    row = st.assign_facilitator(
        w.session, program_id=w.program_id, person_id=w.people["Sri"], role="Kader"
    ).created[0]
    found = _same_refusals(
        w,
        st.assign_facilitator,
        {"program_id": w.program_id},
        st.update_facilitator,
        {"facilitator_id": row},
        {"person_id": w.people["Ani"], "role": "", "assigned_on": BEFORE_START},
    )
    assert [field for field, _ in found] == ["role", "assigned_on", "person"]


def test_a_problem(w: World) -> None:
    row = w.problem("Air bersih")
    found = _same_refusals(
        w,
        st.add_problem,
        {"program_id": w.program_id},
        st.update_problem,
        {"problem_id": row},
        {"title": "", "raised_by_group_id": GONE, "affected_households": -1, "meeting_id": GONE},
    )
    assert [field for field, _ in found] == ["title", "raised_by", "affected_households", "meeting"]


def test_a_resource(w: World) -> None:
    row = st.add_resource(
        w.session, program_id=w.program_id, kind=ResourceKind.NATURAL, name="Mata air"
    ).created[0]
    found = _same_refusals(
        w,
        st.add_resource,
        {"program_id": w.program_id, "kind": ResourceKind.NATURAL},
        st.update_resource,
        {"resource_id": row, "kind": ResourceKind.NATURAL},
        {"name": "", "quantity": -2.0, "estimated_value": -5, "held_by_group_id": GONE},
    )
    assert [field for field, _ in found] == ["name", "quantity", "estimated_value", "held_by"]


def test_an_alternative(w: World) -> None:
    problem = w.prioritised_problem()
    row = w.alternative(problem, "Sumur bor")
    found = _same_refusals(
        w,
        st.add_alternative,
        {"problem_id": problem},
        st.update_alternative,
        {"alternative_id": row},
        {"title": "", "estimated_cost": -1},
    )
    assert [field for field, _ in found] == ["title", "proposed_by", "estimated_cost"]


def test_a_criterion(w: World) -> None:
    st.add_criterion(w.session, program_id=w.program_id, name="Biaya")
    row = st.add_criterion(w.session, program_id=w.program_id, name="Manfaat").created[0]
    found = _same_refusals(
        w,
        st.add_criterion,
        {"program_id": w.program_id},
        st.update_criterion,
        {"criterion_id": row},
        {"name": "biaya", "weight": 0},
    )
    assert [field for field, _ in found] == ["weight", "name"]


def test_a_member_of_the_monitoring_team(w: World) -> None:
    st.add_monitoring_member(
        w.session, program_id=w.program_id, person_id=w.people["Ani"], role="Ketua"
    )
    row = st.add_monitoring_member(
        w.session, program_id=w.program_id, person_id=w.people["Sri"], role="Anggota"
    ).created[0]
    found = _same_refusals(
        w,
        st.add_monitoring_member,
        {"program_id": w.program_id},
        st.update_monitoring_member,
        {"member_id": row},
        {"person_id": w.people["Ani"], "role": " ", "joined_on": BEFORE_START},
    )
    assert [field for field, _ in found] == ["role", "joined_on", "person"]


def test_a_finding(w: World) -> None:
    common = {"kind": FindingKind.LESSON, "party": st.Party.facilitator()}
    row = st.add_finding(
        w.session, program_id=w.program_id, text="Rapat ramai", found_on=START, **common
    ).created[0]
    found = _same_refusals(
        w,
        st.add_finding,
        {"program_id": w.program_id, **common},
        st.update_finding,
        {"finding_id": row, **common},
        {"text": "", "found_on": BEFORE_START, "meeting_id": GONE},
    )
    assert [field for field, _ in found] == ["text", "found_on", "meeting"]


def test_a_handover(w: World) -> None:
    row = st.record_handover(
        w.session,
        program_id=w.program_id,
        kind=HandoverKind.ASSET,
        description="Pompa air",
        to_group_id=w.groups["PKK Dusun Krajan"],
    ).created[0]
    found = _same_refusals(
        w,
        st.record_handover,
        {"program_id": w.program_id, "kind": HandoverKind.ASSET},
        st.update_handover,
        {"handover_id": row, "kind": HandoverKind.ASSET},
        {"description": "", "handed_on": BEFORE_START, "value": -1},
    )
    assert [field for field, _ in found] == ["description", "to", "handed_on", "value"]
