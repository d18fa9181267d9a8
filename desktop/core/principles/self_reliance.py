"""Self-reliance: the community's share of the resources, in Rupiah, per activity and overall."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.domain import FundingSource, Principle
from desktop.core.models import Activity, BudgetLine, Contribution
from desktop.core.principles.reading import live_program
from desktop.core.principles.shares import (
    Flag,
    PrincipleScore,
    Share,
    Thresholds,
    month_of,
    monthly_series,
    percent,
)


@dataclass(frozen=True)
class ActivityResources:
    """The community's part of one activity's resources, in Rupiah: ``planned`` from the
    budget, ``actual`` from contributions, and ``counted``: the actual once anything was
    contributed, the plan before (so planned and given are never added up twice)."""

    activity_id: uuid.UUID
    title: str
    planned: Share
    actual: Share
    below: bool

    @property
    def counted(self) -> Share:
        return self.actual if self.actual.whole else self.planned


@dataclass(frozen=True, kw_only=True)
class SelfReliance(PrincipleScore):
    planned: Share
    actual: Share
    counted: Share
    by_activity: tuple[ActivityResources, ...] = field(default=())


def self_reliance(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> SelfReliance:
    """The community's share of the resources (money, labour days, materials, all in Rupiah),
    per activity and overall."""
    limits = thresholds or Thresholds()
    program = live_program(session, program_id)
    titles = dict(
        session.execute(
            select(Activity.id, Activity.title)
            .where(Activity.program_id == program.id, Activity.deleted.is_(False))
            .order_by(Activity.position, Activity.planned_start, Activity.id)
        ).all()
    )
    planned: dict[uuid.UUID, Share] = defaultdict(Share)
    for activity_id, source, amount in session.execute(
        select(BudgetLine.activity_id, BudgetLine.source, BudgetLine.amount).where(
            BudgetLine.activity_id.in_(list(titles)), BudgetLine.deleted.is_(False)
        )
    ):
        planned[activity_id] += Share(amount if source is FundingSource.COMMUNITY else 0, amount)
    actual: dict[uuid.UUID, Share] = defaultdict(Share)
    monthly: dict[dt.date, Share] = defaultdict(Share)
    for activity_id, source, value, given_on in session.execute(
        select(
            Contribution.activity_id, Contribution.source, Contribution.value, Contribution.given_on
        ).where(Contribution.activity_id.in_(list(titles)), Contribution.deleted.is_(False))
    ):
        part = Share(value if source is FundingSource.COMMUNITY else 0, value)
        actual[activity_id] += part
        monthly[month_of(given_on)] += part
    by_activity = []
    for activity_id, title in titles.items():
        used = actual[activity_id] if actual[activity_id].whole else planned[activity_id]
        share = used.value
        by_activity.append(
            ActivityResources(
                activity_id,
                title,
                planned[activity_id],
                actual[activity_id],
                below=share is not None and share < limits.self_reliance,
            )
        )
    total_planned, total_actual, counted = Share(), Share(), Share()
    for row in by_activity:
        total_planned += row.planned
        total_actual += row.actual
        counted += row.counted
    figure = counted.value
    warnings: tuple[Flag, ...] = ()
    if figure is not None and figure < limits.self_reliance:
        warnings = (
            Flag(
                "self_reliance",
                f"The community provides {percent(figure)} of the resources, below "
                f"{percent(limits.self_reliance)}.",
            ),
        )
    return SelfReliance(
        principle=Principle.SELF_RELIANCE,
        figure=figure,
        threshold=limits.self_reliance,
        series=monthly_series(monthly, program),
        warnings=warnings,
        planned=total_planned,
        actual=total_actual,
        counted=counted,
        by_activity=tuple(by_activity),
    )
