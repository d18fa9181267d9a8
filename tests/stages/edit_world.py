"""Helpers for the tests of correcting records in place: which fields change capture stamped
anew, and a program formally closed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from stage_world import World

from desktop.core.sync.versions import row_fields


def versions(w: World, table: str, row_id: uuid.UUID) -> dict[str, int]:
    """The change counter of each captured field of a row."""
    w.session.flush()
    fields = row_fields(w.session.connection(), table, row_id)
    return {column: version.counter for column, version in fields.items()}


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
