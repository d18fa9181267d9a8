"""The office's charts as plain values: what the dashboard draws and the PDF and workbook carry.

Computed from ``read_area``'s figures alone (no database), so the window, the PDF and the
workbook draw the same numbers. Sub-districts come in the figures' order (by name)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from desktop.core.domain import Principle, Stage
from desktop.core.office.figures import AreaFigures, ProgramFigures, VillageFigures
from desktop.core.principles.shares import Share, Thresholds, mean_of

T = TypeVar("T")
_LIMITS = Thresholds()
# where each principle warns when no program says so (an area without programs)
_DEFAULTS = {
    Principle.EQUALITY: _LIMITS.women,
    Principle.PARTICIPATION: _LIMITS.community_participation,
    Principle.SUSTAINABILITY: _LIMITS.facilitator_zero,
    Principle.SELF_RELIANCE: _LIMITS.self_reliance,
}


@dataclass(frozen=True)
class StageCount:
    """How many programs have ``stage`` as their current stage; ``closed`` of them are formally
    closed (only ever termination's)."""

    stage: Stage
    programs: int
    closed: int = 0


@dataclass(frozen=True)
class SubdistrictLine:
    """One sub-district's line on a principle's chart: one value per month of
    ``AreaCharts.months`` (None: no program of the sub-district has data that month)."""

    subdistrict_code: str
    subdistrict_name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class PrincipleTrend:
    """A principle per sub-district over the months: each month's value is the mean of the
    sub-district's programs' monthly values (``PrincipleScore.series``) that have data.
    ``threshold`` is where it starts to warn; for sustainability lower is better."""

    principle: Principle
    threshold: float
    lower_is_better: bool
    lines: tuple[SubdistrictLine, ...]


@dataclass(frozen=True)
class WomenShare:
    """Attendance of a sub-district's programs by sex, as the program overview counts it."""

    subdistrict_code: str
    subdistrict_name: str
    women: int
    men: int

    @property
    def share(self) -> float | None:
        return Share(self.women, self.women + self.men).value


@dataclass(frozen=True)
class Money:
    """A sub-district's programs' money in Rupiah: budgeted (planned) and contributed (given),
    from the community and from outside, as the program overview adds them up."""

    subdistrict_code: str
    subdistrict_name: str
    planned_community: int
    planned_outside: int
    given_community: int
    given_outside: int


@dataclass(frozen=True)
class AreaCharts:
    """Every chart of the office's dashboard and reports.

    ``months`` is the time axis of the principles' trends: from the first month any program has
    data up to the reported month (later months hold only plans), first days of months."""

    stages: tuple[StageCount, ...]  # all seven stages in order, zero counts included
    months: tuple[dt.date, ...]
    principles: tuple[PrincipleTrend, ...]  # equality, participation, sustainability, self-reliance
    women: tuple[WomenShare, ...]  # per sub-district
    money: tuple[Money, ...]  # per sub-district


def area_charts(figures: AreaFigures) -> AreaCharts:
    """The charts of an area's figures."""
    groups = _by_subdistrict(figures.villages)
    programs = [p for village in figures.villages for p in village.programs]
    months = _months(programs, figures.month)
    return AreaCharts(
        stages=_stages(programs),
        months=months,
        principles=_trends(groups, programs, months),
        women=_totals(groups, WomenShare, ("attendance_women", "attendance_men")),
        money=_totals(
            groups,
            Money,
            ("budget_community", "budget_outside", "contributed_community", "contributed_outside"),
        ),
    )


def _by_subdistrict(
    villages: tuple[VillageFigures, ...],
) -> dict[tuple[str, str], list[ProgramFigures]]:
    groups: dict[tuple[str, str], list[ProgramFigures]] = {}
    for village in villages:
        key = (village.subdistrict_code, village.subdistrict_name)
        groups.setdefault(key, []).extend(village.programs)
    return groups


def _totals(
    groups: dict[tuple[str, str], list[ProgramFigures]],
    kind: Callable[..., T],
    fields: tuple[str, ...],
) -> tuple[T, ...]:
    """One ``kind`` per sub-district: its code, name and the sum of each field over its
    programs."""
    return tuple(
        kind(code, name, *(sum(getattr(p, f) for p in members) for f in fields))
        for (code, name), members in groups.items()
    )


def _stages(programs: list[ProgramFigures]) -> tuple[StageCount, ...]:
    counts = Counter(p.stage for p in programs)
    closed = Counter(p.stage for p in programs if p.closed_on is not None)
    return tuple(StageCount(stage, counts[stage], closed[stage]) for stage in Stage)


def _months(programs: list[ProgramFigures], last: dt.date) -> tuple[dt.date, ...]:
    known = [
        point.month
        for p in programs
        for score in p.principles
        for point in score.series
        if point.value is not None and point.month <= last
    ]
    if not known:
        return ()
    out = []
    current = min(known)
    while current <= last:
        out.append(current)
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return tuple(out)


def _trends(
    groups: dict[tuple[str, str], list[ProgramFigures]],
    programs: list[ProgramFigures],
    months: tuple[dt.date, ...],
) -> tuple[PrincipleTrend, ...]:
    trends = []
    for principle in Principle:
        sample = next((p.principles.by_principle()[principle] for p in programs), None)
        lines = []
        for (code, name), members in groups.items():
            values: dict[dt.date, list[float | None]] = defaultdict(list)
            for program in members:
                for point in program.principles.by_principle()[principle].series:
                    values[point.month].append(point.value)
            lines.append(
                SubdistrictLine(code, name, tuple(mean_of(values.get(m, ())) for m in months))
            )
        trends.append(
            PrincipleTrend(
                principle=principle,
                threshold=sample.threshold if sample is not None else _DEFAULTS[principle],
                lower_is_better=principle is Principle.SUSTAINABILITY,
                lines=tuple(lines),
            )
        )
    return tuple(trends)
