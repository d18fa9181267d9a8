"""Evaluation and termination: the monitoring team, findings, the exit checklist and handovers."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.domain import FindingKind, Goal, HandoverKind
from desktop.core.models.base import Base, Rupiah, Synced, enum_column, ref
from desktop.core.models.programs import Responsibility


class MonitoringMember(Synced, Base):
    """A member of the community's own monitoring team."""

    __tablename__ = "monitoring_members"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ref("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(100))
    joined_on: Mapped[dt.date | None]


class Finding(Responsibility, Synced, Base):
    """What an evaluation found. The responsible party is who evaluated."""

    __tablename__ = "findings"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(ref("meetings.id"), index=True)
    kind: Mapped[FindingKind] = mapped_column(enum_column(FindingKind))
    goal: Mapped[Goal | None] = mapped_column(enum_column(Goal))
    text: Mapped[str] = mapped_column(Text)
    recommendation: Mapped[str | None] = mapped_column(Text)
    found_on: Mapped[dt.date]


class ExitItem(Synced, Base):
    """One line of the exit checklist that must be done before the program closes."""

    __tablename__ = "exit_items"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    key: Mapped[str | None] = mapped_column(String(40))  # a default checklist item's id
    done: Mapped[bool] = mapped_column(default=False)
    done_on: Mapped[dt.date | None]
    position: Mapped[int] = mapped_column(default=0)


class Handover(Synced, Base):
    """A role, an asset or a record handed over to a community institution."""

    __tablename__ = "handovers"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    kind: Mapped[HandoverKind] = mapped_column(enum_column(HandoverKind))
    description: Mapped[str] = mapped_column(Text)
    to_group_id: Mapped[uuid.UUID | None] = mapped_column(ref("community_groups.id"))
    to_person_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"))
    handed_on: Mapped[dt.date | None]
    value: Mapped[Rupiah | None]
