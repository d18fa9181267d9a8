"""The office's verdicts on the stages its villages report: synced back to the village."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.domain import ReviewVerdict
from desktop.core.models.base import Base, Synced, enum_column, ref


class StageReview(Synced, Base):
    """An office's verdict on one stage of a program. It belongs to the program's village but
    is written by the office's device (its area covers the village). The newest one counts;
    earlier ones stay as the stage's history."""

    __tablename__ = "stage_reviews"

    program_id: Mapped[uuid.UUID] = mapped_column(ref("programs.id"), index=True)
    stage: Mapped[int]  # 1..7
    verdict: Mapped[ReviewVerdict] = mapped_column(enum_column(ReviewVerdict))
    note: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[dt.datetime]
    reviewer: Mapped[str] = mapped_column(Text, default="")  # the office, in words
    # the newest change (hybrid clock) among the stage's records the office saw when it decided:
    # a later change means the stage was amended after the verdict
    stage_version: Mapped[int] = mapped_column(BigInteger, default=0)
