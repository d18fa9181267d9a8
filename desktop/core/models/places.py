"""Places this database refers to: a local copy of the official Kemendagri codes in use."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.domain import PlaceLevel
from desktop.core.models.base import Base, enum_column


class Place(Base):
    """A province, regency, district or village. Reference data, identical on every device,
    so it is not synced: each device fills it from the official list when a code is used."""

    __tablename__ = "places"

    code: Mapped[str] = mapped_column(String(13), primary_key=True)
    name: Mapped[str]
    level: Mapped[PlaceLevel] = mapped_column(enum_column(PlaceLevel))
    parent_code: Mapped[str | None] = mapped_column(String(13), index=True)
