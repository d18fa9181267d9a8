"""Termination: the exit checklist, handovers, the facilitator's role at zero, the final report,
and the formal closing that leaves the program read-only (but for its final report)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from stage_world import START, D, World, open_world, walk_to_the_end

from desktop.core import stages as st
from desktop.core.domain import (
    ContributionKind,
    DependencyKind,
    FindingKind,
    FundingSource,
    Goal,
    HandoverKind,
    MeetingKind,
    ResourceKind,
    Stage,
    StageStatus,
)
from desktop.core.errors import ProgramClosed
from desktop.core.models import (
    ActionPlan,
    Activity,
    Agreement,
    Alternative,
    Criterion,
    ExitItem,
    Facilitator,
    Handover,
    Indicator,
    Meeting,
    Problem,
    StageState,
)
from desktop.core.stages import DEFAULT_EXIT_CHECKLIST, DEFAULT_EXIT_ITEMS, Attendee, Party

T = Stage.TERMINATION


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani")
        yield world


def _start_termination(w: World) -> None:
    for stage in Stage:
        st.start_stage(w.session, program_id=w.program_id, stage=stage, on=START)


def _items(w: World) -> list[ExitItem]:
    return list(w.session.scalars(select(ExitItem).order_by(ExitItem.position)))


def test_starting_termination_lays_out_the_default_checklist(w: World) -> None:
    assert w.issues(T, "checklist") == ["Add the exit checklist."]
    _start_termination(w)
    # each default item keeps its key, so the interface can show it in its own language
    assert [i.key for i in _items(w)] == list(DEFAULT_EXIT_CHECKLIST)
    assert [i.text for i in _items(w)] == list(DEFAULT_EXIT_ITEMS.values())
    # asking again adds nothing twice
    assert st.add_default_exit_checklist(w.session, program_id=w.program_id).created == ()
    assert w.issues(T, "checklist")[0] == (
        "Tick off “Roles handed over to community institutions” on the exit checklist."
    )


def test_ticking_items_off(w: World) -> None:
    _start_termination(w)
    own = st.add_exit_item(w.session, program_id=w.program_id, text="Kunci gudang diserahkan")
    assert _items(w)[-1].text == "Kunci gudang diserahkan" and own.created
    assert _items(w)[-1].key is None  # typed by the user: shown as typed
    assert w.refused(
        st.add_exit_item, program_id=w.program_id, text="Kunci gudang diserahkan"
    ).messages == ["“Kunci gudang diserahkan” is already on the checklist."]
    assert w.refused(st.add_exit_item, program_id=w.program_id, text=" ").messages == [
        "Say what must be done before leaving."
    ]
    first = _items(w)[0]
    assert w.refused(st.set_exit_item_done, item_id=first.id).messages == [
        "Give the date it was done."
    ]
    assert w.refused(st.set_exit_item_done, item_id=first.id, done_on=D(2027, 1, 2)).messages == [
        "The date done (02-01-2027) is after the program's planned end (31-12-2026)."
    ]
    for item in _items(w):
        st.set_exit_item_done(w.session, item_id=item.id, done_on=D(2026, 11, 2))
    assert w.issues(T, "checklist") == []
    st.set_exit_item_done(w.session, item_id=first.id, done=False)
    assert (first.done, first.done_on) == (False, None)
    assert w.issues(T, "checklist") == [
        "Tick off “Roles handed over to community institutions” on the exit checklist."
    ]


def test_handovers(w: World) -> None:
    message = "Record at least one handover of a role, asset or record to a community institution."
    assert w.issues(T, "handovers") == [message]
    assert w.refused(
        st.record_handover,
        program_id=w.program_id,
        kind=HandoverKind.ASSET,
        description="Pompa air",
        value=-1,
    ).messages == [
        "Say to whom it was handed over: an institution or a person.",
        "The value cannot be negative (Rp -1).",
    ]
    st.record_handover(
        w.session,
        program_id=w.program_id,
        kind=HandoverKind.RECORD,
        description="Buku kas",
        to_group_id=w.group("BUMDes"),
        handed_on=D(2026, 11, 1),
    )
    assert w.issues(T, "handovers") == []
    row = w.session.scalars(select(Handover)).one()
    row.to_group_id = None  # as a merge from an older device might leave it
    w.session.flush()
    assert w.issues(T, "handovers") == ["Say to whom “Buku kas” was handed over."]


def test_a_handover_is_corrected_in_place(w: World) -> None:
    bumdes, pkk = w.group("BUMDes"), w.group("PKK")
    hid = st.record_handover(
        w.session,
        program_id=w.program_id,
        kind=HandoverKind.ASSET,
        description="Pompa air",
        to_group_id=bumdes,
        value=1_500_000,
    ).created[0]
    before = w.counts()
    changes = st.update_handover(
        w.session,
        handover_id=hid,
        kind=HandoverKind.ROLE,
        description="  Operator pompa  ",
        to_group_id=pkk,
        handed_on=D(2026, 11, 3),
        value=None,
    )
    assert changes.tables == {"handovers"} and changes.created == ()
    row = w.session.get(Handover, hid)
    assert row is not None
    assert (row.kind, row.description, row.to_group_id, row.handed_on, row.value) == (
        HandoverKind.ROLE,
        "Operator pompa",
        pkk,
        D(2026, 11, 3),
        None,
    )
    assert w.counts() == before  # corrected, not added
    refused = w.refused(
        st.update_handover,
        handover_id=hid,
        kind=HandoverKind.ASSET,
        description="",
        value=-5,
    )
    assert [i.field for i in refused.issues] == ["description", "to", "value"]
    assert (row.description, row.to_group_id) == ("Operator pompa", pkk)  # nothing lost


def test_final_report(w: World) -> None:
    assert w.issues(T, "final_report") == ["Write the final report."]
    st.set_final_report(w.session, program_id=w.program_id, text="  Selesai.  ")
    assert w.program.final_report == "Selesai."
    assert w.issues(T, "final_report") == []


def test_the_facilitators_role_comes_to_zero(w: World) -> None:
    outsider = w.person("Pak Fasil")
    cadre = w.person("Bu Kader")
    fid = st.assign_facilitator(
        w.session, program_id=w.program_id, person_id=outsider, role="pendamping"
    ).created[0]
    st.assign_facilitator(
        w.session, program_id=w.program_id, person_id=cadre, role="kader", is_community=True
    )
    w.activity("Pelatihan", party=Party.facilitator(outsider))
    assert w.issues(T, "facilitator_exit") == [
        "Release “Pak Fasil” from the program: the facilitator's role must come to zero.",
        "“Pelatihan” is still carried by the facilitator; hand it over to the community.",
    ]
    st.release_facilitator(w.session, facilitator_id=fid, released_on=D(2026, 11, 30))
    activity = w.session.scalars(select(Activity)).one()
    st.log_progress(
        w.session,
        activity_id=activity.id,
        logged_on=D(2026, 3, 20),
        progress=100,
        party=Party.facilitator(outsider),
    )
    assert w.issues(T, "facilitator_exit") == []


def test_close_is_refused_until_the_termination_steps_hold(w: World) -> None:
    _start_termination(w)
    error = w.refused(st.close_program, program_id=w.program_id, closed_on=D(2026, 12, 1))
    assert error.messages[-2:] == [
        "Record at least one handover of a role, asset or record to a community institution.",
        "Write the final report.",
    ]
    assert sum("on the exit checklist" in m for m in error.messages) == len(DEFAULT_EXIT_CHECKLIST)
    assert w.program.closed_on is None
    # termination is completed by closing, never on its own
    assert (
        "Close the program formally, with its closing date."
        in w.refused(
            st.complete_stage, program_id=w.program_id, stage=T, on=D(2026, 12, 1)
        ).messages
    )


def test_close_then_everything_is_read_only_but_the_final_report(tmp_path: Path) -> None:
    with open_world(tmp_path) as w:
        walk_to_the_end(w)
        s = w.session
        program = w.program
        assert program.closed_on == D(2026, 7, 31)
        term = s.scalars(select(StageState).where(StageState.stage == T)).one()
        assert (term.status, term.completed_on, term.current_step) == (
            StageStatus.DONE,
            D(2026, 7, 31),
            "closing",
        )
        st.set_final_report(s, program_id=w.program_id, text="Laporan akhir, versi 2.")
        assert program.final_report == "Laporan akhir, versi 2."

        calls = _every_operation(w)
        for name, call in calls.items():
            before = w.counts()
            with pytest.raises(ProgramClosed) as caught:
                call()
            assert caught.value.messages == [
                "The program “Air bersih untuk semua” was closed on 31-07-2026; it can no "
                "longer be changed."
            ], name
            assert w.counts() == before, name
            assert not s.new and not s.dirty, name
        assert len(calls) >= 45


def _every_operation(w: World) -> dict[str, Callable[[], Any]]:
    s, pid = w.session, w.program_id

    def first(model: Any) -> Any:
        return s.scalars(select(model).order_by(model.id)).first()

    act, meeting, problem = first(Activity), first(Meeting), first(Problem)
    alt, crit, plan = first(Alternative), first(Criterion), first(ActionPlan)
    agreement, ind, item, fac = (
        first(Agreement),
        first(Indicator),
        first(ExitItem),
        first(Facilitator),
    )
    acts = s.scalars(select(Activity.id).order_by(Activity.planned_start)).all()
    ani = w.people["Ani"]
    day = D(2026, 7, 20)
    party = Party.member(ani)
    return {
        "start_stage": lambda: st.start_stage(s, program_id=pid, stage=Stage.PREPARATION),
        "save_step": lambda: st.save_step(s, program_id=pid, stage=T, current_step="checklist"),
        "complete_stage": lambda: st.complete_stage(s, program_id=pid, stage=T),
        "reopen_stage": lambda: st.reopen_stage(s, program_id=pid, stage=Stage.EVALUATION),
        "assign_facilitator": lambda: st.assign_facilitator(
            s, program_id=pid, person_id=ani, role="kader"
        ),
        "release_facilitator": lambda: st.release_facilitator(
            s, facilitator_id=fac.id, released_on=day
        ),
        "set_entry_plan": lambda: st.set_entry_plan(s, program_id=pid, text="x"),
        "add_key_contact": lambda: st.add_key_contact(s, program_id=pid, role="r", person_id=ani),
        "add_field_note": lambda: st.add_field_note(s, program_id=pid, text="x", noted_on=day),
        "record_meeting": lambda: st.record_meeting(
            s,
            program_id=pid,
            stage=T,
            kind=MeetingKind.OTHER,
            title="x",
            held_on=day,
            party=party,
            unnamed_women=1,
        ),
        "set_attendance": lambda: st.set_attendance(
            s, meeting_id=meeting.id, attendees=[Attendee(ani)], unnamed_women=0, unnamed_men=0
        ),
        "add_problem": lambda: st.add_problem(
            s, program_id=pid, title="x", raised_by_person_id=ani
        ),
        "record_need_votes": lambda: st.record_need_votes(
            s, program_id=pid, votes=[st.NeedVoteInput(problem.id, 1)]
        ),
        "record_pairwise_choice": lambda: st.record_pairwise_choice(
            s, program_id=pid, first_id=problem.id, second_id=problem.id, winner_id=problem.id
        ),
        "rank_problems": lambda: st.rank_problems(s, program_id=pid),
        "set_priorities": lambda: st.set_priorities(s, program_id=pid, problem_ids=[problem.id]),
        "add_resource": lambda: st.add_resource(
            s, program_id=pid, kind=ResourceKind.HUMAN, name="x"
        ),
        "add_alternative": lambda: st.add_alternative(
            s, problem_id=problem.id, title="x", proposed_by_person_id=ani
        ),
        "add_criterion": lambda: st.add_criterion(s, program_id=pid, name="x"),
        "score_alternative": lambda: st.score_alternative(
            s, alternative_id=alt.id, criterion_id=crit.id, score=1
        ),
        "vote_alternative": lambda: st.vote_alternative(s, alternative_id=alt.id),
        "choose_alternatives": lambda: st.choose_alternatives(s, program_id=pid),
        "create_action_plan": lambda: st.create_action_plan(s, alternative_id=alt.id),
        "plan_chosen_alternatives": lambda: st.plan_chosen_alternatives(s, program_id=pid),
        "add_activity": lambda: st.add_activity(
            s, program_id=pid, title="x", planned_start=day, planned_end=day, party=party
        ),
        "add_dependency": lambda: st.add_dependency(
            s, predecessor_id=acts[1], successor_id=acts[0], kind=DependencyKind.START_TO_START
        ),
        "add_budget_line": lambda: st.add_budget_line(
            s,
            activity_id=act.id,
            description="x",
            source=FundingSource.COMMUNITY,
            kind=ContributionKind.MONEY,
            unit_value=1,
        ),
        "add_indicator": lambda: st.add_indicator(
            s,
            program_id=pid,
            goal=Goal.INCOME,
            name="x",
            unit="u",
            baseline_value=1,
            target_value=2,
        ),
        "record_agreement": lambda: st.record_agreement(
            s, action_plan_id=plan.id, signed_on=day, signatories=[st.SignatoryInput("a", "b")]
        ),
        "add_signatory": lambda: st.add_signatory(s, agreement_id=agreement.id, name="a", role="b"),
        "log_progress": lambda: st.log_progress(
            s, activity_id=act.id, logged_on=day, progress=100, party=party
        ),
        "add_contribution": lambda: st.add_contribution(
            s,
            activity_id=act.id,
            source=FundingSource.COMMUNITY,
            kind=ContributionKind.MONEY,
            value=1,
            given_on=day,
        ),
        "attach_file": lambda: st.attach_file(s, owner=act, data=b"x", filename="x.jpg"),
        "add_monitoring_member": lambda: st.add_monitoring_member(
            s, program_id=pid, person_id=ani, role="x"
        ),
        "record_measurement": lambda: st.record_measurement(
            s, indicator_id=ind.id, measured_on=day, value=1, party=party
        ),
        "add_finding": lambda: st.add_finding(
            s, program_id=pid, kind=FindingKind.LESSON, text="x", found_on=day, party=party
        ),
        "add_default_exit_checklist": lambda: st.add_default_exit_checklist(s, program_id=pid),
        "add_exit_item": lambda: st.add_exit_item(s, program_id=pid, text="x"),
        "set_exit_item_done": lambda: st.set_exit_item_done(s, item_id=item.id, done=False),
        "record_handover": lambda: st.record_handover(
            s, program_id=pid, kind=HandoverKind.ROLE, description="x", to_person_id=ani
        ),
        "update_handover": lambda: st.update_handover(
            s,
            handover_id=first(Handover).id,
            kind=HandoverKind.ROLE,
            description="x",
            to_person_id=ani,
        ),
        "close_program": lambda: st.close_program(s, program_id=pid, closed_on=day),
        "rank_problems by votes": lambda: st.rank_problems(
            s, program_id=pid, method=st.RankingMethod.VOTES
        ),
        "add_activity in another lane": lambda: st.add_activity(
            s,
            program_id=pid,
            title="x",
            planned_start=day,
            planned_end=day,
            party=party,
            stage=Stage.PREPARATION,
        ),
        "attach_file to the program": lambda: st.attach_file(
            s, owner=w.program, data=b"x", filename="x.pdf"
        ),
        "attach_file to a meeting": lambda: st.attach_file(
            s, owner=meeting, data=b"x", filename="x.pdf"
        ),
    }
