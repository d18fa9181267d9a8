"""The four principles on small hand-made programs whose answers are worked out by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest import approx
from stage_world import D, World, open_world, walk_to_the_end

from desktop.core import stages as st
from desktop.core.domain import (
    ContributionKind,
    FindingKind,
    FundingSource,
    MeetingKind,
    Sex,
    Stage,
)
from desktop.core.principles.equality import equality
from desktop.core.principles.participation import participation
from desktop.core.principles.results import Phase
from desktop.core.principles.scores import scores as principle_scores
from desktop.core.principles.self_reliance import self_reliance
from desktop.core.principles.shares import MonthValue, Share, Thresholds, least_squares_slope
from desktop.core.principles.sustainability import sustainability
from desktop.core.stages import Attendee, Party, SignatoryInput


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        yield world


def _values(series: tuple[MonthValue, ...]) -> dict[str, float | None]:
    return {f"{p.month:%Y-%m}": p.value for p in series}


# --- plain pieces --------------------------------------------------------------------------


def test_share_never_divides_by_zero() -> None:
    assert Share(0, 0).value is None
    assert Share(3, 8).value == 0.375
    assert (Share(1, 2) + Share(2, 6)).value == 3 / 8


def test_least_squares_slope() -> None:
    assert least_squares_slope([(0, 1.0), (1, 0.5), (2, 0.5), (3, 0.0)]) == approx(-0.3)
    assert least_squares_slope([(0, 1.0)]) is None
    assert least_squares_slope([(2, 1.0), (2, 0.0)]) is None


def test_an_empty_program_has_no_figures_and_no_warnings(w: World) -> None:
    scores = principle_scores(w.session, w.program_id)
    for score in scores:
        assert score.figure is None
        assert score.warnings == ()
        assert len(score.series) == 12  # Jan..Dec 2026, the program's planned life
        assert all(p.value is None for p in score.series)
    assert scores.sustainability.slope is None and scores.sustainability.reaches_zero is None


# --- equality ------------------------------------------------------------------------------


def _equality_world(w: World) -> None:
    ani, sri = w.women("Ani", "Sri")
    budi, joko = w.men("Budi", "Joko")
    tani = w.group(
        "Kelompok Tani",
        {"Ani": True, "Budi": True, "Joko": False, "Sri": True},
        left=("Sri",),  # Sri left the group: not counted any more
    )
    meeting = w.meeting(
        Stage.ASSESSMENT,
        attendees=(
            Attendee(ani, spoke=True, decision_role="chair"),
            Attendee(budi, spoke=True),
            Attendee(joko),
        ),
        women=2,
        men=3,
        held_on=D(2026, 2, 2),
    )
    raised = {
        title: st.add_problem(
            w.session,
            program_id=w.program_id,
            title=title,
            raised_by_person_id=who,
            meeting_id=meeting,
        ).created[0]
        for title, who in (("Air bersih", ani), ("Jalan rusak", budi), ("Harga pupuk", joko))
    }
    water = raised["Air bersih"]
    st.set_priorities(w.session, program_id=w.program_id, problem_ids=[water])
    alt = st.add_alternative(
        w.session, problem_id=water, title="Sumur bor", proposed_by_person_id=budi
    ).created[0]
    st.vote_alternative(w.session, alternative_id=alt, votes=5)
    st.choose_alternatives(w.session, program_id=w.program_id)
    plan = st.create_action_plan(w.session, alternative_id=alt).created[0]
    w.activity("Gali sumur", plan=plan, party=Party.community_group(tani))
    st.record_agreement(
        w.session,
        action_plan_id=plan,
        signed_on=D(2026, 2, 27),
        signatories=[
            SignatoryInput("Joko", "ketua kelompok", person_id=joko),
            SignatoryInput("Kepala Desa", "kepala desa"),  # no person: sex unknown, not counted
        ],
    )
    assert sri


def test_equality_by_hand(w: World) -> None:
    _equality_world(w)
    eq = equality(w.session, w.program_id)
    # attendance: Ani + 2 counted women = 3 of 3 named + 5 counted = 8
    assert eq.overall.attendance == Share(3, 8)
    # voice: Ani spoke, Budi spoke; problems by Ani, Budi, Joko; the alternative by Budi
    assert eq.overall.voice == Share(2, 6)
    # decisions: Ani chairs; the group's Ani and Budi (Sri left); Joko signed
    assert eq.overall.decisions == Share(2, 4)
    assert eq.figure == approx((3 / 8 + 2 / 6 + 2 / 4) / 3)  # = 29/72
    assert eq.figure == approx(29 / 72)
    assert eq.warnings == ()
    assert eq.by_stage[Stage.ASSESSMENT].attendance == Share(3, 8)
    assert eq.by_stage[Stage.ASSESSMENT].voice == Share(2, 5)
    assert eq.by_stage[Stage.ASSESSMENT].decisions == Share(1, 1)
    assert eq.by_stage[Stage.PLANNING].voice == Share(0, 1)
    assert eq.by_stage[Stage.FORMALISATION].decisions == Share(0, 1)
    [meeting] = eq.by_meeting
    assert (meeting.shares.attendance, meeting.below) == (Share(3, 8), False)
    [group] = eq.by_group
    assert (group.name, group.members, group.decisions) == (
        "Kelompok Tani",
        Share(1, 3),
        Share(1, 2),
    )
    values = _values(eq.series)
    assert values["2026-02"] == 0.375
    assert values["2026-01"] is None and len(values) == 12


def test_equality_warns_below_a_threshold_passed_in(w: World) -> None:
    _equality_world(w)
    eq = equality(w.session, w.program_id, Thresholds(women=0.45))
    assert [f.key for f in eq.warnings] == ["women_attendance", "women_voice"]
    assert eq.warnings[0].message == "Women are 38% of the attendance, below 45%."
    assert eq.by_meeting[0].below and eq.by_group[0].below
    assert eq.flagged and eq.threshold == 0.45


# --- participation -------------------------------------------------------------------------


def test_participation_by_hand(w: World) -> None:
    s, pid = w.session, w.program_id
    ani = w.person("Ani")
    fasil = w.person("Pak Fasil", Sex.MALE, resident=False)
    st.assign_facilitator(s, program_id=pid, person_id=fasil, role="pendamping")
    tani = w.group("Kelompok Tani")
    member, group, facilitator = Party.member(ani), Party.community_group(tani), Party.facilitator()
    # plan: a facilitator-led and a group-led meeting, problems by Ani and by the facilitator,
    # an alternative by the group, a formalisation activity carried by the facilitator: 3 of 6
    w.meeting(Stage.ASSESSMENT, women=3, party=facilitator)
    w.meeting(Stage.PLANNING, women=3, party=group)
    water = st.add_problem(s, program_id=pid, title="Air", raised_by_person_id=ani).created[0]
    st.add_problem(s, program_id=pid, title="Jalan", raised_by_person_id=fasil)
    st.set_priorities(s, program_id=pid, problem_ids=[water])
    st.add_alternative(s, problem_id=water, title="Sumur", proposed_by_group_id=tani)
    w.activity("Susun rencana", stage=Stage.FORMALISATION, party=facilitator)
    # do: activities by the group and by an agency, logs by the group twice and the
    # facilitator once: 3 of 5
    dig = w.activity("Gali", party=group)
    w.activity("Pasang pompa", party=Party.agency("Dinas PU"))
    for day, progress, party in ((5, 20, group), (10, 60, group), (13, 80, facilitator)):
        st.log_progress(
            s, activity_id=dig, logged_on=D(2026, 3, day), progress=progress, party=party
        )
    # monitor: measurements by Ani twice and the facilitator once, a monitoring meeting led
    # by Ani: 3 of 4
    ind = w.indicator()
    for month, party in ((4, member), (5, member), (6, facilitator)):
        st.record_measurement(
            s, indicator_id=ind, measured_on=D(2026, month, 1), value=30, party=party
        )
    w.meeting(Stage.IMPLEMENTATION, kind=MeetingKind.MONITORING, women=2, party=member)
    # evaluate: a finding and an evaluation meeting, both by the facilitator: 0 of 2
    st.add_finding(
        s,
        program_id=pid,
        kind=FindingKind.LESSON,
        text="x",
        found_on=D(2026, 6, 5),
        party=facilitator,
    )
    w.meeting(Stage.EVALUATION, kind=MeetingKind.EVALUATION, women=4, party=facilitator)
    # termination's meetings are not counted
    w.meeting(Stage.TERMINATION, kind=MeetingKind.OTHER, women=4, party=facilitator)

    part = participation(s, pid)
    assert dict(part.phases) == {
        Phase.PLAN: Share(3, 6),
        Phase.DO: Share(3, 5),
        Phase.MONITOR: Share(3, 4),
        Phase.EVALUATE: Share(0, 2),
    }
    assert part.figure == approx((0.5 + 0.6 + 0.75 + 0.0) / 4)  # = 0.4625
    assert [f.key for f in part.warnings] == ["participation_evaluate"]
    assert part.warnings[0].message == (
        "The community carries 0% of what is done to evaluate, below 50%."
    )
    # a stricter threshold flags planning (50%) too
    strict = participation(s, pid, Thresholds(community_participation=0.55))
    assert [f.key for f in strict.warnings] == ["participation_plan", "participation_evaluate"]


# --- sustainability ------------------------------------------------------------------------


def _facilitator_fades(w: World) -> None:
    fac, com = Party.facilitator(), Party.community_group(w.group("Kelompok Tani"))
    w.meeting(Stage.PREPARATION, women=1, party=fac, held_on=D(2026, 1, 10))
    w.meeting(Stage.PREPARATION, women=1, party=fac, held_on=D(2026, 1, 20))
    w.meeting(Stage.ASSESSMENT, women=1, party=fac, held_on=D(2026, 2, 3))
    w.meeting(Stage.ASSESSMENT, women=1, party=com, held_on=D(2026, 2, 4))
    w.meeting(Stage.PLANNING, women=1, party=fac, held_on=D(2026, 3, 3))
    # March 2 to April 10, by the group: counted in March and in April
    w.activity("Gali", D(2026, 3, 2), D(2026, 4, 10), party=com)


def test_sustainability_by_hand(w: World) -> None:
    _facilitator_fades(w)
    sus = sustainability(w.session, w.program_id)
    values = _values(sus.series)
    # Jan 2/2, Feb 1/2, Mar 1/2 (the meeting of 2), Apr 0/1 (the activity only)
    assert [values[m] for m in ("2026-01", "2026-02", "2026-03", "2026-04")] == [
        1.0,
        0.5,
        0.5,
        0.0,
    ]
    assert values["2026-05"] is None
    assert sus.figure == 0.0  # April, the latest month with data
    # least squares through (0, 1), (1, .5), (2, .5), (3, 0): slope -1.5 / 5 = -0.3 per month
    assert sus.slope == approx(-0.3)
    # projected to December (month 11): 0.5 - 0.3 * (11 - 1.5) < 0, so zero
    assert sus.at_end == 0.0 and sus.reaches_zero is True
    assert sus.warnings == () and sus.lower_is_better


def test_sustainability_warns_when_the_facilitator_takes_over(w: World) -> None:
    fac, com = Party.facilitator(), Party.community_group(w.group("Kelompok Tani"))
    w.meeting(Stage.PREPARATION, women=1, party=com, held_on=D(2026, 1, 10))
    w.meeting(Stage.ASSESSMENT, women=1, party=fac, held_on=D(2026, 2, 3))
    w.meeting(Stage.ASSESSMENT, women=1, party=com, held_on=D(2026, 2, 4))
    w.meeting(Stage.PLANNING, women=1, party=fac, held_on=D(2026, 3, 3))
    sus = sustainability(w.session, w.program_id)
    # 0, 0.5, 1 over three months: slope 0.5, projected far above zero by December
    assert sus.slope == approx(0.5)
    assert sus.at_end == 1.0 and sus.reaches_zero is False
    assert [f.key for f in sus.warnings] == ["facilitator_rising", "facilitator_not_zero"]
    assert sus.warnings[1].message == (
        "The facilitator still carries 100% by the planned end; it should come to zero."
    )


# --- self-reliance -------------------------------------------------------------------------


def test_self_reliance_by_hand(w: World) -> None:
    s = w.session
    a = w.activity("Gali parit")
    b = w.activity("Beli pompa")
    w.activity("Rapat")  # nothing planned, nothing given: no share, no division by zero
    line = st.add_budget_line
    line(
        s,
        activity_id=a,
        description="Gotong royong",
        source=FundingSource.COMMUNITY,
        kind=ContributionKind.LABOUR,
        quantity=30,
        unit_value=100_000,
    )
    line(
        s,
        activity_id=a,
        description="Pipa",
        source=FundingSource.OUTSIDE,
        kind=ContributionKind.MATERIAL,
        unit_value=1_000_000,
    )
    line(
        s,
        activity_id=b,
        description="Pompa",
        source=FundingSource.OUTSIDE,
        kind=ContributionKind.MATERIAL,
        unit_value=500_000,
    )
    st.add_contribution(
        s,
        activity_id=a,
        source=FundingSource.COMMUNITY,
        kind=ContributionKind.LABOUR,
        quantity=20,
        value=2_000_000,
        given_on=D(2026, 3, 5),
    )
    st.add_contribution(
        s,
        activity_id=a,
        source=FundingSource.OUTSIDE,
        kind=ContributionKind.MATERIAL,
        value=2_000_000,
        given_on=D(2026, 4, 1),
    )
    sr = self_reliance(s, w.program_id)
    rows = {r.title: r for r in sr.by_activity}
    # A: given 2.0M of 4.0M by the community (the given amounts replace the plan)
    assert rows["Gali parit"].planned == Share(3_000_000, 4_000_000)
    assert rows["Gali parit"].counted == Share(2_000_000, 4_000_000)
    # B: nothing given yet, so its plan counts: 0 of 0.5M, below the 20% threshold
    assert rows["Beli pompa"].counted == Share(0, 500_000) and rows["Beli pompa"].below
    assert rows["Rapat"].counted.value is None and not rows["Rapat"].below
    assert sr.counted == Share(2_000_000, 4_500_000)
    assert sr.figure == approx(2 / 4.5)  # = 0.444...
    assert sr.planned.value == approx(3 / 4.5) and sr.actual.value == 0.5
    assert sr.warnings == ()
    values = _values(sr.series)
    assert (values["2026-03"], values["2026-04"]) == (1.0, 0.0)
    strict = self_reliance(s, w.program_id, Thresholds(self_reliance=0.5))
    assert [f.message for f in strict.warnings] == [
        "The community provides 44% of the resources, below 50%."
    ]


# --- the whole walk ------------------------------------------------------------------------


def test_the_walks_four_figures(w: World) -> None:
    walk_to_the_end(w)
    scores = principle_scores(w.session, w.program_id)
    # attendance 4 of 8; voice 4 of 6; decisions 3 of 4 (see the summary test)
    assert scores.equality.figure == approx((4 / 8 + 4 / 6 + 3 / 4) / 3)
    assert scores.participation.figure == approx((4 / 5 + 2 / 4 + 1 + 1) / 4)
    assert scores.sustainability.figure == 0.0
    assert scores.sustainability.slope == approx(-1.5 / 8.75)
    assert scores.sustainability.reaches_zero is True
    assert scores.self_reliance.figure == 0.5
    assert len(scores.sustainability.series) == 7  # January to the closing in July


def test_sustainability_figure_is_today_not_a_planned_month(w: World) -> None:
    fac, com = Party.facilitator(), Party.community_group(w.group("Kelompok Tani"))
    w.meeting(Stage.PREPARATION, women=1, party=fac, held_on=D(2026, 1, 10))
    w.meeting(Stage.ASSESSMENT, women=1, party=fac, held_on=D(2026, 2, 3))
    # planned for the autumn, carried by the group: it shapes the trend, not today's figure
    w.activity("Panen", D(2026, 10, 1), D(2026, 10, 20), party=com)
    in_february = sustainability(w.session, w.program_id, today=D(2026, 2, 20))
    assert in_february.figure == 1.0 and in_february.figure_month == D(2026, 2, 1)
    assert in_february.slope is not None and in_february.slope < 0
    in_november = sustainability(w.session, w.program_id, today=D(2026, 11, 2))
    assert in_november.figure == 0.0
