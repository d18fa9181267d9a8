"""People of the villages, their community groups and who belongs to which."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.domain import GroupKind, Sex
from desktop.core.models.base import Base, Synced, enum_column, ref


class Person(Synced, Base):
    """A resident, a facilitator or an outside officer. Sex is recorded: equality is measured."""

    __tablename__ = "people"

    name: Mapped[str]
    sex: Mapped[Sex] = mapped_column(enum_column(Sex))
    birth_year: Mapped[int | None]
    phone: Mapped[str | None] = mapped_column(String(32))
    hamlet: Mapped[str | None] = mapped_column(String(100))  # dusun / RT-RW
    occupation: Mapped[str | None] = mapped_column(String(100))
    is_resident: Mapped[bool] = mapped_column(default=True)


class CommunityGroup(Synced, Base):
    """A community group or local institution: kelompok tani, PKK, karang taruna, BUMDes, BPD."""

    __tablename__ = "community_groups"

    name: Mapped[str]
    kind: Mapped[GroupKind] = mapped_column(enum_column(GroupKind))
    founded_on: Mapped[dt.date | None]
    is_formal: Mapped[bool] = mapped_column(default=False)  # has a decree or deed
    contact_person_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"), index=True)
    notes: Mapped[str | None] = mapped_column(String(2000))

    memberships: Mapped[list[GroupMembership]] = relationship(
        back_populates="group", primaryjoin="CommunityGroup.id == GroupMembership.group_id"
    )


class GroupMembership(Synced, Base):
    __tablename__ = "group_memberships"

    group_id: Mapped[uuid.UUID] = mapped_column(ref("community_groups.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ref("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(60))  # ketua, sekretaris, bendahara, anggota
    is_decision_role: Mapped[bool] = mapped_column(default=False)
    joined_on: Mapped[dt.date | None]
    left_on: Mapped[dt.date | None]

    group: Mapped[CommunityGroup] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship()
