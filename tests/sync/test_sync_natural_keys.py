"""Rows with a natural key: two devices recording "the same" attendance make one row."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from sqlalchemy import select
from sync_support import REGENCY, VILLAGE, add_person, bind, dump_text, export, import_one

from desktop.core.db import Database
from desktop.core.domain import MeetingKind, PartyKind, Stage
from desktop.core.models import Attendance, Conflict, Meeting, Program
from desktop.core.stages.meetings import Attendee, set_attendance
from desktop.core.sync.capture import natural_id


def _meeting(database: Database) -> uuid.UUID:
    with database.session() as session, session.begin():
        program = Program(name="Air bersih", start_date=dt.date(2026, 5, 1), village_code=VILLAGE)
        session.add(program)
        session.flush()
        meeting = Meeting(
            program_id=program.id,
            stage=Stage.PREPARATION,
            kind=MeetingKind.DELIBERATION,
            title="Musyawarah dusun",
            held_on=dt.date(2026, 5, 20),
            party_kind=PartyKind.FACILITATOR,
            village_code=VILLAGE,
        )
        session.add(meeting)
        session.flush()
        return meeting.id


def _attendance(database: Database) -> list[tuple[uuid.UUID, bool, bool]]:
    with database.session() as session:
        return [
            (row.person_id, row.spoke, row.deleted)
            for row in session.scalars(select(Attendance).order_by(Attendance.person_id))
        ]


def test_attendance_recorded_on_two_devices_at_once_converges(make_db, tmp_path: Path) -> None:
    left, right, office = make_db("left"), make_db("right"), make_db("office")
    bind(left)
    bind(right)
    bind(office, REGENCY)
    siti = add_person(left, "Siti")
    meeting = _meeting(left)
    seed = export(left, tmp_path / "seed.berdaya")
    import_one(right, seed)
    import_one(office, seed)
    # both facilitators write down that Siti came; only one noted that she spoke
    with left.session() as session, session.begin():
        set_attendance(
            session,
            meeting_id=meeting,
            attendees=[Attendee(person_id=siti, spoke=True)],
            unnamed_women=3,
            unnamed_men=0,
        )
    with right.session() as session, session.begin():
        changes = set_attendance(
            session,
            meeting_id=meeting,
            attendees=[Attendee(person_id=siti, spoke=False)],
            unnamed_women=3,
            unnamed_men=0,
        )
    # the id the operation reports is the row's, and the same on both devices
    assert natural_id("attendance", [meeting, siti]) in changes.created
    from_left = export(left, tmp_path / "left.berdaya")
    from_right = export(right, tmp_path / "right.berdaya")
    for path in (from_left, from_right):
        assert import_one(office, path).status == "applied"
    assert import_one(left, from_right).status == "applied"
    assert import_one(right, from_left).status == "applied"
    assert dump_text(left) == dump_text(right) == dump_text(office)
    [(person, _spoke, deleted)] = _attendance(office)
    assert person == siti and not deleted
    with office.session() as session:  # the two "spoke" values collided: kept for review
        columns = session.scalars(select(Conflict.column_name)).all()
    assert "spoke" in columns


def test_a_derived_id_is_a_uuid7_of_its_parents_time() -> None:
    from desktop.core.ids import new_id

    meeting, person = new_id(), new_id()
    made = natural_id("attendance", [meeting, person])
    assert made is not None and made.version == 7 and made.variant == uuid.RFC_4122
    assert made.int >> 80 == meeting.int >> 80  # sorts with the meeting it belongs to
    assert made == natural_id("attendance", [meeting, person])  # the same on every device
    assert made != natural_id("attendance", [meeting, new_id()])
    assert natural_id("attendance", [meeting, None]) is None
