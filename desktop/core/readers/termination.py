"""What the termination wizard shows: the exit checklist, the handovers with whom each went to,
the facilitators and whether they were released, and the final report."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.domain import HandoverKind
from desktop.core.models import CommunityGroup, ExitItem, Handover, Person, Program
from desktop.core.stages import guards
from desktop.core.stages.preparation import facilitators
from desktop.core.stages.termination import checklist, handovers_of


@dataclass(frozen=True)
class ExitItemRow:
    id: uuid.UUID
    text: str
    key: str | None  # a default item's key: its text is then translated
    done: bool
    done_on: dt.date | None


@dataclass(frozen=True)
class HandoverRow:
    id: uuid.UUID
    kind: HandoverKind
    description: str
    to: str  # the institution and the person it went to, as there are
    to_group_id: uuid.UUID | None
    to_person_id: uuid.UUID | None
    handed_on: dt.date | None
    value: int | None


@dataclass(frozen=True)
class FacilitatorRow:
    id: uuid.UUID
    name: str
    role: str
    is_community: bool  # a local cadre, not an outside worker
    released_on: dt.date | None


def default_day(session: Session, program_id: uuid.UUID) -> dt.date:
    """Today, kept inside the program's dates (a late entry goes on its last day)."""
    program = guards.program_row(session, program_id)
    day = max(dt.date.today(), program.start_date)
    return min(day, program.end_date) if program.end_date is not None else day


def exit_item_rows(session: Session, program_id: uuid.UUID) -> list[ExitItemRow]:
    """The exit checklist in its order."""
    return [
        ExitItemRow(i.id, i.text, i.key, i.done, i.done_on) for i in checklist(session, program_id)
    ]


def exit_item_state(session: Session, item_id: uuid.UUID) -> tuple[bool, dt.date | None]:
    """Whether a checklist item is done, and on which day."""
    item = session.get(ExitItem, item_id)
    return (item.done, item.done_on) if item is not None else (False, None)


def _handover_row(session: Session, h: Handover) -> HandoverRow:
    group = session.get(CommunityGroup, h.to_group_id) if h.to_group_id else None
    person = session.get(Person, h.to_person_id) if h.to_person_id else None
    return HandoverRow(
        h.id,
        h.kind,
        h.description,
        " · ".join(x.name for x in (group, person) if x is not None),
        h.to_group_id,
        h.to_person_id,
        h.handed_on,
        h.value,
    )


def handover_rows(session: Session, program_id: uuid.UUID) -> list[HandoverRow]:
    """What was handed over to the community's institutions, in the wizard's order."""
    return [_handover_row(session, h) for h in handovers_of(session, program_id)]


def handover_record(session: Session, handover_id: uuid.UUID) -> HandoverRow | None:
    found = session.get(Handover, handover_id)
    return _handover_row(session, found) if found is not None else None


def facilitator_rows(session: Session, program_id: uuid.UUID) -> list[FacilitatorRow]:
    """The program's facilitators, community cadres and outside workers alike."""
    return [
        FacilitatorRow(f.id, f.person.name, f.role, f.is_community, f.released_on)
        for f in facilitators(session, program_id)
    ]


def final_report(session: Session, program_id: uuid.UUID) -> str:
    program = session.get(Program, program_id)
    return (program.final_report or "") if program is not None else ""
