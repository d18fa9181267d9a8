"""What a program's overview shows, as plain values that import no SQLAlchemy: the window's
quick start rebuilds them from its cache before the database layer has loaded."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from desktop.core.domain import Stage, StageStatus


@dataclass(frozen=True)
class StageSummary:
    stage: Stage
    status: StageStatus
    started_on: dt.date | None
    completed_on: dt.date | None


@dataclass(frozen=True)
class Overview:
    """The key figures of one program, for its overview page."""

    id: uuid.UUID
    name: str
    description: str | None
    village_code: str
    village_name: str
    place_path: str
    start_date: dt.date
    end_date: dt.date | None
    closed_on: dt.date | None
    stages: tuple[StageSummary, ...]
    meetings: int
    attendance_women: int
    attendance_men: int
    activities: int
    activities_done: int
    progress_percent: float  # mean progress of activities
    budget_community: int  # Rupiah
    budget_outside: int
    contributed_community: int
    contributed_outside: int
    labour_days_community: float

    @property
    def women_share(self) -> float | None:
        total = self.attendance_women + self.attendance_men
        return self.attendance_women / total if total else None

    @property
    def community_budget_share(self) -> float | None:
        total = self.budget_community + self.budget_outside
        return self.budget_community / total if total else None
