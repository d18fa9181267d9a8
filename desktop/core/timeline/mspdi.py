"""The timeline as Microsoft Project XML (MSPDI), which MS Project and ProjectLibre open.

Stages become summary tasks at outline level 1 and their activities and milestones level 2 (with
several programs, each program is a summary at level 1 and everything moves down one level).
Links keep their kind and lag; the calendar carries the weekends and the Indonesian holidays,
so durations in working days read the same on the other side. Each task is pinned to its planned
start ("start no earlier than"), so the other program does not reschedule it to the project
start.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from desktop.core.calendar_id import WorkingCalendar, default_calendar
from desktop.core.domain import DependencyKind, stage_name
from desktop.core.ids import utcnow
from desktop.core.timeline.data import ItemKind, Timeline, TimelineItem
from desktop.core.timeline.labels import word

NAMESPACE = "http://schemas.microsoft.com/project"
MINUTES_PER_DAY = 480
LINK_TYPE = {
    DependencyKind.FINISH_TO_FINISH: 0,
    DependencyKind.FINISH_TO_START: 1,
    DependencyKind.START_TO_START: 3,
}
DAY_START = "08:00:00"
DAY_END = "17:00:00"
_WORK_HOURS = (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00"))
_DURATION_DAYS = 7  # DurationFormat / LagFormat: days
_SNET = 4  # ConstraintType: start no earlier than
_CALENDAR_UID = 1


def _add(parent: ET.Element, tag: str, text: object | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = str(text)
    return element


def _start(day: dt.date) -> str:
    return f"{day.isoformat()}T{DAY_START}"


def _finish(day: dt.date) -> str:
    return f"{day.isoformat()}T{DAY_END}"


def _duration(days: int) -> str:
    return f"PT{days * MINUTES_PER_DAY // 60}H0M0S"


class _Writer:
    def __init__(self, calendar: WorkingCalendar, language: str, created: str) -> None:
        self.calendar = calendar
        self.language = language
        self.created = created
        self.tasks = ET.Element("Tasks")
        self.next_uid = 1
        self.uids: dict[uuid.UUID, int] = {}

    def days(self, start: dt.date, end: dt.date) -> int:
        return self.calendar.working_days(start, end)

    def task(
        self,
        *,
        name: str,
        level: int,
        outline: str,
        start: dt.date,
        end: dt.date,
        summary: bool = False,
        milestone: bool = False,
        guid: uuid.UUID | None = None,
        uid: int | None = None,
        progress: int = 0,
        critical: bool = False,
    ) -> ET.Element:
        if uid is None:
            uid = self.next_uid
            self.next_uid += 1
        task = _add(self.tasks, "Task")
        _add(task, "UID", uid)
        if guid is not None:
            _add(task, "GUID", str(guid).upper())
        _add(task, "ID", uid)
        _add(task, "Name", name)
        _add(task, "Type", 1)  # fixed duration: the plan's dates are what was agreed
        _add(task, "IsNull", 0)
        _add(task, "CreateDate", self.created)
        _add(task, "WBS", outline)
        _add(task, "OutlineNumber", outline)
        _add(task, "OutlineLevel", level)
        _add(task, "Priority", 500)
        days = 0 if milestone else self.days(start, end)
        _add(task, "Start", _start(start))
        _add(task, "Finish", _start(end) if milestone else _finish(end))
        _add(task, "Duration", _duration(days))
        _add(task, "DurationFormat", _DURATION_DAYS)
        _add(task, "Milestone", int(milestone))
        _add(task, "Summary", int(summary))
        _add(task, "Critical", int(critical))
        _add(task, "PercentComplete", progress)
        return task

    def item(self, item: TimelineItem, level: int, outline: str, program_name: str) -> None:
        progress = (
            item.progress if item.kind is ItemKind.ACTIVITY else (100 if item.progress else 0)
        )
        name = item.title
        if item.kind in (ItemKind.CLOSING, ItemKind.PLANNED_END):
            name = word(
                "closing" if item.kind is ItemKind.CLOSING else "planned_end", self.language
            )
        elif item.kind is ItemKind.AGREEMENT:
            name = f"{word('agreement', self.language)}: {item.title}"
        task = self.task(
            name=name,
            level=level,
            outline=outline,
            start=item.start,
            end=item.end,
            milestone=item.is_milestone,
            guid=item.id,
            progress=progress,
            critical=item.critical,
        )
        self.uids[item.id] = int(task.findtext("UID") or 0)
        if item.actual_start is not None:
            _add(task, "ActualStart", _start(item.actual_start))
            if item.actual_end is not None and item.progress >= 100:
                _add(task, "ActualFinish", _finish(item.actual_end))
        _add(task, "ConstraintType", _SNET)
        _add(task, "ConstraintDate", _start(item.start))
        if item.detail:
            _add(task, "Notes", item.detail)

    def links(self, items: Iterable[TimelineItem], timeline: Timeline) -> None:
        """Predecessor links go inside the successor's Task, before its baseline."""
        incoming: dict[uuid.UUID, list[tuple[int, DependencyKind, int]]] = defaultdict(list)
        for dep in timeline.dependencies:
            if dep.predecessor_id in self.uids and dep.successor_id in self.uids:
                incoming[dep.successor_id].append(
                    (self.uids[dep.predecessor_id], dep.kind, dep.lag_days)
                )
        by_uid = {int(t.findtext("UID") or 0): t for t in self.tasks}
        for item in items:
            task = by_uid[self.uids[item.id]]
            for pred_uid, kind, lag in incoming.get(item.id, ()):
                link = _add(task, "PredecessorLink")
                _add(link, "PredecessorUID", pred_uid)
                _add(link, "Type", LINK_TYPE[kind])
                _add(link, "CrossProject", 0)
                _add(link, "LinkLag", lag * MINUTES_PER_DAY * 10)  # tenths of minutes
                _add(link, "LagFormat", _DURATION_DAYS)
            if item.baseline_start is not None and item.baseline_end is not None:
                baseline = _add(task, "Baseline")
                _add(baseline, "Number", 0)
                _add(baseline, "Start", _start(item.baseline_start))
                milestone = item.is_milestone
                end = item.baseline_end
                _add(baseline, "Finish", _start(end) if milestone else _finish(end))
                days = 0 if milestone else self.days(item.baseline_start, end)
                _add(baseline, "Duration", _duration(days))
                _add(baseline, "DurationFormat", _DURATION_DAYS)


def _calendar_element(calendar: WorkingCalendar, first: dt.date, last: dt.date) -> ET.Element:
    calendars = ET.Element("Calendars")
    element = _add(calendars, "Calendar")
    _add(element, "UID", _CALENDAR_UID)
    _add(element, "Name", "Indonesia")
    _add(element, "IsBaseCalendar", 1)
    _add(element, "BaseCalendarUID", -1)
    weekdays = _add(element, "WeekDays")
    # MSPDI numbers days from Sunday = 1; Python from Monday = 0
    for day_type in range(1, 8):
        python_day = (day_type + 5) % 7
        weekday = _add(weekdays, "WeekDay")
        _add(weekday, "DayType", day_type)
        working = python_day not in calendar.weekend
        _add(weekday, "DayWorking", int(working))
        if working:
            times = _add(weekday, "WorkingTimes")
            for begin, end in _WORK_HOURS:
                slot = _add(times, "WorkingTime")
                _add(slot, "FromTime", begin)
                _add(slot, "ToTime", end)
    for day in sorted(calendar.holidays_between(first, last)):
        if day.weekday() in calendar.weekend:
            continue
        exception = _add(weekdays, "WeekDay")
        _add(exception, "DayType", 0)
        _add(exception, "DayWorking", 0)
        period = _add(exception, "TimePeriod")
        _add(period, "FromDate", f"{day.isoformat()}T00:00:00")
        _add(period, "ToDate", f"{day.isoformat()}T23:59:00")
    return calendars


def to_mspdi(
    timeline: Timeline,
    *,
    calendar: WorkingCalendar | None = None,
    language: str = "id",
    title: str | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    """The timeline as an MSPDI document (UTF-8 bytes with the XML declaration)."""
    calendar = calendar or default_calendar()
    stamp = (created or utcnow()).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    span = timeline.span or (dt.date.today(), dt.date.today())
    name = title or ", ".join(p.name for p in timeline.programs) or "Berdaya"

    root = ET.Element("Project", {"xmlns": NAMESPACE})
    _add(root, "SaveVersion", 14)
    _add(root, "Name", f"{name}.xml")
    _add(root, "Title", name)
    _add(root, "Author", "Berdaya")
    _add(root, "CreationDate", stamp)
    _add(root, "ScheduleFromStart", 1)
    _add(root, "StartDate", _start(span[0]))
    _add(root, "FinishDate", _finish(span[1]))
    _add(root, "CurrencyDigits", 0)
    _add(root, "CurrencySymbol", "Rp")
    _add(root, "CurrencyCode", "IDR")
    _add(root, "CalendarUID", _CALENDAR_UID)
    _add(root, "DefaultStartTime", DAY_START)
    _add(root, "DefaultFinishTime", DAY_END)
    _add(root, "MinutesPerDay", MINUTES_PER_DAY)
    _add(root, "MinutesPerWeek", MINUTES_PER_DAY * 5)
    _add(root, "DaysPerMonth", 20)
    _add(root, "DurationFormat", _DURATION_DAYS)
    root.append(_calendar_element(calendar, span[0], span[1]))

    writer = _Writer(calendar, language, stamp)
    writer.task(name=name, level=0, outline="0", start=span[0], end=span[1], summary=True, uid=0)
    many = len(timeline.programs) > 1
    every: list[TimelineItem] = []
    for p_number, program in enumerate(timeline.programs, start=1):
        base_level = 1
        prefix = ""
        if many:
            first, last = program.span
            writer.task(
                name=program.name,
                level=1,
                outline=str(p_number),
                start=first,
                end=last,
                summary=True,
                guid=program.id,
            )
            base_level, prefix = 2, f"{p_number}."
        s_number = 0
        for group in program.stages:
            if not group.items or group.start is None or group.end is None:
                continue
            s_number += 1
            outline = f"{prefix}{s_number}"
            writer.task(
                name=stage_name(group.stage, language),
                level=base_level,
                outline=outline,
                start=group.start,
                end=group.end,
                summary=True,
                progress=group.progress,
            )
            for i_number, item in enumerate(group.items, start=1):
                writer.item(item, base_level + 1, f"{outline}.{i_number}", program.name)
                every.append(item)
    writer.links(every, timeline)
    root.append(writer.tasks)
    ET.indent(root, space=" ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + body + "\n").encode()


def write_mspdi(
    timeline: Timeline,
    path: str | Path,
    *,
    calendar: WorkingCalendar | None = None,
    language: str = "id",
    title: str | None = None,
    created: dt.datetime | None = None,
) -> Path:
    target = Path(path)
    target.write_bytes(
        to_mspdi(timeline, calendar=calendar, language=language, title=title, created=created)
    )
    return target
