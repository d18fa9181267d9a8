"""Checks every stage operation shares: the program is open, rows exist, dates, money, counts.

Operations collect issues first and change nothing until all checks pass, so a refusal leaves
the session exactly as it was. Each record type has one check function, in its stage's module,
that its add and its update both call; what several record types check alike lives here.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.core.changes import Changes
from desktop.core.domain import PartyKind
from desktop.core.errors import Issue, ProgramClosed, ValidationError, issue, refuse_if
from desktop.core.models import CommunityGroup, GroupMembership, Meeting, Person, Program
from desktop.core.models.base import Synced
from desktop.core.models.programs import Responsibility

RowT = TypeVar("RowT", bound=Synced)

PERCENT_MAX = 100


def program_row(session: Session, program_id: uuid.UUID) -> Program:
    program = session.get(Program, program_id)
    if program is None or program.deleted:
        raise ValidationError([issue("program", "That program no longer exists.")])
    return program


def writable_program(session: Session, program_id: uuid.UUID) -> Program:
    """The program, refusing every change once it was formally closed."""
    program = program_row(session, program_id)
    if program.closed_on is not None:
        raise ProgramClosed(
            [
                issue(
                    "program",
                    "The program “{name}” was closed on {closed}; it can no longer be changed.",
                    name=program.name,
                    closed=program.closed_on,
                )
            ]
        )
    return program


def live(
    session: Session, model: type[RowT], row_id: uuid.UUID | None, field: str, what: str
) -> RowT:
    """A row that exists and is not tombstoned, or a refusal naming ``what`` it was."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is None or row.deleted:
        raise ValidationError([issue(field, "That {what} no longer exists.", what=what)])
    return row


def same_program(row_program_id: uuid.UUID, program: Program, field: str, what: str) -> None:
    if row_program_id != program.id:
        raise ValidationError([issue(field, "That {what} belongs to another program.", what=what)])


def live_rows(
    session: Session,
    model: type[RowT],
    where: ColumnElement[bool],
    *order_by: ColumnElement[Any] | InstrumentedAttribute[Any],
) -> list[RowT]:
    """The rows of ``model`` that match ``where`` and are not tombstoned, in ``order_by``."""
    return list(
        session.scalars(select(model).where(where, model.deleted.is_(False)).order_by(*order_by))
    )


# Text a table can show: names and titles in a column, notes in a paragraph
NAME_MAX = 120
TITLE_MAX = 200
NOTE_MAX = 5_000
DOCUMENT_MAX = 100_000  # minutes, an agreement's body, a final report
_SHORT_FIELDS = frozenset({"title", "name", "role", "unit", "description"})
# C0 and C1 control characters and DEL: never meant, and sync would cut a text at a NUL;
# tab and newline stay where a text may span lines
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\t\n\r]")


def text_issues(
    field: str, value: str, *, limit: int | None = None, one_line: bool = False
) -> list[Issue]:
    """What is wrong with a text to be stored: a control character (a NUL byte, ESC), a tab or
    line break in a one-line text, or more characters than ``limit`` (by default 200 for the
    names and titles a table shows, 5,000 for the rest)."""
    found: list[Issue] = []
    if _CONTROL.search(value) or (one_line and _LINE_BREAKS.search(value)):
        found.append(
            issue(
                field,
                "This text holds an invisible control character (such as a NUL byte, an "
                "escape or a line break) that cannot be stored. Retype it.",
            )
        )
    most = limit if limit is not None else TITLE_MAX if field in _SHORT_FIELDS else NOTE_MAX
    if len(value) > most:
        found.append(
            issue(
                field,
                "This text is {length} characters long; at most {limit} fit.",
                length=f"{len(value):,}".replace(",", "."),
                limit=f"{most:,}".replace(",", "."),
            )
        )
    return found


def text(
    issues: list[Issue],
    field: str,
    value: str | None,
    missing: str,
    *,
    limit: int | None = None,
    one_line: bool = False,
) -> str:
    """A required text, trimmed; an issue when it is blank, too long or holds a control
    character (see :func:`text_issues`)."""
    cleaned = (value or "").strip().replace("\r\n", "\n")
    if not cleaned:
        issues.append(issue(field, missing))
    issues.extend(text_issues(field, cleaned, limit=limit, one_line=one_line))
    return cleaned


def optional_text(
    value: str | None, *, field: str = "text", limit: int = DOCUMENT_MAX
) -> str | None:
    """A text that may be left out, trimmed (None when blank). Control characters are removed
    (often pasted from another document, never meant); more than ``limit`` characters is
    refused at once."""
    cleaned = _CONTROL.sub("", (value or "").replace("\r\n", "\n")).strip()
    refuse_if(text_issues(field, cleaned, limit=limit))
    return cleaned or None


def date_in_program(
    issues: list[Issue], field: str, program: Program, day: dt.date | None, what: str
) -> None:
    """``day`` must fall inside the program: not before its start nor after its planned end."""
    if day is None:
        return
    if day < program.start_date:
        not_before_start(issues, field, program, day, what)
    elif program.end_date is not None and day > program.end_date:
        issues.append(
            issue(
                field,
                "The {what} ({day}) is after the program's planned end ({end}).",
                what=what,
                day=day,
                end=program.end_date,
            )
        )


def not_before_start(
    issues: list[Issue], field: str, program: Program, day: dt.date, what: str
) -> None:
    """``day`` may not come before the program starts (a later one is fine)."""
    if day < program.start_date:
        issues.append(
            issue(
                field,
                "The {what} ({day}) is before the program starts ({start}).",
                what=what,
                day=day,
                start=program.start_date,
            )
        )


def period(
    issues: list[Issue], field: str, start: dt.date, end: dt.date, *, name: str = ""
) -> None:
    if end < start:
        if name:
            issues.append(
                issue(
                    field,
                    "The end date ({end}) of “{name}” comes before its start date ({start}).",
                    name=name,
                    end=end,
                    start=start,
                )
            )
        else:
            issues.append(
                issue(
                    field,
                    "The end date ({end}) comes before the start date ({start}).",
                    end=end,
                    start=start,
                )
            )


def rupiah(issues: list[Issue], field: str, value: object, what: str) -> None:
    """Money is whole Rupiah, never negative."""
    if isinstance(value, bool) or not isinstance(value, int):
        issues.append(issue(field, "The {what} must be a whole number of Rupiah.", what=what))
    elif value < 0:
        issues.append(
            issue(field, "The {what} cannot be negative (Rp {value}).", what=what, value=value)
        )


def count(issues: list[Issue], field: str, value: object, what: str) -> None:
    """A head count: a whole number, zero or more."""
    if isinstance(value, bool) or not isinstance(value, int):
        issues.append(issue(field, "The number of {what} must be a whole number.", what=what))
    elif value < 0:
        issues.append(
            issue(
                field, "The number of {what} cannot be negative ({value}).", what=what, value=value
            )
        )


def percent(issues: list[Issue], field: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        issues.append(issue(field, "Progress must be a whole percent from 0 to 100."))
    elif not 0 <= value <= PERCENT_MAX:
        issues.append(
            issue(field, "Progress must be from 0 to 100 percent, not {value}.", value=value)
        )


def positive_number(issues: list[Issue], field: str, value: float, what: str) -> None:
    if not math.isfinite(value) or value <= 0:
        issues.append(
            issue(field, "The {what} must be more than zero ({value}).", what=what, value=value)
        )


def finite(issues: list[Issue], field: str, value: float, what: str) -> None:
    if not math.isfinite(value):
        issues.append(issue(field, "The {what} must be a number.", what=what))


def _found(
    session: Session,
    issues: list[Issue],
    field: str,
    model: type[RowT],
    row_id: uuid.UUID | None,
    refusal: str,
    program: Program | None = None,
) -> RowT | None:
    """The row ``row_id`` names, still there (and of ``program``, when given); else ``refusal``
    joins the issues. No id: nothing to check."""
    if row_id is None:
        return None
    found = session.get(model, row_id)
    if (
        found is None
        or found.deleted
        or (program is not None and getattr(found, "program_id", None) != program.id)
    ):
        issues.append(issue(field, refusal))
        return None
    return found


def person(
    session: Session, issues: list[Issue], field: str, person_id: uuid.UUID | None
) -> Person | None:
    return _found(session, issues, field, Person, person_id, "That person no longer exists.")


def group(
    session: Session, issues: list[Issue], field: str, group_id: uuid.UUID | None
) -> CommunityGroup | None:
    return _found(
        session, issues, field, CommunityGroup, group_id, "That community group no longer exists."
    )


def person_or_group(
    session: Session,
    issues: list[Issue],
    field: str,
    person_id: uuid.UUID | None,
    group_id: uuid.UUID | None,
    missing: str,
    *,
    group_field: str | None = None,
) -> None:
    """Who a record comes from or goes to: a person or a group (or both), each still there;
    ``missing`` says so when neither is given."""
    if person_id is None and group_id is None:
        issues.append(issue(field, missing))
    person(session, issues, field, person_id)
    group(session, issues, group_field or field, group_id)


def meeting(
    session: Session, issues: list[Issue], program: Program, meeting_id: uuid.UUID | None
) -> None:
    """The meeting a record was raised or decided at (if any): one of the program's own."""
    _found(
        session,
        issues,
        "meeting",
        Meeting,
        meeting_id,
        "That meeting is not one of this program's meetings.",
        program,
    )


def of_program(
    session: Session,
    issues: list[Issue],
    field: str,
    model: type[RowT],
    row_id: uuid.UUID,
    program: Program,
    refusal: str,
) -> RowT | None:
    """A row named by its id that must still be there and belong to ``program``."""
    return _found(session, issues, field, model, row_id, refusal, program)


def group_size(session: Session, group_id: uuid.UUID, on: dt.date) -> int:
    """Members of a group on a day: joined by then (or date unknown) and not yet left."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(GroupMembership)
            .where(
                GroupMembership.group_id == group_id,
                GroupMembership.deleted.is_(False),
                or_(GroupMembership.joined_on.is_(None), GroupMembership.joined_on <= on),
                or_(GroupMembership.left_on.is_(None), GroupMembership.left_on >= on),
            )
        )
        or 0
    )


@dataclass(frozen=True)
class Party:
    """Who carries a record: a community member or group, the facilitator, or an agency."""

    kind: PartyKind
    person_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    name: str | None = None

    @classmethod
    def member(cls, person_id: uuid.UUID) -> Party:
        return cls(PartyKind.COMMUNITY_MEMBER, person_id=person_id)

    @classmethod
    def community_group(cls, group_id: uuid.UUID) -> Party:
        return cls(PartyKind.COMMUNITY_GROUP, group_id=group_id)

    @classmethod
    def facilitator(cls, person_id: uuid.UUID | None = None) -> Party:
        return cls(PartyKind.FACILITATOR, person_id=person_id)

    @classmethod
    def agency(cls, name: str) -> Party:
        return cls(PartyKind.OUTSIDE_AGENCY, name=name)

    def check(self, session: Session, issues: list[Issue], field: str = "party") -> None:
        if self.kind is PartyKind.COMMUNITY_MEMBER and self.person_id is None:
            issues.append(issue(field, "Choose the community member who is responsible."))
        if self.kind is PartyKind.COMMUNITY_GROUP and self.group_id is None:
            issues.append(issue(field, "Choose the community group that is responsible."))
        if self.kind is PartyKind.OUTSIDE_AGENCY and not (self.name or "").strip():
            issues.append(issue(field, "Name the outside agency that is responsible."))
        person(session, issues, field, self.person_id)
        group(session, issues, field, self.group_id)

    def columns(self) -> dict[str, object]:
        """The values of a :class:`Responsibility`'s party columns, for :func:`assign`."""
        return {
            "party_kind": self.kind,
            "party_person_id": self.person_id,
            "party_group_id": self.group_id,
            "party_name": optional_text(self.name),
        }

    def apply(self, row: Responsibility) -> None:
        for name, value in self.columns().items():
            setattr(row, name, value)


def insert(session: Session, program: Program, row: Synced, table: str) -> Changes:
    """Add a new row of ``program``: how every operation that makes one record ends."""
    session.add(row)
    session.flush()
    return changed(program, {table}, [row.id])


def changed(program: Program, tables: Iterable[str], created: Iterable[uuid.UUID] = ()) -> Changes:
    return Changes(
        tables=frozenset(tables),
        program_ids=frozenset({program.id}),
        village_codes=frozenset({program.village_code}),
        created=tuple(created),
    )


def assign(row: Synced, **values: object) -> bool:
    """Set only the attributes whose value differs, so change capture records just the fields
    that really changed. True when anything changed."""
    changed_any = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed_any = True
    return changed_any
