"""The six goals: indicators with baseline, target, latest, progress (either direction) and
whether they are on track."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from pytest import approx
from stage_world import D, open_world

from desktop.core import goals
from desktop.core import stages as st
from desktop.core.domain import Goal, IndicatorDirection
from desktop.core.goals import Reading
from desktop.core.models import Indicator
from desktop.core.stages import Party

YEAR_START, YEAR_END = D(2026, 1, 1), D(2026, 12, 31)


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


def _indicator(
    baseline: float,
    target: float,
    direction: IndicatorDirection = IndicatorDirection.INCREASE,
    baseline_on: dt.date | None = YEAR_START,
    target_on: dt.date | None = YEAR_END,
) -> Indicator:
    return Indicator(
        id=uuid.UUID(int=1),
        village_code="53.10.05.2003",
        program_id=uuid.UUID(int=2),
        goal=Goal.INCOME,
        name="Pendapatan",
        unit="Rp",
        direction=direction,
        baseline_value=baseline,
        baseline_on=baseline_on,
        target_value=target,
        target_on=target_on,
    )


def test_progress_respects_the_direction() -> None:
    up, down = IndicatorDirection.INCREASE, IndicatorDirection.DECREASE
    assert goals.progress_toward(up, 20, 80, 50) == 0.5
    assert goals.progress_toward(down, 60, 10, 35) == 0.5  # 60 -> 35 is half way to 10
    assert goals.progress_toward(down, 60, 10, 70) == approx(-0.2)  # the wrong way
    assert goals.progress_toward(up, 20, 80, 110) == 1.5  # beyond the target
    assert goals.progress_toward(up, 20, 20, 30) is None  # nothing to divide by
    assert goals.progress_toward(up, 20, 10, 30) is None  # a target against the direction


def test_not_measured_yet() -> None:
    status = goals.indicator_status(_indicator(20, 80), [])
    assert (status.latest, status.progress, status.on_track, status.achieved) == (
        None,
        None,
        None,
        None,
    )


def test_on_track_against_the_calendar() -> None:
    # half the year gone (1 Jan -> 2 Jul is 182 of 364 days) and half the way: on track
    status = goals.indicator_status(_indicator(20, 80), [Reading(D(2026, 7, 2), 50)])
    assert status.expected == approx(182 / 364)
    assert (status.progress, status.on_track, status.achieved) == (0.5, True, False)
    # a third of the way with half the time gone: behind by more than the tolerance
    status = goals.indicator_status(_indicator(20, 80), [Reading(D(2026, 7, 2), 40)])
    assert status.progress == approx(1 / 3) and status.on_track is False
    # readings in any order: the latest by date counts
    status = goals.indicator_status(
        _indicator(60, 10, IndicatorDirection.DECREASE),
        [Reading(D(2026, 12, 1), 8), Reading(D(2026, 3, 1), 50)],
    )
    assert (status.latest, status.latest_on, status.achieved, status.on_track) == (
        8,
        D(2026, 12, 1),
        True,
        True,
    )


def test_without_dates_on_track_means_moving_the_right_way() -> None:
    ind = _indicator(20, 80, baseline_on=None, target_on=None)
    assert goals.indicator_status(ind, [Reading(D(2026, 3, 1), 21)]).on_track is True
    assert goals.indicator_status(ind, [Reading(D(2026, 3, 1), 19)]).on_track is False
    # the program's dates are used when the indicator has none
    status = goals.indicator_status(
        ind,
        [Reading(D(2026, 7, 2), 21)],
        program_start=D(2026, 1, 1),
        program_end=D(2026, 12, 31),
    )
    assert status.on_track is False


def test_goal_report_groups_all_six_goals(tmp_path: Path) -> None:
    with open_world(tmp_path) as w:
        w.person("Sri")
        water = w.indicator("Air bersih", baseline=20, target=80)  # under living conditions
        st.add_indicator(
            w.session,
            program_id=w.program_id,
            goal=Goal.ENVIRONMENT,
            name="Sampah dibakar",
            unit="households",
            baseline_value=60,
            target_value=10,
        )
        for day, value in ((D(2026, 3, 1), 30), (D(2026, 6, 10), 50)):
            st.record_measurement(
                w.session,
                indicator_id=water,
                measured_on=day,
                value=value,
                party=Party.member(w.people["Sri"]),
            )
        report = goals.goal_report(w.session, w.program_id)
        assert [g.goal for g in report] == list(Goal)
        by_goal = {g.goal: g for g in report}
        [living] = by_goal[Goal.LIVING].indicators
        assert (living.baseline, living.target, living.latest, living.progress) == (
            20,
            80,
            50,
            0.5,
        )
        assert [r.value for r in living.readings] == [30, 50]
        assert living.on_track is True and by_goal[Goal.LIVING].on_track == 1
        [env] = by_goal[Goal.ENVIRONMENT].indicators
        assert env.direction is IndicatorDirection.DECREASE and env.on_track is None
        assert by_goal[Goal.ENVIRONMENT].not_measured == 1
        assert by_goal[Goal.INCOME].indicators == ()
        assert by_goal[Goal.INCOME].mean_progress is None
