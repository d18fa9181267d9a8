"""Participation: the community's share of what is done to plan, do, monitor and evaluate."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy.orm import Session

from desktop.core.domain import Principle
from desktop.core.principles.reading import live_span, read_meetings
from desktop.core.principles.records import (
    Record,
    raised_records,
    read_raised,
    read_responsibilities,
    responsibility_records,
)
from desktop.core.principles.results import Participation, Phase
from desktop.core.principles.shares import (
    Flag,
    ProgramSpan,
    Tally,
    Thresholds,
    mean_of,
    month_of,
    monthly_series,
    percent,
    shares_of,
)


def participation(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> Participation:
    """Participation of one program."""
    span = live_span(session, program_id)
    meetings = read_meetings(session, [span.id])[span.id]
    responsible = read_responsibilities(session, [span.id])[span.id]
    raised = read_raised(session, [span.id])[span.id]
    records = responsibility_records(meetings, responsible) + raised_records(meetings, raised)
    return participation_of(span, records, thresholds)


def participation_of(
    program: ProgramSpan, records: Iterable[Record], thresholds: Thresholds | None = None
) -> Participation:
    """For each of plan / do / monitor / evaluate, the share of records whose responsible party
    is a community member or group. The figure is the mean of the phases that have data."""
    limits = thresholds or Thresholds()
    counted = {phase: Tally() for phase in Phase}
    monthly: dict[dt.date, Tally] = defaultdict(Tally)
    for record in records:
        if record.phase is None:
            continue
        part = 1 if record.community else 0
        counted[record.phase].add(part, 1)
        monthly[month_of(record.first)].add(part, 1)
    phases = shares_of(counted)
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
