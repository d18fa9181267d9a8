"""The action plan's readers that every later stage and the window share: plans, activities,
their links, agreements with their signatories, and indicators (live rows, in list order)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.models import ActionPlan, Activity, Agreement, Dependency, Indicator, Signatory


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
