"""Who is who for the window: the people of a program's village by id, and the names of the
people and groups who carried records, resolved to the text the lists show."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.domain import Sex
from desktop.core.models import CommunityGroup, Person, Program


@dataclass(frozen=True)
class Names:
    """Names of people and groups by id; a removed person or group keeps its name here, as a
    record they carried still names them."""

    people: Mapping[uuid.UUID, str]
    groups: Mapping[uuid.UUID, str]

    def person(self, person_id: uuid.UUID | None) -> str | None:
        return self.people.get(person_id) if person_id is not None else None

    def group(self, group_id: uuid.UUID | None) -> str | None:
        return self.groups.get(group_id) if group_id is not None else None

    def who(self, person_id: uuid.UUID | None, group_id: uuid.UUID | None) -> str:
        """A person, a group or both, as one text ("Ani · Kelompok Tani")."""
        return " · ".join(n for n in (self.person(person_id), self.group(group_id)) if n)


def names_of(
    session: Session,
    *,
    people: Iterable[uuid.UUID | None] = (),
    groups: Iterable[uuid.UUID | None] = (),
) -> Names:
    """The names of these people and groups (ids that are None are skipped)."""
    person_ids = {i for i in people if i is not None}
    group_ids = {i for i in groups if i is not None}
    found_people: dict[uuid.UUID, str] = {}
    found_groups: dict[uuid.UUID, str] = {}
    if person_ids:
        rows = session.execute(select(Person.id, Person.name).where(Person.id.in_(person_ids)))
        found_people = {pid: name for pid, name in rows}
    if group_ids:
        rows = session.execute(
            select(CommunityGroup.id, CommunityGroup.name).where(CommunityGroup.id.in_(group_ids))
        )
        found_groups = {gid: name for gid, name in rows}
    return Names(found_people, found_groups)


def people_by_id(session: Session, program_id: uuid.UUID) -> dict[uuid.UUID, tuple[str, Sex]]:
    """Name and sex of the people of the program's village, by id."""
    village = select(Program.village_code).where(Program.id == program_id).scalar_subquery()
    rows = session.execute(
        select(Person.id, Person.name, Person.sex).where(
            Person.village_code == village, Person.deleted.is_(False)
        )
    )
    return {pid: (name, sex) for pid, name, sex in rows}
