"""Indicators under the six goals, with baseline, target and measurements over time."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.domain import Goal, IndicatorDirection
from desktop.core.models.base import Base, Synced, enum_column, ref
from desktop.core.models.programs import Responsibility


class Indicator(Synced, Base):
    __tablename__ = "indicators"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    goal: Mapped[Goal] = mapped_column(enum_column(Goal))
    name: Mapped[str]
    unit: Mapped[str] = mapped_column(String(40))
    direction: Mapped[IndicatorDirection] = mapped_column(
        enum_column(IndicatorDirection), default=IndicatorDirection.INCREASE
    )
    baseline_value: Mapped[float]
    baseline_on: Mapped[dt.date | None]
    target_value: Mapped[float]
    target_on: Mapped[dt.date | None]
    means_of_verification: Mapped[str | None] = mapped_column(Text)


class Measurement(Responsibility, Synced, Base):
    """A value of an indicator on a date. The responsible party is who measured it."""

    __tablename__ = "measurements"

    indicator_id: Mapped[uuid.UUID] = mapped_column(ref("indicators.id"), index=True)
    measured_on: Mapped[dt.date]
    value: Mapped[float]
    note: Mapped[str | None] = mapped_column(String(500))
