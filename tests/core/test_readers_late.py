"""The core's reads for the later-stage wizards (formalisation, implementation, evaluation,
termination): plain values in the order the window lists them, with who carried each record
already named, and nothing of another program."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core import stages as st
from desktop.core.domain import (
    ContributionKind,
    FindingKind,
    FundingSource,
    Goal,
    HandoverKind,
    IndicatorDirection,
    PartyKind,
    Sex,
    Stage,
)
from desktop.core.navigation import program_in_stage
from desktop.core.programs import create_program
from desktop.core.readers import evaluation, formalisation, implementation, termination
from desktop.core.stages import Party
from desktop.core.stages.attachments import attach_to

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stages"))
D = dt.date


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def walked(tmp_path: Path) -> Iterator[Any]:
    """A whole program walked to its closing, and a second program in the same village with a
    few records of its own that must never show in the first one's lists."""
    from stage_world import VILLAGE, open_world, walk_to_the_end

    with open_world(tmp_path) as world:
        walk_to_the_end(world)
        other = create_program(
            world.session,
            village_code=VILLAGE,
            name="Program lain",
            start_date=D(2026, 1, 5),
            end_date=D(2026, 12, 31),
        ).created[0]
        st.add_monitoring_member(
            world.session, program_id=other, person_id=world.people["Joko"], role="anggota"
        )
        st.add_finding(
            world.session,
            program_id=other,
            kind=FindingKind.PROBLEM,
            text="Bukan program ini",
            found_on=D(2026, 3, 3),
            party=Party.facilitator(),
        )
        st.record_handover(
            world.session,
            program_id=other,
            kind=HandoverKind.ROLE,
            description="Bukan program ini",
            to_person_id=world.people["Joko"],
        )
        world.other = other
        yield world


def test_formalisation_lists_name_who_carries_each_plan_and_activity(walked: Any) -> None:
    s, pid = walked.session, walked.program_id
    plans = formalisation.plan_rows(s, pid)
    assert [(p.title, p.alternative, p.group, p.agreed) for p in plans] == [
        ("Pipa dari mata air", "Pipa dari mata air", "Kelompok Tani Maju", True)
    ]
    chosen = formalisation.chosen_alternatives(s, pid)
    assert [(a.title, a.planned) for a in chosen] == [("Pipa dari mata air", True)]

    activities = formalisation.activity_rows(s, pid)
    # the plan's order; the facilitator's activity is named by the facilitator's own name
    assert [(a.title, a.responsible, a.plan, a.progress) for a in activities] == [
        ("Gali parit", "Kelompok Tani Maju", "Pipa dari mata air", 100),
        ("Pelatihan perawatan", "Pak Fasil", "Pipa dari mata air", 100),
    ]
    assert (activities[0].planned_start, activities[0].planned_end) == (
        D(2026, 3, 2),
        D(2026, 3, 27),
    )
    dig = formalisation.activity_record(s, activities[0].id)
    assert dig is not None and dig.group_id == walked.groups["Kelompok Tani Maju"]
    assert dig.responsible.kind is PartyKind.COMMUNITY_GROUP
    assert dig.successors == {activities[1].id: (D(2026, 4, 6), D(2026, 4, 10))}

    links = formalisation.dependency_rows(s, pid)
    assert [(d.first, d.then, d.lag_days) for d in links] == [
        ("Gali parit", "Pelatihan perawatan", 0)
    ]


def test_the_budget_is_listed_as_written_with_the_totals_by_source(walked: Any) -> None:
    s, pid = walked.session, walked.program_id
    budget = formalisation.budget(s, pid)
    assert [(b.activity, b.description, b.amount, b.source, b.kind) for b in budget.lines] == [
        ("Gali parit", "Pipa", 1_000_000, FundingSource.OUTSIDE, ContributionKind.MATERIAL),
        (
            "Gali parit",
            "Gotong royong",
            3_000_000,
            FundingSource.COMMUNITY,
            ContributionKind.LABOUR,
        ),
    ]
    assert (budget.community, budget.outside) == (3_000_000, 1_000_000)
    line = formalisation.budget_record(s, budget.lines[1].id)
    assert line is not None and (line.quantity, line.unit_value) == (30, 100_000)


def test_indicators_and_the_agreement_read_as_the_wizard_shows_them(walked: Any) -> None:
    s, pid = walked.session, walked.program_id
    indicators = formalisation.indicator_rows(s, pid)
    assert [(i.goal, i.name, i.unit, i.baseline_value, i.target_value) for i in indicators] == [
        (Goal.LIVING, "Rumah tangga dengan air bersih", "households", 20, 80)
    ]
    assert indicators[0].direction is IndicatorDirection.INCREASE
    assert formalisation.indicator_record(s, indicators[0].id) == indicators[0]

    plan = formalisation.plan_rows(s, pid)[0]
    agreement = formalisation.agreement_record(s, plan.id)
    assert agreement is not None and agreement.signed_on == D(2026, 2, 27)
    assert (agreement.number, agreement.location, agreement.body) == ("", "", "")
    signers = formalisation.signatory_rows(s, agreement.id)
    assert [(x.name, x.role) for x in signers] == [
        ("Ani", "ketua kelompok"),
        ("Kepala Desa", "kepala desa"),
    ]
    people = formalisation.village_signers(s, pid)
    assert people["Ani"] == (walked.people["Ani"], Sex.FEMALE)


def test_implementation_lists_name_who_carried_and_gave(walked: Any) -> None:
    s, pid = walked.session, walked.program_id
    logs = implementation.progress_rows(s, pid)
    assert [
        (x.logged_on, x.activity, x.progress, x.carried_by, x.by_facilitator) for x in logs
    ] == [
        (D(2026, 3, 27), "Gali parit", 100, "Kelompok Tani Maju", False),
        (D(2026, 4, 10), "Pelatihan perawatan", 100, "Pak Fasil", True),
    ]
    assert (logs[0].women_present, logs[0].men_present, logs[0].problems_met) == (1, 1, "")
    given = implementation.contribution_rows(s, pid)
    assert sorted((c.source, c.kind, c.value, c.activity) for c in given) == [
        (FundingSource.COMMUNITY, ContributionKind.LABOUR, 2_000_000, "Gali parit"),
        (FundingSource.OUTSIDE, ContributionKind.MATERIAL, 2_000_000, "Gali parit"),
    ]
    record = implementation.contribution_record(s, given[0].id)
    assert record == given[0]
    # newest first: the visit a photo most likely shows
    choices = implementation.log_choices(s, pid)
    assert [(c.activity, c.progress) for c in choices] == [
        ("Pelatihan perawatan", 100),
        ("Gali parit", 100),
    ]


def test_a_facilitator_without_a_name_is_left_for_the_window_to_word() -> None:
    assert implementation.carrier(PartyKind.FACILITATOR, None, "Grup", "Dinas") == ""
    assert implementation.carrier(PartyKind.FACILITATOR, "Pak Fasil", None, None) == "Pak Fasil"
    assert implementation.carrier(PartyKind.COMMUNITY_GROUP, "Ani", "Grup", None) == "Grup"
    assert implementation.carrier(PartyKind.OUTSIDE_AGENCY, None, None, "Dinas PU") == "Dinas PU"


def test_evaluation_lists_the_team_measurements_meetings_and_findings(walked: Any) -> None:
    s, pid = walked.session, walked.program_id
    team = evaluation.team_rows(s, pid)
    assert [(m.name, m.role) for m in team] == [("Sri", "ketua tim")]
    member = evaluation.member_record(s, team[0].id)
    assert member is not None and member.person_id == walked.people["Sri"]

    standings = evaluation.indicator_standings(s, pid)
    assert [(x.indicator.name, x.latest_value, x.latest_on) for x in standings] == [
        ("Rumah tangga dengan air bersih", 50, D(2026, 6, 10))
    ]
    assert standings[0].indicator.baseline_on == D(2026, 1, 10)
    measured = evaluation.measurement_rows(s, pid)
    assert [(m.indicator, m.unit, m.value, m.carried_by) for m in measured] == [
        ("Rumah tangga dengan air bersih", "households", 50, "Sri")
    ]
    meetings = evaluation.evaluation_meetings(s, pid)
    assert [(m.held_on, m.title) for m in meetings] == [(D(2026, 6, 12), "Evaluasi bersama")]

    findings = evaluation.finding_rows(s, pid)
    assert [(f.kind, f.text, f.carried_by, f.by_facilitator) for f in findings] == [
        (FindingKind.RECOMMENDATION, "Iuran perawatan bulanan", "Sri", False)
    ]
    assert findings[0].party == Party.member(walked.people["Sri"])
    assert evaluation.finding_record(s, findings[0].id) == findings[0]
    other = evaluation.finding_rows(s, walked.other)
    assert [(f.text, f.carried_by, f.by_facilitator) for f in other] == [
        ("Bukan program ini", "", True)
    ]


def test_termination_lists_the_checklist_handovers_and_facilitators(walked: Any) -> None:
    s, pid = walked.session, walked.program_id
    items = termination.exit_item_rows(s, pid)
    assert items and all(i.done and i.done_on == D(2026, 7, 20) for i in items)
    assert all(i.key for i in items)  # the default items, translated by the window
    assert termination.exit_item_state(s, items[0].id) == (True, D(2026, 7, 20))

    handovers = termination.handover_rows(s, pid)
    assert [(h.description, h.kind, h.to, h.handed_on, h.value) for h in handovers] == [
        ("Jaringan pipa", HandoverKind.ASSET, "Kelompok Tani Maju", D(2026, 7, 15), None)
    ]
    assert termination.handover_record(s, handovers[0].id) == handovers[0]
    other = termination.handover_rows(s, walked.other)
    assert [h.to for h in other] == ["Joko"]

    facilitators = termination.facilitator_rows(s, pid)
    assert [(f.name, f.is_community, f.released_on) for f in facilitators] == [
        ("Pak Fasil", False, D(2026, 7, 31))
    ]
    assert termination.final_report(s, pid) == "Air mengalir ke 50 rumah."
    assert termination.final_report(s, walked.other) == ""
    # the program ends on 31 December 2026: a day past it is kept inside
    assert termination.default_day(s, pid) == min(
        max(dt.date.today(), D(2026, 1, 5)), D(2026, 12, 31)
    )


def test_a_program_in_a_stage_is_found_for_the_screenshot(walked: Any) -> None:
    s = walked.session
    assert program_in_stage(s, Stage.TERMINATION) == walked.program_id  # done
    # the second program's stages have not started: the walked one comes first
    assert program_in_stage(s, Stage.PREPARATION) == walked.program_id


def test_photos_of_the_visits_come_with_their_bytes(tmp_path: Path) -> None:
    from stage_world import open_world

    with open_world(tmp_path) as w:
        w.women("Ani")
        w.group("Kelompok Tani Maju")
        plan = w.plan()
        dig = w.activity("Gali sumur", plan=plan)
        log = st.log_progress(
            w.session,
            activity_id=dig,
            logged_on=D(2026, 3, 5),
            progress=40,
            party=Party.community_group(w.groups["Kelompok Tani Maju"]),
        ).created[0]
        attach_to(
            w.session,
            owner_table="progress_logs",
            owner_id=log,
            data=b"%PDF-1.4 notulen",
            filename="notulen.pdf",
            taken_on=D(2026, 3, 5),
        )
        photos = implementation.photo_rows(w.session, w.program_id)
        assert [(p.caption, p.activity, p.logged_on, p.taken_on) for p in photos] == [
            ("notulen.pdf", "Gali sumur", D(2026, 3, 5), D(2026, 3, 5))
        ]
        assert photos[0].data == b"%PDF-1.4 notulen" and photos[0].size == 16
