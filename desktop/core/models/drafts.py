"""Half-typed wizard text, kept on this machine only (never synced, dumped or exported)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.ids import utcnow
from desktop.core.models.base import Base


class WizardDraft(Base):
    """What was typed into one field of a wizard page that is not a saved record yet.

    It has no village and no tombstone, so change capture, dump and export pass it by: a draft
    belongs to the person at this laptop until it becomes a record."""

    __tablename__ = "wizard_drafts"

    program_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    stage: Mapped[str] = mapped_column(String(24), primary_key=True)
    step: Mapped[str] = mapped_column(String(60), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
