"""Stage 4, formalising the action plan: chosen alternatives become plans with activities,
dependencies, a budget and its sources, indicators, and a signed agreement (berita acara)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import (
    ContributionKind,
    DependencyKind,
    FundingSource,
    Goal,
    IndicatorDirection,
    Sex,
    Stage,
)
from desktop.core.errors import Issue, ValidationError, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import (
    ActionPlan,
    Activity,
    Agreement,
    Alternative,
    BudgetLine,
    Dependency,
    Indicator,
    Meeting,
    Program,
    Signatory,
)
from desktop.core.stages import guards
from desktop.core.stages.base import Flow, Step, Upstream
from desktop.core.stages.guards import Party
from desktop.core.stages.planning import alternatives_of


@dataclass(frozen=True)
class SignatoryInput:
    name: str
    role: str  # kepala desa, ketua kelompok, pendamping
    person_id: uuid.UUID | None = None
    signed: bool = True
    sex: Sex | None = None  # counted for equality: women's share of those who sign


# --- reading -------------------------------------------------------------------------------


def plans_of(session: Session, program_id: uuid.UUID) -> list[ActionPlan]:
    return list(
        session.scalars(
            select(ActionPlan)
            .where(ActionPlan.program_id == program_id, ActionPlan.deleted.is_(False))
            .order_by(ActionPlan.title, ActionPlan.id)
        )
    )


def activities_of(
    session: Session, program_id: uuid.UUID, *, planned_only: bool = False
) -> list[Activity]:
    """The program's live activities; ``planned_only``: those of a live action plan."""
    rows = list(
        session.scalars(
            select(Activity)
            .where(Activity.program_id == program_id, Activity.deleted.is_(False))
            .order_by(Activity.position, Activity.planned_start, Activity.id)
        )
    )
    if planned_only:
        plans = {p.id for p in plans_of(session, program_id)}
        rows = [a for a in rows if a.action_plan_id in plans]
    return rows


def links_of(session: Session, activities: Sequence[Activity]) -> list[Dependency]:
    ids = {a.id for a in activities}
    if not ids:
        return []
    return [
        d
        for d in session.scalars(
            select(Dependency).where(
                Dependency.deleted.is_(False), Dependency.predecessor_id.in_(ids)
            )
        )
        if d.successor_id in ids
    ]


def agreement_of(session: Session, plan_id: uuid.UUID) -> Agreement | None:
    return session.scalars(
        select(Agreement)
        .where(Agreement.action_plan_id == plan_id, Agreement.deleted.is_(False))
        .order_by(Agreement.signed_on, Agreement.id)
    ).first()


def signatories_of(session: Session, agreement_id: uuid.UUID) -> list[Signatory]:
    return list(
        session.scalars(
            select(Signatory)
            .where(Signatory.agreement_id == agreement_id, Signatory.deleted.is_(False))
            .order_by(Signatory.position, Signatory.id)
        )
    )


def indicators_of(session: Session, program_id: uuid.UUID) -> list[Indicator]:
    return list(
        session.scalars(
            select(Indicator)
            .where(Indicator.program_id == program_id, Indicator.deleted.is_(False))
            .order_by(Indicator.goal, Indicator.name, Indicator.id)
        )
    )


# --- the action plan -------------------------------------------------------------------------


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


def find_loop(
    links: Sequence[tuple[uuid.UUID, uuid.UUID]], start: uuid.UUID, goal: uuid.UUID
) -> list[uuid.UUID] | None:
    """The chain of links from ``start`` to ``goal``, if there is one (breadth first)."""
    after: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for pred, succ in links:
        after[pred].append(succ)
    came_from: dict[uuid.UUID, uuid.UUID | None] = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        if node == goal:
            chain: list[uuid.UUID] = []
            step: uuid.UUID | None = node
            while step is not None:
                chain.append(step)
                step = came_from[step]
            return chain[::-1]
        for nxt in after.get(node, ()):
            if nxt not in came_from:
                came_from[nxt] = node
                queue.append(nxt)
    return None


def add_dependency(
    session: Session,
    *,
    predecessor_id: uuid.UUID,
    successor_id: uuid.UUID,
    kind: DependencyKind = DependencyKind.FINISH_TO_START,
    lag_days: int = 0,
) -> Changes:
    """``successor`` waits for ``predecessor``. A link of an activity to itself, across
    programs, twice, or one that would close a loop is refused, naming the activities."""
    pred = guards.live(session, Activity, predecessor_id, "predecessor", "activity")
    succ = guards.live(session, Activity, successor_id, "successor", "activity")
    program = guards.writable_program(session, pred.program_id)
    issues: list[Issue] = []
    if isinstance(lag_days, bool) or not isinstance(lag_days, int):
        issues.append(issue("lag_days", "The lag must be a whole number of working days."))
    if pred.id == succ.id:
        issues.append(issue("successor", "“{title}” cannot depend on itself.", title=pred.title))
        refuse_if(issues)
    if succ.program_id != pred.program_id:
        issues.append(
            issue(
                "successor",
                "“{a}” and “{b}” belong to different programs and cannot be linked.",
                a=pred.title,
                b=succ.title,
            )
        )
        refuse_if(issues)
    activities = activities_of(session, program.id)
    titles = {a.id: a.title for a in activities}
    links = [(d.predecessor_id, d.successor_id) for d in links_of(session, activities)]
    if (pred.id, succ.id) in links:
        issues.append(
            issue("successor", "“{b}” already follows “{a}”.", a=pred.title, b=succ.title)
        )
    else:
        chain = find_loop(links, succ.id, pred.id)
        if chain is not None:
            path = " → ".join(f"“{titles[i]}”" for i in chain)
            issues.append(
                issue(
                    "successor",
                    "“{b}” cannot follow “{a}”: that would make a loop, because {path} "
                    "already leads back to it.",
                    a=pred.title,
                    b=succ.title,
                    path=path,
                )
            )
    refuse_if(issues)
    row = session.scalars(
        select(Dependency).where(
            Dependency.predecessor_id == pred.id, Dependency.successor_id == succ.id
        )
    ).first()
    created = []
    if row is None:  # one row per pair, for sync: a removed link comes back as itself
        row = Dependency(
            id=new_id(),
            village_code=program.village_code,
            predecessor_id=pred.id,
            successor_id=succ.id,
        )
        session.add(row)
        created.append(row.id)
    row.deleted = False
    row.kind = kind
    row.lag_days = lag_days
    session.flush()
    return guards.changed(program, {"dependencies"}, created)


def add_budget_line(
    session: Session,
    *,
    activity_id: uuid.UUID,
    description: str,
    source: FundingSource,
    kind: ContributionKind,
    unit_value: int,
    quantity: float = 1.0,
    unit: str | None = None,
    source_name: str | None = None,
) -> Changes:
    """A planned cost of an activity, in whole Rupiah, and who meets it: the community
    (swadaya) or an outside source (Dana Desa, a government office...)."""
    activity = guards.live(session, Activity, activity_id, "activity", "activity")
    program = guards.writable_program(session, activity.program_id)
    issues: list[Issue] = []
    what = guards.text(issues, "description", description, "Describe the budget line.")
    guards.rupiah(issues, "unit_value", unit_value, "unit value")
    guards.positive_number(issues, "quantity", quantity, "quantity")
    refuse_if(issues)
    row = BudgetLine(
        id=new_id(),
        village_code=program.village_code,
        activity_id=activity.id,
        description=what,
        source=FundingSource(source),
        source_name=guards.optional_text(source_name),
        kind=ContributionKind(kind),
        quantity=quantity,
        unit=guards.optional_text(unit),
        unit_value=unit_value,
        amount=round(quantity * unit_value),
    )
    session.add(row)
    session.flush()
    return guards.changed(program, {"budget_lines"}, [row.id])


def add_indicator(
    session: Session,
    *,
    program_id: uuid.UUID,
    goal: Goal,
    name: str,
    unit: str,
    baseline_value: float,
    target_value: float,
    direction: IndicatorDirection | None = None,
    baseline_on: dt.date | None = None,
    target_on: dt.date | None = None,
    means_of_verification: str | None = None,
) -> Changes:
    """An indicator under one of the six goals, from a baseline to a target. Without a
    direction, it follows from the target (above the baseline: increase)."""
    program = guards.writable_program(session, program_id)
    issues: list[Issue] = []
    title = guards.text(issues, "name", name, "Name the indicator.")
    measure = guards.text(issues, "unit", unit, "Give the indicator's unit.")
    guards.finite(issues, "baseline_value", baseline_value, "baseline")
    guards.finite(issues, "target_value", target_value, "target")
    if direction is None:
        direction = (
            IndicatorDirection.DECREASE
            if target_value < baseline_value
            else IndicatorDirection.INCREASE
        )
    issues.extend(_direction_issues(title, direction, baseline_value, target_value))
    guards.date_in_program(issues, "baseline_on", program, baseline_on, "baseline date")
    guards.date_in_program(issues, "target_on", program, target_on, "target date")
    if baseline_on is not None and target_on is not None and target_on < baseline_on:
        issues.append(
            issue(
                "target_on",
                "The target date ({target}) comes before the baseline date ({base}).",
                target=target_on,
                base=baseline_on,
            )
        )
    refuse_if(issues)
    row = Indicator(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        goal=Goal(goal),
        name=title,
        unit=measure,
        direction=direction,
        baseline_value=float(baseline_value),
        baseline_on=baseline_on,
        target_value=float(target_value),
        target_on=target_on,
        means_of_verification=guards.optional_text(means_of_verification),
    )
    session.add(row)
    session.flush()
    return guards.changed(program, {"indicators"}, [row.id])


def successor_dates(
    session: Session, activity_id: uuid.UUID
) -> dict[uuid.UUID, tuple[dt.date, dt.date]]:
    """The planned dates of everything that follows an activity, directly or down the chain
    (what an edit of its dates may push later, and what undo puts back)."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        return {}
    activities = activities_of(session, activity.program_id)
    by_id = {a.id: a for a in activities}
    after: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for d in links_of(session, activities):
        after[d.predecessor_id].append(d.successor_id)
    found: dict[uuid.UUID, tuple[dt.date, dt.date]] = {}
    queue = list(after.get(activity_id, ()))
    while queue:
        node = queue.pop(0)
        if node in found or node == activity_id:
            continue
        found[node] = (by_id[node].planned_start, by_id[node].planned_end)
        queue.extend(after.get(node, ()))
    return found


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
    dragging the bar does. ``successors`` (what undo gives, from :func:`successor_dates`) puts
    the followers back on exactly those dates instead."""
    from desktop.core import schedule

    activity = guards.live(session, Activity, activity_id, "activity", "activity")
    program = guards.writable_program(session, activity.program_id)
    issues: list[Issue] = []
    name = guards.text(issues, "title", title, "Give the activity a title.")
    guards.period(issues, "planned_end", planned_start, planned_end)
    guards.date_in_program(issues, "planned_start", program, planned_start, "start date")
    guards.date_in_program(issues, "planned_end", program, planned_end, "end date")
    if activity.is_milestone and planned_end != planned_start:
        issues.append(issue("planned_end", "A milestone starts and ends on the same day."))
    party.check(session, issues)
    if action_plan_id is not None and action_plan_id != activity.action_plan_id:
        plan = session.get(ActionPlan, action_plan_id)
        if plan is None or plan.deleted or plan.program_id != program.id:
            issues.append(issue("action_plan", "That action plan is not one of this program's."))
    refuse_if(issues)
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


def update_budget_line(
    session: Session,
    *,
    budget_line_id: uuid.UUID,
    description: str,
    source: FundingSource,
    kind: ContributionKind,
    unit_value: int,
    quantity: float = 1.0,
    unit: str | None = None,
    source_name: str | None = None,
    activity_id: uuid.UUID | None = None,
) -> Changes:
    """Correct a budget line, checked as when it was added; its amount follows."""
    row = guards.live(session, BudgetLine, budget_line_id, "budget", "budget line")
    owner = guards.live(session, Activity, row.activity_id, "activity", "activity")
    program = guards.writable_program(session, owner.program_id)
    issues: list[Issue] = []
    what = guards.text(issues, "description", description, "Describe the budget line.")
    guards.rupiah(issues, "unit_value", unit_value, "unit value")
    guards.positive_number(issues, "quantity", quantity, "quantity")
    if activity_id is not None and activity_id != row.activity_id:
        moved_to = session.get(Activity, activity_id)
        if moved_to is None or moved_to.deleted or moved_to.program_id != program.id:
            issues.append(issue("activity", "That activity no longer exists."))
    refuse_if(issues)
    guards.assign(
        row,
        activity_id=activity_id or row.activity_id,
        description=what,
        source=FundingSource(source),
        source_name=guards.optional_text(source_name),
        kind=ContributionKind(kind),
        quantity=quantity,
        unit=guards.optional_text(unit),
        unit_value=unit_value,
        amount=round(quantity * unit_value),
    )
    session.flush()
    return guards.changed(program, {"budget_lines"})


def update_indicator(
    session: Session,
    *,
    indicator_id: uuid.UUID,
    goal: Goal,
    name: str,
    unit: str,
    baseline_value: float,
    target_value: float,
    direction: IndicatorDirection | None = None,
) -> Changes:
    """Correct an indicator, checked as when it was added (its dates and means of
    verification stay)."""
    row = guards.live(session, Indicator, indicator_id, "indicator", "indicator")
    program = guards.writable_program(session, row.program_id)
    issues: list[Issue] = []
    title = guards.text(issues, "name", name, "Name the indicator.")
    measure = guards.text(issues, "unit", unit, "Give the indicator's unit.")
    guards.finite(issues, "baseline_value", baseline_value, "baseline")
    guards.finite(issues, "target_value", target_value, "target")
    if direction is None:
        direction = (
            IndicatorDirection.DECREASE
            if target_value < baseline_value
            else IndicatorDirection.INCREASE
        )
    issues.extend(_direction_issues(title, direction, baseline_value, target_value))
    refuse_if(issues)
    guards.assign(
        row,
        goal=Goal(goal),
        name=title,
        unit=measure,
        direction=IndicatorDirection(direction),
        baseline_value=float(baseline_value),
        target_value=float(target_value),
    )
    session.flush()
    return guards.changed(program, {"indicators"})


def _direction_issues(
    name: str, direction: IndicatorDirection, baseline: float, target: float
) -> list[Issue]:
    if target == baseline:
        return [
            issue(
                "target_value",
                "The target of “{name}” ({target}) is the same as its baseline.",
                name=name,
                target=target,
            )
        ]
    if direction is IndicatorDirection.INCREASE and target < baseline:
        return [
            issue(
                "target_value",
                "The target of “{name}” ({target}) is below its baseline ({base}), but it "
                "should increase.",
                name=name,
                target=target,
                base=baseline,
            )
        ]
    if direction is IndicatorDirection.DECREASE and target > baseline:
        return [
            issue(
                "target_value",
                "The target of “{name}” ({target}) is above its baseline ({base}), but it "
                "should decrease.",
                name=name,
                target=target,
                base=baseline,
            )
        ]
    return []


def _check_signatories(
    session: Session, issues: list[Issue], signatories: Sequence[SignatoryInput]
) -> list[tuple[SignatoryInput, str]]:
    named = []
    for signer in signatories:
        who = guards.person(session, issues, "signatories", signer.person_id)
        name = (signer.name or "").strip() or (who.name if who else "")
        if not name:
            issues.append(issue("signatories", "Give each signatory's name."))
        if not (signer.role or "").strip():
            issues.append(
                issue("signatories", "Give the role of “{name}”.", name=name or "a signatory")
            )
        named.append((signer, name))
    return named


def record_agreement(
    session: Session,
    *,
    action_plan_id: uuid.UUID,
    signed_on: dt.date,
    signatories: Sequence[SignatoryInput],
    number: str | None = None,
    location: str | None = None,
    body: str | None = None,
    meeting_id: uuid.UUID | None = None,
) -> Changes:
    """The berita acara of an action plan, with its signatories. The plan counts as agreed on
    ``signed_on``, and its activities' planned dates become their baseline."""
    plan = guards.live(session, ActionPlan, action_plan_id, "action_plan", "action plan")
    program = guards.writable_program(session, plan.program_id)
    issues: list[Issue] = []
    guards.date_in_program(issues, "signed_on", program, signed_on, "signing date")
    if not signatories:
        issues.append(issue("signatories", "Add at least one signatory."))
    named = _check_signatories(session, issues, signatories)
    if agreement_of(session, plan.id) is not None:
        issues.append(
            issue("action_plan", "“{title}” already has its agreement.", title=plan.title)
        )
    activities = [a for a in activities_of(session, program.id) if a.action_plan_id == plan.id]
    if not activities:
        issues.append(
            issue(
                "action_plan",
                "Add the activities of “{title}” before recording its agreement.",
                title=plan.title,
            )
        )
    if meeting_id is not None:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted or meeting.program_id != program.id:
            issues.append(issue("meeting", "That meeting is not one of this program's meetings."))
    refuse_if(issues)
    agreement = Agreement(
        id=new_id(),
        village_code=program.village_code,
        action_plan_id=plan.id,
        number=guards.optional_text(number),
        signed_on=signed_on,
        location=guards.optional_text(location),
        body=guards.optional_text(body),
        meeting_id=meeting_id,
    )
    session.add(agreement)
    created = [agreement.id]
    for position, (signer, name) in enumerate(named):
        row = Signatory(
            id=new_id(),
            village_code=program.village_code,
            agreement_id=agreement.id,
            person_id=signer.person_id,
            name=name,
            role=signer.role.strip(),
            sex=Sex(signer.sex) if signer.sex is not None else None,
            signed=signer.signed,
            position=position,
        )
        session.add(row)
        created.append(row.id)
    plan.agreed_on = signed_on
    for activity in activities:
        activity.baseline_start = activity.planned_start
        activity.baseline_end = activity.planned_end
    session.flush()
    return guards.changed(
        program, {"agreements", "signatories", "action_plans", "activities"}, created
    )


def add_signatory(
    session: Session,
    *,
    agreement_id: uuid.UUID,
    name: str,
    role: str,
    person_id: uuid.UUID | None = None,
    signed: bool = True,
    sex: Sex | None = None,
) -> Changes:
    """One more signatory of a recorded agreement (a person of the village or a name)."""
    agreement = guards.live(session, Agreement, agreement_id, "agreement", "agreement")
    plan = guards.live(session, ActionPlan, agreement.action_plan_id, "agreement", "action plan")
    program = guards.writable_program(session, plan.program_id)
    issues: list[Issue] = []
    signer = SignatoryInput(name, role, person_id, signed, sex)
    named = _check_signatories(session, issues, [signer])
    refuse_if(issues)
    position = len(signatories_of(session, agreement.id))
    row = Signatory(
        id=new_id(),
        village_code=program.village_code,
        agreement_id=agreement.id,
        person_id=person_id,
        name=named[0][1],
        role=role.strip(),
        sex=Sex(sex) if sex is not None else None,
        signed=signed,
        position=position,
    )
    session.add(row)
    session.flush()
    return guards.changed(program, {"signatories"}, [row.id])


def update_agreement(
    session: Session,
    *,
    agreement_id: uuid.UUID,
    signed_on: dt.date | None = None,
    number: str | None = None,
    location: str | None = None,
    body: str | None = None,
) -> Changes:
    """Correct a recorded berita acara: only the values given change (``""`` empties a text).
    A new signing date becomes the plan's agreed date."""
    agreement = guards.live(session, Agreement, agreement_id, "agreement", "agreement")
    plan = guards.live(session, ActionPlan, agreement.action_plan_id, "agreement", "action plan")
    program = guards.writable_program(session, plan.program_id)
    issues: list[Issue] = []
    if signed_on is not None:
        guards.date_in_program(issues, "signed_on", program, signed_on, "signing date")
    refuse_if(issues)
    if signed_on is not None:
        agreement.signed_on = signed_on
        plan.agreed_on = signed_on
    if number is not None:
        agreement.number = guards.optional_text(number)
    if location is not None:
        agreement.location = guards.optional_text(location)
    if body is not None:
        agreement.body = guards.optional_text(body)
    session.flush()
    return guards.changed(program, {"agreements", "action_plans"})


# The plan's records that hang under another record (no ``program_id`` of their own), and how
# to reach their program: removing one is a tombstone, as ``desktop.core.records`` does for the
# others.
_CHILDREN: dict[str, type[BudgetLine | Dependency | Signatory | Agreement]] = {
    "budget_lines": BudgetLine,
    "dependencies": Dependency,
    "signatories": Signatory,
    "agreements": Agreement,
}


def set_plan_record_deleted(
    session: Session, *, table: str, row_id: uuid.UUID, deleted: bool
) -> Changes:
    """Remove (``deleted=True``) or bring back a budget line, a dependency, a signatory or an
    agreement of the action plan, through the one removal of the wizards' lists
    (:func:`desktop.core.records.set_record_deleted`), which refuses to bring back a link that
    would now close a loop."""
    from desktop.core.records import set_record_deleted

    if table not in _CHILDREN:
        raise ValidationError(
            [issue("table", "Records of “{table}” cannot be removed.", table=table)]
        )
    return set_record_deleted(session, table=table, row_id=row_id, deleted=deleted)


# --- rules ---------------------------------------------------------------------------------


def _plans_made(session: Session, program: Program) -> list[Issue]:
    chosen = [a for a in alternatives_of(session, program.id) if a.chosen]
    plans = plans_of(session, program.id)
    if not chosen and not plans:
        return [issue("action_plans", "Choose alternatives in the planning stage first.")]
    planned = {p.alternative_id for p in plans}
    return [
        issue("action_plans", "Make the action plan of “{title}”.", title=a.title)
        for a in chosen
        if a.id not in planned
    ]


def _activities_planned(session: Session, program: Program) -> list[Issue]:
    plans = plans_of(session, program.id)
    activities = activities_of(session, program.id, planned_only=True)
    with_work = {a.action_plan_id for a in activities}
    found = [
        issue("activities", "Add at least one activity to “{title}”.", title=p.title)
        for p in plans
        if p.id not in with_work
    ]
    for activity in activities:
        guards.period(
            found, "activities", activity.planned_start, activity.planned_end, name=activity.title
        )
        for day in (activity.planned_start, activity.planned_end):
            outside: list[Issue] = []
            guards.date_in_program(outside, "activities", program, day, "date")
            if outside:
                found.append(
                    issue(
                        "activities",
                        "“{title}” falls outside the program's dates.",
                        title=activity.title,
                    )
                )
                break
    return found


def loops(links: Sequence[tuple[uuid.UUID, uuid.UUID]]) -> set[uuid.UUID]:
    """The activities caught in a loop of links (what Kahn's sort cannot place)."""
    nodes = {n for link in links for n in link}
    indegree = dict.fromkeys(nodes, 0)
    after: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for pred, succ in links:
        indegree[succ] += 1
        after[pred].append(succ)
    ready = [n for n, d in indegree.items() if d == 0]
    placed = set()
    while ready:
        node = ready.pop()
        placed.add(node)
        for nxt in after[node]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return nodes - placed


def _no_loops(session: Session, program: Program) -> list[Issue]:
    """Two devices may each add a link that is fine alone and a loop together."""
    activities = activities_of(session, program.id)
    links = [(d.predecessor_id, d.successor_id) for d in links_of(session, activities)]
    stuck = loops(links)
    if not stuck:
        return []
    names = ", ".join(sorted(f"“{a.title}”" for a in activities if a.id in stuck))
    return [
        issue(
            "dependencies",
            "The links between {names} go round in a loop; remove one of them.",
            names=names,
        )
    ]


def _budgeted(session: Session, program: Program) -> list[Issue]:
    activities = activities_of(session, program.id, planned_only=True)
    ids = [a.id for a in activities]
    budgeted = (
        set(
            session.scalars(
                select(BudgetLine.activity_id).where(
                    BudgetLine.activity_id.in_(ids), BudgetLine.deleted.is_(False)
                )
            )
        )
        if ids
        else set()
    )
    found = []
    for plan in plans_of(session, program.id):
        mine = [a.id for a in activities if a.action_plan_id == plan.id]
        if mine and not budgeted.intersection(mine):
            found.append(
                issue(
                    "budget",
                    "Add the budget of “{title}”, with its sources (community or outside).",
                    title=plan.title,
                )
            )
    return found


def _indicators_set(session: Session, program: Program) -> list[Issue]:
    indicators = indicators_of(session, program.id)
    if not indicators:
        return [issue("indicators", "Add at least one indicator with its baseline and target.")]
    found: list[Issue] = []
    for ind in indicators:
        found.extend(
            _direction_issues(ind.name, ind.direction, ind.baseline_value, ind.target_value)
        )
    return found


def _agreed(session: Session, program: Program) -> list[Issue]:
    found = []
    for plan in plans_of(session, program.id):
        agreement = agreement_of(session, plan.id)
        if agreement is None:
            found.append(
                issue(
                    "agreement",
                    "Record the agreement (berita acara) of “{title}”.",
                    title=plan.title,
                )
            )
        elif not signatories_of(session, agreement.id):
            found.append(
                issue(
                    "agreement",
                    "Add the signatories of the agreement of “{title}”.",
                    title=plan.title,
                )
            )
    return found


def _chosen(session: Session, program: Program) -> list[Upstream]:
    return [
        Upstream("alternatives", a.id, a.title)
        for a in alternatives_of(session, program.id)
        if a.chosen
    ]


FLOW = Flow(
    stage=Stage.FORMALISATION,
    steps=(
        Step(
            "action_plans",
            "Action plans from the chosen alternatives",
            ("action_plans",),
            (_plans_made,),
        ),
        Step(
            "activities",
            "Activities, responsible groups and dates",
            ("activities",),
            (_activities_planned,),
        ),
        Step("dependencies", "Dependencies", ("dependencies",), (_no_loops,), optional=True),
        Step("budget", "Budget and its sources", ("budget_lines",), (_budgeted,)),
        Step("indicators", "Indicators under the six goals", ("indicators",), (_indicators_set,)),
        Step(
            "agreement",
            "Agreement (berita acara) and signatories",
            ("agreements", "signatories"),
            (_agreed,),
        ),
        Step("review", "Review", ("stage_states",), optional=True),
    ),
    builds_on=(Stage.PLANNING,),
    feed=_chosen,
    done_rules=(_no_loops,),
    summary="Every chosen alternative has an action plan with activities inside the program's "
    "dates, no loop of dependencies, a budget with its sources, indicators with baseline and "
    "target, and a signed agreement.",
)
