"""What the assessment finds: felt problems and needs, the community's resources, its ranking."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.domain import NeedKind, ResourceKind
from desktop.core.models.base import Base, Rupiah, Synced, enum_column, ref


class Problem(Synced, Base):
    """A felt problem or need, as raised by a resident or a group."""

    __tablename__ = "problems"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(ref("meetings.id"), index=True)
    kind: Mapped[NeedKind] = mapped_column(enum_column(NeedKind))
    title: Mapped[str]
    description: Mapped[str | None] = mapped_column(Text)
    raised_by_person_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"), index=True)
    raised_by_group_id: Mapped[uuid.UUID | None] = mapped_column(
        ref("community_groups.id"), index=True
    )
    affected_households: Mapped[int | None]
    priority_rank: Mapped[int | None]  # 1 = most pressing, as the community ranked it
    is_prioritised: Mapped[bool] = mapped_column(default=False)


class NeedVote(Synced, Base):
    """Points a voter gave a problem in the ranking (voting with beans, stones or hands)."""

    __tablename__ = "need_votes"

    problem_id: Mapped[uuid.UUID] = mapped_column(ref("problems.id"), index=True)
    voter_person_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"), index=True)
    points: Mapped[int]
    cast_on: Mapped[dt.date | None]


class PairwiseChoice(Synced, Base):
    """One comparison of a pairwise ranking: of two problems, the community chose the winner."""

    __tablename__ = "pairwise_choices"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    first_id: Mapped[uuid.UUID] = mapped_column(ref("problems.id"))
    second_id: Mapped[uuid.UUID] = mapped_column(ref("problems.id"))
    winner_id: Mapped[uuid.UUID] = mapped_column(ref("problems.id"))


class Resource(Synced, Base):
    """An asset of the community: human, natural, financial, social or physical."""

    __tablename__ = "resources"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    kind: Mapped[ResourceKind] = mapped_column(enum_column(ResourceKind))
    name: Mapped[str]
    description: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[float | None]
    unit: Mapped[str | None] = mapped_column(String(40))
    estimated_value: Mapped[Rupiah | None]
    held_by_group_id: Mapped[uuid.UUID | None] = mapped_column(ref("community_groups.id"))
    raised_by_person_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"))
