"""The declarative base, shared column types and the mixin every synced row carries."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Annotated, Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    MetaData,
    String,
    TypeDecorator,
    Uuid,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.core.ids import new_id, utcnow

# Constraint names are spelled out so that Alembic's batch mode on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp always in UTC: stored naive, read back aware, on SQLite and PostgreSQL alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


def enum_column(kind: type[enum.Enum]) -> Enum:
    """An enum stored as its value in a plain string column (no native enum types to migrate)."""
    return Enum(
        kind,
        native_enum=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


# A village's Kemendagri code: "32.01.01.2001".
PlaceCode = Annotated[str, mapped_column(String(13))]
Rupiah = Annotated[int, mapped_column(BigInteger)]
Text = Annotated[str, mapped_column(String(2000))]
Name = Annotated[str, mapped_column(String(200))]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: Uuid(as_uuid=True),
        dt.datetime: UTCDateTime(),
        str: String(200),
    }


def ref(table_column: str) -> ForeignKey:
    """A reference between synced rows. Deferred, so a merge may apply rows in any order."""
    return ForeignKey(table_column, deferrable=True, initially="DEFERRED")


class Synced:
    """Columns every synced row carries: a device-made uuid7 key, its village, times, tombstone."""

    __synced__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    village_code: Mapped[str] = mapped_column(String(13), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


def synced_tables() -> list[str]:
    """Names of the tables whose rows travel between devices, in dependency order."""
    return [
        table.name
        for table in Base.metadata.sorted_tables
        if "village_code" in table.c and "deleted" in table.c
    ]
