"""Meetings held for a community group: the group is kept, and attendance larger than the
group's members on the meeting's day is refused (by name and counted, when recorded and when
the attendance is replaced)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from stage_world import MEETING_DAY, World, open_world

from desktop.core import stages as st
from desktop.core.domain import MeetingKind, Stage
from desktop.core.models import Meeting
from desktop.core.stages import Attendee, Party
from desktop.core.stages.meetings import meeting_headcount

TOO_MANY = "Attendance ({present}) is larger than the group ({size} members)."


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani", "Sri")
        world.men("Budi")
        # Budi left on 1 Feb, before the meeting day (2 Feb): two members that day
        world.group("Tani Makmur", {"Ani": True, "Sri": False, "Budi": False}, left=("Budi",))
        yield world


def _record(w: World, **kwargs: object) -> object:
    args: dict[str, object] = {
        "program_id": w.program_id,
        "stage": Stage.ASSESSMENT,
        "kind": MeetingKind.FOCUS_GROUP,
        "title": "Rapat kelompok tani",
        "held_on": MEETING_DAY,
        "party": Party.facilitator(),
        "group_id": w.groups["Tani Makmur"],
    }
    return {**args, **kwargs}


def test_a_meeting_keeps_the_group_it_was_for(w: World) -> None:
    changes = st.record_meeting(
        w.session, **_record(w, attendees=[Attendee(w.people["Ani"])], unnamed_women=1)
    )
    meeting = w.session.get(Meeting, changes.created[0])
    assert meeting is not None and meeting.group_id == w.groups["Tani Makmur"]


def test_attendance_larger_than_the_group_is_refused(w: World) -> None:
    error = w.refused(
        st.record_meeting,
        **_record(w, attendees=[Attendee(w.people["Ani"])], unnamed_women=1, unnamed_men=1),
    )
    assert [(i.field, i.template, dict(i.values)) for i in error.issues] == [
        ("attendees", TOO_MANY, {"present": "3", "size": "2"})
    ]


def test_a_meeting_of_the_whole_community_has_no_limit(w: World) -> None:
    # 70 people came, far more than the two members of Tani Makmur: all of them are counted
    changes = st.record_meeting(
        w.session, **_record(w, group_id=None, unnamed_women=40, unnamed_men=30)
    )
    meeting = w.session.get(Meeting, changes.created[0])
    assert meeting is not None and meeting.group_id is None
    assert (meeting.unnamed_women, meeting.unnamed_men) == (40, 30)
    assert meeting_headcount(w.session, meeting) == 70


def test_replacing_attendance_checks_the_group_too(w: World) -> None:
    meeting_id = st.record_meeting(w.session, **_record(w, unnamed_women=2)).created[0]
    error = w.refused(
        st.set_attendance,
        meeting_id=meeting_id,
        attendees=[Attendee(w.people["Ani"]), Attendee(w.people["Sri"])],
        unnamed_women=0,
        unnamed_men=1,
    )
    assert [i.field for i in error.issues] == ["attendees"]
    # for the whole community instead, the same attendance is fine
    st.set_attendance(
        w.session,
        meeting_id=meeting_id,
        attendees=[Attendee(w.people["Ani"]), Attendee(w.people["Sri"])],
        unnamed_women=0,
        unnamed_men=1,
        group_id=None,
    )
    meeting = w.session.get(Meeting, meeting_id)
    assert meeting is not None and meeting.group_id is None
