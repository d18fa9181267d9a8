"""Exports read back by independent parsers: `icalendar` for .ics, ElementTree for MSPDI."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
from sqlalchemy.orm import Session, sessionmaker
from timeline_fixtures import LONG_TITLE, SmallProgram

from desktop.core.calendar_id import WorkingCalendar
from desktop.core.timeline import ItemKind, Timeline, load_timeline
from desktop.core.timeline.ics import fold, write_ics
from desktop.core.timeline.mspdi import write_mspdi

STAMP = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
NS = {"p": "http://schemas.microsoft.com/project"}


def _timeline(sessions: sessionmaker[Session], *ids) -> Timeline:
    with sessions() as s:
        return load_timeline(s, program_ids=list(ids))


def test_ics_reads_back_with_icalendar(
    sessions: sessionmaker[Session], small: SmallProgram, tmp_path: Path
) -> None:
    timeline = _timeline(sessions, small.id)
    path = write_ics(timeline, tmp_path / "plan.ics", stamp=STAMP)
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")

    calendar = icalendar.Calendar.from_ical(raw)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    items = list(timeline.programs[0].items())
    assert set(events) == {f"{i.id}@berdaya" for i in items}
    for item in items:
        event = events[f"{item.id}@berdaya"]
        assert event.decoded("DTSTART") == item.start
        assert event.decoded("DTEND") == item.end + dt.timedelta(days=1)  # exclusive
        assert event.decoded("DTSTAMP") == STAMP
    embung = events[f"{small.ids['embung']}@berdaya"]
    assert str(embung["SUMMARY"]) == LONG_TITLE  # folded, escaped and back
    assert str(embung["X-BERDAYA-PROGRESS"]) == "40"
    description = str(embung["DESCRIPTION"])
    assert "Progres: 40%" in description
    assert "Setelah: Penyusunan rencana aksi" in description
    assert "Rencana awal: 2026-03-02 – 2026-04-10" in description
    assert "\n" in description
    kebun = events[f"{small.ids['kebun']}@berdaya"]
    assert str(kebun["SUMMARY"]) == "Kebun gizi, pekarangan; bibit"
    meeting = events[f"{small.ids['meeting']}@berdaya"]
    assert str(meeting["LOCATION"]) == "Balai desa, RT 02"
    assert meeting.decoded("DTSTART") == dt.date(2026, 2, 11)
    agreement = events[f"{small.ids['agreement']}@berdaya"]
    assert str(agreement["SUMMARY"]) == "Berita acara: Rencana aksi embung"
    # the same rows give the same UIDs on the next export
    again = write_ics(_timeline(sessions, small.id), tmp_path / "again.ics", stamp=STAMP)
    assert again.read_bytes() == raw


def test_folding_never_splits_a_character() -> None:
    line = "SUMMARY:" + "é" * 100 + "—" * 30
    folded = fold(line).encode()
    assert all(len(part) <= 75 for part in folded.split(b"\r\n"))
    assert folded.decode().replace("\r\n ", "") == line


def _tasks(root: ET.Element) -> list[ET.Element]:
    return root.findall("p:Tasks/p:Task", NS)


def _text(task: ET.Element, tag: str) -> str | None:
    return task.findtext(f"p:{tag}", namespaces=NS)


def test_mspdi_reads_back_with_elementtree(
    sessions: sessionmaker[Session], small: SmallProgram, tmp_path: Path
) -> None:
    timeline = _timeline(sessions, small.id)
    calendar = WorkingCalendar()
    path = write_mspdi(timeline, tmp_path / "plan.xml", calendar=calendar, created=STAMP)
    root = ET.parse(path).getroot()
    assert root.tag == "{http://schemas.microsoft.com/project}Project"
    assert _text(root, "Title") == "Embung dan kebun gizi"
    tasks = _tasks(root)
    summary = tasks[0]
    assert (_text(summary, "UID"), _text(summary, "OutlineLevel")) == ("0", "0")

    stages = [t for t in tasks if _text(t, "OutlineLevel") == "1"]
    assert [_text(t, "Name") for t in stages] == [
        "Pengkajian",
        "Formalisasi rencana aksi",
        "Pelaksanaan",
        "Evaluasi",
        "Terminasi",
    ]
    assert all(_text(t, "Summary") == "1" for t in stages)

    by_guid = {_text(t, "GUID"): t for t in tasks if _text(t, "GUID")}
    uid_of = {
        item_id: _text(by_guid[str(item_id).upper()], "UID")
        for item_id in small.ids.values()
        if str(item_id).upper() in by_guid
    }
    items = list(timeline.programs[0].items())
    assert len([t for t in tasks if _text(t, "OutlineLevel") == "2"]) == len(items)
    for item in items:
        task = by_guid[str(item.id).upper()]
        assert _text(task, "Start") == f"{item.start.isoformat()}T08:00:00"
        finish_time = "08:00:00" if item.is_milestone else "17:00:00"
        assert _text(task, "Finish") == f"{item.end.isoformat()}T{finish_time}"
        assert _text(task, "Milestone") == str(int(item.is_milestone))
        if item.kind is ItemKind.ACTIVITY:
            assert _text(task, "PercentComplete") == str(item.progress)
            days = calendar.working_days(item.start, item.end)
            assert _text(task, "Duration") == f"PT{days * 8}H0M0S"
        assert _text(task, "Critical") == str(int(item.critical))

    embung = by_guid[str(small.ids["embung"]).upper()]
    assert _text(embung, "Name") == LONG_TITLE
    # 9 March - 17 April 2026 without Nyepi, Idul Fitri and cuti bersama, nor Good Friday
    assert _text(embung, "Duration") == f"PT{(30 - 5 - 1) * 8}H0M0S"
    assert _text(embung, "ActualStart") == "2026-03-10T08:00:00"
    assert embung.findtext("p:Baseline/p:Start", namespaces=NS) == "2026-03-02T08:00:00"

    links = {
        (_text(task, "UID"), link.findtext("p:PredecessorUID", namespaces=NS)): (
            link.findtext("p:Type", namespaces=NS),
            link.findtext("p:LinkLag", namespaces=NS),
        )
        for task in tasks
        for link in task.findall("p:PredecessorLink", NS)
    }
    ids = small.ids
    assert links == {
        (uid_of[ids["rencana"]], uid_of[ids["survei"]]): ("1", "24000"),  # FS, 5 days
        (uid_of[ids["embung"]], uid_of[ids["rencana"]]): ("1", "0"),
        (uid_of[ids["kebun"]], uid_of[ids["embung"]]): ("3", "24000"),  # SS
        (uid_of[ids["serah"]], uid_of[ids["embung"]]): ("1", "0"),
        (uid_of[ids["evaluasi"]], uid_of[ids["kebun"]]): ("0", "9600"),  # FF, 2 days
        (uid_of[ids["evaluasi"]], uid_of[ids["serah"]]): ("1", "0"),
    }
    # the calendar carries the holidays as non-working exceptions
    exceptions = {
        day.findtext("p:TimePeriod/p:FromDate", namespaces=NS)[:10]
        for day in root.findall("p:Calendars/p:Calendar/p:WeekDays/p:WeekDay", NS)
        if day.findtext("p:DayType", namespaces=NS) == "0"
    }
    assert {"2026-03-20", "2026-03-23", "2026-04-03"} <= exceptions
    # UIDs and IDs are unique
    uids = [_text(t, "UID") for t in tasks]
    assert len(uids) == len(set(uids))


def test_mspdi_with_several_programs_adds_a_program_level(
    sessions: sessionmaker[Session], small: SmallProgram, tmp_path: Path
) -> None:
    timeline = _timeline(sessions, small.id, small.other_id)
    root = ET.parse(write_mspdi(timeline, tmp_path / "all.xml", created=STAMP)).getroot()
    tasks = _tasks(root)
    programs = [_text(t, "Name") for t in tasks if _text(t, "OutlineLevel") == "1"]
    assert sorted(programs) == ["Bank sampah", "Embung dan kebun gizi"]
    levels = {_text(t, "OutlineLevel") for t in tasks}
    assert levels == {"0", "1", "2", "3"}
