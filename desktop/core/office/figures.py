"""What the office sees of its area, as plain values: one row per village and per program, the
sending status of each village and the reporting completeness of each sub-district.

The contract the dashboard, the charts and the reports read (``read_area``); the figures mean
exactly what the program overview (``programs.overview``) and ``berdaya summary`` mean.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from itertools import takewhile

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import places
from desktop.core.domain import Stage, StageStatus
from desktop.core.models import LocalSetting, Place
from desktop.core.office.cache import Cache
from desktop.core.office.sending import bundles_made, local_day, village_devices
from desktop.core.office.tallies import (
    CurrentStage,
    ProgramRow,
    Tally,
    current_stages,
    live_programs,
    tallies,
)
from desktop.core.principles.many import scores_of_many
from desktop.core.principles.scores import PrincipleScores
from desktop.core.principles.shares import Share, Thresholds, month_of

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
PRINCIPLES_BATCH = 50  # programs whose principles are read between two progress reports


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


Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


class ReadCancelled(Exception):
    """``read_area`` stopped because its ``cancelled`` said so."""


def read_area(
    session: Session,
    *,
    area: str | None = None,
    month: dt.date | None = None,
    today: dt.date | None = None,
    rules: OfficeRules | None = None,
    thresholds: Thresholds | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    cache: Cache | None = None,
) -> AreaFigures:
    """Every village of ``area`` (or of the database) with a program or a device, its programs'
    figures and its sending status; ``month`` defaults to today's month, ``rules`` to those
    saved in the database.

    Bundles made after ``today`` are not counted (the status as it stood that day). Raises
    :class:`ReadCancelled` when ``cancelled`` says so between two batches of programs. With
    ``cache``, the programs' figures still current in the database's cache are taken from it
    and the others are counted; ``cache.remember`` writes them back after the read."""
    if cache is not None:
        cache.start(session)
    demo_day = _demo_day(session)
    today = today or demo_day or dt.date.today()
    month = month_of(month or today)
    rules = rules or office_rules(session)
    tell: Progress = progress or (lambda _done, _total: None)
    stop: Cancelled = cancelled or (lambda: False)
    programs = live_programs(session, area)
    kept = _kept(session, cache, programs, thresholds)
    fresh = [p for p in programs if p.id not in kept]
    total = len(fresh) + 1
    tell(0, total)
    scope = _scope(area, fresh)
    stages = current_stages(session, scope) if fresh else {}
    counts = tallies(session, scope) if fresh else {}
    made = {
        code: [m for m in moments if local_day(m) <= today]
        for code, moments in bundles_made(session, area).items()
    }
    codes = {p.village_code for p in programs} | village_devices(session, area)
    names = _place_names(
        session, {*codes, *(_subdistrict(c) for c in codes), *([area] if area else [])}
    )
    if stop():
        raise ReadCancelled
    tell(1, total)
    principles: dict[uuid.UUID, PrincipleScores] = {}
    for start in range(0, len(fresh), PRINCIPLES_BATCH):
        batch = [p.id for p in fresh[start : start + PRINCIPLES_BATCH]]
        principles.update(scores_of_many(session, batch, thresholds))
        if stop():
            raise ReadCancelled
        tell(1 + start + len(batch), total)
    counted = {
        program.id: _program_figures(
            program,
            stages.get(program.id),
            counts.get(program.id, Tally()),
            principles[program.id],
        )
        for program in fresh
    }
    if cache is not None:
        cache.computed(counted.values(), ProgramFigures)
    by_village: dict[str, list[ProgramFigures]] = {code: [] for code in codes}
    for program in programs:
        by_village[program.village_code].append(kept.get(program.id) or counted[program.id])
    villages = sorted(
        (
            _village(code, names, tuple(by_village[code]), made.get(code, []), today, rules)
            for code in codes
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
        completeness=_completeness(villages, made, month, rules.due_day),
        demo_day=demo_day,
    )


def _kept(
    session: Session,
    cache: Cache | None,
    programs: list[ProgramRow],
    thresholds: Thresholds | None,
) -> dict[uuid.UUID, ProgramFigures]:
    """The programs' figures still current in the cache (none without one); a figure whose
    program row says otherwise is counted again."""
    if cache is None:
        return {}
    kept = cache.kept(session, [p.id for p in programs], thresholds, ProgramFigures)
    return {
        p.id: kept[p.id]
        for p in programs
        if p.id in kept and (kept[p.id].name, kept[p.id].closed_on) == (p.name, p.closed_on)
    }


def _scope(area: str | None, programs: list[ProgramRow]) -> str | None:
    """The smallest place holding ``programs`` within ``area`` (their common code prefix): the
    key figures of the programs counted again are read there only."""
    codes = {p.village_code for p in programs}
    if not codes:
        return area
    pieces = zip(*(code.split(".") for code in codes), strict=False)
    place = ".".join(p[0] for p in takewhile(lambda p: len(set(p)) == 1, pieces))
    return place if place and (area is None or len(place) >= len(area)) else area


def _demo_day(session: Session) -> dt.date | None:
    saved = session.get(LocalSetting, DEMO_DAY_KEY)
    try:
        return dt.date.fromisoformat(saved.value) if saved is not None else None
    except ValueError:
        return None  # a hand-edited value: read on the real day


def office_rules(session: Session) -> OfficeRules:
    """The office's rules saved in this database, the defaults where none were saved (or a
    value is out of range)."""
    saved = dict(
        session.execute(
            select(LocalSetting.key, LocalSetting.value).where(
                LocalSetting.key.in_((NAME_KEY, LATE_DAYS_KEY, DUE_DAY_KEY))
            )
        ).all()
    )
    return OfficeRules(
        office_name=saved.get(NAME_KEY, ""),
        late_days=_number(saved.get(LATE_DAYS_KEY), DEFAULT_LATE_DAYS, LATE_DAYS_MAX),
        due_day=_number(saved.get(DUE_DAY_KEY), DEFAULT_DUE_DAY, DUE_DAY_MAX),
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


def _program_figures(
    program: ProgramRow, stage: CurrentStage | None, tally: Tally, principles: PrincipleScores
) -> ProgramFigures:
    current = stage or CurrentStage(Stage.PREPARATION, StageStatus.NOT_STARTED, None)
    return ProgramFigures(
        program_id=program.id,
        name=program.name,
        village_code=program.village_code,
        stage=current.stage,
        stage_status=current.status,
        stage_since=current.started_on,
        closed_on=program.closed_on,
        meetings=tally.meetings,
        attendance_women=tally.women,
        attendance_men=tally.men,
        budget_community=tally.budget_community,
        budget_outside=tally.budget_outside,
        contributed_community=tally.given_community,
        contributed_outside=tally.given_outside,
        principles=principles,
    )


def _village(
    code: str,
    names: dict[str, str],
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
    villages: list[VillageFigures],
    made: dict[str, list[dt.datetime]],
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


def _place_names(session: Session, codes: set[str]) -> dict[str, str]:
    """Names from this database's places, then from the official list; the code itself for a
    code neither knows."""
    names = dict(session.execute(select(Place.code, Place.name).where(Place.code.in_(codes))).all())
    for code in codes - names.keys():
        try:
            names[code] = places.place(code).name
        except (places.UnknownPlace, KeyError):
            names[code] = code
    return names
