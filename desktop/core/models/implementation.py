"""Implementation: progress logged per activity, contributions, and evidence attached to records."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.domain import ContributionKind, FundingSource
from desktop.core.ids import utcnow
from desktop.core.models.base import Base, Rupiah, Synced, enum_column, ref
from desktop.core.models.programs import Responsibility


class ProgressLog(Responsibility, Synced, Base):
    """A visit's report on an activity. The responsible party is who carried the work that day."""

    __tablename__ = "progress_logs"

    activity_id: Mapped[uuid.UUID] = mapped_column(ref("activities.id"), index=True)
    logged_on: Mapped[dt.date]
    progress: Mapped[int]  # percent done after this entry
    actual_cost: Mapped[Rupiah] = mapped_column(default=0)
    women_present: Mapped[int] = mapped_column(default=0)
    men_present: Mapped[int] = mapped_column(default=0)
    problems_met: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Contribution(Synced, Base):
    """Money, labour days or materials given to an activity, valued in Rupiah."""

    __tablename__ = "contributions"

    activity_id: Mapped[uuid.UUID] = mapped_column(ref("activities.id"), index=True)
    progress_log_id: Mapped[uuid.UUID | None] = mapped_column(ref("progress_logs.id"))
    source: Mapped[FundingSource] = mapped_column(enum_column(FundingSource))
    kind: Mapped[ContributionKind] = mapped_column(enum_column(ContributionKind))
    contributor_person_id: Mapped[uuid.UUID | None] = mapped_column(ref("people.id"))
    contributor_group_id: Mapped[uuid.UUID | None] = mapped_column(ref("community_groups.id"))
    contributor_name: Mapped[str | None] = mapped_column(String(200))
    given_on: Mapped[dt.date]
    quantity: Mapped[float] = mapped_column(default=1.0)  # labour days, sacks, metres
    unit: Mapped[str | None] = mapped_column(String(40))
    value: Mapped[Rupiah]  # in Rupiah
    description: Mapped[str | None] = mapped_column(String(500))


class Attachment(Synced, Base):
    """A photo or document attached to a record; its bytes live once, by content hash."""

    __tablename__ = "attachments"

    owner_table: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[uuid.UUID] = mapped_column(index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)  # SHA-256, hex
    filename: Mapped[str]
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    caption: Mapped[str | None] = mapped_column(String(500))
    taken_on: Mapped[dt.date | None]


class Blob(Base):
    """The bytes of attachments, stored once by SHA-256. Local: bundles carry them by hash."""

    __tablename__ = "blobs"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
