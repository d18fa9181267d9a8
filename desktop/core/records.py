"""Removing a program's record (and bringing it back) by tombstone, for lists in the wizards.

Rows are never erased, so a removal syncs like any other change and undo is setting the flag
back. Only rows that belong to a program (they have ``program_id``, or a parent that has one:
progress logs, contributions, measurements, attachments, and the action plan's budget lines,
links, agreements and signatories) and whose program is still open can be removed this way.
A record that carries others along says so here: a progress log moves its activity's progress,
and a link brought back must not close a loop.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.errors import ValidationError, issue, refuse_if
from desktop.core.models import Dependency, ProgressLog
from desktop.core.models.base import Base, Synced
from desktop.core.schedule import program_graph
from desktop.core.schedule_math import find_loop
from desktop.core.stages import guards
from desktop.core.stages.attachments import program_id_of
from desktop.core.stages.implementation import follow_activity

# The action plan's records that hang under another record (no ``program_id`` of their own).
PLAN_CHILDREN = frozenset({"budget_lines", "dependencies", "agreements", "signatories"})
# Tables without ``program_id`` whose rows can still be removed: their program is a parent's.
OWNED = frozenset(
    {*("progress_logs", "contributions", "measurements", "attachments"), *PLAN_CHILDREN}
)


def _model(table: str) -> type[Synced]:
    for mapper in Base.registry.mappers:
        model = mapper.class_
        named = getattr(model, "__tablename__", None) == table
        if named and issubclass(model, Synced) and (hasattr(model, "program_id") or table in OWNED):
            return model
    raise _cannot_remove(table)


def _cannot_remove(table: str) -> ValidationError:
    return ValidationError([issue("table", "Records of “{table}” cannot be removed.", table=table)])


def set_record_deleted(
    session: Session, *, table: str, row_id: uuid.UUID, deleted: bool
) -> Changes:
    """Tombstone a program's record (``deleted=True``) or restore it (``False``)."""
    model = _model(table)
    row = session.get(model, row_id)
    if row is None:
        raise ValidationError([issue("record", "That record no longer exists.")])
    program = guards.writable_program(session, program_id_of(session, row))
    if isinstance(row, Dependency) and row.deleted and not deleted:
        _refuse_a_loop(session, program.id, row)
    row.deleted = deleted
    tables = {table}
    if isinstance(row, ProgressLog):
        tables |= follow_activity(session, row.activity_id)
    session.flush()
    return guards.changed(program, tables)


def _refuse_a_loop(session: Session, program_id: uuid.UUID, link: Dependency) -> None:
    _tasks, links = program_graph(session, program_id)
    if find_loop(links, link.predecessor_id, link.successor_id) is not None:
        refuse_if(
            [issue("dependencies", "Bringing this link back would make a loop of activities.")]
        )


def set_plan_record_deleted(
    session: Session, *, table: str, row_id: uuid.UUID, deleted: bool
) -> Changes:
    """Remove (``deleted=True``) or bring back a budget line, a dependency, a signatory or an
    agreement of an action plan: the records that hang under another record."""
    if table not in PLAN_CHILDREN:
        raise _cannot_remove(table)
    return set_record_deleted(session, table=table, row_id=row_id, deleted=deleted)
