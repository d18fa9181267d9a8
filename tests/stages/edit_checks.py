"""Shared checks of the edit tests: which fields of a row an operation wrote (change capture)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from stage_world import World

from desktop.core.models import FieldVersion


def versions(w: World, table: str, row_id: uuid.UUID) -> dict[str, int]:
    rows = w.session.execute(
        select(FieldVersion.column_name, FieldVersion.counter).where(
            FieldVersion.table_name == table, FieldVersion.row_id == row_id
        )
    )
    return {name: counter for name, counter in rows}


def fields_written(
    w: World, table: str, row_id: uuid.UUID, operation: Callable[..., Any], **kwargs: Any
) -> set[str]:
    """Run an operation; the columns of the row whose change was recorded for sync."""
    before = versions(w, table, row_id)
    operation(w.session, **kwargs)
    after = versions(w, table, row_id)
    return {name for name, counter in after.items() if before.get(name) != counter} - {"updated_at"}


def close(w: World) -> None:
    w.program.closed_on = w.program.start_date
    w.session.flush()
