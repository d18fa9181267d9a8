"""Change capture: every write of a synced row is a field change, in the same transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select
from sync_support import VILLAGE, add_person, bind, edit_person

from desktop.core.ids import SimulatedTime, simulated
from desktop.core.models import Knowledge, Person, SyncClock, SyncVersion
from desktop.core.sync import clock
from desktop.core.sync.errors import HardDeleteRefused, SyncError
from desktop.core.sync.versions import row_fields


def _versions(database, row_id):
    with database.engine.connect() as conn:
        return row_fields(conn, "people", row_id)


def test_inserts_updates_and_tombstones_become_field_changes(make_db) -> None:
    database = make_db("a")
    me = bind(database).id
    person_id = add_person(database, "Siti")
    created = _versions(database, person_id)
    columns = {c.name for c in Person.__table__.columns} - {"id"}
    assert set(created) == columns
    assert created["name"].value == '"Siti"'
    assert {v.device_id for v in created.values()} == {me}
    # made in one write: one entry, one counter, for all of its fields
    assert len({v.counter for v in created.values()}) == 1
    with database.session() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(SyncVersion).where(SyncVersion.row_id == person_id)
            )
            == 1
        )
    assert created["created_at"].value == created["updated_at"].value

    edit_person(database, person_id, name="Siti Aminah")
    edited = _versions(database, person_id)
    assert edited["name"].value == '"Siti Aminah"'
    assert edited["name"].hlc > created["name"].hlc
    assert edited["updated_at"].hlc == edited["name"].hlc
    assert edited["updated_at"].value != created["updated_at"].value
    assert edited["sex"].counter == created["sex"].counter  # untouched fields keep their clock

    edit_person(database, person_id, deleted=True)
    assert _versions(database, person_id)["deleted"].value == "true"
    with database.session() as session:
        counter = session.get(Knowledge, me)
        assert counter is not None
        assert counter.max_counter == max(
            v.counter for v in _versions(database, person_id).values()
        )


def test_a_rolled_back_write_leaves_no_change(make_db) -> None:
    database = make_db("a")
    bind(database)
    with database.session() as session:
        session.begin()
        person = Person(name="Budi", sex="male", village_code=VILLAGE)
        session.add(person)
        session.flush()
        session.rollback()
    assert _versions(database, person.id) == {}


def test_rows_are_never_erased(make_db) -> None:
    database = make_db("a")
    bind(database)
    person_id = add_person(database, "Siti")
    session = database.session()
    with pytest.raises(HardDeleteRefused, match="set deleted=True"), session.begin():
        session.delete(session.get(Person, person_id))
    session.close()
    session = database.session()
    with pytest.raises(SyncError, match="must be written as ORM objects"), session.begin():
        session.execute(insert(Person), [{"name": "X", "sex": "male", "village_code": VILLAGE}])
    session.close()


def test_the_clock_never_goes_back_even_when_the_wall_clock_does(make_db) -> None:
    database = make_db("a")
    bind(database)
    time = SimulatedTime(dt.datetime(2026, 5, 1, tzinfo=dt.UTC), seed=1)
    readings = []
    with simulated(time):
        for step in range(4):
            person_id = add_person(database, f"Warga {step}")
            readings.append(_versions(database, person_id)["name"].hlc)
            time.advance(dt.timedelta(hours=-1))  # somebody sets the laptop's clock back
    assert readings == sorted(readings) and len(set(readings)) == 4
    assert clock.wall_ms(readings[0]) == int(
        dt.datetime(2026, 5, 1, tzinfo=dt.UTC).timestamp() * 1000
    )
    with database.session() as session:
        stored = session.get(SyncClock, 1)
        assert stored is not None and stored.hlc == readings[-1]
