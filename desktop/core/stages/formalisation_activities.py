"""Stage 4's action plans and their activities: plans from the chosen alternatives, the work
in each with who carries it and when, and the links between activities."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import schedule
from desktop.core.changes import Changes
from desktop.core.domain import DependencyKind, Stage
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import ActionPlan, Activity, Alternative, Program
from desktop.core.stages import guards
from desktop.core.stages.formalisation_reads import plans_of
from desktop.core.stages.guards import Party
from desktop.core.stages.planning import alternatives_of


def create_action_plan(
    session: Session,
    *,
    alternative_id: uuid.UUID,
    title: str | None = None,
    group_id: uuid.UUID | None = None,
    notes: str | None = None,
) -> Changes:
    """The action plan of a chosen alternative, for the group that will carry it."""
    alternative = guards.live(session, Alternative, alternative_id, "alternative", "alternative")
    program = guards.writable_program(session, alternative.program_id)
    issues: list[Issue] = []
    if not alternative.chosen:
        issues.append(
            issue(
                "alternative",
                "“{title}” was not chosen by the community; only chosen alternatives become "
                "action plans.",
                title=alternative.title,
            )
        )
    if any(p.alternative_id == alternative.id for p in plans_of(session, program.id)):
        issues.append(
            issue("alternative", "“{title}” already has an action plan.", title=alternative.title)
        )
    guards.group(session, issues, "group", group_id)
    refuse_if(issues)
    plan = ActionPlan(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        title=guards.optional_text(title) or alternative.title,
        group_id=group_id,
        alternative_id=alternative.id,
        notes=guards.optional_text(notes),
    )
    session.add(plan)
    session.flush()
    return guards.changed(program, {"action_plans"}, [plan.id])


def plan_chosen_alternatives(session: Session, *, program_id: uuid.UUID) -> Changes:
    """An action plan for each chosen alternative that has none yet."""
    program = guards.writable_program(session, program_id)
    planned = {p.alternative_id for p in plans_of(session, program.id)}
    chosen = [a for a in alternatives_of(session, program.id) if a.chosen]
    if not chosen:
        refuse_if([issue("alternatives", "Choose alternatives in the planning stage first.")])
    changes = guards.changed(program, {"action_plans"})
    for alternative in chosen:
        if alternative.id not in planned:
            changes = changes | create_action_plan(session, alternative_id=alternative.id)
    return changes


def _check_activity(
    session: Session,
    program: Program,
    title: str,
    dates: tuple[dt.date, dt.date],
    party: Party,
    is_milestone: bool,
    action_plan_id: uuid.UUID | None,
) -> str:
    """What an activity must be, added or corrected: named, inside the program's dates, one day
    if a milestone, carried by someone known, in one of the program's plans. Its title."""
    planned_start, planned_end = dates
    issues: list[Issue] = []
    name = guards.text(issues, "title", title, "Give the activity a title.")
    guards.period(issues, "planned_end", planned_start, planned_end)
    guards.date_in_program(issues, "planned_start", program, planned_start, "start date")
    guards.date_in_program(issues, "planned_end", program, planned_end, "end date")
    if is_milestone and planned_end != planned_start:
        issues.append(issue("planned_end", "A milestone starts and ends on the same day."))
    party.check(session, issues)
    if action_plan_id is not None:
        plan = session.get(ActionPlan, action_plan_id)
        if plan is None or plan.deleted or plan.program_id != program.id:
            issues.append(issue("action_plan", "That action plan is not one of this program's."))
    refuse_if(issues)
    return name


def add_activity(
    session: Session,
    *,
    program_id: uuid.UUID,
    title: str,
    planned_start: dt.date,
    planned_end: dt.date,
    party: Party,
    stage: Stage = Stage.IMPLEMENTATION,
    action_plan_id: uuid.UUID | None = None,
    is_milestone: bool = False,
    description: str | None = None,
) -> Changes:
    """A piece of work in a stage's lane of the timeline. ``party`` is who does it."""
    program = guards.writable_program(session, program_id)
    dates = (planned_start, planned_end)
    name = _check_activity(session, program, title, dates, party, is_milestone, action_plan_id)
    position = session.scalar(
        select(func.coalesce(func.max(Activity.position), -1)).where(
            Activity.program_id == program.id
        )
    )
    row = Activity(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        action_plan_id=action_plan_id,
        stage=stage,
        title=name,
        description=guards.optional_text(description),
        planned_start=planned_start,
        planned_end=planned_end,
        is_milestone=is_milestone,
        position=int(position if position is not None else -1) + 1,
        progress=0,
    )
    party.apply(row)
    session.add(row)
    session.flush()
    return guards.changed(program, {"activities"}, [row.id])


def update_activity(
    session: Session,
    *,
    activity_id: uuid.UUID,
    title: str,
    planned_start: dt.date,
    planned_end: dt.date,
    party: Party,
    action_plan_id: uuid.UUID | None = None,
    successors: dict[uuid.UUID, tuple[dt.date, dt.date]] | None = None,
) -> Changes:
    """Correct an activity: its title, who carries it, its dates (and its plan, if given),
    checked as when it was added. New dates go through the timeline's own rules
    (:mod:`desktop.core.schedule`): the successors they would overlap are pushed later, as
    dragging the bar does. ``successors`` (what undo gives, from
    :func:`desktop.core.schedule.successor_dates`) puts
    the followers back on exactly those dates instead."""
    activity = guards.live(session, Activity, activity_id, "activity", "activity")
    program = guards.writable_program(session, activity.program_id)
    plan_id = None if action_plan_id == activity.action_plan_id else action_plan_id
    dates = (planned_start, planned_end)
    name = _check_activity(session, program, title, dates, party, activity.is_milestone, plan_id)
    guards.assign(activity, title=name)
    if action_plan_id is not None:
        guards.assign(activity, action_plan_id=action_plan_id)
    guards.assign(
        activity,
        party_kind=party.kind,
        party_person_id=party.person_id,
        party_group_id=party.group_id,
        party_name=guards.optional_text(party.name),
    )
    tables = {"activities"}
    if (planned_start, planned_end) != (activity.planned_start, activity.planned_end):
        shifts = (
            schedule.propose_successor_shifts(
                session, activity_id=activity.id, start=planned_start, end=planned_end
            )
            if successors is None
            else []
        )
        if activity.is_milestone:
            schedule.move_activity(session, activity_id=activity.id, start=planned_start)
        else:
            schedule.resize_activity(
                session, activity_id=activity.id, start=planned_start, end=planned_end
            )
        schedule.shift_successors(session, shifts=shifts)
    for follower_id, (start, end) in (successors or {}).items():
        follower = session.get(Activity, follower_id)
        if follower is not None and (follower.planned_start, follower.planned_end) != (start, end):
            schedule.set_activity_dates(session, activity_id=follower_id, start=start, end=end)
    session.flush()
    return guards.changed(program, tables)


def add_dependency(
    session: Session,
    *,
    predecessor_id: uuid.UUID,
    successor_id: uuid.UUID,
    kind: DependencyKind = DependencyKind.FINISH_TO_START,
    lag_days: int = 0,
) -> Changes:
    """``successor`` waits for ``predecessor``, by the timeline's own rule
    (:func:`desktop.core.schedule.save_link`): a link of an activity to itself, across
    programs, twice, with an impossible lag, or closing a loop is refused, naming the
    activities. ``created`` lists the link only when it is new, not when a removed one is
    brought back."""
    pred = guards.live(session, Activity, predecessor_id, "predecessor", "activity")
    succ = guards.live(session, Activity, successor_id, "successor", "activity")
    program = guards.writable_program(session, pred.program_id)
    row, new = schedule.save_link(session, pred=pred, succ=succ, kind=kind, lag_days=lag_days)
    return guards.changed(program, {"dependencies"}, [row.id] if new else [])
