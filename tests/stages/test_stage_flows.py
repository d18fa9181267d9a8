"""The flows as data (steps, order, what each builds on) and a stage's life: start, save the
step to resume, complete when the done-rule holds, reopen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from stage_world import START, D, World, open_world

from desktop.core import stages as st
from desktop.core.domain import Stage, StageStatus
from desktop.core.errors import Issue, ValidationError, issue
from desktop.core.models import StageState
from desktop.core.stages import flow_for

STEPS = {
    Stage.PREPARATION: ("team", "entry_plan", "key_contacts", "field_notes", "review"),
    Stage.ASSESSMENT: ("meetings", "problems", "resources", "ranking", "review"),
    Stage.PLANNING: ("alternatives", "criteria", "scoring", "choice", "review"),
    Stage.FORMALISATION: (
        "action_plans",
        "activities",
        "dependencies",
        "budget",
        "indicators",
        "agreement",
        "review",
    ),
    Stage.IMPLEMENTATION: ("progress", "contributions", "evidence", "review"),
    Stage.EVALUATION: (
        "monitoring_team",
        "measurements",
        "meetings",
        "findings",
        "principles",
        "review",
    ),
    Stage.TERMINATION: ("checklist", "handovers", "facilitator_exit", "final_report", "closing"),
}


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        yield world


# --- flows as data -------------------------------------------------------------------------


def test_every_stage_has_a_flow_in_order_with_its_steps() -> None:
    assert list(st.FLOWS) == list(Stage)
    for stage, steps in STEPS.items():
        flow = flow_for(stage)
        assert flow.stage is stage
        assert flow.step_ids == steps
        assert flow.first_step == steps[0]
        assert flow.summary
        assert all(step.title for step in flow.steps)
    assert flow_for("pengkajian") is flow_for(Stage.ASSESSMENT)


def test_each_stage_builds_on_the_one_before() -> None:
    assert flow_for(Stage.PREPARATION).builds_on == ()
    assert flow_for(Stage.ASSESSMENT).builds_on == (Stage.PREPARATION,)
    assert flow_for(Stage.PLANNING).builds_on == (Stage.ASSESSMENT,)
    assert flow_for(Stage.FORMALISATION).builds_on == (Stage.PLANNING,)
    assert flow_for(Stage.IMPLEMENTATION).builds_on == (Stage.FORMALISATION,)
    assert Stage.FORMALISATION in flow_for(Stage.EVALUATION).builds_on  # its indicators
    assert flow_for(Stage.TERMINATION).builds_on == (Stage.EVALUATION,)


def test_moving_between_steps() -> None:
    flow = flow_for(Stage.ASSESSMENT)
    assert flow.next_step("meetings") == "problems"
    assert flow.next_step("review") is None
    assert flow.previous_step("problems") == "meetings"
    assert flow.previous_step("meetings") is None
    assert flow.has_step("ranking") and not flow.has_step("nonsense")
    with pytest.raises(KeyError, match="not a step of the Assessment stage"):
        flow.step("nonsense")


def test_an_issue_keeps_its_template_for_translation() -> None:
    found = issue("end", "The end date ({end}) comes before {start}.", end=D(2026, 3, 1), start=2)
    assert found == Issue(
        "end",
        "The end date (01-03-2026) comes before 2.",
        "The end date ({end}) comes before {start}.",
        (("end", "01-03-2026"), ("start", "2")),
    )
    error = ValidationError([found, Issue("x", "Second.")])
    assert error.messages == [found.message, "Second."]
    assert str(error) == f"{found.message}; Second."


def test_upstream_records_feed_the_next_stage(w: World) -> None:
    w.women("Ani")
    water = w.prioritised_problem("Air bersih")
    w.problem("Jalan rusak")  # not a priority: not offered to planning
    feed = flow_for(Stage.PLANNING).upstream(w.session, w.program)
    assert [(u.table, u.id, u.title) for u in feed] == [("problems", water, "Air bersih")]
    alt = w.alternative(water, "Sumur bor")
    w.alternative(water, "Tandon hujan")
    st.vote_alternative(w.session, alternative_id=alt, votes=3)
    st.choose_alternatives(w.session, program_id=w.program_id)
    feed = flow_for(Stage.FORMALISATION).upstream(w.session, w.program)
    assert [u.id for u in feed] == [alt]
    plan = st.create_action_plan(w.session, alternative_id=alt).created[0]
    dig = w.activity("Gali sumur", plan=plan)
    w.activity("Rapat desa")  # outside the plan: not implementation's
    feed = flow_for(Stage.IMPLEMENTATION).upstream(w.session, w.program)
    assert [u.id for u in feed] == [dig]
    ind = w.indicator()
    feed = flow_for(Stage.EVALUATION).upstream(w.session, w.program)
    assert [u.id for u in feed] == [ind]


# --- a stage's life ------------------------------------------------------------------------


def _state(w: World, stage: Stage) -> StageState:
    state = w.session.scalars(
        select(StageState).where(StageState.program_id == w.program_id, StageState.stage == stage)
    ).one()
    return state


def test_start_opens_the_first_step_and_needs_the_previous_stage_started(w: World) -> None:
    error = w.refused(st.start_stage, program_id=w.program_id, stage=Stage.ASSESSMENT, on=START)
    assert error.messages == ["Start the Preparation stage first."]
    st.start_stage(w.session, program_id=w.program_id, stage=Stage.PREPARATION, on=START)
    state = _state(w, Stage.PREPARATION)
    assert (state.status, state.started_on, state.current_step) == (
        StageStatus.IN_PROGRESS,
        START,
        "team",
    )
    # stages may overlap: assessment can start while preparation is still going
    st.start_stage(w.session, program_id=w.program_id, stage=Stage.ASSESSMENT, on=START)
    assert _state(w, Stage.ASSESSMENT).status is StageStatus.IN_PROGRESS
    # starting again changes nothing
    changes = st.start_stage(
        w.session, program_id=w.program_id, stage=Stage.ASSESSMENT, on=D(2026, 5, 1)
    )
    assert not changes.tables
    assert _state(w, Stage.ASSESSMENT).started_on == START


def test_start_date_before_the_program_is_refused(w: World) -> None:
    error = w.refused(
        st.start_stage, program_id=w.program_id, stage=Stage.PREPARATION, on=D(2025, 12, 1)
    )
    assert error.messages == [
        "The start date (01-12-2025) is before the program starts (05-01-2026)."
    ]


def test_save_step_and_resume_in_a_later_session(tmp_path: Path) -> None:
    with open_world(tmp_path) as w:
        program_id = w.program_id
        assert st.resume_step(w.session, program_id=program_id, stage=Stage.ASSESSMENT) == (
            "meetings"
        )
        st.start_stage(w.session, program_id=program_id, stage=Stage.PREPARATION, on=START)
        st.start_stage(w.session, program_id=program_id, stage=Stage.ASSESSMENT, on=START)
        st.save_step(
            w.session,
            program_id=program_id,
            stage=Stage.ASSESSMENT,
            current_step="resources",
            summary="Tiga dusun sudah dikaji.",
        )
        db = w.db
        w.session.commit()
        # a new session, as after closing the window: the wizard reopens where it stopped
        with db.session() as later:
            assert (
                st.resume_step(later, program_id=program_id, stage=Stage.ASSESSMENT) == "resources"
            )
            state = later.scalars(
                select(StageState).where(
                    StageState.program_id == program_id, StageState.stage == Stage.ASSESSMENT
                )
            ).one()
            assert state.summary == "Tiga dusun sudah dikaji."
            assert st.resume_step(later, program_id=program_id, stage=Stage.PLANNING) == (
                "alternatives"
            )


def test_save_step_refuses_an_unknown_step_and_an_unstarted_stage(w: World) -> None:
    error = w.refused(
        st.save_step, program_id=w.program_id, stage=Stage.PREPARATION, current_step="team"
    )
    assert error.messages == ["Start the Preparation stage first."]
    st.start_stage(w.session, program_id=w.program_id, stage=Stage.PREPARATION, on=START)
    error = w.refused(
        st.save_step, program_id=w.program_id, stage=Stage.PREPARATION, current_step="ranking"
    )
    assert error.messages == ["“ranking” is not a step of the Preparation stage."]
    # saving never depends on what the page lacks
    st.save_step(
        w.session, program_id=w.program_id, stage=Stage.PREPARATION, current_step="field_notes"
    )
    assert _state(w, Stage.PREPARATION).current_step == "field_notes"


def test_complete_is_refused_with_the_issues_then_allowed(w: World) -> None:
    st.start_stage(w.session, program_id=w.program_id, stage=Stage.PREPARATION, on=START)
    error = w.refused(
        st.complete_stage, program_id=w.program_id, stage=Stage.PREPARATION, on=D(2026, 1, 20)
    )
    assert error.messages == [
        "Assign at least one facilitator and their role.",
        "Write the plan for entering the community.",
        "Add at least one key contact or local institution.",
        "Add at least one field note from preparing the field.",
    ]
    assert [i.field for i in error.issues] == [
        "facilitators",
        "entry_plan",
        "key_contacts",
        "field_notes",
    ]
    _prepare(w)
    st.complete_stage(
        w.session, program_id=w.program_id, stage=Stage.PREPARATION, on=D(2026, 1, 20)
    )
    state = _state(w, Stage.PREPARATION)
    assert (state.status, state.completed_on) == (StageStatus.DONE, D(2026, 1, 20))


def _prepare(w: World) -> None:
    s, pid = w.session, w.program_id
    person = w.person("Pak Fasil")
    st.assign_facilitator(s, program_id=pid, person_id=person, role="pendamping desa")
    st.set_entry_plan(s, program_id=pid, text="Sowan kepala desa.")
    st.add_key_contact(s, program_id=pid, role="kepala desa", person_id=person)
    st.add_field_note(s, program_id=pid, text="Catatan.", noted_on=D(2026, 1, 12))


def test_complete_needs_earlier_stages_done_and_a_date_after_the_start(w: World) -> None:
    _prepare(w)
    st.start_stage(w.session, program_id=w.program_id, stage=Stage.PREPARATION, on=D(2026, 1, 10))
    error = w.refused(
        st.complete_stage, program_id=w.program_id, stage=Stage.PREPARATION, on=D(2026, 1, 9)
    )
    assert error.messages == [
        "The completion date (09-01-2026) comes before the stage started (10-01-2026)."
    ]
    error = w.refused(
        st.complete_stage, program_id=w.program_id, stage=Stage.ASSESSMENT, on=D(2026, 2, 1)
    )
    assert error.messages[0] == "Complete the Preparation stage first."
    assert "Add at least one meeting with its attendance." in error.messages


def test_reopen_a_done_stage_and_complete_it_again(w: World) -> None:
    _prepare(w)
    st.start_stage(w.session, program_id=w.program_id, stage=Stage.PREPARATION, on=START)
    error = w.refused(st.reopen_stage, program_id=w.program_id, stage=Stage.PREPARATION)
    assert error.messages == ["The Preparation stage is not completed."]
    st.complete_stage(w.session, program_id=w.program_id, stage=Stage.PREPARATION, on=START)
    st.reopen_stage(w.session, program_id=w.program_id, stage=Stage.PREPARATION)
    state = _state(w, Stage.PREPARATION)
    assert (state.status, state.completed_on) == (StageStatus.IN_PROGRESS, None)
    st.complete_stage(w.session, program_id=w.program_id, stage=Stage.PREPARATION, on=START)
    assert _state(w, Stage.PREPARATION).status is StageStatus.DONE


def test_stage_issues_lists_every_step(w: World) -> None:
    found = st.stage_issues(w.session, program_id=w.program_id, stage=Stage.PLANNING)
    assert list(found) == list(STEPS[Stage.PLANNING])
    assert [i.message for i in found["alternatives"]] == [
        "Prioritise problems in the assessment stage first."
    ]
    assert found["criteria"] == [] and found["review"] == []
