"""A canonical JSON dump of all synced state, so two databases can be compared byte for byte."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.models.base import Base, synced_tables


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def rows(session: Session, table_name: str) -> list[dict[str, Any]]:
    """Every row of a synced table, tombstones included, as plain values sorted by id."""
    table = Base.metadata.tables[table_name]
    names = sorted(column.name for column in table.columns)
    result = session.execute(select(table).order_by(table.c.id))
    return [{name: _plain(row._mapping[name]) for name in names} for row in result]


def dump(session: Session, out: IO[str]) -> None:
    """Write ``{table: [rows...]}`` for every synced table, keys sorted, one table at a time."""
    out.write("{")
    for index, name in enumerate(sorted(synced_tables())):
        if index:
            out.write(",")
        out.write(f"\n{json.dumps(name)}: ")
        json.dump(
            rows(session, name), out, sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )
    out.write("\n}\n")
