"""What every principle reads first, for one program or many at once: the live programs' dates
and their meetings; and how every read is cut into chunks of program ids and grouped back by
program, so that a read costs the same few queries for 3 programs as for 300."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from desktop.core.domain import MeetingKind, PartyKind, Stage
from desktop.core.models import Meeting, Program
from desktop.core.principles.shares import ProgramSpan

# bound parameters in one IN list: well within what SQLite and PostgreSQL take in one statement
CHUNK = 500

T = TypeVar("T")

# a query of any columns, the program id first
AnySelect = Select[*tuple[Any, ...]]

# the rows of one read, by program; each row without its program id
Grouped = dict[uuid.UUID, list[Any]]


def chunks(ids: Collection[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    """The ids without repeats, ``CHUNK`` at a time (a repeat in two chunks would count twice)."""
    distinct = list(dict.fromkeys(ids))
    for start in range(0, len(distinct), CHUNK):
        yield distinct[start : start + CHUNK]


def _raw(column: Any) -> Any:
    """``column`` as the driver gives it, without making each value a UUID object."""
    return type_coerce(column, NullType())


def grouped(
    session: Session,
    program_ids: Collection[uuid.UUID],
    query: Callable[[list[uuid.UUID]], AnySelect],
) -> Grouped:
    """Runs ``query`` once per chunk of ids; its first column names the program a row is of.
    Every program asked for has an entry, empty when nothing was found."""
    out: Grouped = {program_id: [] for program_id in program_ids}
    for chunk in chunks(program_ids):
        # the program of a row is found by the driver's own value of its id: making a UUID
        # of every row's program id would cost more than all the rest of many reads
        lists = {
            raw: out[program_id]
            for raw, program_id in session.execute(
                select(_raw(Program.id), Program.id).where(Program.id.in_(chunk))
            )
        }
        statement = query(chunk)
        first, *rest = statement.selected_columns
        for key, *row in session.execute(statement.with_only_columns(_raw(first), *rest)):
            lists[key].append(tuple(row))
    return out


def owned(
    session: Session,
    program_ids: Collection[uuid.UUID],
    model: Any,
    *columns: Any,
    where: tuple[Any, ...] = (),
    order_by: tuple[Any, ...] = (),
) -> Grouped:
    """``columns`` of the live rows of a table of the programs' own rows."""
    return grouped(
        session,
        program_ids,
        lambda chunk: (
            select(model.program_id, *columns)
            .where(model.program_id.in_(chunk), model.deleted.is_(False), *where)
            .order_by(*order_by)
        ),
    )


def under(
    session: Session, program_ids: Collection[uuid.UUID], parent: Any, link: Any, *columns: Any
) -> Grouped:
    """``columns`` of the live rows whose ``link`` points to a live ``parent`` of the
    programs' own (a deleted parent takes its rows with it)."""
    child = link.class_
    return grouped(
        session,
        program_ids,
        lambda chunk: (
            select(parent.program_id, *columns)
            .select_from(child)
            .join(parent, parent.id == link)
            .where(
                parent.program_id.in_(chunk), parent.deleted.is_(False), child.deleted.is_(False)
            )
        ),
    )


def live_spans(
    session: Session, program_ids: Collection[uuid.UUID] | None
) -> dict[uuid.UUID, ProgramSpan]:
    """The live programs among ``program_ids`` (None: every live program); deleted or unknown
    ids are left out."""
    query = select(Program.id, Program.start_date, Program.end_date, Program.closed_on).where(
        Program.deleted.is_(False)
    )
    if program_ids is None:
        rows = session.execute(query).all()
    else:
        rows = [
            row
            for chunk in chunks(program_ids)
            for row in session.execute(query.where(Program.id.in_(chunk)))
        ]
    return {row[0]: ProgramSpan(*row) for row in rows}


def one_program(found: Mapping[uuid.UUID, T], program_id: uuid.UUID) -> T:
    """What was read of one program, which must be live."""
    if program_id not in found:
        raise LookupError("That program no longer exists.")
    return found[program_id]


def live_span(session: Session, program_id: uuid.UUID) -> ProgramSpan:
    return one_program(live_spans(session, [program_id]), program_id)


@dataclass(frozen=True)
class MeetingRow:
    id: uuid.UUID
    title: str
    stage: Stage
    kind: MeetingKind
    held_on: dt.date
    unnamed_women: int
    unnamed_men: int
    party: PartyKind


def read_meetings(
    session: Session, program_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[MeetingRow]]:
    """Each program's live meetings, by date."""
    rows = owned(
        session,
        program_ids,
        Meeting,
        Meeting.id,
        Meeting.title,
        Meeting.stage,
        Meeting.kind,
        Meeting.held_on,
        Meeting.unnamed_women,
        Meeting.unnamed_men,
        Meeting.party_kind,
        order_by=(Meeting.held_on, Meeting.id),
    )
    return {program_id: [MeetingRow(*row) for row in found] for program_id, found in rows.items()}
