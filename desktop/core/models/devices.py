"""This installation and the devices it has heard of: local bookkeeping, never synced as rows."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.domain import DeviceKind
from desktop.core.ids import utcnow
from desktop.core.models.base import Base, enum_column


class Device(Base):
    """A laptop that makes changes: a village facilitator's or an office's."""

    __tablename__ = "devices"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    label: Mapped[str]
    kind: Mapped[DeviceKind] = mapped_column(enum_column(DeviceKind))
    public_key: Mapped[str | None] = mapped_column(Text)
    key_fingerprint: Mapped[str | None] = mapped_column(String(64))
    # the age recipient ("age1…") bundles for this device are encrypted to: from its signed
    # manifest or office card; None until known
    recipient: Mapped[str | None] = mapped_column(Text, default=None)
    first_seen: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revoked: Mapped[bool] = mapped_column(default=False)
    # the device this one took over from: a backup restored, or the database copied, onto a
    # new laptop that had no key for the old device (not a reference: an office may not know it)
    predecessor_id: Mapped[uuid.UUID | None] = mapped_column(default=None)

    scopes: Mapped[list[DeviceScope]] = relationship(
        back_populates="device", cascade="all, delete-orphan"
    )


class DeviceScope(Base):
    """A place a device works for: a village code, or a province/regency/district for an office."""

    __tablename__ = "device_scopes"

    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    code: Mapped[str] = mapped_column(String(13), primary_key=True)

    device: Mapped[Device] = relationship(back_populates="scopes")


class LocalSetting(Base):
    """Key/value facts about this database on this machine (which device it is, for one)."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
