"""Column values as canonical JSON text, and back to the Python value a column takes."""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, Enum, Uuid

from desktop.core.models.base import Base, UTCDateTime

Decoder = Callable[[Any], Any]


def plain(value: Any) -> Any:
    """A JSON-ready form of a column value, the same on every device and database."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot sync a value of type {type(value).__name__}")


# one encoder for every value: ``json.dumps`` with options makes a new one per call
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def encode(value: Any) -> str:
    """A column value as canonical JSON text (what ``json.dumps`` gives, faster: an export
    encodes every field it sends)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return str(value)
    return _ENCODE(plain(value))


def _same(value: Any) -> Any:
    return value


def _decoder_for(column_type: Any) -> Decoder:
    if isinstance(column_type, Uuid):
        return lambda v: uuid.UUID(v)
    if isinstance(column_type, UTCDateTime):
        return lambda v: dt.datetime.fromisoformat(v).astimezone(dt.UTC)
    if isinstance(column_type, Enum):
        kind = column_type.enum_class
        if kind is not None:
            return lambda v: kind(v)
        return _same
    if isinstance(column_type, Boolean):
        return lambda v: bool(v)
    if isinstance(column_type, Date):
        return lambda v: dt.date.fromisoformat(v)
    return _same


@cache
def decoders(table_name: str) -> dict[str, Decoder]:
    """For each column of a synced table, a function from the JSON value to the column value."""
    table = Base.metadata.tables[table_name]
    return {column.name: _decoder_for(column.type) for column in table.columns}


def decode(table_name: str, column_name: str, text: str) -> Any:
    value = json.loads(text)
    if value is None:
        return None
    return decoders(table_name)[column_name](value)
