"""Stage 1, preparation: the team (facilitators and roles), the entry plan, key contacts and
local institutions, and field notes."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import Stage
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import Facilitator, FieldNote, KeyContact, Program
from desktop.core.stages import guards
from desktop.core.stages.base import Flow, Step


def _check_facilitator(
    session: Session,
    program: Program,
    *,
    person_id: uuid.UUID,
    role: str,
    assigned_on: dt.date | None,
    row: Facilitator | None = None,
) -> list[Issue]:
    """A team member as assigned (``row`` None) or as corrected (``row``, the one corrected)."""
    issues: list[Issue] = []
    who = guards.person(session, issues, "person", person_id)
    guards.text(issues, "role", role, "Give the facilitator's role.")
    guards.date_in_program(issues, "assigned_on", program, assigned_on, "assignment date")
    other = _facilitator_of(session, program.id, person_id)
    if who is not None and other is not None and (row is None or other.id != row.id):
        issues.append(
            issue("person", "“{name}” is already a facilitator of this program.", name=who.name)
        )
    if row is not None and assigned_on is not None and row.released_on is not None:
        issues.extend(_released_before_assigned("assigned_on", row.released_on, assigned_on))
    return issues


def _released_before_assigned(
    field: str, released_on: dt.date, assigned_on: dt.date
) -> list[Issue]:
    if released_on >= assigned_on:
        return []
    return [
        issue(
            field,
            "The release date ({end}) comes before the assignment date ({start}).",
            end=released_on,
            start=assigned_on,
        )
    ]


def assign_facilitator(
    session: Session,
    *,
    program_id: uuid.UUID,
    person_id: uuid.UUID,
    role: str,
    organisation: str | None = None,
    is_community: bool = False,
    assigned_on: dt.date | None = None,
) -> Changes:
    """Put a person on the program's team, in a role (pendamping desa, pendamping teknis...).

    ``is_community`` marks a local cadre rather than an outside worker."""
    program = guards.writable_program(session, program_id)
    refuse_if(
        _check_facilitator(
            session, program, person_id=person_id, role=role, assigned_on=assigned_on
        )
    )
    row = Facilitator(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        person_id=person_id,
        role=role.strip(),
        organisation=guards.optional_text(organisation),
        is_community=is_community,
        assigned_on=assigned_on,
    )
    return guards.insert(session, program, row, "facilitators")


def update_facilitator(
    session: Session,
    *,
    facilitator_id: uuid.UUID,
    person_id: uuid.UUID,
    role: str,
    organisation: str | None = None,
    is_community: bool = False,
    assigned_on: dt.date | None = None,
) -> Changes:
    """Correct a team member: every field is given again and checked as when assigned."""
    row = guards.live(session, Facilitator, facilitator_id, "facilitator", "facilitator")
    program = guards.writable_program(session, row.program_id)
    refuse_if(
        _check_facilitator(
            session, program, person_id=person_id, role=role, assigned_on=assigned_on, row=row
        )
    )
    guards.assign(
        row,
        person_id=person_id,
        role=role.strip(),
        organisation=guards.optional_text(organisation),
        is_community=is_community,
        assigned_on=assigned_on,
    )
    session.flush()
    return guards.changed(program, {"facilitators"})


def release_facilitator(
    session: Session, *, facilitator_id: uuid.UUID, released_on: dt.date
) -> Changes:
    """The facilitator leaves the program: at termination their role must reach zero."""
    row = guards.live(session, Facilitator, facilitator_id, "facilitator", "facilitator")
    program = guards.writable_program(session, row.program_id)
    issues: list[Issue] = []
    guards.date_in_program(issues, "released_on", program, released_on, "release date")
    if row.assigned_on is not None:
        issues.extend(_released_before_assigned("released_on", released_on, row.assigned_on))
    refuse_if(issues)
    row.released_on = released_on
    session.flush()
    return guards.changed(program, {"facilitators"})


def set_entry_plan(session: Session, *, program_id: uuid.UUID, text: str | None) -> Changes:
    """How the team enters the community, non-directively. Blank text clears it."""
    program = guards.writable_program(session, program_id)
    program.entry_plan = guards.optional_text(text)
    session.flush()
    return guards.changed(program, {"programs"})


def _check_key_contact(
    session: Session,
    *,
    role: str,
    person_id: uuid.UUID | None,
    group_id: uuid.UUID | None,
) -> list[Issue]:
    issues: list[Issue] = []
    guards.text(issues, "role", role, "Give the key contact's role.")
    guards.person_or_group(
        session,
        issues,
        "person",
        person_id,
        group_id,
        "Choose the person or the local institution.",
        group_field="group",
    )
    return issues


def add_key_contact(
    session: Session,
    *,
    program_id: uuid.UUID,
    role: str,
    person_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
    notes: str | None = None,
) -> Changes:
    """A key person (kepala desa, tokoh agama) or local institution the team works through."""
    program = guards.writable_program(session, program_id)
    refuse_if(_check_key_contact(session, role=role, person_id=person_id, group_id=group_id))
    row = KeyContact(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        person_id=person_id,
        group_id=group_id,
        role=role.strip(),
        notes=guards.optional_text(notes),
    )
    return guards.insert(session, program, row, "key_contacts")


def update_key_contact(
    session: Session,
    *,
    key_contact_id: uuid.UUID,
    role: str,
    person_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
    notes: str | None = None,
) -> Changes:
    """Correct a key contact: every field is given again and checked as when added."""
    row = guards.live(session, KeyContact, key_contact_id, "key_contact", "key contact")
    program = guards.writable_program(session, row.program_id)
    refuse_if(_check_key_contact(session, role=role, person_id=person_id, group_id=group_id))
    guards.assign(
        row,
        role=role.strip(),
        person_id=person_id,
        group_id=group_id,
        notes=guards.optional_text(notes),
    )
    session.flush()
    return guards.changed(program, {"key_contacts"})


def _check_field_note(
    session: Session,
    program: Program,
    *,
    text: str,
    noted_on: dt.date,
    author_id: uuid.UUID | None,
) -> list[Issue]:
    issues: list[Issue] = []
    guards.text(issues, "text", text, "Write the field note.")
    guards.date_in_program(issues, "noted_on", program, noted_on, "note's date")
    guards.person(session, issues, "author", author_id)
    return issues


def add_field_note(
    session: Session,
    *,
    program_id: uuid.UUID,
    text: str,
    noted_on: dt.date,
    stage: Stage = Stage.PREPARATION,
    author_id: uuid.UUID | None = None,
) -> Changes:
    """A dated note from the field, kept with the stage it was written in."""
    program = guards.writable_program(session, program_id)
    refuse_if(
        _check_field_note(session, program, text=text, noted_on=noted_on, author_id=author_id)
    )
    row = FieldNote(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        stage=stage,
        noted_on=noted_on,
        author_id=author_id,
        text=text.strip(),
    )
    return guards.insert(session, program, row, "field_notes")


def update_field_note(
    session: Session,
    *,
    field_note_id: uuid.UUID,
    text: str,
    noted_on: dt.date,
    author_id: uuid.UUID | None = None,
) -> Changes:
    """Correct a field note's text, day or author; it stays with the stage it was written in."""
    row = guards.live(session, FieldNote, field_note_id, "field_note", "field note")
    program = guards.writable_program(session, row.program_id)
    refuse_if(
        _check_field_note(session, program, text=text, noted_on=noted_on, author_id=author_id)
    )
    guards.assign(row, text=text.strip(), noted_on=noted_on, author_id=author_id)
    session.flush()
    return guards.changed(program, {"field_notes"})


def _facilitator_of(
    session: Session, program_id: uuid.UUID, person_id: uuid.UUID
) -> Facilitator | None:
    return session.scalars(
        select(Facilitator).where(
            Facilitator.program_id == program_id,
            Facilitator.person_id == person_id,
            Facilitator.deleted.is_(False),
        )
    ).first()


def facilitators(session: Session, program_id: uuid.UUID) -> list[Facilitator]:
    return guards.live_rows(
        session,
        Facilitator,
        Facilitator.program_id == program_id,
        Facilitator.assigned_on,
        Facilitator.id,
    )


# --- rules ---------------------------------------------------------------------------------


def _has_facilitator(session: Session, program: Program) -> list[Issue]:
    if not facilitators(session, program.id):
        return [issue("facilitators", "Assign at least one facilitator and their role.")]
    return []


def _has_entry_plan(_session: Session, program: Program) -> list[Issue]:
    if not (program.entry_plan or "").strip():
        return [issue("entry_plan", "Write the plan for entering the community.")]
    return []


def _has_key_contact(session: Session, program: Program) -> list[Issue]:
    found = session.scalar(
        select(KeyContact.id).where(
            KeyContact.program_id == program.id, KeyContact.deleted.is_(False)
        )
    )
    if found is None:
        return [issue("key_contacts", "Add at least one key contact or local institution.")]
    return []


def _has_field_note(session: Session, program: Program) -> list[Issue]:
    found = session.scalar(
        select(FieldNote.id).where(
            FieldNote.program_id == program.id,
            FieldNote.stage == Stage.PREPARATION,
            FieldNote.deleted.is_(False),
        )
    )
    if found is None:
        return [issue("field_notes", "Add at least one field note from preparing the field.")]
    return []


FLOW = Flow(
    stage=Stage.PREPARATION,
    steps=(
        Step("team", "Facilitators and their roles", ("facilitators",), (_has_facilitator,)),
        Step("entry_plan", "Community entry plan", ("programs",), (_has_entry_plan,)),
        Step(
            "key_contacts",
            "Key contacts and local institutions",
            ("key_contacts",),
            (_has_key_contact,),
        ),
        Step("field_notes", "Field notes", ("field_notes",), (_has_field_note,)),
        Step("review", "Review", ("stage_states",), optional=True),
    ),
    summary="A team with roles, an entry plan, at least one key contact and one field note.",
)
