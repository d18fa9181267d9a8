"""Reviewing conflicts: listing them in words, keeping the winner, or using the other value,
which is itself a synced edit that every device converges on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_support import (
    VILLAGE,
    bind,
    dump_text,
    export,
    import_one,
    people,
)

from desktop.core.db import Database
from desktop.core.errors import ValidationError
from desktop.core.models import Conflict, Person, Program
from desktop.core.programs import create_program
from desktop.core.sync.conflicts import count_open, keep_current, list_conflicts, use_other


def _conflict_on_a_person(make_db, tmp_path: Path) -> tuple[Database, Database, object]:
    """Two devices rename the same person without seeing each other's edit; b finds it."""
    a, b = make_db("a"), make_db("b")
    bind(a)
    bind(b)
    with a.session() as session, session.begin():
        person = Person(name="Siti", sex="female", village_code=VILLAGE)
        session.add(person)
        session.flush()
        person_id = person.id
    import_one(b, export(a, tmp_path / "a0.berdaya"))
    for database, name in ((a, "Siti Aminah"), (b, "Siti Rahayu")):
        with database.session() as session, session.begin():
            found = session.get(Person, person_id)
            assert found is not None
            found.name = name
    assert import_one(b, export(a, tmp_path / "a1.berdaya", full=True)).conflicts == 1
    return a, b, person_id


def test_the_other_value_becomes_a_synced_edit_both_devices_agree_on(
    make_db, tmp_path: Path
) -> None:
    a, b, person_id = _conflict_on_a_person(make_db, tmp_path)
    with b.session() as session:
        [entry] = list_conflicts(session)
        assert (entry.table_name, entry.column_name) == ("people", "name")
        assert entry.row_label == "Siti Rahayu"  # the row's name, as it is now
        assert (entry.current_value, entry.other_value) == ("Siti Rahayu", "Siti Aminah")
        assert entry.current_device_id != entry.other_device_id
        assert entry.other_at <= entry.current_at
        assert isinstance(entry.detected_at, dt.datetime)
        assert list_conflicts(session, village="32.01.01.1002") == []
        assert count_open(session) == 1
    with b.session() as session, session.begin():
        changes = use_other(session, entry.id)
    assert changes.touches("people") and VILLAGE in changes.village_codes
    assert people(b)[person_id][0] == "Siti Aminah"
    with b.session() as session:
        assert list_conflicts(session) == [] and count_open(session) == 0
        [kept] = list_conflicts(session, include_resolved=True)
        assert kept.resolved
    # the choice is an ordinary edit: it travels back, and both devices converge on it
    import_one(a, export(b, tmp_path / "b1.berdaya", full=True))
    import_one(b, export(a, tmp_path / "a2.berdaya", full=True))
    assert people(a)[person_id][0] == "Siti Aminah"
    assert dump_text(a) == dump_text(b)


def test_keeping_the_current_value_changes_no_synced_row(make_db, tmp_path: Path) -> None:
    _a, b, person_id = _conflict_on_a_person(make_db, tmp_path)
    before = dump_text(b)
    with b.session() as session:
        [entry] = list_conflicts(session)
    with b.session() as session, session.begin():
        keep_current(session, entry.id)
    assert dump_text(b) == before
    assert people(b)[person_id][0] == "Siti Rahayu"
    with b.session() as session, session.begin():
        with pytest.raises(ValidationError, match="already resolved"):
            use_other(session, entry.id)
        with pytest.raises(ValidationError, match="does not exist"):
            keep_current(session, 999_999)


def test_a_conflict_on_a_program_names_the_program(make_db, tmp_path: Path) -> None:
    a, b = make_db("a"), make_db("b")
    bind(a)
    bind(b)
    with a.session() as session, session.begin():
        program_id = create_program(
            session,
            village_code=VILLAGE,
            name="Air bersih",
            start_date=dt.date(2026, 1, 5),
            end_date=dt.date(2026, 12, 20),
        ).created[0]
    import_one(b, export(a, tmp_path / "a0.berdaya"))
    for database, day in ((a, dt.date(2026, 11, 30)), (b, dt.date(2026, 12, 31))):
        with database.session() as session, session.begin():
            program = session.get(Program, program_id)
            assert program is not None
            program.end_date = day
    import_one(b, export(a, tmp_path / "a1.berdaya", full=True))
    with b.session() as session:
        [entry] = [e for e in list_conflicts(session) if e.column_name == "end_date"]
        assert (entry.program_id, entry.program_name) == (program_id, "Air bersih")
        assert entry.other_value == dt.date(2026, 11, 30)  # decoded, not JSON text
    with b.session() as session, session.begin():
        use_other(session, entry.id)
    with b.session() as session:
        assert session.scalar(select(Program.end_date)) == dt.date(2026, 11, 30)
        assert session.scalars(select(Conflict.resolved)).all() == [True]
