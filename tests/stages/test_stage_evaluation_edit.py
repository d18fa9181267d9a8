"""Correcting the monitoring team and the findings in place, checked as when they were added."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from edit_world import close_program, fields_written
from stage_world import D, World, open_world

from desktop.core import stages as st
from desktop.core.domain import FindingKind, Goal, PartyKind
from desktop.core.errors import ProgramClosed
from desktop.core.models import Finding, MonitoringMember
from desktop.core.stages import Party


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Sri", "Ani")
        yield world


def _member(w: World, name: str, role: str) -> MonitoringMember:
    mid = st.add_monitoring_member(
        w.session, program_id=w.program_id, person_id=w.people[name], role=role
    ).created[0]
    row = w.session.get(MonitoringMember, mid)
    assert row is not None
    return row


def test_a_members_role_is_corrected(w: World) -> None:
    sri = _member(w, "Sri", "anggota")
    ani = _member(w, "Ani", "ketua")
    before = w.counts()
    kwargs: dict[str, Any] = {"member_id": sri.id, "person_id": sri.person_id, "role": " Ketua "}
    written = fields_written(w, "monitoring_members", sri.id, st.update_monitoring_member, **kwargs)
    assert (sri.role, written) == ("Ketua", {"role"})
    assert w.counts() == before
    error = w.refused(
        st.update_monitoring_member,
        **(kwargs | {"role": "", "person_id": ani.person_id, "joined_on": D(2025, 1, 1)}),
    )
    assert [i.field for i in error.issues] == ["role", "joined_on", "person"]
    assert error.messages[-1] == "“Ani” is already on the monitoring team."
    assert (sri.role, sri.person_id) == ("Ketua", w.people["Sri"])


def test_a_finding_is_corrected(w: World) -> None:
    fid = st.add_finding(
        w.session,
        program_id=w.program_id,
        kind=FindingKind.LESSON,
        text="Kelompok rutin rapat",
        found_on=D(2026, 11, 1),
        party=Party.facilitator(),
    ).created[0]
    row = w.session.get(Finding, fid)
    assert row is not None
    before = w.counts()
    kwargs: dict[str, Any] = {
        "finding_id": fid,
        "kind": FindingKind.RECOMMENDATION,
        "text": "Kelompok rutin rapat tiap bulan",
        "found_on": D(2026, 11, 1),
        "party": Party.member(w.people["Ani"]),
        "goal": Goal.INSTITUTIONS,
        "recommendation": "Lanjutkan arisan",
    }
    written = fields_written(w, "findings", fid, st.update_finding, **kwargs)
    assert (row.kind, row.goal, row.text, row.recommendation, row.party_kind) == (
        FindingKind.RECOMMENDATION,
        Goal.INSTITUTIONS,
        "Kelompok rutin rapat tiap bulan",
        "Lanjutkan arisan",
        PartyKind.COMMUNITY_MEMBER,
    )
    assert written == {"kind", "goal", "text", "recommendation", "party_kind", "party_person_id"}
    assert w.counts() == before
    error = w.refused(
        st.update_finding,
        **(kwargs | {"text": " ", "found_on": D(2027, 2, 1), "meeting_id": fid}),
    )
    assert [i.field for i in error.issues] == ["text", "found_on", "meeting"]
    close_program(w)
    with pytest.raises(ProgramClosed):
        st.update_finding(w.session, **kwargs)
    assert row.text == "Kelompok rutin rapat tiap bulan"


def test_a_closed_program_refuses_a_members_edit(w: World) -> None:
    sri = _member(w, "Sri", "anggota")
    close_program(w)
    with pytest.raises(ProgramClosed):
        st.update_monitoring_member(
            w.session, member_id=sri.id, person_id=sri.person_id, role="ketua"
        )
    assert sri.role == "anggota"
