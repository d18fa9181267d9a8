"""Stage 4, formalising the action plan: chosen alternatives become plans with activities,
dependencies, a budget and its sources, indicators, and a signed agreement (berita acara).

This module holds the stage's flow and its rules; the operations live beside it, one module per
record: ``formalisation_activities`` (plans, activities, links), ``formalisation_budget``,
``formalisation_indicators`` and ``formalisation_agreement``, all reading through
``formalisation_reads``."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import schedule
from desktop.core.domain import Stage
from desktop.core.errors import Issue, issue
from desktop.core.models import BudgetLine, Program
from desktop.core.schedule_math import looped
from desktop.core.stages import guards
from desktop.core.stages.base import Flow, Step, Upstream
from desktop.core.stages.formalisation_indicators import direction_issues
from desktop.core.stages.formalisation_reads import (
    activities_of,
    agreement_of,
    indicators_of,
    plans_of,
    signatories_of,
)
from desktop.core.stages.planning import alternatives_of


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


def _no_loops(session: Session, program: Program) -> list[Issue]:
    """Two devices may each add a link that is fine alone and a loop together."""
    tasks, links = schedule.program_graph(session, program.id)
    stuck = looped(tasks, links)
    if not stuck:
        return []
    names = ", ".join(sorted(f"“{tasks[i].title}”" for i in stuck))
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
            direction_issues(ind.name, ind.direction, ind.baseline_value, ind.target_value)
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
