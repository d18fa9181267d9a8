"""A small village for the keyboard tests, made in a blink: this laptop works for Cibodas,
where four residents live and one women's group meets; no program yet (or one just made)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from desktop.core import device
from desktop.core.database import open_database
from desktop.core.domain import GroupKind, Sex
from desktop.core.models import CommunityGroup, GroupMembership, Person

VILLAGE = "32.01.06.2008"  # Cibodas, Jonggol, Bogor
RESIDENTS = (
    ("Aminah", Sex.FEMALE),
    ("Budi Santoso", Sex.MALE),
    ("Cahya Lestari", Sex.FEMALE),
    ("Dedi Kurnia", Sex.MALE),
)
GROUP = "Kelompok Wanita Tani Melati"


def make_village(path: Path) -> dict[str, uuid.UUID]:
    """The database at ``path``; returns the residents' and the group's ids by name."""
    database = open_database(path)
    ids: dict[str, uuid.UUID] = {}
    try:
        with database.session() as session, session.begin():
            device.bind_places(session, codes=[VILLAGE], label="Laptop uji")
            for name, sex in RESIDENTS:
                person = Person(village_code=VILLAGE, name=name, sex=sex, is_resident=True)
                session.add(person)
                session.flush()
                ids[name] = person.id
            group = CommunityGroup(village_code=VILLAGE, name=GROUP, kind=GroupKind.WOMEN)
            session.add(group)
            session.flush()
            ids[GROUP] = group.id
            for name in ("Aminah", "Cahya Lestari"):
                session.add(
                    GroupMembership(
                        village_code=VILLAGE, group_id=group.id, person_id=ids[name], role="anggota"
                    )
                )
    finally:
        database.dispose()
    return ids


def make_program(path: Path) -> uuid.UUID:
    """The village at ``path`` with one new program, "Sumur bor"; returns its id."""
    from desktop.core.programs import create_program

    make_village(path)
    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            return create_program(
                session, village_code=VILLAGE, name="Sumur bor", start_date=dt.date(2026, 1, 5)
            ).created[0]
    finally:
        database.dispose()
