"""Meetings held with the community, and who attended: by name, or counted by sex."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.domain import MeetingKind, Stage
from desktop.core.models.base import Base, Synced, enum_column, ref
from desktop.core.models.programs import Responsibility

if TYPE_CHECKING:
    from desktop.core.models.people import Person


class Meeting(Responsibility, Synced, Base):
    """A musyawarah, focus group, field walk, training or evaluation meeting. The responsible
    party is who led it."""

    __tablename__ = "meetings"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage))
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind))
    title: Mapped[str]
    held_on: Mapped[dt.date]
    location: Mapped[str | None] = mapped_column(String(200))
    # people who came but were not listed by name, counted by sex
    unnamed_women: Mapped[int] = mapped_column(default=0)
    unnamed_men: Mapped[int] = mapped_column(default=0)
    minutes: Mapped[str | None] = mapped_column(Text)
    # the community group the meeting was held for (None: the whole community)
    group_id: Mapped[uuid.UUID | None] = mapped_column(ref("community_groups.id"), index=True)

    attendance: Mapped[list[Attendance]] = relationship(back_populates="meeting")


class Attendance(Synced, Base):
    """A named person at a meeting, and whether they spoke or took a decision role there."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ref("meetings.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ref("people.id"), index=True)
    spoke: Mapped[bool] = mapped_column(default=False)
    decision_role: Mapped[str | None] = mapped_column(String(60))  # chair, note taker, ...

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship()
