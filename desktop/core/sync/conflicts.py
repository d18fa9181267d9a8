"""Reviewing conflicts: concurrent edits of one field where the other device's value lost.

The merge keeps the losing write in ``conflicts``. A person can keep what won (the conflict is
marked resolved) or use the other value, which is written as a new local edit through the ORM,
so change capture records it and it travels to every device like any other edit.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Mapper, Session

from desktop.core.changes import Changes
from desktop.core.device_names import device_names
from desktop.core.errors import ValidationError, issue
from desktop.core.models import Base, Conflict, Place
from desktop.core.models.base import synced_tables
from desktop.core.sync import clock
from desktop.core.sync.codec import decode
from desktop.core.sync.versions import current

# The columns that name a row for a person, in order of preference.
_LABEL_COLUMNS = ("name", "title", "description", "unit", "role")


@dataclass(frozen=True)
class ConflictEntry:
    """One unresolved (or resolved) conflict, in terms a person can read."""

    id: int
    table_name: str
    row_id: uuid.UUID
    row_label: str  # the row's name or title, or "" when it has none
    column_name: str
    village_code: str
    village_name: str
    program_id: uuid.UUID | None
    program_name: str
    current_value: Any  # what the row holds now (decoded)
    other_value: Any  # the value that lost (decoded)
    current_device: str  # label of the device whose write won
    other_device: str  # label of the device whose write lost
    current_device_id: uuid.UUID
    other_device_id: uuid.UUID
    current_at: dt.datetime
    other_at: dt.datetime
    detected_at: dt.datetime
    resolved: bool


def _mapper_for(table_name: str) -> Mapper[Any]:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table_name:  # type: ignore[attr-defined]
            return mapper
    raise KeyError(table_name)


def _attribute(mapper: Mapper[Any], column_name: str) -> str:
    column = mapper.local_table.c[column_name]
    return str(mapper.get_property_by_column(column).key)


def _label(row: Any, mapper: Mapper[Any]) -> str:
    columns = mapper.local_table.c
    for name in _LABEL_COLUMNS:
        if name in columns:
            value = getattr(row, _attribute(mapper, name), None)
            if value:
                return str(value)
    return ""


def _program_of(session: Session, table_name: str, row: Any, depth: int = 0) -> Any:
    """The program a row belongs to: itself, or the first program up its foreign keys."""
    if table_name == "programs":
        return row
    if depth > 3:
        return None
    mapper = _mapper_for(table_name)
    synced = set(synced_tables())
    for column in mapper.local_table.c:
        for key in column.foreign_keys:
            target = key.column.table.name
            parent_id = getattr(row, _attribute(mapper, column.name), None)
            if target not in synced or parent_id is None:
                continue
            parent = session.get(_mapper_for(target).class_, parent_id)
            found = None if parent is None else _program_of(session, target, parent, depth + 1)
            if found is not None:
                return found
    return None


def _current(session: Session, conflict: Conflict) -> tuple[str, int, uuid.UUID]:
    """The field's winning write now (it may have changed since the conflict was found)."""
    version = current(
        session.connection(), conflict.table_name, conflict.row_id, conflict.column_name
    )
    if version is None:
        return conflict.winner_value, conflict.winner_hlc, conflict.winner_device
    return version.value, version.hlc, version.device_id


def list_conflicts(
    session: Session, *, village: str | None = None, include_resolved: bool = False
) -> list[ConflictEntry]:
    """Conflicts, newest first, optionally of one village; resolved ones only when asked."""
    query = select(Conflict).order_by(Conflict.detected_at.desc(), Conflict.id.desc())
    if village is not None:
        query = query.where(Conflict.village_code == village)
    if not include_resolved:
        query = query.where(Conflict.resolved.is_(False))
    conflicts = list(session.scalars(query))
    currents = {c.id: _current(session, c) for c in conflicts}
    devices = device_names(
        session,
        {c.loser_device for c in conflicts} | {device for _v, _h, device in currents.values()},
    )
    codes = {c.village_code for c in conflicts}
    villages = {
        code: name
        for code, name in session.execute(
            select(Place.code, Place.name).where(Place.code.in_(codes))
        )
    }
    entries: list[ConflictEntry] = []
    for conflict in conflicts:
        value, hlc, device = currents[conflict.id]
        mapper = _mapper_for(conflict.table_name)
        row = session.get(mapper.class_, conflict.row_id)
        program = None if row is None else _program_of(session, conflict.table_name, row)
        entries.append(
            ConflictEntry(
                id=conflict.id,
                table_name=conflict.table_name,
                row_id=conflict.row_id,
                row_label="" if row is None else _label(row, mapper),
                column_name=conflict.column_name,
                village_code=conflict.village_code,
                village_name=villages.get(conflict.village_code, conflict.village_code),
                program_id=None if program is None else program.id,
                program_name="" if program is None else program.name,
                current_value=decode(conflict.table_name, conflict.column_name, value),
                other_value=decode(conflict.table_name, conflict.column_name, conflict.loser_value),
                current_device=devices.get(device, device.hex[-8:]),
                other_device=devices.get(conflict.loser_device, conflict.loser_device.hex[-8:]),
                current_device_id=device,
                other_device_id=conflict.loser_device,
                current_at=clock.to_datetime(hlc),
                other_at=clock.to_datetime(conflict.loser_hlc),
                detected_at=conflict.detected_at,
                resolved=conflict.resolved,
            )
        )
    return entries


def _open_conflict(session: Session, conflict_id: int) -> Conflict:
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise ValidationError(
            [issue("conflict", "Conflict {number} does not exist.", number=conflict_id)]
        )
    if conflict.resolved:
        raise ValidationError(
            [issue("conflict", "Conflict {number} is already resolved.", number=conflict_id)]
        )
    return conflict


def keep_current(session: Session, conflict_id: int) -> Changes:
    """Keep the value that won: the conflict is marked resolved, no synced row changes."""
    conflict = _open_conflict(session, conflict_id)
    conflict.resolved = True
    session.flush()
    return Changes(
        tables=frozenset({"conflicts"}), village_codes=frozenset({conflict.village_code})
    )


def use_other(session: Session, conflict_id: int) -> Changes:
    """Write the losing value as a new local edit (captured, so it syncs) and resolve the
    conflict, with any other open conflict of the same field (the choice settles the field)."""
    conflict = _open_conflict(session, conflict_id)
    mapper = _mapper_for(conflict.table_name)
    row = session.get(mapper.class_, conflict.row_id)
    if row is None:
        raise ValidationError(
            [issue("conflict", "The record of conflict {number} is gone.", number=conflict_id)]
        )
    value = decode(conflict.table_name, conflict.column_name, conflict.loser_value)
    setattr(row, _attribute(mapper, conflict.column_name), value)
    same_field = session.scalars(
        select(Conflict).where(
            Conflict.table_name == conflict.table_name,
            Conflict.row_id == conflict.row_id,
            Conflict.column_name == conflict.column_name,
            Conflict.resolved.is_(False),
        )
    )
    for other in same_field:
        other.resolved = True
    session.flush()
    program = _program_of(session, conflict.table_name, row)
    return Changes(
        tables=frozenset({conflict.table_name, "conflicts"}),
        program_ids=frozenset() if program is None else frozenset({program.id}),
        village_codes=frozenset({conflict.village_code}),
    )


def count_open(session: Session) -> int:
    """How many conflicts wait for review."""
    from sqlalchemy import func

    found = session.scalar(
        select(func.count()).select_from(Conflict).where(Conflict.resolved.is_(False))
    )
    return int(found or 0)


__all__ = ["ConflictEntry", "count_open", "keep_current", "list_conflicts", "use_other"]
