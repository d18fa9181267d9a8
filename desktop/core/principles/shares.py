"""The plain values every principle reports in (shares, months, flags, thresholds) and the
arithmetic of monthly trends."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from desktop.core.domain import Principle

K = TypeVar("K")


@dataclass(frozen=True)
class Share:
    """``part`` of ``whole``: women of attendees, community records of all, Rupiah of Rupiah."""

    part: float = 0
    whole: float = 0

    @property
    def value(self) -> float | None:
        return self.part / self.whole if self.whole else None

    def __add__(self, other: Share) -> Share:
        return Share(self.part + other.part, self.whole + other.whole)


class Tally:
    """A share being counted up row by row: remaking a frozen ``Share`` at every row would cost
    more than all the rest of counting the principles of many programs."""

    __slots__ = ("part", "whole")

    def __init__(self, part: float = 0, whole: float = 0) -> None:
        self.part = part
        self.whole = whole

    def add(self, part: float, whole: float) -> None:
        self.part += part
        self.whole += whole

    @property
    def share(self) -> Share:
        return Share(self.part, self.whole)


def shares_of(tallies: Mapping[K, Tally]) -> dict[K, Share]:
    return {key: tally.share for key, tally in tallies.items()}


@dataclass(frozen=True)
class ProgramSpan:
    """A live program's dates, which bound every monthly trend of it."""

    id: uuid.UUID
    start_date: dt.date
    end_date: dt.date | None  # planned end
    closed_on: dt.date | None


@dataclass(frozen=True)
class MonthValue:
    """One calendar month of a trend: ``month`` is its first day."""

    month: dt.date
    share: Share

    @property
    def value(self) -> float | None:
        return self.share.value


@dataclass(frozen=True)
class Flag:
    """A warning for the dashboard: ``key`` says which figure, ``message`` says it in English."""

    key: str
    message: str


@dataclass(frozen=True)
class Thresholds:
    """Where a figure starts to warn. The UI stores the user's own and passes them in."""

    women: float = 0.30  # women's share of attendance, voice and decision roles
    community_participation: float = 0.50  # community's share of each of plan/do/monitor/evaluate
    self_reliance: float = 0.20  # community's share of the resources, in Rupiah
    facilitator_zero: float = 0.05  # a facilitator share this low counts as zero


@dataclass(frozen=True, kw_only=True)
class PrincipleScore:
    """What every principle reports. ``figure`` is 0..1 or None; for sustainability it is the
    facilitator's share, so lower is better there."""

    principle: Principle
    figure: float | None
    threshold: float
    series: tuple[MonthValue, ...]
    warnings: tuple[Flag, ...]
    lower_is_better: bool = False

    @property
    def flagged(self) -> bool:
        return bool(self.warnings)


def percent(value: float) -> str:
    return f"{value * 100:.0f}%"


# --- months and trends -------------------------------------------------------------------------


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_index(first: dt.date, day: dt.date) -> int:
    return (day.year - first.year) * 12 + day.month - first.month


def months(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every month from ``first``'s to ``last``'s, as first days."""
    current = month_of(first)
    if current == month_of(last):  # most records sit on one day
        return [current]
    out = []
    while current <= last:
        out.append(current)
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return out


def least_squares_slope(points: Sequence[tuple[float, float]]) -> float | None:
    """The slope of the least-squares line through ``(x, y)`` points; None below two x's."""
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if spread == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


def monthly_series(
    tallies: Mapping[dt.date, Tally], program: ProgramSpan
) -> tuple[MonthValue, ...]:
    """One value per month over the program's life (months without data: an empty share)."""
    days = [program.start_date, *tallies]
    end = program.closed_on or program.end_date
    if end is not None:
        days.append(end)
    return tuple(
        MonthValue(m, tallies[m].share if m in tallies else Share())
        for m in months(min(days), max(days))
    )


def mean_of(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None
