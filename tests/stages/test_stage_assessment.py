"""Assessment: meetings with attendance, problems with who raised them, resources, and the
community's ranking of needs by votes or pairwise choices."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from stage_world import D, World, open_world

from desktop.core import stages as st
from desktop.core.domain import MeetingKind, PartyKind, ResourceKind, Stage
from desktop.core.models import Attendance, Meeting, PairwiseChoice, Problem, Resource
from desktop.core.stages import Attendee, NeedVoteInput, Party, RankingMethod

A = Stage.ASSESSMENT


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        yield world


# --- meetings ------------------------------------------------------------------------------


def test_record_meeting_with_named_and_counted_attendance(w: World) -> None:
    ani, budi = w.person("Ani"), w.person("Budi")
    assert w.issues(A, "meetings") == ["Add at least one meeting with its attendance."]
    changes = st.record_meeting(
        w.session,
        program_id=w.program_id,
        stage=A,
        kind=MeetingKind.FOCUS_GROUP,
        title="FGD perempuan",
        held_on=D(2026, 2, 3),
        party=Party.member(ani),
        attendees=[Attendee(ani, spoke=True, decision_role="chair"), Attendee(budi)],
        unnamed_women=12,
        unnamed_men=3,
    )
    meeting = w.session.get(Meeting, changes.created[0])
    assert meeting is not None
    assert (meeting.party_kind, meeting.party_person_id) == (PartyKind.COMMUNITY_MEMBER, ani)
    assert (meeting.unnamed_women, meeting.unnamed_men) == (12, 3)
    rows = w.session.scalars(select(Attendance).order_by(Attendance.spoke)).all()
    assert [(r.person_id, r.spoke, r.decision_role) for r in rows] == [
        (budi, False, None),
        (ani, True, "chair"),
    ]
    assert {r.village_code for r in rows} == {w.program.village_code}
    assert w.issues(A, "meetings") == []


def test_a_meeting_of_another_stage_does_not_count(w: World) -> None:
    w.meeting(Stage.EVALUATION, women=3)
    assert w.issues(A, "meetings") == ["Add at least one meeting with its attendance."]


@pytest.mark.parametrize(
    ("kwargs", "messages"),
    [
        ({"title": " "}, ["Give the meeting a title."]),
        (
            {"held_on": D(2025, 12, 31)},
            ["The meeting date (31-12-2025) is before the program starts (05-01-2026)."],
        ),
        (
            {"unnamed_women": -1, "unnamed_men": 2},
            ["The number of women counted cannot be negative (-1)."],
        ),
        (
            {"unnamed_men": 2.5},
            ["The number of men counted must be a whole number."],
        ),
        (
            {"unnamed_women": 0, "unnamed_men": 0},
            ["Record who attended: at least one person, by name or counted."],
        ),
        (
            {"party": Party(PartyKind.COMMUNITY_MEMBER)},
            ["Choose the community member who is responsible."],
        ),
        (
            {"party": Party(PartyKind.COMMUNITY_GROUP)},
            ["Choose the community group that is responsible."],
        ),
        ({"party": Party.agency("  ")}, ["Name the outside agency that is responsible."]),
        ({"party": Party.member(uuid.UUID(int=9))}, ["That person no longer exists."]),
        (
            {"party": Party.community_group(uuid.UUID(int=9))},
            ["That community group no longer exists."],
        ),
    ],
)
def test_record_meeting_refusals(w: World, kwargs: dict[str, object], messages: list[str]) -> None:
    args: dict[str, object] = {
        "program_id": w.program_id,
        "stage": A,
        "kind": MeetingKind.DELIBERATION,
        "title": "Musyawarah",
        "held_on": D(2026, 2, 2),
        "party": Party.facilitator(),
        "unnamed_women": 4,
    }
    error = w.refused(st.record_meeting, **{**args, **kwargs})
    assert error.messages == messages


def test_a_person_listed_twice_is_refused(w: World) -> None:
    ani = w.person("Ani")
    error = w.refused(
        st.record_meeting,
        program_id=w.program_id,
        stage=A,
        kind=MeetingKind.DELIBERATION,
        title="Musyawarah",
        held_on=D(2026, 2, 2),
        party=Party.facilitator(),
        attendees=[Attendee(ani), Attendee(ani, spoke=True)],
    )
    assert error.messages == ["“Ani” is listed twice."]


def test_set_attendance_replaces_it_and_brings_back_earlier_rows(w: World) -> None:
    ani, budi = w.person("Ani"), w.person("Budi")
    meeting = w.meeting(attendees=(Attendee(ani), Attendee(budi)))
    st.set_attendance(
        w.session, meeting_id=meeting, attendees=[Attendee(ani)], unnamed_women=1, unnamed_men=0
    )
    live = w.session.scalars(select(Attendance).where(Attendance.deleted.is_(False))).all()
    assert [r.person_id for r in live] == [ani]
    changes = st.set_attendance(
        w.session,
        meeting_id=meeting,
        attendees=[Attendee(ani), Attendee(budi, spoke=True)],
        unnamed_women=0,
        unnamed_men=0,
    )
    assert changes.created == ()  # Budi's row came back: one row per person and meeting
    assert w.count(Attendance) == 2
    error = w.refused(
        st.set_attendance, meeting_id=meeting, attendees=[], unnamed_women=0, unnamed_men=0
    )
    assert error.messages == ["Record who attended: at least one person, by name or counted."]


def test_a_meeting_left_without_attendance_is_flagged(w: World) -> None:
    ani = w.person("Ani")
    meeting = w.meeting(attendees=(Attendee(ani),))
    for row in w.session.scalars(select(Attendance)):
        row.deleted = True  # as after a merge removed the only attendee
    w.session.flush()
    assert w.issues(A, "meetings") == ["The meeting “Musyawarah dusun” has no attendance recorded."]
    assert meeting


# --- problems ------------------------------------------------------------------------------


def test_add_problem_with_who_raised_it(w: World) -> None:
    ani = w.person("Ani")
    assert w.issues(A, "problems") == ["Add at least one problem or need the community raised."]
    meeting = w.meeting(women=3)
    pid = st.add_problem(
        w.session,
        program_id=w.program_id,
        title="Air bersih",
        raised_by_person_id=ani,
        meeting_id=meeting,
        affected_households=40,
    ).created[0]
    row = w.session.get(Problem, pid)
    assert row is not None and (row.raised_by_person_id, row.meeting_id) == (ani, meeting)
    assert w.issues(A, "problems") == []


@pytest.mark.parametrize(
    ("kwargs", "messages"),
    [
        ({"title": ""}, ["Say what the problem or need is."]),
        ({"raised_by_person_id": None}, ["Say who raised it: a resident or a group."]),
        (
            {"affected_households": -3},
            ["The number of affected households cannot be negative (-3)."],
        ),
        ({"meeting_id": uuid.UUID(int=1)}, ["That meeting is not one of this program's meetings."]),
    ],
)
def test_add_problem_refusals(w: World, kwargs: dict[str, object], messages: list[str]) -> None:
    args: dict[str, object] = {
        "program_id": w.program_id,
        "title": "Air bersih",
        "raised_by_person_id": w.person("Ani"),
    }
    assert w.refused(st.add_problem, **{**args, **kwargs}).messages == messages


def test_a_problem_without_who_raised_it_is_flagged(w: World) -> None:
    w.person("Ani")
    pid = w.problem("Air bersih")
    row = w.session.get(Problem, pid)
    assert row is not None
    row.raised_by_person_id = None  # as data merged from an older device might be
    w.session.flush()
    assert w.issues(A, "problems") == ["Say who raised “Air bersih”."]


# --- resources -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(ResourceKind))
def test_each_of_the_five_kinds_of_resources(w: World, kind: ResourceKind) -> None:
    assert w.issues(A, "resources") == ["Add at least one of the community's resources."]
    st.add_resource(
        w.session,
        program_id=w.program_id,
        kind=kind,
        name="Aset",
        quantity=2.5,
        unit="ha",
        estimated_value=5_000_000,
    )
    assert w.session.scalars(select(Resource.kind)).one() is kind
    assert w.issues(A, "resources") == []


def test_add_resource_refusals(w: World) -> None:
    error = w.refused(
        st.add_resource,
        program_id=w.program_id,
        kind=ResourceKind.FINANCIAL,
        name=" ",
        quantity=-1.0,
        estimated_value=-5,
    )
    assert error.messages == [
        "Name the resource.",
        "The quantity cannot be negative (-1).",
        "The estimated value cannot be negative (Rp -5).",
    ]
    error = w.refused(
        st.add_resource,
        program_id=w.program_id,
        kind=ResourceKind.FINANCIAL,
        name="Kas",
        estimated_value=1.5,
    )
    assert error.messages == ["The estimated value must be a whole number of Rupiah."]


# --- ranking -------------------------------------------------------------------------------


def _three_problems(w: World) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    w.person("Ani")
    return w.problem("Air bersih"), w.problem("Jalan rusak"), w.problem("Harga pupuk")


def test_rank_by_votes_with_ties_sharing_a_rank(w: World) -> None:
    water, road, fert = _three_problems(w)
    assert w.issues(A, "ranking") == ["Rank the needs with the community: by votes or in pairs."]
    ani = w.people["Ani"]
    st.record_need_votes(
        w.session,
        program_id=w.program_id,
        votes=[
            NeedVoteInput(water, 7),
            NeedVoteInput(road, 4),
            NeedVoteInput(fert, 9),
            NeedVoteInput(water, 2, voter_person_id=ani),
        ],
        cast_on=D(2026, 2, 2),
    )
    st.rank_problems(w.session, program_id=w.program_id, top=1)
    ranking = {
        r.title: (r.points, r.rank, r.prioritised)
        for r in st.problem_ranking(w.session, w.program_id)
    }
    # water 7 + 2 = 9 ties with fertiliser's 9: both first, the road third
    assert ranking == {
        "Air bersih": (9, 1, True),
        "Harga pupuk": (9, 1, True),
        "Jalan rusak": (4, 3, False),
    }
    assert w.issues(A, "ranking") == []


def test_rank_by_pairwise_wins(w: World) -> None:
    water, road, fert = _three_problems(w)
    pid = w.program_id
    st.record_pairwise_choice(
        w.session, program_id=pid, first_id=water, second_id=road, winner_id=water
    )
    st.record_pairwise_choice(
        w.session, program_id=pid, first_id=water, second_id=fert, winner_id=water
    )
    st.record_pairwise_choice(
        w.session, program_id=pid, first_id=road, second_id=fert, winner_id=road
    )
    # the community changes its mind on one pair: the choice is replaced, not added
    st.record_pairwise_choice(
        w.session, program_id=pid, first_id=fert, second_id=road, winner_id=fert
    )
    assert w.count(PairwiseChoice) == 3
    st.rank_problems(w.session, program_id=pid, top=2)  # pairwise, since there are choices
    ranking = {r.title: (r.wins, r.rank, r.prioritised) for r in st.problem_ranking(w.session, pid)}
    assert ranking == {
        "Air bersih": (2, 1, True),
        "Harga pupuk": (1, 2, True),
        "Jalan rusak": (0, 3, False),
    }


def test_pairwise_choice_refusals(w: World) -> None:
    water, road, _ = _three_problems(w)
    pid = w.program_id
    error = w.refused(
        st.record_pairwise_choice, program_id=pid, first_id=water, second_id=water, winner_id=water
    )
    assert error.messages == ["“Air bersih” cannot be compared with itself."]
    error = w.refused(
        st.record_pairwise_choice,
        program_id=pid,
        first_id=water,
        second_id=road,
        winner_id=uuid.UUID(int=5),
    )
    assert error.messages == ["The winner must be one of the two problems compared."]
    error = w.refused(
        st.record_pairwise_choice,
        program_id=pid,
        first_id=water,
        second_id=uuid.UUID(int=5),
        winner_id=water,
    )
    assert error.messages == ["That problem is not one of this program's problems."]


def test_vote_refusals(w: World) -> None:
    water, _, _ = _three_problems(w)
    ani = w.people["Ani"]
    pid = w.program_id
    assert w.refused(st.record_need_votes, program_id=pid, votes=[]).messages == [
        "Enter the points each problem received."
    ]
    assert w.refused(
        st.record_need_votes, program_id=pid, votes=[NeedVoteInput(water, -2)]
    ).messages == ["“Air bersih” cannot get negative points (-2)."]
    assert w.refused(
        st.record_need_votes,
        program_id=pid,
        votes=[NeedVoteInput(water, 1)],
        cast_on=D(2027, 1, 1),
    ).messages == ["The voting date (01-01-2027) is after the program's planned end (31-12-2026)."]
    assert w.refused(
        st.record_need_votes,
        program_id=pid,
        votes=[NeedVoteInput(water, 1, ani), NeedVoteInput(water, 1, ani)],
    ).messages == ["“Ani” has already voted for “Air bersih”."]
    st.record_need_votes(w.session, program_id=pid, votes=[NeedVoteInput(water, 1, ani)])
    assert w.refused(
        st.record_need_votes, program_id=pid, votes=[NeedVoteInput(water, 3, ani)]
    ).messages == ["“Ani” has already voted for “Air bersih”."]
    # zero points are kept: a problem nobody put a bean on
    st.record_need_votes(w.session, program_id=pid, votes=[NeedVoteInput(water, 0)])


def test_rank_refusals(w: World) -> None:
    pid = w.program_id
    assert w.refused(st.rank_problems, program_id=pid).messages == [
        "Add the problems and needs before ranking them."
    ]
    _three_problems(w)
    assert w.refused(st.rank_problems, program_id=pid).messages == [
        "Record the community's votes before ranking."
    ]
    assert w.refused(st.rank_problems, program_id=pid, method=RankingMethod.PAIRWISE).messages == [
        "Record the pairwise choices before ranking."
    ]
    water = w.session.scalars(select(Problem.id).where(Problem.title == "Air bersih")).one()
    st.record_need_votes(w.session, program_id=pid, votes=[NeedVoteInput(water, 1)])
    assert w.refused(st.rank_problems, program_id=pid, top=0).messages == [
        "Prioritise at least one problem."
    ]


def test_ranking_rule_wants_every_problem_ranked_and_a_priority(w: World) -> None:
    water, road, _ = _three_problems(w)
    pid = w.program_id
    st.record_need_votes(w.session, program_id=pid, votes=[NeedVoteInput(water, 3)])
    st.rank_problems(w.session, program_id=pid)
    assert w.issues(A, "ranking") == ["Choose at least one problem as a priority."]
    st.set_priorities(w.session, program_id=pid, problem_ids=[road])
    assert w.issues(A, "ranking") == []
    w.problem("Sampah")  # raised after the ranking
    assert w.issues(A, "ranking") == ["“Sampah” has no rank yet: rank the problems again."]
    assert w.refused(st.set_priorities, program_id=pid, problem_ids=[]).messages == [
        "Prioritise at least one problem."
    ]
