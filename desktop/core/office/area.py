"""Reading the office's figures of an area from the database (``read_area``): the programs'
key figures and principles (counted, or taken from the cache where still current), the villages'
bundles and the office's rules."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from itertools import takewhile

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.domain import Stage, StageStatus
from desktop.core.models import LocalSetting, Place
from desktop.core.office.cache import Cache
from desktop.core.office.figures import (
    DEMO_DAY_KEY,
    DUE_DAY_KEY,
    LATE_DAYS_KEY,
    NAME_KEY,
    AreaFigures,
    OfficeRules,
    ProgramFigures,
    assemble,
    demo_day_of,
    official_names,
    place_codes,
    rules_from,
)
from desktop.core.office.sending import bundles_made, village_devices
from desktop.core.office.tallies import (
    CurrentStage,
    ProgramRow,
    Tally,
    current_stages,
    live_programs,
    tallies,
)
from desktop.core.principles.many import scores_of_many
from desktop.core.principles.results import PrincipleScores
from desktop.core.principles.shares import Thresholds, month_of

PRINCIPLES_BATCH = 50  # programs whose principles are read between two progress reports

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
    saved_day = session.get(LocalSetting, DEMO_DAY_KEY)
    demo_day = demo_day_of(saved_day.value if saved_day is not None else None)
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
    made = bundles_made(session, area)
    codes = {p.village_code for p in programs} | village_devices(session, area)
    names = _place_names(session, place_codes(codes, area))
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
    return assemble(
        area=area,
        names=names,
        programs=by_village,
        made=made,
        month=month,
        today=today,
        rules=rules,
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


def office_rules(session: Session) -> OfficeRules:
    """The office's rules saved in this database, the defaults where none were saved (or a
    value is out of range)."""
    return rules_from(
        dict(
            session.execute(
                select(LocalSetting.key, LocalSetting.value).where(
                    LocalSetting.key.in_((NAME_KEY, LATE_DAYS_KEY, DUE_DAY_KEY))
                )
            ).all()
        )
    )


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


def _place_names(session: Session, codes: set[str]) -> dict[str, str]:
    """Names from this database's places, then from the official list; the code itself for a
    code neither knows."""
    names = dict(session.execute(select(Place.code, Place.name).where(Place.code.in_(codes))).all())
    return official_names(names, codes)
