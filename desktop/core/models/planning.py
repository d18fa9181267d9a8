"""Planning alternatives: what residents propose per prioritised problem, and how they scored it."""

from __future__ import annotations

import uuid

from sqlalchemy import Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.models.base import Base, Rupiah, Synced, ref


class Alternative(Synced, Base):
    """A way out of a problem, proposed by a resident or a group."""

    __tablename__ = "alternatives"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    problem_id: Mapped[uuid.UUID] = mapped_column(ref("problems.id"), index=True)
    title: Mapped[str]
    description: Mapped[str | None] = mapped_column(Text)
    proposed_by_person_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"), index=True)
    proposed_by_group_id: Mapped[uuid.UUID | None] = mapped_column(ref("community_groups.id"))
    estimated_cost: Mapped[Rupiah | None]
    chosen: Mapped[bool] = mapped_column(default=False)
    decided_at_meeting_id: Mapped[uuid.UUID | None] = mapped_column(ref("meetings.id"))


class Criterion(Synced, Base):
    """A yardstick the community scores alternatives by (cost, benefit to the poor, ...)."""

    __tablename__ = "criteria"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    name: Mapped[str]
    weight: Mapped[int] = mapped_column(default=1)


class AlternativeScore(Synced, Base):
    """The community's score of one alternative on one criterion."""

    __tablename__ = "alternative_scores"
    __table_args__ = (UniqueConstraint("alternative_id", "criterion_id"),)

    alternative_id: Mapped[uuid.UUID] = mapped_column(ref("alternatives.id"), index=True)
    criterion_id: Mapped[uuid.UUID] = mapped_column(ref("criteria.id"), index=True)
    score: Mapped[int]  # 1..5


class AlternativeVote(Synced, Base):
    """Votes for an alternative, by a named voter or as a show of hands (voter unset)."""

    __tablename__ = "alternative_votes"

    alternative_id: Mapped[uuid.UUID] = mapped_column(ref("alternatives.id"), index=True)
    voter_person_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"))
    votes: Mapped[int] = mapped_column(default=1)
