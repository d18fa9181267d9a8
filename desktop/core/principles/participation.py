"""Participation: the community's share of what is done to plan, do, monitor and evaluate."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.domain import Principle
from desktop.core.principles.reading import live_program
from desktop.core.principles.records import Phase, raised_records, responsibility_records
from desktop.core.principles.shares import (
    Flag,
    PrincipleScore,
    Share,
    Thresholds,
    mean_of,
    month_of,
    monthly_series,
    percent,
)


@dataclass(frozen=True, kw_only=True)
class Participation(PrincipleScore):
    phases: Mapping[Phase, Share]  # community records of all records, per phase


def participation(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> Participation:
    """For each of plan / do / monitor / evaluate, the share of records whose responsible party
    is a community member or group. The figure is the mean of the phases that have data."""
    limits = thresholds or Thresholds()
    program = live_program(session, program_id)
    records = responsibility_records(session, program) + raised_records(session, program)
    phases: dict[Phase, Share] = {phase: Share() for phase in Phase}
    monthly: dict[dt.date, Share] = defaultdict(Share)
    for record in records:
        if record.phase is None:
            continue
        one = Share(1 if record.community else 0, 1)
        phases[record.phase] += one
        monthly[month_of(record.first)] += one
    warnings = tuple(
        Flag(
            f"participation_{phase.value}",
            f"The community carries {percent(value)} of what is done to {phase.value}, "
            f"below {percent(limits.community_participation)}.",
        )
        for phase, share in phases.items()
        if (value := share.value) is not None and value < limits.community_participation
    )
    return Participation(
        principle=Principle.PARTICIPATION,
        figure=mean_of(s.value for s in phases.values()),
        threshold=limits.community_participation,
        series=monthly_series(monthly, program),
        warnings=warnings,
        phases=phases,
    )
