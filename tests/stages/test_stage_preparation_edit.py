"""Correcting preparation's records in place: a facilitator, a key contact, a field note. The
fields change, no row is added, a refusal names its field and changes nothing, and a closed
program refuses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from edit_world import close_program, stamped, versions
from stage_world import D, World, open_world

from desktop.core import stages as st
from desktop.core.errors import ProgramClosed
from desktop.core.models import Facilitator, FieldNote, KeyContact


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani")
        world.men("Budi")
        world.group("PKK Dusun Krajan")
        yield world


def test_correct_a_facilitator(w: World) -> None:
    ani, budi = w.people["Ani"], w.people["Budi"]
    fid = st.assign_facilitator(
        w.session,
        program_id=w.program_id,
        person_id=ani,
        role="Pendamping",
        organisation="Dinas PMD",
        assigned_on=D(2026, 1, 10),
    ).created[0]
    st.assign_facilitator(w.session, program_id=w.program_id, person_id=budi, role="Kader")
    before, counts = versions(w, "facilitators", fid), w.counts()
    changes = st.update_facilitator(
        w.session,
        facilitator_id=fid,
        person_id=ani,
        role="  Pendamping desa ",
        organisation="Dinas PMD",
        is_community=True,
        assigned_on=D(2026, 1, 12),
    )
    assert changes.tables == {"facilitators"} and changes.created == ()
    row = w.session.get(Facilitator, fid)
    assert row is not None
    assert (row.role, row.organisation, row.is_community, row.assigned_on) == (
        "Pendamping desa",
        "Dinas PMD",
        True,
        D(2026, 1, 12),
    )
    assert w.counts() == counts  # corrected, not added
    assert stamped(before, versions(w, "facilitators", fid)) == {
        "role",
        "is_community",
        "assigned_on",
    }

    def refused(**changed: object) -> list[str]:
        kwargs = {"facilitator_id": fid, "person_id": ani, "role": "Pendamping desa", **changed}
        return [i.field for i in w.refused(st.update_facilitator, **kwargs).issues]

    assert refused(role=" ") == ["role"]
    assert refused(assigned_on=D(2025, 12, 1)) == ["assigned_on"]
    assert refused(person_id=budi) == ["person"]  # Budi is on the team already
    st.release_facilitator(w.session, facilitator_id=fid, released_on=D(2026, 6, 1))
    assert refused(assigned_on=D(2026, 7, 1)) == ["assigned_on"]  # after the release
    assert (row.role, row.assigned_on) == ("Pendamping desa", D(2026, 1, 12))


def test_correct_a_key_contact(w: World) -> None:
    ani, pkk = w.people["Ani"], w.groups["PKK Dusun Krajan"]
    cid = st.add_key_contact(
        w.session, program_id=w.program_id, role="Kepala desa", person_id=ani
    ).created[0]
    before, counts = versions(w, "key_contacts", cid), w.counts()
    st.update_key_contact(
        w.session, key_contact_id=cid, role="Ketua PKK", group_id=pkk, notes="Rapat tiap Kamis"
    )
    row = w.session.get(KeyContact, cid)
    assert row is not None
    assert (row.role, row.person_id, row.group_id, row.notes) == (
        "Ketua PKK",
        None,
        pkk,
        "Rapat tiap Kamis",
    )
    assert w.counts() == counts
    assert stamped(before, versions(w, "key_contacts", cid)) == {
        "role",
        "person_id",
        "group_id",
        "notes",
    }
    error = w.refused(st.update_key_contact, key_contact_id=cid, role="")
    assert [i.field for i in error.issues] == ["role", "person"]
    assert (row.role, row.group_id) == ("Ketua PKK", pkk)


def test_correct_a_field_note(w: World) -> None:
    nid = st.add_field_note(
        w.session, program_id=w.program_id, text="Warga ramah", noted_on=D(2026, 1, 20)
    ).created[0]
    before = versions(w, "field_notes", nid)
    st.update_field_note(w.session, field_note_id=nid, text="Warga ramah", noted_on=D(2026, 1, 21))
    row = w.session.get(FieldNote, nid)
    assert row is not None
    assert (row.text, row.noted_on) == ("Warga ramah", D(2026, 1, 21))
    assert stamped(before, versions(w, "field_notes", nid)) == {"noted_on"}  # the text kept
    error = w.refused(st.update_field_note, field_note_id=nid, text="  ", noted_on=D(2027, 3, 1))
    assert [i.field for i in error.issues] == ["text", "noted_on"]
    assert row.noted_on == D(2026, 1, 21)


def test_a_closed_program_refuses_corrections(w: World) -> None:
    ani = w.people["Ani"]
    fid = st.assign_facilitator(
        w.session, program_id=w.program_id, person_id=ani, role="Pendamping"
    ).created[0]
    cid = st.add_key_contact(
        w.session, program_id=w.program_id, role="Kepala desa", person_id=ani
    ).created[0]
    nid = st.add_field_note(
        w.session, program_id=w.program_id, text="Catatan", noted_on=D(2026, 1, 20)
    ).created[0]
    close_program(w)
    for operation, kwargs in (
        (st.update_facilitator, {"facilitator_id": fid, "person_id": ani, "role": "Kader"}),
        (st.update_key_contact, {"key_contact_id": cid, "role": "Kadus", "person_id": ani}),
        (st.update_field_note, {"field_note_id": nid, "text": "Lain", "noted_on": D(2026, 2, 1)}),
    ):
        error = w.refused(operation, **kwargs)
        assert isinstance(error, ProgramClosed)
        assert [i.field for i in error.issues] == ["program"]
