"""The timeline as an iCalendar file (RFC 5545): every activity, meeting and milestone as an
all-day event, so a facilitator's phone calendar shows the plan.

All-day events end the day after their last day (DTEND is exclusive). UIDs come from the rows'
uuids, so importing a newer export updates events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from desktop.core.domain import stage_name
from desktop.core.ids import utcnow
from desktop.core.timeline.data import ItemKind, ProgramTimeline, Timeline, TimelineItem
from desktop.core.timeline.labels import word

PRODID = "-//Berdaya//Timeline//ID"
UID_DOMAIN = "berdaya"
_FOLD_AT = 75  # octets per line, the CRLF not counted


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character;
    continuation lines start with one space (RFC 5545 3.1)."""
    if len(line.encode("utf-8")) <= _FOLD_AT:
        return line
    parts: list[str] = []
    current = ""
    size = 0
    limit = _FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
            limit = _FOLD_AT - 1  # the leading space of a continuation counts
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _kind_word(kind: ItemKind) -> str:
    return {
        ItemKind.ACTIVITY: "activity",
        ItemKind.MILESTONE: "milestone",
        ItemKind.MEETING: "meeting",
        ItemKind.AGREEMENT: "agreement",
        ItemKind.CLOSING: "closing",
        ItemKind.PLANNED_END: "planned_end",
    }[kind]


def _event(
    item: TimelineItem,
    program: ProgramTimeline,
    before: list[str],
    stamp: str,
    language: str,
) -> Iterator[str]:
    stage = stage_name(item.stage, language)
    kind = word(_kind_word(item.kind), language)
    summary = item.title
    if item.kind in (ItemKind.CLOSING, ItemKind.PLANNED_END):
        summary = f"{kind}: {program.name}"
    elif item.kind is ItemKind.AGREEMENT:
        summary = f"{kind}: {item.title}"
    lines = [
        f"{word('program', language)}: {program.name}",
        f"{word('stage', language)}: {stage}",
    ]
    if item.kind is ItemKind.ACTIVITY:
        lines.append(f"{word('progress', language)}: {item.progress}%")
    if item.baseline_start is not None and item.baseline_end is not None:
        lines.append(
            f"{word('baseline', language)}: {item.baseline_start.isoformat()} – "
            f"{item.baseline_end.isoformat()}"
        )
    if item.actual_start is not None:
        actual_end = item.actual_end.isoformat() if item.actual_end else "…"
        lines.append(f"{word('actual', language)}: {item.actual_start.isoformat()} – {actual_end}")
    if before:
        lines.append(f"{word('after', language)}: {', '.join(before)}")
    if item.critical:
        lines.append(word("critical", language))
    yield "BEGIN:VEVENT"
    yield f"UID:{item.id}@{UID_DOMAIN}"
    yield f"DTSTAMP:{stamp}"
    yield f"DTSTART;VALUE=DATE:{_date(item.start)}"
    yield f"DTEND;VALUE=DATE:{_date(item.end + dt.timedelta(days=1))}"
    yield f"SUMMARY:{escape_text(summary)}"
    yield f"DESCRIPTION:{escape_text(chr(10).join(lines))}"
    yield f"CATEGORIES:{escape_text(stage)},{escape_text(kind)}"
    if item.detail and item.kind is ItemKind.MEETING:
        yield f"LOCATION:{escape_text(item.detail)}"
    yield "TRANSP:TRANSPARENT"
    yield f"X-BERDAYA-KIND:{item.kind.value}"
    yield f"X-BERDAYA-STAGE:{item.stage.value}"
    if item.kind is ItemKind.ACTIVITY:
        yield f"X-BERDAYA-PROGRESS:{item.progress}"
    yield "END:VEVENT"


def to_ics(
    timeline: Timeline,
    *,
    stamp: dt.datetime | None = None,
    language: str = "id",
    name: str | None = None,
) -> str:
    """The whole timeline as one VCALENDAR text with CRLF line ends."""
    when = (stamp or utcnow()).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    title = name or ", ".join(p.name for p in timeline.programs) or "Berdaya"
    out = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(title)}",
    ]
    for program in timeline.programs:
        titles = {i.id: i.title for i in program.items()}
        after: dict[uuid.UUID, list[str]] = defaultdict(list)
        for dep in program.dependencies:
            after[dep.successor_id].append(titles[dep.predecessor_id])
        for item in program.items():
            out.extend(_event(item, program, after.get(item.id, []), when, language))
    out.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in out)


def write_ics(
    timeline: Timeline,
    path: str | Path,
    *,
    stamp: dt.datetime | None = None,
    language: str = "id",
    name: str | None = None,
) -> Path:
    target = Path(path)
    text = to_ics(timeline, stamp=stamp, language=language, name=name)
    target.write_bytes(text.encode("utf-8"))
    return target
