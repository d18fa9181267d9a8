"""The action plan: activities with dates, dependencies and budget, and its signed agreement."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.domain import ContributionKind, DependencyKind, FundingSource, Sex, Stage
from desktop.core.models.base import Base, Rupiah, Synced, enum_column, ref
from desktop.core.models.programs import Responsibility


class ActionPlan(Synced, Base):
    """The plan a group formulated and decided from its chosen alternatives."""

    __tablename__ = "action_plans"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    title: Mapped[str]
    group_id: Mapped[uuid.UUID | None] = mapped_column(ref("community_groups.id"))
    alternative_id: Mapped[uuid.UUID | None] = mapped_column(ref("alternatives.id"))
    agreed_on: Mapped[dt.date | None]
    notes: Mapped[str | None] = mapped_column(Text)


class Agreement(Synced, Base):
    """The berita acara: the signed record of what the community agreed."""

    __tablename__ = "agreements"

    action_plan_id: Mapped[uuid.UUID] = mapped_column(ref("action_plans.id"), index=True)
    number: Mapped[str | None] = mapped_column(String(60))
    signed_on: Mapped[dt.date]
    location: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str | None] = mapped_column(Text)
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(ref("meetings.id"))


class Signatory(Synced, Base):
    __tablename__ = "signatories"

    agreement_id: Mapped[uuid.UUID] = mapped_column(ref("agreements.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"))
    name: Mapped[str]
    role: Mapped[str] = mapped_column(String(100))  # kepala desa, ketua kelompok, pendamping
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex))  # counted for equality
    signed: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)


class Activity(Responsibility, Synced, Base):
    """A piece of work on the timeline, in one stage's lane. The responsible party is who does it.

    Planned dates can move; the baseline keeps the dates agreed in the action plan."""

    __tablename__ = "activities"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    action_plan_id: Mapped[uuid.UUID | None] = mapped_column(ref("action_plans.id"), index=True)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage))
    title: Mapped[str]
    description: Mapped[str | None] = mapped_column(Text)
    planned_start: Mapped[dt.date]
    planned_end: Mapped[dt.date]
    baseline_start: Mapped[dt.date | None]
    baseline_end: Mapped[dt.date | None]
    actual_start: Mapped[dt.date | None]
    actual_end: Mapped[dt.date | None]
    progress: Mapped[int] = mapped_column(default=0)  # percent, 0..100
    is_milestone: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)


class Dependency(Synced, Base):
    """The successor cannot start (or finish) before the predecessor does, plus a lag."""

    __tablename__ = "dependencies"
    __table_args__ = (UniqueConstraint("predecessor_id", "successor_id"),)

    predecessor_id: Mapped[uuid.UUID] = mapped_column(ref("activities.id"), index=True)
    successor_id: Mapped[uuid.UUID] = mapped_column(ref("activities.id"), index=True)
    kind: Mapped[DependencyKind] = mapped_column(
        enum_column(DependencyKind), default=DependencyKind.FINISH_TO_START
    )
    lag_days: Mapped[int] = mapped_column(default=0)  # working days


class BudgetLine(Synced, Base):
    """A planned cost of an activity and who meets it: the community or an outside source."""

    __tablename__ = "budget_lines"

    activity_id: Mapped[uuid.UUID] = mapped_column(ref("activities.id"), index=True)
    description: Mapped[str]
    source: Mapped[FundingSource] = mapped_column(enum_column(FundingSource))
    source_name: Mapped[str | None] = mapped_column(String(200))  # Dana Desa, dinas, swadaya
    kind: Mapped[ContributionKind] = mapped_column(enum_column(ContributionKind))
    quantity: Mapped[float] = mapped_column(default=1.0)
    unit: Mapped[str | None] = mapped_column(String(40))
    unit_value: Mapped[Rupiah]
    amount: Mapped[Rupiah]  # quantity x unit value, in Rupiah
