"""Stage 4's indicators: under each of the six goals, a measure from a baseline to a target,
checked to go the way it should."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import Goal, IndicatorDirection
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import Indicator
from desktop.core.stages import guards


def direction_issues(
    name: str, direction: IndicatorDirection, baseline: float, target: float
) -> list[Issue]:
    """What is wrong with a target against its baseline: the same, or the wrong way."""
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


def _check_indicator(
    issues: list[Issue],
    goal: Goal,
    name: str,
    unit: str,
    values: tuple[float, float],
    direction: IndicatorDirection | None,
) -> dict[str, object]:
    """What an indicator must be, added or corrected: named, with a unit, a baseline and a
    target that go its way. Without a direction, it follows from the target (above the
    baseline: increase). Its values as stored."""
    baseline_value, target_value = values
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
    issues.extend(direction_issues(title, direction, baseline_value, target_value))
    return {
        "goal": Goal(goal),
        "name": title,
        "unit": measure,
        "direction": IndicatorDirection(direction),
        "baseline_value": float(baseline_value),
        "target_value": float(target_value),
    }


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
    values = _check_indicator(issues, goal, name, unit, (baseline_value, target_value), direction)
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
        baseline_on=baseline_on,
        target_on=target_on,
        means_of_verification=guards.optional_text(means_of_verification),
        **values,
    )
    session.add(row)
    session.flush()
    return guards.changed(program, {"indicators"}, [row.id])


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
    values = _check_indicator(issues, goal, name, unit, (baseline_value, target_value), direction)
    refuse_if(issues)
    guards.assign(row, **values)
    session.flush()
    return guards.changed(program, {"indicators"})
