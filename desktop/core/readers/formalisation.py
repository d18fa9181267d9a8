"""What the formalisation wizard shows: action plans, their activities with who carries each,
dependencies, the budget with its totals, indicators and each plan's agreement, as plain values
in the order the wizard lists them."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.domain import ContributionKind, FundingSource, Goal, IndicatorDirection, Sex
from desktop.core.models import (
    Activity,
    Alternative,
    BudgetLine,
    CommunityGroup,
    Indicator,
    Person,
)
from desktop.core.readers.people import people_by_id
from desktop.core.schedule import successor_dates
from desktop.core.stages import formalisation_reads as fm
from desktop.core.stages.guards import Party
from desktop.core.stages.planning import alternatives_of


@dataclass(frozen=True)
class ChosenAlternative:
    id: uuid.UUID
    title: str
    planned: bool  # an action plan was made of it already


@dataclass(frozen=True)
class PlanRow:
    id: uuid.UUID
    title: str
    alternative: str  # the title of the alternative it was made of
    group: str  # the group carrying it
    agreed_on: dt.date | None
    agreed: bool  # its berita acara is recorded


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    title: str
    responsible: str
    planned_start: dt.date
    planned_end: dt.date
    plan: str  # the action plan's title
    progress: int  # percent


@dataclass(frozen=True)
class ActivityRecord:
    """An activity as its edit form takes it back, with what undo needs besides."""

    action_plan_id: uuid.UUID | None
    title: str
    group_id: uuid.UUID | None
    planned_start: dt.date
    planned_end: dt.date
    responsible: Party
    successors: dict[uuid.UUID, tuple[dt.date, dt.date]]


@dataclass(frozen=True)
class DependencyRow:
    id: uuid.UUID
    first: str
    then: str
    lag_days: int


@dataclass(frozen=True)
class BudgetRow:
    id: uuid.UUID
    activity_id: uuid.UUID
    activity: str
    description: str
    amount: int
    source: FundingSource
    source_name: str | None
    kind: ContributionKind
    quantity: float
    unit: str | None
    unit_value: int


@dataclass(frozen=True)
class Budget:
    lines: tuple[BudgetRow, ...]
    community: int  # Rupiah the community meets itself
    outside: int


@dataclass(frozen=True)
class IndicatorRow:
    id: uuid.UUID
    goal: Goal
    name: str
    unit: str
    direction: IndicatorDirection
    baseline_value: float
    baseline_on: dt.date | None
    target_value: float


@dataclass(frozen=True)
class AgreementRecord:
    id: uuid.UUID
    number: str
    signed_on: dt.date
    location: str
    body: str


@dataclass(frozen=True)
class SignatoryRow:
    id: uuid.UUID
    name: str
    role: str
    sex: Sex | None


def responsible_name(session: Session, activity: Activity) -> str:
    """Who carries an activity: its group, its person or the agency named."""
    if activity.party_group_id is not None:
        group = session.get(CommunityGroup, activity.party_group_id)
        return group.name if group is not None else ""
    if activity.party_person_id is not None:
        person = session.get(Person, activity.party_person_id)
        return person.name if person is not None else ""
    return activity.party_name or ""


def chosen_alternatives(session: Session, program_id: uuid.UUID) -> list[ChosenAlternative]:
    """The alternatives the community chose in planning, the feed of the action plans."""
    planned = {p.alternative_id for p in fm.plans_of(session, program_id)}
    return [
        ChosenAlternative(a.id, a.title, a.id in planned)
        for a in alternatives_of(session, program_id)
        if a.chosen
    ]


def plan_rows(session: Session, program_id: uuid.UUID) -> list[PlanRow]:
    """The program's action plans by title."""
    rows = []
    for plan in fm.plans_of(session, program_id):
        alternative = session.get(Alternative, plan.alternative_id) if plan.alternative_id else None
        group = session.get(CommunityGroup, plan.group_id) if plan.group_id else None
        rows.append(
            PlanRow(
                plan.id,
                plan.title,
                alternative.title if alternative is not None else "",
                group.name if group is not None else "",
                plan.agreed_on,
                fm.agreement_of(session, plan.id) is not None,
            )
        )
    return rows


def activity_rows(session: Session, program_id: uuid.UUID) -> list[ActivityRow]:
    """The activities of the program's live action plans, in the plan's order."""
    plans = {p.id: p.title for p in fm.plans_of(session, program_id)}
    return [
        ActivityRow(
            a.id,
            a.title,
            responsible_name(session, a),
            a.planned_start,
            a.planned_end,
            plans.get(a.action_plan_id, "") if a.action_plan_id else "",
            a.progress,
        )
        for a in fm.activities_of(session, program_id, planned_only=True)
    ]


def activity_record(session: Session, activity_id: uuid.UUID) -> ActivityRecord | None:
    a = session.get(Activity, activity_id)
    if a is None:
        return None
    return ActivityRecord(
        a.action_plan_id,
        a.title,
        a.party_group_id,
        a.planned_start,
        a.planned_end,
        Party(a.party_kind, a.party_person_id, a.party_group_id, a.party_name),
        successor_dates(session, activity_id),
    )


def dependency_rows(session: Session, program_id: uuid.UUID) -> list[DependencyRow]:
    """Which planned activity waits for which, by the titles of both."""
    activities = fm.activities_of(session, program_id, planned_only=True)
    titles = {a.id: a.title for a in activities}
    return [
        DependencyRow(d.id, titles[d.predecessor_id], titles[d.successor_id], d.lag_days)
        for d in fm.links_of(session, activities)
    ]


def _budget_row(line: BudgetLine, activity: str) -> BudgetRow:
    return BudgetRow(
        line.id,
        line.activity_id,
        activity,
        line.description,
        line.amount,
        line.source,
        line.source_name,
        line.kind,
        line.quantity,
        line.unit,
        line.unit_value,
    )


def budget_lines(session: Session, activity_ids: list[uuid.UUID]) -> list[BudgetLine]:
    """The live budget lines of these activities, in the order they were written."""
    if not activity_ids:
        return []
    return list(
        session.scalars(
            select(BudgetLine)
            .where(BudgetLine.activity_id.in_(activity_ids), BudgetLine.deleted.is_(False))
            .order_by(BudgetLine.created_at, BudgetLine.id)
        )
    )


def budget(session: Session, program_id: uuid.UUID) -> Budget:
    """The budget lines of the planned activities and what each source meets in all."""
    titles = {a.id: a.title for a in fm.activities_of(session, program_id, planned_only=True)}
    lines = budget_lines(session, list(titles))
    community = sum(b.amount for b in lines if b.source is FundingSource.COMMUNITY)
    outside = sum(b.amount for b in lines if b.source is FundingSource.OUTSIDE)
    return Budget(tuple(_budget_row(b, titles[b.activity_id]) for b in lines), community, outside)


def budget_record(session: Session, line_id: uuid.UUID) -> BudgetRow | None:
    line = session.get(BudgetLine, line_id)
    if line is None:
        return None
    activity = session.get(Activity, line.activity_id)
    return _budget_row(line, activity.title if activity is not None else "")


def _indicator_row(i: Indicator) -> IndicatorRow:
    return IndicatorRow(
        i.id, i.goal, i.name, i.unit, i.direction, i.baseline_value, i.baseline_on, i.target_value
    )


def indicator_rows(session: Session, program_id: uuid.UUID) -> list[IndicatorRow]:
    """The program's indicators by goal, then name."""
    return [_indicator_row(i) for i in fm.indicators_of(session, program_id)]


def indicator_record(session: Session, indicator_id: uuid.UUID) -> IndicatorRow | None:
    found = session.get(Indicator, indicator_id)
    return _indicator_row(found) if found is not None else None


def village_signers(session: Session, program_id: uuid.UUID) -> dict[str, tuple[uuid.UUID, Sex]]:
    """The people of the program's village by name, to recognise a signatory typed by name."""
    return {name: (pid, sex) for pid, (name, sex) in people_by_id(session, program_id).items()}


def agreement_record(session: Session, plan_id: uuid.UUID) -> AgreementRecord | None:
    """The berita acara of a plan, None while no signatory has recorded it."""
    found = fm.agreement_of(session, plan_id)
    if found is None:
        return None
    return AgreementRecord(
        found.id, found.number or "", found.signed_on, found.location or "", found.body or ""
    )


def signatory_rows(session: Session, agreement_id: uuid.UUID) -> list[SignatoryRow]:
    """Who signed a berita acara, in the order they sign."""
    return [
        SignatoryRow(s.id, s.name, s.role, s.sex) for s in fm.signatories_of(session, agreement_id)
    ]
