"""Helpers for the tests of correcting records in place: which fields change capture stamped
anew, and a program formally closed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from stage_world import World

from desktop.core.models import FieldVersion


def versions(w: World, table: str, row_id: uuid.UUID) -> dict[str, int]:
    """The change counter of each captured field of a row."""
    w.session.flush()
    rows = w.session.execute(
        select(FieldVersion.column_name, FieldVersion.counter).where(
            FieldVersion.table_name == table, FieldVersion.row_id == row_id
        )
    )
    return {column: counter for column, counter in rows}


def stamped(before: dict[str, int], after: dict[str, int]) -> set[str]:
    """The fields a write recorded as changed (bookkeeping ``updated_at`` left out)."""
    return {c for c, n in after.items() if before.get(c) != n} - {"updated_at"}


def fields_written(
    w: World, table: str, row_id: uuid.UUID, operation: Callable[..., Any], **kwargs: Any
) -> set[str]:
    """Run an operation; the fields of the row it recorded as changed."""
    before = versions(w, table, row_id)
    operation(w.session, **kwargs)
    return stamped(before, versions(w, table, row_id))


def close_program(w: World) -> None:
    """Close the program as the termination stage would, without its checklist."""
    w.program.closed_on = w.program.start_date
    w.session.flush()
