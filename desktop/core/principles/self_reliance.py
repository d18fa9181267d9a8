"""Self-reliance: the community's share of the resources, in Rupiah, per activity and overall.
What it reads (for many programs at once) is kept apart from what it computes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.domain import FundingSource, Principle
from desktop.core.models import Activity, BudgetLine, Contribution
from desktop.core.principles.reading import live_span, owned, under
from desktop.core.principles.results import ActivityResources, SelfReliance
from desktop.core.principles.shares import (
    Flag,
    ProgramSpan,
    Share,
    Tally,
    Thresholds,
    month_of,
    monthly_series,
    percent,
    shares_of,
)


@dataclass(frozen=True)
class ResourceRows:
    """One program's live activities in their order, with their live budget lines and
    contributions."""

    activities: Sequence[tuple[uuid.UUID, str]]
    budget: Sequence[tuple[uuid.UUID, FundingSource, int]]
    contributions: Sequence[tuple[uuid.UUID, FundingSource, int, dt.date]]


def read_resources(
    session: Session, program_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, ResourceRows]:
    activities = owned(
        session,
        program_ids,
        Activity,
        Activity.id,
        Activity.title,
        order_by=(Activity.position, Activity.planned_start, Activity.id),
    )
    budget = under(
        session,
        program_ids,
        Activity,
        BudgetLine.activity_id,
        BudgetLine.activity_id,
        BudgetLine.source,
        BudgetLine.amount,
    )
    contributions = under(
        session,
        program_ids,
        Activity,
        Contribution.activity_id,
        Contribution.activity_id,
        Contribution.source,
        Contribution.value,
        Contribution.given_on,
    )
    return {
        program_id: ResourceRows(found, budget[program_id], contributions[program_id])
        for program_id, found in activities.items()
    }


def self_reliance(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> SelfReliance:
    """Self-reliance of one program."""
    span = live_span(session, program_id)
    return self_reliance_of(span, read_resources(session, [span.id])[span.id], thresholds)


def self_reliance_of(
    program: ProgramSpan, rows: ResourceRows, thresholds: Thresholds | None = None
) -> SelfReliance:
    """The community's share of the resources (money, labour days, materials, all in Rupiah),
    per activity and overall."""
    limits = thresholds or Thresholds()
    titles = dict(rows.activities)
    planning: dict[uuid.UUID, Tally] = defaultdict(Tally)
    for activity_id, source, amount in rows.budget:
        planning[activity_id].add(amount if source is FundingSource.COMMUNITY else 0, amount)
    giving: dict[uuid.UUID, Tally] = defaultdict(Tally)
    monthly: dict[dt.date, Tally] = defaultdict(Tally)
    for activity_id, source, value, given_on in rows.contributions:
        part = value if source is FundingSource.COMMUNITY else 0
        giving[activity_id].add(part, value)
        monthly[month_of(given_on)].add(part, value)
    planned: dict[uuid.UUID, Share] = defaultdict(Share, shares_of(planning))
    actual: dict[uuid.UUID, Share] = defaultdict(Share, shares_of(giving))
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
