"""What the preparation wizard shows: the team, the entry plan, the key contacts and the field
notes of a program, each record with the names of who it concerns already resolved."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.domain import Stage
from desktop.core.models import Facilitator, FieldNote, KeyContact, Program
from desktop.core.readers.people import names_of
from desktop.core.stages.preparation import facilitators


@dataclass(frozen=True)
class TeamMember:
    id: uuid.UUID
    person_id: uuid.UUID
    name: str
    role: str
    organisation: str | None
    is_community: bool  # a cadre of the village, not an outside worker
    assigned_on: dt.date | None


@dataclass(frozen=True)
class Contact:
    id: uuid.UUID
    person_id: uuid.UUID | None
    group_id: uuid.UUID | None
    who: str  # the person, the institution or both
    role: str
    notes: str | None


@dataclass(frozen=True)
class Note:
    id: uuid.UUID
    noted_on: dt.date
    text: str
    author_id: uuid.UUID | None
    author: str | None


def team(session: Session, program_id: uuid.UUID) -> tuple[TeamMember, ...]:
    """The program's facilitators, first assigned first."""
    return tuple(_member(f) for f in facilitators(session, program_id))


def team_member(
    session: Session, program_id: uuid.UUID, facilitator_id: uuid.UUID
) -> TeamMember | None:
    """One facilitator of the program, to edit (removed or not)."""
    f = session.scalar(
        select(Facilitator).where(
            Facilitator.id == facilitator_id, Facilitator.program_id == program_id
        )
    )
    return _member(f) if f is not None else None


def _member(f: Facilitator) -> TeamMember:
    return TeamMember(
        f.id, f.person_id, f.person.name, f.role, f.organisation, f.is_community, f.assigned_on
    )


def entry_plan(session: Session, program_id: uuid.UUID) -> str:
    """The plan for entering the community ("" when none is written)."""
    text = session.scalar(select(Program.entry_plan).where(Program.id == program_id))
    return text or ""


def key_contacts(session: Session, program_id: uuid.UUID) -> tuple[Contact, ...]:
    """The program's key contacts in the order they were added."""
    return _contacts(session, program_id)


def key_contact(session: Session, program_id: uuid.UUID, contact_id: uuid.UUID) -> Contact | None:
    """One key contact of the program, to edit (removed or not)."""
    return next(iter(_contacts(session, program_id, contact_id)), None)


def _contacts(
    session: Session, program_id: uuid.UUID, contact_id: uuid.UUID | None = None
) -> tuple[Contact, ...]:
    query = select(KeyContact).where(KeyContact.program_id == program_id)
    if contact_id is None:
        query = query.where(KeyContact.deleted.is_(False))
    else:
        query = query.where(KeyContact.id == contact_id)
    rows = session.scalars(query.order_by(KeyContact.created_at, KeyContact.id)).all()
    names = names_of(session, people=(c.person_id for c in rows), groups=(c.group_id for c in rows))
    return tuple(
        Contact(c.id, c.person_id, c.group_id, names.who(c.person_id, c.group_id), c.role, c.notes)
        for c in rows
    )


def field_notes(session: Session, program_id: uuid.UUID) -> tuple[Note, ...]:
    """The preparation's field notes by day."""
    return _notes(session, program_id)


def field_note(session: Session, program_id: uuid.UUID, note_id: uuid.UUID) -> Note | None:
    """One field note of the program, to edit (removed or not)."""
    return next(iter(_notes(session, program_id, note_id)), None)


def _notes(
    session: Session, program_id: uuid.UUID, note_id: uuid.UUID | None = None
) -> tuple[Note, ...]:
    query = select(FieldNote).where(FieldNote.program_id == program_id)
    if note_id is None:
        query = query.where(FieldNote.stage == Stage.PREPARATION, FieldNote.deleted.is_(False))
    else:
        query = query.where(FieldNote.id == note_id)
    rows = session.scalars(query.order_by(FieldNote.noted_on, FieldNote.id)).all()
    names = names_of(session, people=(n.author_id for n in rows))
    return tuple(
        Note(n.id, n.noted_on, n.text, n.author_id, names.person(n.author_id)) for n in rows
    )
