"""Evaluation: the community's monitoring team, measurements against baseline and target,
evaluation meetings with attendance, findings."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from stage_world import D, World, open_world

from desktop.core import stages as st
from desktop.core.domain import FindingKind, Goal, MeetingKind, PartyKind, Stage
from desktop.core.models import Finding, Measurement, MonitoringMember
from desktop.core.stages import Attendee, Party

EV = Stage.EVALUATION


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Sri")
        yield world


def test_monitoring_team(w: World) -> None:
    sri = w.people["Sri"]
    assert w.issues(EV, "monitoring_team") == [
        "Form the community's monitoring team: add at least one member."
    ]
    st.add_monitoring_member(
        w.session, program_id=w.program_id, person_id=sri, role="ketua", joined_on=D(2026, 4, 1)
    )
    assert w.session.scalars(select(MonitoringMember.role)).all() == ["ketua"]
    assert w.issues(EV, "monitoring_team") == []
    assert w.refused(
        st.add_monitoring_member, program_id=w.program_id, person_id=sri, role="anggota"
    ).messages == ["“Sri” is already on the monitoring team."]
    assert w.refused(
        st.add_monitoring_member,
        program_id=w.program_id,
        person_id=w.person("Joko"),
        role="",
        joined_on=D(2025, 1, 1),
    ).messages == [
        "Give the member's role in the team.",
        "The joining date (01-01-2025) is before the program starts (05-01-2026).",
    ]


def test_measurements_of_every_indicator(w: World) -> None:
    assert w.issues(EV, "measurements") == ["Add indicators in the formalisation stage first."]
    water = w.indicator("Air bersih")
    income = w.indicator("Pendapatan", baseline=1, target=3)
    assert w.issues(EV, "measurements") == [
        "Measure “Air bersih” at least once.",
        "Measure “Pendapatan” at least once.",
    ]
    st.record_measurement(
        w.session,
        indicator_id=water,
        measured_on=D(2026, 6, 1),
        value=45,
        party=Party.member(w.people["Sri"]),
        note="Survei tim monitoring",
    )
    row = w.session.scalars(select(Measurement)).one()
    assert (row.value, row.party_kind, row.village_code) == (
        45.0,
        PartyKind.COMMUNITY_MEMBER,
        w.program.village_code,
    )
    assert w.issues(EV, "measurements") == ["Measure “Pendapatan” at least once."]
    assert income


@pytest.mark.parametrize(
    ("kwargs", "messages"),
    [
        (
            {"measured_on": D(2026, 1, 6)},
            [
                "The measurement date (06-01-2026) comes before the baseline of “Air bersih” "
                "(10-01-2026)."
            ],
        ),
        (
            {"measured_on": D(2027, 1, 6)},
            ["The measurement date (06-01-2027) is after the program's planned end (31-12-2026)."],
        ),
        ({"value": float("inf")}, ["The measured value must be a number."]),
        (
            {"party": Party(PartyKind.COMMUNITY_MEMBER)},
            ["Choose the community member who is responsible."],
        ),
        ({"indicator_id": uuid.UUID(int=8)}, ["That indicator no longer exists."]),
    ],
)
def test_measurement_refusals(w: World, kwargs: dict[str, object], messages: list[str]) -> None:
    args: dict[str, object] = {
        "indicator_id": w.indicator("Air bersih"),
        "measured_on": D(2026, 6, 1),
        "value": 40,
        "party": Party.facilitator(),
    }
    assert w.refused(st.record_measurement, **{**args, **kwargs}).messages == messages


def test_evaluation_meetings(w: World) -> None:
    message = "Hold at least one evaluation meeting with the community and record its attendance."
    assert w.issues(EV, "meetings") == [message]
    w.meeting(Stage.IMPLEMENTATION, women=4)
    assert w.issues(EV, "meetings") == [message]
    # an evaluation meeting counts whatever stage it was filed under
    w.meeting(
        Stage.IMPLEMENTATION,
        kind=MeetingKind.EVALUATION,
        attendees=(Attendee(w.people["Sri"], spoke=True),),
    )
    assert w.issues(EV, "meetings") == []


def test_findings(w: World) -> None:
    assert w.issues(EV, "findings") == ["Record at least one finding of the evaluation."]
    meeting = w.meeting(EV, kind=MeetingKind.EVALUATION, women=6)
    st.add_finding(
        w.session,
        program_id=w.program_id,
        kind=FindingKind.LESSON,
        text="Iuran lebih lancar bila ditarik saat panen.",
        found_on=D(2026, 6, 12),
        party=Party.member(w.people["Sri"]),
        goal=Goal.INCOME,
        meeting_id=meeting,
    )
    row = w.session.scalars(select(Finding)).one()
    assert (row.goal, row.meeting_id) == (Goal.INCOME, meeting)
    assert w.issues(EV, "findings") == []
    assert w.refused(
        st.add_finding,
        program_id=w.program_id,
        kind=FindingKind.PROBLEM,
        text=" ",
        found_on=D(2024, 6, 12),
        party=Party.facilitator(),
        meeting_id=uuid.UUID(int=3),
    ).messages == [
        "Write what was found.",
        "The finding's date (12-06-2024) is before the program starts (05-01-2026).",
        "That meeting is not one of this program's meetings.",
    ]
