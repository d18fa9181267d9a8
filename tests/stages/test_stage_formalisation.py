"""Formalising the action plan: plans from chosen alternatives, activities, dependencies (no
loops), budget in Rupiah with its sources, indicators, and the signed agreement."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from stage_world import VILLAGE, D, World, open_world

from desktop.core import stages as st
from desktop.core.domain import (
    ContributionKind,
    FundingSource,
    Goal,
    IndicatorDirection,
    PartyKind,
    Stage,
)
from desktop.core.models import (
    ActionPlan,
    Activity,
    Agreement,
    BudgetLine,
    Dependency,
    Indicator,
    Signatory,
)
from desktop.core.programs import create_program
from desktop.core.stages import Party, SignatoryInput

F = Stage.FORMALISATION


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani")
        yield world


# --- action plans --------------------------------------------------------------------------


def test_action_plans_come_from_chosen_alternatives(w: World) -> None:
    assert w.issues(F, "action_plans") == ["Choose alternatives in the planning stage first."]
    alt = w.chosen_alternative("Sumur bor")
    assert w.issues(F, "action_plans") == ["Make the action plan of “Sumur bor”."]
    group = w.group("Kelompok Air")
    plan_id = st.create_action_plan(w.session, alternative_id=alt, group_id=group).created[0]
    plan = w.session.get(ActionPlan, plan_id)
    assert plan is not None and (plan.title, plan.group_id, plan.alternative_id) == (
        "Sumur bor",
        group,
        alt,
    )
    assert w.issues(F, "action_plans") == []
    assert w.refused(st.create_action_plan, alternative_id=alt).messages == [
        "“Sumur bor” already has an action plan."
    ]


def test_an_alternative_not_chosen_gets_no_plan(w: World) -> None:
    water = w.prioritised_problem()
    alt = w.alternative(water, "Tandon")
    assert w.refused(st.create_action_plan, alternative_id=alt).messages == [
        "“Tandon” was not chosen by the community; only chosen alternatives become action plans."
    ]
    assert w.refused(st.plan_chosen_alternatives, program_id=w.program_id).messages == [
        "Choose alternatives in the planning stage first."
    ]


def test_plan_every_chosen_alternative_at_once(w: World) -> None:
    water = w.prioritised_problem()
    a, b = w.alternative(water, "Sumur bor"), w.alternative(water, "Pipa")
    st.choose_alternatives(w.session, program_id=w.program_id, alternative_ids=[a, b])
    st.create_action_plan(w.session, alternative_id=a, title="Sumur di dusun 2")
    changes = st.plan_chosen_alternatives(w.session, program_id=w.program_id)
    assert len(changes.created) == 1
    titles = w.session.scalars(select(ActionPlan.title).order_by(ActionPlan.title)).all()
    assert titles == ["Pipa", "Sumur di dusun 2"]


# --- activities ----------------------------------------------------------------------------


def test_activities_of_each_plan(w: World) -> None:
    plan = w.plan()
    assert w.issues(F, "activities") == ["Add at least one activity to “Sumur bor”."]
    group = w.group("Kelompok Air")
    act = st.add_activity(
        w.session,
        program_id=w.program_id,
        title="Gali sumur",
        planned_start=D(2026, 3, 2),
        planned_end=D(2026, 3, 13),
        party=Party.community_group(group),
        action_plan_id=plan,
    ).created[0]
    row = w.session.get(Activity, act)
    assert row is not None
    assert (row.stage, row.party_kind, row.party_group_id, row.progress, row.village_code) == (
        Stage.IMPLEMENTATION,
        PartyKind.COMMUNITY_GROUP,
        group,
        0,
        VILLAGE,
    )
    second = w.activity("Serah terima", D(2026, 3, 16), D(2026, 3, 16), plan=plan)
    assert w.session.get(Activity, second).position == row.position + 1  # type: ignore[union-attr]
    assert w.issues(F, "activities") == []


@pytest.mark.parametrize(
    ("kwargs", "messages"),
    [
        (
            {"planned_start": D(2026, 3, 10), "planned_end": D(2026, 3, 2)},
            ["The end date (02-03-2026) comes before the start date (10-03-2026)."],
        ),
        (
            {"planned_start": D(2025, 12, 29)},
            ["The start date (29-12-2025) is before the program starts (05-01-2026)."],
        ),
        (
            {"planned_end": D(2027, 1, 4)},
            ["The end date (04-01-2027) is after the program's planned end (31-12-2026)."],
        ),
        ({"is_milestone": True}, ["A milestone starts and ends on the same day."]),
        ({"title": ""}, ["Give the activity a title."]),
        (
            {"action_plan_id": uuid.UUID(int=4)},
            ["That action plan is not one of this program's."],
        ),
        ({"party": Party.agency("")}, ["Name the outside agency that is responsible."]),
    ],
)
def test_add_activity_refusals(w: World, kwargs: dict[str, object], messages: list[str]) -> None:
    args: dict[str, object] = {
        "program_id": w.program_id,
        "title": "Gali sumur",
        "planned_start": D(2026, 3, 2),
        "planned_end": D(2026, 3, 13),
        "party": Party.facilitator(),
    }
    assert w.refused(st.add_activity, **{**args, **kwargs}).messages == messages


def test_activities_moved_outside_the_program_are_flagged(w: World) -> None:
    plan = w.plan()
    act = w.activity("Gali sumur", plan=plan)
    row = w.session.get(Activity, act)
    assert row is not None
    row.planned_start, row.planned_end = D(2027, 2, 1), D(2027, 1, 1)  # a drag on the timeline
    w.session.flush()
    assert w.issues(F, "activities") == [
        "The end date (01-01-2027) of “Gali sumur” comes before its start date (01-02-2027).",
        "“Gali sumur” falls outside the program's dates.",
    ]


# --- dependencies --------------------------------------------------------------------------


def test_dependency_and_its_refusals(w: World) -> None:
    a = w.activity("Survei lokasi")
    b = w.activity("Gali sumur")
    c = w.activity("Pasang pompa")
    st.add_dependency(w.session, predecessor_id=a, successor_id=b)
    st.add_dependency(w.session, predecessor_id=b, successor_id=c, lag_days=2)
    assert w.count(Dependency) == 2
    assert w.refused(st.add_dependency, predecessor_id=a, successor_id=a).messages == [
        "“Survei lokasi” cannot depend on itself."
    ]
    assert w.refused(st.add_dependency, predecessor_id=a, successor_id=b).messages == [
        "“Gali sumur” already follows “Survei lokasi”."
    ]
    assert w.refused(st.add_dependency, predecessor_id=b, successor_id=a).messages == [
        "“Survei lokasi” cannot follow “Gali sumur”: that would make a loop, because "
        "“Survei lokasi” → “Gali sumur” already leads back to it."
    ]
    assert w.refused(st.add_dependency, predecessor_id=c, successor_id=a).messages == [
        "“Survei lokasi” cannot follow “Pasang pompa”: that would make a loop, because "
        "“Survei lokasi” → “Gali sumur” → “Pasang pompa” already leads back to it."
    ]
    assert w.refused(
        st.add_dependency, predecessor_id=a, successor_id=c, lag_days=1.5
    ).messages == ["The lag must be a whole number of working days."]


def test_a_removed_link_comes_back_as_the_same_row(w: World) -> None:
    a, b = w.activity("Survei"), w.activity("Gali")
    first = st.add_dependency(w.session, predecessor_id=a, successor_id=b).created[0]
    row = w.session.get(Dependency, first)
    assert row is not None
    row.deleted = True
    w.session.flush()
    assert st.add_dependency(w.session, predecessor_id=a, successor_id=b).created == ()
    assert w.count(Dependency) == 1 and not row.deleted


def test_no_link_across_programs(w: World) -> None:
    other = create_program(
        w.session, village_code=VILLAGE, name="Program lain", start_date=D(2026, 1, 5)
    ).created[0]
    a = w.activity("Survei")
    b = st.add_activity(
        w.session,
        program_id=other,
        title="Lain",
        planned_start=D(2026, 3, 2),
        planned_end=D(2026, 3, 3),
        party=Party.facilitator(),
    ).created[0]
    assert w.refused(st.add_dependency, predecessor_id=a, successor_id=b).messages == [
        "“Survei” and “Lain” belong to different programs and cannot be linked."
    ]


def test_a_loop_made_by_merging_two_devices_blocks_completion(w: World) -> None:
    a, b = w.activity("Survei"), w.activity("Gali")
    st.add_dependency(w.session, predecessor_id=a, successor_id=b)
    # the other device's link, arrived by import (no operation would accept it)
    w.session.add(Dependency(village_code=VILLAGE, predecessor_id=b, successor_id=a))
    w.session.flush()
    loop = "The links between “Gali”, “Survei” go round in a loop; remove one of them."
    assert w.issues(F, "dependencies") == [loop]
    assert loop in w.done_issues(F)


# --- budget --------------------------------------------------------------------------------


def test_budget_lines_in_whole_rupiah_with_their_source(w: World) -> None:
    plan = w.plan()
    act = w.activity("Gali sumur", plan=plan)
    assert w.issues(F, "budget") == [
        "Add the budget of “Sumur bor”, with its sources (community or outside)."
    ]
    st.add_budget_line(
        w.session,
        activity_id=act,
        description="Tenaga gotong royong",
        source=FundingSource.COMMUNITY,
        kind=ContributionKind.LABOUR,
        quantity=12.5,
        unit="HOK",
        unit_value=80_000,
    )
    line = w.session.scalars(select(BudgetLine)).one()
    assert (line.amount, line.source, line.village_code) == (
        1_000_000,
        FundingSource.COMMUNITY,
        VILLAGE,
    )
    assert w.issues(F, "budget") == []


@pytest.mark.parametrize(
    ("kwargs", "messages"),
    [
        ({"unit_value": -500}, ["The unit value cannot be negative (Rp -500)."]),
        ({"unit_value": 1500.5}, ["The unit value must be a whole number of Rupiah."]),
        ({"unit_value": True}, ["The unit value must be a whole number of Rupiah."]),
        ({"quantity": 0.0}, ["The quantity must be more than zero (0)."]),
        ({"description": " "}, ["Describe the budget line."]),
    ],
)
def test_budget_refusals(w: World, kwargs: dict[str, object], messages: list[str]) -> None:
    act = w.activity("Gali sumur")
    args: dict[str, object] = {
        "activity_id": act,
        "description": "Semen",
        "source": FundingSource.OUTSIDE,
        "kind": ContributionKind.MATERIAL,
        "unit_value": 65_000,
    }
    assert w.refused(st.add_budget_line, **{**args, **kwargs}).messages == messages


# --- indicators ----------------------------------------------------------------------------


def test_indicator_direction_follows_the_target(w: World) -> None:
    assert w.issues(F, "indicators") == ["Add at least one indicator with its baseline and target."]
    st.add_indicator(
        w.session,
        program_id=w.program_id,
        goal=Goal.ENVIRONMENT,
        name="Sampah dibakar",
        unit="households",
        baseline_value=60,
        target_value=10,
    )
    row = w.session.scalars(select(Indicator)).one()
    assert row.direction is IndicatorDirection.DECREASE
    assert w.issues(F, "indicators") == []


@pytest.mark.parametrize(
    ("kwargs", "messages"),
    [
        (
            {"target_value": 20},
            ["The target of “Pendapatan” (20) is the same as its baseline."],
        ),
        (
            {"target_value": 10, "direction": IndicatorDirection.INCREASE},
            ["The target of “Pendapatan” (10) is below its baseline (20), but it should increase."],
        ),
        (
            {"direction": IndicatorDirection.DECREASE},
            ["The target of “Pendapatan” (50) is above its baseline (20), but it should decrease."],
        ),
        (
            {"baseline_on": D(2026, 6, 1), "target_on": D(2026, 3, 1)},
            ["The target date (01-03-2026) comes before the baseline date (01-06-2026)."],
        ),
        (
            {"target_on": D(2027, 6, 1)},
            ["The target date (01-06-2027) is after the program's planned end (31-12-2026)."],
        ),
        ({"unit": ""}, ["Give the indicator's unit."]),
        ({"baseline_value": float("nan")}, ["The baseline must be a number."]),
    ],
)
def test_indicator_refusals(w: World, kwargs: dict[str, object], messages: list[str]) -> None:
    args: dict[str, object] = {
        "program_id": w.program_id,
        "goal": Goal.INCOME,
        "name": "Pendapatan",
        "unit": "Rp/bulan",
        "baseline_value": 20,
        "target_value": 50,
    }
    assert w.refused(st.add_indicator, **{**args, **kwargs}).messages[: len(messages)] == messages


# --- agreement -----------------------------------------------------------------------------


def test_agreement_sets_the_baseline_of_the_plans_activities(w: World) -> None:
    plan = w.plan()
    act = w.activity("Gali sumur", D(2026, 3, 2), D(2026, 3, 13), plan=plan)
    other = w.activity("Rapat RT", D(2026, 3, 5), D(2026, 3, 5))  # not in the plan
    assert w.issues(F, "agreement") == ["Record the agreement (berita acara) of “Sumur bor”."]
    ani = w.people["Ani"]
    st.record_agreement(
        w.session,
        action_plan_id=plan,
        signed_on=D(2026, 2, 27),
        number="01/BA/II/2026",
        signatories=[
            SignatoryInput("", "ketua kelompok", person_id=ani),
            SignatoryInput("Bapak Kades", "kepala desa"),
        ],
    )
    signers = w.session.scalars(select(Signatory).order_by(Signatory.position)).all()
    assert [(s.name, s.role, s.position) for s in signers] == [
        ("Ani", "ketua kelompok", 0),
        ("Bapak Kades", "kepala desa", 1),
    ]
    plan_row = w.session.get(ActionPlan, plan)
    assert plan_row is not None and plan_row.agreed_on == D(2026, 2, 27)
    row, loose = w.session.get(Activity, act), w.session.get(Activity, other)
    assert row is not None and loose is not None
    assert (row.baseline_start, row.baseline_end) == (D(2026, 3, 2), D(2026, 3, 13))
    assert loose.baseline_start is None
    assert w.issues(F, "agreement") == []
    agreement = w.session.scalars(select(Agreement.id)).one()
    st.add_signatory(w.session, agreement_id=agreement, name="Pak Camat", role="saksi")
    assert w.count(Signatory) == 3


def test_agreement_refusals(w: World) -> None:
    plan = w.plan()
    assert w.refused(
        st.record_agreement,
        action_plan_id=plan,
        signed_on=D(2026, 2, 27),
        signatories=[SignatoryInput("Kades", "kepala desa")],
    ).messages == ["Add the activities of “Sumur bor” before recording its agreement."]
    w.activity("Gali sumur", plan=plan)
    assert w.refused(
        st.record_agreement, action_plan_id=plan, signed_on=D(2026, 2, 27), signatories=[]
    ).messages == ["Add at least one signatory."]
    assert w.refused(
        st.record_agreement,
        action_plan_id=plan,
        signed_on=D(2025, 2, 27),
        signatories=[SignatoryInput(" ", " ")],
    ).messages == [
        "The signing date (27-02-2025) is before the program starts (05-01-2026).",
        "Give each signatory's name.",
        "Give the role of “a signatory”.",
    ]
    st.record_agreement(
        w.session,
        action_plan_id=plan,
        signed_on=D(2026, 2, 27),
        signatories=[SignatoryInput("Kades", "kepala desa")],
    )
    assert w.refused(
        st.record_agreement,
        action_plan_id=plan,
        signed_on=D(2026, 2, 28),
        signatories=[SignatoryInput("Kades", "kepala desa")],
    ).messages == ["“Sumur bor” already has its agreement."]


def test_an_agreement_without_signatories_is_flagged(w: World) -> None:
    plan = w.plan()
    w.activity("Gali sumur", plan=plan)
    st.record_agreement(
        w.session,
        action_plan_id=plan,
        signed_on=D(2026, 2, 27),
        signatories=[SignatoryInput("Kades", "kepala desa")],
    )
    for row in w.session.scalars(select(Signatory)):
        row.deleted = True
    w.session.flush()
    assert w.issues(F, "agreement") == ["Add the signatories of the agreement of “Sumur bor”."]


def test_formalisation_done(w: World) -> None:
    plan = w.plan()
    act = w.activity("Gali sumur", plan=plan)
    st.add_budget_line(
        w.session,
        activity_id=act,
        description="Semen",
        source=FundingSource.OUTSIDE,
        kind=ContributionKind.MATERIAL,
        unit_value=65_000,
        quantity=10,
    )
    w.indicator()
    assert w.done_issues(F) == ["Record the agreement (berita acara) of “Sumur bor”."]
    st.record_agreement(
        w.session,
        action_plan_id=plan,
        signed_on=D(2026, 2, 27),
        signatories=[SignatoryInput("Kades", "kepala desa")],
    )
    assert w.done_issues(F) == []


def test_an_indicator_turned_against_its_direction_is_flagged(w: World) -> None:
    ind = w.session.get(Indicator, w.indicator("Air bersih", baseline=20, target=80))
    assert ind is not None
    ind.target_value = 10  # as an edit merged from another device might leave it
    w.session.flush()
    assert w.issues(F, "indicators") == [
        "The target of “Air bersih” (10) is below its baseline (20), but it should increase."
    ]


def test_add_signatory_refusal(w: World) -> None:
    plan = w.plan()
    w.activity("Gali sumur", plan=plan)
    st.record_agreement(
        w.session,
        action_plan_id=plan,
        signed_on=D(2026, 2, 27),
        signatories=[SignatoryInput("Kades", "kepala desa")],
    )
    agreement = w.session.scalars(select(Agreement.id)).one()
    assert w.refused(st.add_signatory, agreement_id=agreement, name="Saksi", role="").messages == [
        "Give the role of “Saksi”."
    ]
