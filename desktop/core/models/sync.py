"""Sync bookkeeping: field clocks (compact), what this database knows of each device,
conflicts, holds.

Local to each database: none of these tables travel as rows (they have no tombstone column).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.ids import utcnow
from desktop.core.models.base import Base

# SyncVersion.column_name of a row's base entry: the fields written when the row was made
BASE_COLUMN = ""


class SyncVersion(Base):
    """The winning write of the fields of one synced row, kept compactly: the last-writer-wins
    clock of each field, and what export reads (a value overwritten here never needs to travel).

    A row made whole in one write (on this device, or arriving whole in a bundle) has one *base*
    entry (``column_name`` empty) standing for every field of the row without an entry of its
    own; a field written since has its own entry. A row known only in part (it waits for a
    required field) has an entry per field it has, with the value beside it (``value``); once the
    row is in its table the values are read from there and ``value`` is empty."""

    __tablename__ = "sync_versions"
    __table_args__ = (
        Index("ix_sync_versions_origin", "device_id", "counter"),
        # on SQLite the key is the table itself: one B-tree to write per entry, not two
        {"sqlite_with_rowid": False},
    )

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    column_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)  # wall ms << 16 | logical
    device_id: Mapped[uuid.UUID]  # the device that made the change
    counter: Mapped[int] = mapped_column(BigInteger)  # that device's change number
    village_code: Mapped[str] = mapped_column(String(13))
    value: Mapped[str | None] = mapped_column(Text, default=None)  # canonical JSON, while waiting


class SyncClock(Base):
    """This database's hybrid logical clock (one row): never goes back, even if the wall does."""

    __tablename__ = "sync_clock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hlc: Mapped[int] = mapped_column(BigInteger)


class Knowledge(Base):
    """Changes of a device this database has, as the highest counter (they come in order)."""

    __tablename__ = "knowledge"

    origin_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    max_counter: Mapped[int] = mapped_column(BigInteger)


class PeerKnowledge(Base):
    """What a peer said it has of each device (the acknowledgements in its bundles)."""

    __tablename__ = "peer_knowledge"

    peer_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    origin_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    max_counter: Mapped[int] = mapped_column(BigInteger)


class AppliedBundle(Base):
    """A bundle already imported, so importing it again is skipped at once."""

    __tablename__ = "applied_bundles"

    bundle_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    sender_id: Mapped[uuid.UUID]
    applied_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # when the sender made it (its manifest's created_at): None for bundles imported before
    # this was kept, and for a manifest without a readable time
    created_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    summary: Mapped[str] = mapped_column(Text)  # JSON counts, for the history view


class Conflict(Base):
    """Two devices changed the same field without seeing each other's change: the loser is kept
    here for review."""

    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(index=True)
    column_name: Mapped[str] = mapped_column(String(64))
    village_code: Mapped[str] = mapped_column(String(13))
    winner_value: Mapped[str] = mapped_column(Text)
    winner_hlc: Mapped[int] = mapped_column(BigInteger)
    winner_device: Mapped[uuid.UUID]
    loser_value: Mapped[str] = mapped_column(Text)
    loser_hlc: Mapped[int] = mapped_column(BigInteger)
    loser_device: Mapped[uuid.UUID]
    bundle_id: Mapped[uuid.UUID | None]
    detected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved: Mapped[bool] = mapped_column(default=False)


class HeldChange(Base):
    """A change dated too far in this machine's future (a wrong clock): held, not applied.

    Keyed by field as well as counter: the fields of a row made whole in one write travel
    under one counter (its base entry's, see ``SyncVersion``)."""

    __tablename__ = "held_changes"

    device_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    counter: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    column_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    value: Mapped[str] = mapped_column(Text)
    village_code: Mapped[str] = mapped_column(String(13))
    bundle_id: Mapped[uuid.UUID]
    held_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
