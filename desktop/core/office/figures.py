"""What the office sees of its area, as plain values: one row per village and per program, the
sending status of each village and the reporting completeness of each sub-district.

The contract the dashboard, the charts and the reports read (``area.read_area`` fills it, and
``cached.read_cached_area`` from the cache alone); the figures mean exactly what the program
overview (``programs.overview``) and ``berdaya summary`` mean. Plain values and the rules that
assemble them, without SQLAlchemy: the dashboard decodes cached figures while it loads.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.core import places
from desktop.core.domain import Stage, StageStatus
from desktop.core.principles.results import PrincipleScores
from desktop.core.principles.shares import Share, month_of

DEFAULT_LATE_DAYS = 30  # nothing received for longer than this: the village is late
DEFAULT_DUE_DAY = 10  # a month's bundle counts as on time when it arrives by this day
LATE_DAYS_MAX = 366  # a silence longer than a year is never "active"
DUE_DAY_MAX = 28  # every month has this day
# where the office's rules are kept (LocalSetting keys)
NAME_KEY = "office_name"
LATE_DAYS_KEY = "office_late_days"
DUE_DAY_KEY = "office_due_day"
# a demo database's own "now": its bundles stop there, so its statuses are read on that day
DEMO_DAY_KEY = "demo_day"


class Sending(StrEnum):
    """Whether a village's data keeps coming."""

    ACTIVE = "aktif"
    LATE = "terlambat"
    NEVER = "belum"


@dataclass(frozen=True)
class OfficeRules:
    """The office's own settings, kept in its database (so the window and `berdaya report`
    agree): its name for report headers, the late limit and the monthly due day."""

    office_name: str = ""
    late_days: int = DEFAULT_LATE_DAYS
    due_day: int = DEFAULT_DUE_DAY


@dataclass(frozen=True)
class ProgramFigures:
    program_id: uuid.UUID
    name: str
    village_code: str
    stage: Stage  # the current stage: the first not done (the last stage when all are done)
    stage_status: StageStatus
    stage_since: dt.date | None  # when the current stage started (None: not started)
    closed_on: dt.date | None
    meetings: int
    attendance_women: int
    attendance_men: int
    budget_community: int  # Rupiah, as programs.overview
    budget_outside: int
    contributed_community: int
    contributed_outside: int
    principles: PrincipleScores  # as berdaya summary

    @property
    def women_share(self) -> float | None:
        return Share(self.attendance_women, self.attendance_women + self.attendance_men).value

    @property
    def community_budget_share(self) -> float | None:
        return Share(self.budget_community, self.budget_community + self.budget_outside).value


@dataclass(frozen=True)
class VillageFigures:
    code: str
    name: str
    subdistrict_code: str
    subdistrict_name: str
    programs: tuple[ProgramFigures, ...]
    last_bundle: dt.datetime | None  # when the newest bundle received from the village was made
    sending: Sending

    @property
    def last_bundle_on(self) -> dt.date | None:
        """The day the newest bundle was made, where this machine is."""
        return local_day(self.last_bundle) if self.last_bundle is not None else None


@dataclass(frozen=True)
class Completeness:
    """Reporting completeness of one sub-district for the month, as district health systems
    show it."""

    subdistrict_code: str
    subdistrict_name: str
    expected: int  # villages of the sub-district with a program or a device
    sent: int  # of those, villages with a bundle made in the month
    on_time: int  # of those sent, made by the month's due day
    late: int  # sent, but after the due day
    missing: int  # expected - sent


@dataclass(frozen=True)
class AreaFigures:
    area_code: str | None  # None: the whole database
    area_name: str
    month: dt.date  # the first day of the reported month
    today: dt.date
    rules: OfficeRules
    villages: tuple[VillageFigures, ...]  # by sub-district name, then village name
    completeness: tuple[Completeness, ...]  # by sub-district name
    demo_day: dt.date | None = None  # demo data: the day it stands on, which ``today`` is


def rules_from(saved: Mapping[str, str]) -> OfficeRules:
    """The office's rules from its saved settings (by key), the defaults where none were saved
    (or a value is out of range)."""
    return OfficeRules(
        office_name=saved.get(NAME_KEY, ""),
        late_days=_number(saved.get(LATE_DAYS_KEY), DEFAULT_LATE_DAYS, LATE_DAYS_MAX),
        due_day=_number(saved.get(DUE_DAY_KEY), DEFAULT_DUE_DAY, DUE_DAY_MAX),
    )


def demo_day_of(saved: str | None) -> dt.date | None:
    """The demo's own day from its saved setting; None for real data (or a hand-edited value:
    read on the real day)."""
    try:
        return dt.date.fromisoformat(saved) if saved is not None else None
    except ValueError:
        return None


def local_day(moment: dt.datetime) -> dt.date:
    """The day a moment falls on where this machine is (the office's "today" is local too)."""
    return moment.astimezone().date()


def place_codes(villages: Iterable[str], area: str | None) -> set[str]:
    """The places whose names the figures of ``villages`` show: each village, its sub-district,
    and the area."""
    codes = set(villages)
    return {*codes, *(_subdistrict(c) for c in codes), *([area] if area else [])}


def assemble(
    *,
    area: str | None,
    names: Mapping[str, str],
    programs: Mapping[str, Sequence[ProgramFigures]],
    made: Mapping[str, Sequence[dt.datetime]],
    month: dt.date,
    today: dt.date,
    rules: OfficeRules,
    demo_day: dt.date | None,
) -> AreaFigures:
    """The area's figures from each village's programs (every village shown is a key of
    ``programs``), the place names, and when each village's bundles were made (those made after
    ``today`` are not counted: the status as it stood that day)."""
    made_by = {
        code: [m for m in moments if local_day(m) <= today] for code, moments in made.items()
    }
    villages = sorted(
        (
            _village(code, names, tuple(found), made_by.get(code, []), today, rules)
            for code, found in programs.items()
        ),
        key=lambda v: (v.subdistrict_name, v.subdistrict_code, v.name, v.code),
    )
    return AreaFigures(
        area_code=area,
        area_name=names.get(area, area) if area else "",
        month=month,
        today=today,
        rules=rules,
        villages=tuple(villages),
        completeness=_completeness(villages, made_by, month, rules.due_day),
        demo_day=demo_day,
    )


def _number(text: str | None, default: int, highest: int) -> int:
    try:
        value = int(text) if text is not None else default
    except ValueError:
        return default
    return value if 1 <= value <= highest else default


def sending_status(last: dt.date | None, today: dt.date, late_days: int) -> Sending:
    """Active while the newest bundle is at most ``late_days`` old, late after, never without."""
    if last is None:
        return Sending.NEVER
    return Sending.ACTIVE if (today - last).days <= late_days else Sending.LATE


def _village(
    code: str,
    names: Mapping[str, str],
    programs: tuple[ProgramFigures, ...],
    made: list[dt.datetime],
    today: dt.date,
    rules: OfficeRules,
) -> VillageFigures:
    last = max(made) if made else None
    district = _subdistrict(code)
    return VillageFigures(
        code=code,
        name=names.get(code, code),
        subdistrict_code=district,
        subdistrict_name=names.get(district, district),
        programs=programs,
        last_bundle=last,
        sending=sending_status(local_day(last) if last else None, today, rules.late_days),
    )


def _completeness(
    villages: Sequence[VillageFigures],
    made: Mapping[str, list[dt.datetime]],
    month: dt.date,
    due_day: int,
) -> tuple[Completeness, ...]:
    due = month.replace(day=due_day)
    rows: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for village in villages:
        tally = rows.setdefault(village.subdistrict_code, [0, 0, 0])
        names[village.subdistrict_code] = village.subdistrict_name
        days = [local_day(m) for m in made.get(village.code, [])]
        in_month = [d for d in days if month_of(d) == month]
        tally[0] += 1
        if in_month:
            tally[1] += 1
            tally[2] += 1 if min(in_month) <= due else 0
    out = [
        Completeness(code, names[code], expected, sent, on_time, sent - on_time, expected - sent)
        for code, (expected, sent, on_time) in rows.items()
    ]
    return tuple(sorted(out, key=lambda c: (c.subdistrict_name, c.subdistrict_code)))


def _subdistrict(code: str) -> str:
    return ".".join(code.split(".")[:3])


def official_names(found: Mapping[str, str], codes: Iterable[str]) -> dict[str, str]:
    """The database's own place names (``found``) for ``codes``, completed from the official
    list; the code itself for a code neither knows."""
    names = dict(found)
    for code in set(codes) - names.keys():
        try:
            names[code] = places.place(code).name
        except (places.UnknownPlace, KeyError):
            names[code] = code
    return names
