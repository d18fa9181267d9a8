"""The six goals of a program: its indicators grouped under them, each with baseline, target,
latest measurement, progress toward the target and whether it is on track."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.core.domain import Goal, IndicatorDirection
from desktop.core.models import Indicator, Measurement, Program

ON_TRACK_TOLERANCE = 0.10  # progress may lag the calendar by this much and still be on track


@dataclass(frozen=True)
class Reading:
    measured_on: dt.date
    value: float


@dataclass(frozen=True)
class IndicatorStatus:
    """Where one indicator stands.

    ``progress`` is the part of the way from baseline to target covered by the latest reading
    (0 at the baseline, 1 at the target, above 1 beyond it, negative when it went the wrong
    way), whichever way the indicator should move. ``expected`` is the part of the time from
    baseline to target that had passed at the latest reading. ``on_track``: None until
    measured; true once the target is met, or while progress keeps up with the calendar (or,
    with no dates to compare, while it moves the right way)."""

    id: uuid.UUID
    goal: Goal
    name: str
    unit: str
    direction: IndicatorDirection
    baseline: float
    baseline_on: dt.date | None
    target: float
    target_on: dt.date | None
    readings: tuple[Reading, ...]
    progress: float | None
    expected: float | None
    achieved: bool | None
    on_track: bool | None

    @property
    def latest(self) -> float | None:
        return self.readings[-1].value if self.readings else None

    @property
    def latest_on(self) -> dt.date | None:
        return self.readings[-1].measured_on if self.readings else None


@dataclass(frozen=True)
class GoalStatus:
    goal: Goal
    indicators: tuple[IndicatorStatus, ...]

    @property
    def on_track(self) -> int:
        return sum(1 for i in self.indicators if i.on_track is True)

    @property
    def not_measured(self) -> int:
        return sum(1 for i in self.indicators if i.on_track is None)

    @property
    def mean_progress(self) -> float | None:
        known = [i.progress for i in self.indicators if i.progress is not None]
        return sum(known) / len(known) if known else None


def progress_toward(
    direction: IndicatorDirection, baseline: float, target: float, value: float
) -> float | None:
    """The part of the way from baseline to target ``value`` has covered; None when the target
    does not lie in the indicator's direction (nothing to divide by)."""
    if direction is IndicatorDirection.INCREASE:
        needed, gained = target - baseline, value - baseline
    else:
        needed, gained = baseline - target, baseline - value
    if needed <= 0:
        return None
    return gained / needed


def target_met(direction: IndicatorDirection, target: float, value: float) -> bool:
    return value >= target if direction is IndicatorDirection.INCREASE else value <= target


def elapsed(start: dt.date | None, end: dt.date | None, on: dt.date) -> float | None:
    """The part of the time from ``start`` to ``end`` passed at ``on`` (0..1)."""
    if start is None or end is None or end <= start:
        return None
    return min(1.0, max(0.0, (on - start).days / (end - start).days))


def indicator_status(
    indicator: Indicator,
    readings: Sequence[Reading],
    *,
    program_start: dt.date | None = None,
    program_end: dt.date | None = None,
    tolerance: float = ON_TRACK_TOLERANCE,
) -> IndicatorStatus:
    """The status of an indicator from its readings (any order). Without its own dates, the
    time runs from the program's start to its planned end."""
    ordered = tuple(sorted(readings, key=lambda r: r.measured_on))
    progress = expected = achieved = on_track = None
    if ordered:
        last = ordered[-1]
        progress = progress_toward(
            indicator.direction, indicator.baseline_value, indicator.target_value, last.value
        )
        achieved = target_met(indicator.direction, indicator.target_value, last.value)
        expected = elapsed(
            indicator.baseline_on or program_start,
            indicator.target_on or program_end,
            last.measured_on,
        )
        if achieved:
            on_track = True
        elif progress is None:
            on_track = False
        elif expected is None:
            on_track = progress > 0
        else:
            on_track = progress + tolerance >= expected
    return IndicatorStatus(
        id=indicator.id,
        goal=indicator.goal,
        name=indicator.name,
        unit=indicator.unit,
        direction=indicator.direction,
        baseline=indicator.baseline_value,
        baseline_on=indicator.baseline_on,
        target=indicator.target_value,
        target_on=indicator.target_on,
        readings=ordered,
        progress=progress,
        expected=expected,
        achieved=achieved,
        on_track=on_track,
    )


def goal_report(
    session: Session, program_id: uuid.UUID, *, tolerance: float = ON_TRACK_TOLERANCE
) -> tuple[GoalStatus, ...]:
    """All six goals, in the order of their chain, each with its indicators (by name)."""
    program = session.get(Program, program_id)
    if program is None or program.deleted:
        raise LookupError("That program no longer exists.")
    indicators = list(
        session.scalars(
            select(Indicator)
            .where(Indicator.program_id == program.id, Indicator.deleted.is_(False))
            .order_by(Indicator.name, Indicator.id)
        )
    )
    readings: dict[uuid.UUID, list[Reading]] = defaultdict(list)
    if indicators:
        for indicator_id, day, value in session.execute(
            _readings().where(Measurement.indicator_id.in_([i.id for i in indicators]))
        ):
            readings[indicator_id].append(Reading(day, value))
    return _statuses(program, indicators, readings, tolerance)


def goal_reports(
    session: Session, programs: Sequence[Program], *, tolerance: float = ON_TRACK_TOLERANCE
) -> dict[uuid.UUID, tuple[GoalStatus, ...]]:
    """``goal_report`` of many programs in two reads (an office's summary of a province: a
    read per program grew faster than the province)."""
    wanted = {program.id for program in programs}
    indicators: dict[uuid.UUID, list[Indicator]] = defaultdict(list)
    for indicator in session.scalars(
        select(Indicator).where(Indicator.deleted.is_(False)).order_by(Indicator.name, Indicator.id)
    ):
        if indicator.program_id in wanted:
            indicators[indicator.program_id].append(indicator)
    readings: dict[uuid.UUID, list[Reading]] = defaultdict(list)
    if indicators:
        for indicator_id, day, value in session.execute(_readings()):
            readings[indicator_id].append(Reading(day, value))
    return {
        program.id: _statuses(program, indicators[program.id], readings, tolerance)
        for program in programs
    }


def _readings() -> Select[uuid.UUID, dt.date, float]:
    return (
        select(Measurement.indicator_id, Measurement.measured_on, Measurement.value)
        .where(Measurement.deleted.is_(False))
        .order_by(Measurement.measured_on, Measurement.created_at, Measurement.id)
    )


def _statuses(
    program: Program,
    indicators: Sequence[Indicator],
    readings: Mapping[uuid.UUID, list[Reading]],
    tolerance: float,
) -> tuple[GoalStatus, ...]:
    by_goal: dict[Goal, list[IndicatorStatus]] = defaultdict(list)
    for indicator in indicators:
        by_goal[indicator.goal].append(
            indicator_status(
                indicator,
                readings.get(indicator.id, []),
                program_start=program.start_date,
                program_end=program.end_date,
                tolerance=tolerance,
            )
        )
    return tuple(GoalStatus(goal, tuple(by_goal[goal])) for goal in Goal)
