"""Stage 7, termination: the exit checklist, handovers of roles, assets and records to
community institutions, the facilitator's role brought to zero, the final report, and the
formal closing, after which the program is read-only (but for its final report)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import FindingKind, HandoverKind, PartyKind, Stage, StageStatus
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import ExitItem, Handover, Program, StageState
from desktop.core.stages import guards
from desktop.core.stages.base import Flow, Step, Upstream
from desktop.core.stages.evaluation import findings_of
from desktop.core.stages.formalisation_reads import activities_of
from desktop.core.stages.preparation import facilitators

DONE = 100

# The usual exit checklist: each item's key (kept in ``ExitItem.key``, so the interface can
# show the item in its own language) and its English text (stored as the item's text).
DEFAULT_EXIT_ITEMS: dict[str, str] = {
    "exit.roles_handed_over": "Roles handed over to community institutions",
    "exit.assets_handed_over": "Assets handed over to community institutions",
    "exit.records_handed_over": "Records and documents handed over",
    "exit.monitoring_team_running": "The community's monitoring team keeps working",
    "exit.facilitator_role_zero": "The facilitator's role has come to zero",
    "exit.final_report_written": "The final report is written",
    "exit.closing_meeting_held": "The closing meeting is held",
}
DEFAULT_EXIT_CHECKLIST: tuple[str, ...] = tuple(DEFAULT_EXIT_ITEMS)


def checklist(session: Session, program_id: uuid.UUID) -> list[ExitItem]:
    return guards.live_rows(
        session, ExitItem, ExitItem.program_id == program_id, ExitItem.position, ExitItem.id
    )


def handovers_of(session: Session, program_id: uuid.UUID) -> list[Handover]:
    return guards.live_rows(
        session, Handover, Handover.program_id == program_id, Handover.handed_on, Handover.id
    )


def _next_position(session: Session, program_id: uuid.UUID) -> int:
    last = session.scalar(
        select(func.max(ExitItem.position)).where(ExitItem.program_id == program_id)
    )
    return int(last) + 1 if last is not None else 0


def add_default_exit_checklist(session: Session, *, program_id: uuid.UUID) -> Changes:
    """The usual exit checklist; items already there are not added twice."""
    program = guards.writable_program(session, program_id)
    items = checklist(session, program.id)
    have = {item.key for item in items} | {item.text for item in items}
    position = _next_position(session, program.id)
    created = []
    for key, text in DEFAULT_EXIT_ITEMS.items():
        if key in have or text in have:
            continue
        row = ExitItem(
            id=new_id(),
            village_code=program.village_code,
            program_id=program.id,
            text=text,
            key=key,
            done=False,
            position=position,
        )
        position += 1
        session.add(row)
        created.append(row.id)
    session.flush()
    return guards.changed(program, {"exit_items"}, created)


def add_exit_item(session: Session, *, program_id: uuid.UUID, text: str) -> Changes:
    program = guards.writable_program(session, program_id)
    issues: list[Issue] = []
    body = guards.text(issues, "text", text, "Say what must be done before leaving.")
    if body and any(item.text == body for item in checklist(session, program.id)):
        issues.append(issue("text", "“{text}” is already on the checklist.", text=body))
    refuse_if(issues)
    row = ExitItem(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        text=body,
        done=False,
        position=_next_position(session, program.id),
    )
    return guards.insert(session, program, row, "exit_items")


def set_exit_item_done(
    session: Session, *, item_id: uuid.UUID, done: bool = True, done_on: dt.date | None = None
) -> Changes:
    """Tick an item off (with the day it was done), or untick it."""
    item = guards.live(session, ExitItem, item_id, "item", "checklist item")
    program = guards.writable_program(session, item.program_id)
    issues: list[Issue] = []
    if done and done_on is None:
        issues.append(issue("done_on", "Give the date it was done."))
    guards.date_in_program(issues, "done_on", program, done_on, "date done")
    refuse_if(issues)
    item.done = done
    item.done_on = done_on if done else None
    session.flush()
    return guards.changed(program, {"exit_items"})


def _check_handover(
    session: Session,
    program: Program,
    *,
    description: str,
    to_group_id: uuid.UUID | None,
    to_person_id: uuid.UUID | None,
    handed_on: dt.date | None,
    value: int | None,
) -> list[Issue]:
    issues: list[Issue] = []
    guards.text(issues, "description", description, "Say what was handed over.")
    if to_group_id is None and to_person_id is None:
        issues.append(issue("to", "Say to whom it was handed over: an institution or a person."))
    guards.group(session, issues, "to", to_group_id)
    guards.person(session, issues, "to", to_person_id)
    guards.date_in_program(issues, "handed_on", program, handed_on, "handover date")
    if value is not None:
        guards.rupiah(issues, "value", value, "value")
    return issues


def record_handover(
    session: Session,
    *,
    program_id: uuid.UUID,
    kind: HandoverKind,
    description: str,
    to_group_id: uuid.UUID | None = None,
    to_person_id: uuid.UUID | None = None,
    handed_on: dt.date | None = None,
    value: int | None = None,
) -> Changes:
    """A role, an asset or a record handed over to a community institution (or a person)."""
    program = guards.writable_program(session, program_id)
    refuse_if(
        _check_handover(
            session,
            program,
            description=description,
            to_group_id=to_group_id,
            to_person_id=to_person_id,
            handed_on=handed_on,
            value=value,
        )
    )
    row = Handover(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        kind=HandoverKind(kind),
        description=description.strip(),
        to_group_id=to_group_id,
        to_person_id=to_person_id,
        handed_on=handed_on,
        value=value,
    )
    return guards.insert(session, program, row, "handovers")


def update_handover(
    session: Session,
    *,
    handover_id: uuid.UUID,
    kind: HandoverKind,
    description: str,
    to_group_id: uuid.UUID | None = None,
    to_person_id: uuid.UUID | None = None,
    handed_on: dt.date | None = None,
    value: int | None = None,
) -> Changes:
    """Correct a recorded handover: every field is given again and checked as when recorded."""
    row = guards.live(session, Handover, handover_id, "handover", "handover")
    program = guards.writable_program(session, row.program_id)
    refuse_if(
        _check_handover(
            session,
            program,
            description=description,
            to_group_id=to_group_id,
            to_person_id=to_person_id,
            handed_on=handed_on,
            value=value,
        )
    )
    row.kind = HandoverKind(kind)
    row.description = description.strip()
    row.to_group_id = to_group_id
    row.to_person_id = to_person_id
    row.handed_on = handed_on
    row.value = value
    session.flush()
    return guards.changed(program, {"handovers"})


def set_final_report(session: Session, *, program_id: uuid.UUID, text: str | None) -> Changes:
    """The final report: the one thing that can still be edited after the program closed."""
    program = guards.program_row(session, program_id)
    program.final_report = guards.optional_text(text)
    session.flush()
    return guards.changed(program, {"programs"})


def close_program(session: Session, *, program_id: uuid.UUID, closed_on: dt.date) -> Changes:
    """Formally end the program. Refused until the exit checklist is complete, handovers are
    recorded, the facilitators are released and the final report is written. Afterwards the
    termination stage is done and the program is read-only, but for its final report."""
    program = guards.writable_program(session, program_id)
    issues: list[Issue] = []
    for step in FLOW.steps:
        if step.id != "closing" and not step.optional:
            issues.extend(step.issues(session, program))
    if closed_on < program.start_date:
        issues.append(
            issue(
                "closed_on",
                "The closing date ({day}) is before the program starts ({start}).",
                day=closed_on,
                start=program.start_date,
            )
        )
    refuse_if(issues)
    program.closed_on = closed_on
    state = session.scalars(
        select(StageState).where(
            StageState.program_id == program.id,
            StageState.stage == Stage.TERMINATION,
            StageState.deleted.is_(False),
        )
    ).first()
    if state is not None:
        state.status = StageStatus.DONE
        state.started_on = state.started_on or closed_on
        state.completed_on = closed_on
        state.current_step = "closing"
    session.flush()
    return guards.changed(program, {"programs", "stage_states"})


# --- rules ---------------------------------------------------------------------------------


def _checklist_complete(session: Session, program: Program) -> list[Issue]:
    items = checklist(session, program.id)
    if not items:
        return [issue("checklist", "Add the exit checklist.")]
    return [
        issue("checklist", "Tick off “{text}” on the exit checklist.", text=item.text)
        for item in items
        if not item.done
    ]


def _handed_over(session: Session, program: Program) -> list[Issue]:
    handovers = handovers_of(session, program.id)
    if not handovers:
        return [
            issue(
                "handovers",
                "Record at least one handover of a role, asset or record to a community "
                "institution.",
            )
        ]
    return [
        issue("handovers", "Say to whom “{what}” was handed over.", what=h.description)
        for h in handovers
        if h.to_group_id is None and h.to_person_id is None
    ]


def _facilitator_at_zero(session: Session, program: Program) -> list[Issue]:
    found = [
        issue(
            "facilitators",
            "Release “{name}” from the program: the facilitator's role must come to zero.",
            name=f.person.name,
        )
        for f in facilitators(session, program.id)
        if not f.is_community and f.released_on is None
    ]
    found.extend(
        issue(
            "facilitators",
            "“{title}” is still carried by the facilitator; hand it over to the community.",
            title=a.title,
        )
        for a in activities_of(session, program.id)
        if a.party_kind is PartyKind.FACILITATOR and a.progress < DONE
    )
    return found


def _report_written(_session: Session, program: Program) -> list[Issue]:
    if not (program.final_report or "").strip():
        return [issue("final_report", "Write the final report.")]
    return []


def _closed(_session: Session, program: Program) -> list[Issue]:
    if program.closed_on is None:
        return [issue("closing", "Close the program formally, with its closing date.")]
    return []


def _recommendations(session: Session, program: Program) -> list[Upstream]:
    return [
        Upstream("findings", f.id, f.text, f.recommendation or "")
        for f in findings_of(session, program.id)
        if f.kind is FindingKind.RECOMMENDATION or f.recommendation
    ]


def _seed_checklist(session: Session, program: Program) -> Changes:
    if checklist(session, program.id):
        return guards.changed(program, ())
    return add_default_exit_checklist(session, program_id=program.id)


FLOW = Flow(
    stage=Stage.TERMINATION,
    steps=(
        Step("checklist", "Exit checklist", ("exit_items",), (_checklist_complete,)),
        Step("handovers", "Handovers to community institutions", ("handovers",), (_handed_over,)),
        Step(
            "facilitator_exit",
            "The facilitator's role at zero",
            ("facilitators", "activities"),
            (_facilitator_at_zero,),
        ),
        Step("final_report", "Final report", ("programs",), (_report_written,)),
        Step("closing", "Formal closing", ("programs",), (_closed,)),
    ),
    builds_on=(Stage.EVALUATION,),
    feed=_recommendations,
    on_start=_seed_checklist,
    summary="The exit checklist complete, handovers recorded, the facilitators released, the "
    "final report written, and the program formally closed.",
)
