"""A program in a village, the state of its seven stages, its facilitators and contacts."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.domain import PartyKind, Stage, StageStatus
from desktop.core.models.base import Base, Synced, enum_column, ref

if TYPE_CHECKING:
    from desktop.core.models.people import Person


class Program(Synced, Base):
    """One empowerment program carried out with one village's community."""

    __tablename__ = "programs"

    name: Mapped[str]
    description: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]  # planned end
    entry_plan: Mapped[str | None] = mapped_column(Text)  # how the team enters the community
    closed_on: Mapped[dt.date | None]  # formal closing date set at termination
    final_report: Mapped[str | None] = mapped_column(Text)

    stages: Mapped[list[StageState]] = relationship(
        back_populates="program", order_by="StageState.position"
    )


class StageState(Synced, Base):
    """Where a program stands in one stage, and where its wizard was left."""

    __tablename__ = "stage_states"
    __table_args__ = (UniqueConstraint("program_id", "stage"),)

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage))
    position: Mapped[int]  # 1..7, to sort without knowing the enum
    status: Mapped[StageStatus] = mapped_column(
        enum_column(StageStatus), default=StageStatus.NOT_STARTED
    )
    started_on: Mapped[dt.date | None]
    completed_on: Mapped[dt.date | None]
    current_step: Mapped[str | None] = mapped_column(String(60))  # the wizard page to resume
    summary: Mapped[str | None] = mapped_column(Text)

    program: Mapped[Program] = relationship(back_populates="stages")


class Facilitator(Synced, Base):
    """A person assigned to a program as facilitator (pendamping) or team member, with a role."""

    __tablename__ = "facilitators"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ref("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(100))  # pendamping desa, pendamping teknis, ...
    organisation: Mapped[str | None] = mapped_column(String(200))
    is_community: Mapped[bool] = mapped_column(default=False)  # a local cadre, not an outsider
    assigned_on: Mapped[dt.date | None]
    released_on: Mapped[dt.date | None]

    person: Mapped[Person] = relationship()


class KeyContact(Synced, Base):
    """A key person or local institution the team works through when entering the community."""

    __tablename__ = "key_contacts"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"), index=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(ref("community_groups.id"), index=True)
    role: Mapped[str] = mapped_column(String(100))  # kepala desa, tokoh agama, ketua PKK
    notes: Mapped[str | None] = mapped_column(Text)


class FieldNote(Synced, Base):
    """A dated note from the field, attached to a stage."""

    __tablename__ = "field_notes"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage))
    noted_on: Mapped[dt.date]
    author_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"))
    text: Mapped[str] = mapped_column(Text)


class Responsibility:
    """Who carries a record: a community member or group, the facilitator, or an outside agency.

    The participation and sustainability principles are computed from these columns."""

    party_kind: Mapped[PartyKind] = mapped_column(enum_column(PartyKind))
    party_person_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"))
    party_group_id: Mapped[uuid.UUID | None] = mapped_column(ref("community_groups.id"))
    party_name: Mapped[str | None] = mapped_column(String(200))  # an agency, by name
