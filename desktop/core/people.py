"""People of a village: adding one while filling a wizard, and listing those to choose from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import Sex
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import CommunityGroup, Person
from desktop.core.stages import guards

BIRTH_YEAR_MIN = 1900


@dataclass(frozen=True)
class Choice:
    """A person or group as a picker lists it."""

    id: uuid.UUID
    label: str
    detail: str


def add_person(
    session: Session,
    *,
    program_id: uuid.UUID,
    name: str,
    sex: Sex | str | None,
    is_resident: bool = True,
    occupation: str | None = None,
    hamlet: str | None = None,
    phone: str | None = None,
    birth_year: int | None = None,
) -> Changes:
    """A person of the program's village (or an outsider working there), made on the spot."""
    program = guards.program_row(session, program_id)
    issues: list[Issue] = []
    cleaned = guards.text(
        issues, "name", name, "Give the person's name.", limit=guards.NAME_MAX, one_line=True
    )
    if sex is None or sex not in {s.value for s in Sex}:
        issues.append(issue("sex", "Choose whether the person is a woman or a man."))
    if birth_year is not None and not BIRTH_YEAR_MIN <= birth_year <= program.start_date.year:
        issues.append(
            issue("birth_year", "The birth year {year} cannot be right.", year=birth_year)
        )
    refuse_if(issues)
    row = Person(
        id=new_id(),
        village_code=program.village_code,
        name=cleaned,
        sex=Sex(str(sex)),
        is_resident=is_resident,
        occupation=guards.optional_text(occupation, field="occupation", limit=guards.TITLE_MAX),
        hamlet=guards.optional_text(hamlet, field="hamlet", limit=guards.TITLE_MAX),
        phone=guards.optional_text(phone, field="phone", limit=guards.TITLE_MAX),
        birth_year=birth_year,
    )
    session.add(row)
    session.flush()
    return guards.changed(program, {"people"}, [row.id])


def people_choices(session: Session, village_code: str) -> list[Choice]:
    """The village's people, by name, with what tells namesakes apart."""
    rows = session.scalars(
        select(Person)
        .where(Person.village_code == village_code, Person.deleted.is_(False))
        .order_by(Person.name)
    )
    return [
        Choice(p.id, p.name, " · ".join(x for x in (p.occupation, p.hamlet) if x)) for p in rows
    ]


def group_choices(session: Session, village_code: str) -> list[Choice]:
    """The village's community groups and local institutions, by name."""
    rows = session.scalars(
        select(CommunityGroup)
        .where(CommunityGroup.village_code == village_code, CommunityGroup.deleted.is_(False))
        .order_by(CommunityGroup.name)
    )
    return [Choice(g.id, g.name, g.kind.value) for g in rows]
