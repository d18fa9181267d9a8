"""Preparation: facilitators and roles, the entry plan, key contacts, field notes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from stage_world import START, D, World, open_world

from desktop.core import stages as st
from desktop.core.domain import Stage
from desktop.core.models import Facilitator, FieldNote, KeyContact

P = Stage.PREPARATION


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        yield world


def test_assign_facilitator(w: World) -> None:
    fasil = w.person("Pak Fasil")
    assert w.issues(P, "team") == ["Assign at least one facilitator and their role."]
    changes = st.assign_facilitator(
        w.session,
        program_id=w.program_id,
        person_id=fasil,
        role=" pendamping desa ",
        organisation="Dinas PMD",
        assigned_on=START,
    )
    row = w.session.get(Facilitator, changes.created[0])
    assert row is not None
    assert (row.role, row.village_code, row.is_community) == (
        "pendamping desa",
        w.program.village_code,
        False,
    )
    assert changes.touches("facilitators") and w.program_id in changes.program_ids
    assert w.issues(P, "team") == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"role": "  "}, "Give the facilitator's role."),
        (
            {"assigned_on": D(2026, 1, 1)},
            "The assignment date (01-01-2026) is before the program starts (05-01-2026).",
        ),
        (
            {"assigned_on": D(2027, 1, 1)},
            "The assignment date (01-01-2027) is after the program's planned end (31-12-2026).",
        ),
        ({"person_id": uuid.UUID(int=7)}, "That person no longer exists."),
    ],
)
def test_assign_facilitator_refusals(w: World, kwargs: dict[str, object], message: str) -> None:
    args: dict[str, object] = {
        "program_id": w.program_id,
        "person_id": w.person("Pak Fasil"),
        "role": "pendamping",
    }
    error = w.refused(st.assign_facilitator, **{**args, **kwargs})
    assert error.messages == [message]


def test_a_person_is_assigned_once(w: World) -> None:
    fasil = w.person("Pak Fasil")
    st.assign_facilitator(w.session, program_id=w.program_id, person_id=fasil, role="pendamping")
    error = w.refused(
        st.assign_facilitator, program_id=w.program_id, person_id=fasil, role="teknis"
    )
    assert error.messages == ["“Pak Fasil” is already a facilitator of this program."]


def test_release_facilitator(w: World) -> None:
    fasil = w.person("Pak Fasil")
    fid = st.assign_facilitator(
        w.session,
        program_id=w.program_id,
        person_id=fasil,
        role="pendamping",
        assigned_on=D(2026, 2, 1),
    ).created[0]
    error = w.refused(st.release_facilitator, facilitator_id=fid, released_on=D(2026, 1, 20))
    assert error.messages == [
        "The release date (20-01-2026) comes before the assignment date (01-02-2026)."
    ]
    st.release_facilitator(w.session, facilitator_id=fid, released_on=D(2026, 11, 30))
    row = w.session.get(Facilitator, fid)
    assert row is not None and row.released_on == D(2026, 11, 30)


def test_entry_plan(w: World) -> None:
    assert w.issues(P, "entry_plan") == ["Write the plan for entering the community."]
    st.set_entry_plan(w.session, program_id=w.program_id, text="  Sowan ke kepala desa.  ")
    assert w.program.entry_plan == "Sowan ke kepala desa."
    assert w.issues(P, "entry_plan") == []
    st.set_entry_plan(w.session, program_id=w.program_id, text="   ")
    assert w.program.entry_plan is None
    assert w.issues(P, "entry_plan") == ["Write the plan for entering the community."]


def test_key_contacts(w: World) -> None:
    assert w.issues(P, "key_contacts") == ["Add at least one key contact or local institution."]
    error = w.refused(st.add_key_contact, program_id=w.program_id, role="kepala desa")
    assert error.messages == ["Choose the person or the local institution."]
    pkk = w.group("PKK")
    error = w.refused(st.add_key_contact, program_id=w.program_id, role=" ", group_id=pkk)
    assert error.messages == ["Give the key contact's role."]
    changes = st.add_key_contact(w.session, program_id=w.program_id, role="ketua PKK", group_id=pkk)
    row = w.session.get(KeyContact, changes.created[0])
    assert row is not None and row.village_code == w.program.village_code
    assert w.issues(P, "key_contacts") == []


def test_field_notes(w: World) -> None:
    assert w.issues(P, "field_notes") == ["Add at least one field note from preparing the field."]
    error = w.refused(st.add_field_note, program_id=w.program_id, text="", noted_on=D(2027, 2, 1))
    assert error.messages == [
        "Write the field note.",
        "The note's date (01-02-2027) is after the program's planned end (31-12-2026).",
    ]
    # a note of another stage does not count for preparation
    st.add_field_note(
        w.session,
        program_id=w.program_id,
        text="Rapat evaluasi ramai.",
        noted_on=D(2026, 6, 1),
        stage=Stage.EVALUATION,
    )
    assert w.issues(P, "field_notes") != []
    st.add_field_note(w.session, program_id=w.program_id, text="Warga ramah.", noted_on=START)
    assert w.issues(P, "field_notes") == []
    assert w.count(FieldNote) == 2


def test_a_program_without_a_planned_end_takes_any_later_date(tmp_path: Path) -> None:
    with open_world(tmp_path, end=None) as w:
        st.add_field_note(
            w.session, program_id=w.program_id, text="Lama sekali.", noted_on=D(2030, 1, 1)
        )
        assert w.count(FieldNote) == 1
