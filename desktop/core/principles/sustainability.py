"""Sustainability: the facilitator's share of responsibility month by month, which should fade
to zero by the end."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy.orm import Session

from desktop.core.domain import PartyKind, Principle
from desktop.core.principles.reading import live_span, read_meetings
from desktop.core.principles.records import (
    Record,
    read_responsibilities,
    responsibility_records,
)
from desktop.core.principles.results import Sustainability
from desktop.core.principles.shares import (
    Flag,
    ProgramSpan,
    Tally,
    Thresholds,
    least_squares_slope,
    month_index,
    month_of,
    monthly_series,
    months,
    percent,
)


def sustainability(
    session: Session,
    program_id: uuid.UUID,
    thresholds: Thresholds | None = None,
    *,
    today: dt.date | None = None,
) -> Sustainability:
    """Sustainability of one program."""
    span = live_span(session, program_id)
    records = responsibility_records(
        read_meetings(session, [span.id])[span.id],
        read_responsibilities(session, [span.id])[span.id],
    )
    return sustainability_of(span, records, thresholds, today=today)


def sustainability_of(
    program: ProgramSpan,
    records: Iterable[Record],
    thresholds: Thresholds | None = None,
    *,
    today: dt.date | None = None,
) -> Sustainability:
    """The facilitator's share of the records someone is responsible for, month by month."""
    limits = thresholds or Thresholds()
    monthly: dict[dt.date, Tally] = defaultdict(Tally)
    for record in records:
        part = 1 if record.kind is PartyKind.FACILITATOR else 0
        for month in months(record.first, record.last):  # an activity counts in each month
            monthly[month].add(part, 1)
    series = monthly_series(monthly, program)
    first = series[0].month if series else month_of(program.start_date)
    points = [(float(month_index(first, p.month)), p.value) for p in series if p.value is not None]
    now = month_of(program.closed_on or today or dt.date.today())
    known = [p for p in series if p.value is not None]
    past = [p for p in known if p.month <= now]
    shown = past[-1] if past else (known[0] if known else None)
    latest = shown.value if shown is not None else None
    slope = least_squares_slope(points)
    at_end: float | None
    if program.closed_on is not None or latest is None or slope is None:
        at_end = latest
    else:
        mean_x = sum(x for x, _ in points) / len(points)
        mean_y = sum(y for _, y in points) / len(points)
        end = program.end_date or series[-1].month
        projected = mean_y + slope * (month_index(first, end) - mean_x)
        at_end = min(1.0, max(0.0, projected))
    reaches = None if at_end is None else at_end <= limits.facilitator_zero
    warnings = []
    if slope is not None and slope > 0:
        warnings.append(
            Flag(
                "facilitator_rising",
                "The facilitator's share of responsibility is rising; it should fade out.",
            )
        )
    if reaches is False and at_end is not None:
        when = "at closing" if program.closed_on is not None else "by the planned end"
        warnings.append(
            Flag(
                "facilitator_not_zero",
                f"The facilitator still carries {percent(at_end)} {when}; it should come to zero.",
            )
        )
    return Sustainability(
        principle=Principle.SUSTAINABILITY,
        figure=latest,
        threshold=limits.facilitator_zero,
        series=series,
        warnings=tuple(warnings),
        slope=slope,
        at_end=at_end,
        reaches_zero=reaches,
        figure_month=shown.month if shown is not None else None,
    )
