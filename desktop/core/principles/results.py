"""What the four principles give, as plain values: importable without SQLAlchemy, so the office's
dashboard can decode its cached figures while the database is still being opened."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.domain import Principle, Stage
from desktop.core.principles.shares import PrincipleScore, Share, mean_of


class Phase(StrEnum):
    """The four things the community must do itself: plan, do, monitor and evaluate."""

    PLAN = "plan"
    DO = "do"
    MONITOR = "monitor"
    EVALUATE = "evaluate"


@dataclass(frozen=True)
class WomenShares:
    """Women's share of attendance (named and counted), of voice (who spoke, raised a problem,
    proposed an alternative) and of decision roles."""

    attendance: Share = field(default_factory=Share)
    voice: Share = field(default_factory=Share)
    decisions: Share = field(default_factory=Share)

    def __add__(self, other: WomenShares) -> WomenShares:
        return WomenShares(
            self.attendance + other.attendance,
            self.voice + other.voice,
            self.decisions + other.decisions,
        )

    @property
    def mean(self) -> float | None:
        return mean_of((self.attendance.value, self.voice.value, self.decisions.value))


@dataclass(frozen=True)
class MeetingWomen:
    meeting_id: uuid.UUID
    title: str
    held_on: dt.date
    shares: WomenShares
    below: bool  # attendance below the threshold


@dataclass(frozen=True)
class GroupWomen:
    group_id: uuid.UUID
    name: str
    members: Share  # women among current members
    decisions: Share  # women among members in decision roles
    below: bool


@dataclass(frozen=True, kw_only=True)
class Equality(PrincipleScore):
    overall: WomenShares
    by_stage: Mapping[Stage, WomenShares]
    by_meeting: tuple[MeetingWomen, ...]
    by_group: tuple[GroupWomen, ...]


@dataclass(frozen=True, kw_only=True)
class Participation(PrincipleScore):
    phases: Mapping[Phase, Share]  # community records of all records, per phase


@dataclass(frozen=True, kw_only=True)
class Sustainability(PrincipleScore):
    """``figure`` is the facilitator's share of responsibility in the latest month with data up
    to today (or the closing date): planned activities of later months count in the trend, not
    in the figure. ``slope`` is its least-squares trend per month; ``at_end`` is the share at
    closing, or the trend's projection to the planned end; ``reaches_zero`` whether that is
    about zero."""

    slope: float | None
    at_end: float | None
    reaches_zero: bool | None
    figure_month: dt.date | None = None  # the month ``figure`` is of
    lower_is_better: bool = True


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


@dataclass(frozen=True)
class PrincipleScores:
    equality: Equality
    participation: Participation
    sustainability: Sustainability
    self_reliance: SelfReliance

    def __iter__(self) -> Iterator[PrincipleScore]:
        return iter((self.equality, self.participation, self.sustainability, self.self_reliance))

    def by_principle(self) -> dict[Principle, PrincipleScore]:
        return {
            Principle.EQUALITY: self.equality,
            Principle.PARTICIPATION: self.participation,
            Principle.SUSTAINABILITY: self.sustainability,
            Principle.SELF_RELIANCE: self.self_reliance,
        }
