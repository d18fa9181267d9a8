"""Demo data: real villages with plausible residents, groups and programs at every stage.

:func:`generate` tells one story per village: the facilitator registers the residents and their
groups (:mod:`~desktop.core.demo.register`), then each program goes through its stages up to
where it stands on the demo's "today" (15 October 2026), one module per stage story
(:mod:`~desktop.core.demo.preparation` ... :mod:`~desktop.core.demo.termination`). Every record
of a program goes in through the core's operations — the ones the wizards and ``berdaya
simulate`` call — so a stage the demo completes has passed its flow's rules, and who is
responsible shifts from the facilitator to the community as the program ages.

Everything is deterministic: the choices come from ``random.Random(seed)`` and the ids and
timestamps from simulated clocks (:mod:`desktop.core.ids`), never from the wall clock.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import device, places, programs
from desktop.core.db import Database, DatabaseError
from desktop.core.demo import names as words
from desktop.core.demo import office
from desktop.core.demo.assessment import tell as assess
from desktop.core.demo.evaluation import tell as evaluate
from desktop.core.demo.formalisation import tell as formalise
from desktop.core.demo.frame import ProgramStory
from desktop.core.demo.implementation import tell as implement
from desktop.core.demo.planning import tell as plan
from desktop.core.demo.preparation import tell as prepare
from desktop.core.demo.register import Village
from desktop.core.demo.story import (
    CLOSED,
    DAYS,
    EARLIEST_PROGRAM,
    STAGES,
    START,
    TODAY,
    Story,
    between,
    days,
)
from desktop.core.demo.termination import tell as terminate
from desktop.core.domain import Stage
from desktop.core.ids import SimulatedTime, simulated
from desktop.core.models import Program
from desktop.core.models.base import Base, synced_tables
from desktop.core.stages import close_program, complete_stage, flow_for, save_step, start_stage

DEMO_CACHE = -65_536  # SQLite page cache while generating: 64 MiB (negative means KiB)
TELLERS: dict[Stage, Callable[[ProgramStory], str]] = {
    Stage.PREPARATION: prepare,
    Stage.ASSESSMENT: assess,
    Stage.PLANNING: plan,
    Stage.FORMALISATION: formalise,
    Stage.IMPLEMENTATION: implement,
    Stage.EVALUATION: evaluate,
    Stage.TERMINATION: terminate,
}


class DemoError(DatabaseError):
    """Demo data cannot go into this database; the message is meant for the user."""


def generate(db: Database, *, villages: int, seed: int) -> str:
    """Fill an empty database with demo data for ``villages`` real villages; the same seed
    gives the same data.

    Returns a one-paragraph summary of what was made."""
    if villages < 1:
        raise ValueError("the demo needs at least one village")
    with db.session() as session:
        if session.scalar(select(Program.id).limit(1)) is not None:
            raise DemoError(
                f"“{db.name}” already holds programs. Demo data goes into a new, empty "
                "database; it was left as it was."
            )
    rng = random.Random(seed)
    phases: Counter[int] = Counter()
    with simulated(SimulatedTime(start=START, seed=seed)):
        picks = _pick_villages(rng, villages)
        with db.session() as session, session.begin():
            cache = _sqlite_cache(session, DEMO_CACHE)
            device.bind(session, [info.code for info, _ in picks])
        cycle = _PhaseCycle(random.Random(rng.getrandbits(64)))
        try:
            for info, culture in picks:
                village_rng = random.Random(rng.getrandbits(64))
                with db.session() as session, session.begin():  # one transaction per village
                    _sqlite_cache(session, DEMO_CACHE)
                    phases.update(_tell_village(session, info, culture, village_rng, cycle))
        finally:
            if cache is not None:
                with db.session() as session, session.begin():
                    _sqlite_cache(session, cache)
        if len(picks) > 1:  # an office's view of them: each village's laptop and what it sent
            with db.session() as session, session.begin():
                office.receive_history(
                    session, [info for info, _ in picks], random.Random(rng.getrandbits(64))
                )
    with db.session() as session:
        totals = _count_rows(session)
    return _summary(picks, totals, phases)


def _sqlite_cache(session: Session, size: int) -> int | None:
    """Set SQLite's page cache of this session's connection; returns the size it had.

    Every synced row also writes a version per field, keyed by row id: hundreds of villages
    make that index far larger than SQLite's default 2 MiB cache, and the inserts then wait on
    page reads. Other databases are left alone (None)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {int(size)}")
    return int(before) if before is not None else None


def _pick_villages(rng: random.Random, count: int) -> list[tuple[places.PlaceInfo, str]]:
    """``count`` real desa, a few per district, in a handful of regencies of a few provinces."""
    cultures = list(words.CULTURES)
    rng.shuffle(cultures)
    wanted = min(count, sum(len(c) for c in words.REGENCIES.values()), 3 + count // 12)
    left = {c: list(words.REGENCIES[c]) for c in cultures}
    regencies: list[tuple[str, str]] = []
    while len(regencies) < wanted:
        for culture in cultures:
            if left[culture] and len(regencies) < wanted:
                code = left[culture].pop(rng.randrange(len(left[culture])))
                regencies.append((code, culture))
    picks: list[tuple[places.PlaceInfo, str]] = []
    for index, (regency, culture) in enumerate(regencies):
        need = count // wanted + (1 if index < count % wanted else 0)
        districts = places.children(regency)
        rng.shuffle(districts)
        for district in districts:
            if need <= 0:
                break
            desa = [v for v in places.children(district.code) if v.code.rsplit(".", 1)[1][0] == "2"]
            take = min(need, len(desa), rng.randint(2, 6))
            for village in rng.sample(desa, take):
                picks.append((village, culture))
            need -= take
        if need > 0:
            raise RuntimeError(f"not enough villages in {regency} for the demo")
    picks.sort(key=lambda pick: pick[0].code)
    return picks


class _PhaseCycle:
    """Where each new program stands: the seven stages and "closed", evenly, in shuffled rounds."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.queue: list[int] = []

    def next(self) -> int:
        if not self.queue:
            self.queue = list(range(CLOSED + 1))
            self.rng.shuffle(self.queue)
        return self.queue.pop()


def _windows(rng: random.Random, phase: int) -> list[tuple[dt.date, dt.date]]:
    """The first and last day of each stage, placed so that ``phase`` is where TODAY falls."""
    lengths = [rng.randint(*DAYS[stage]) for stage in STAGES]
    if phase == CLOSED:
        total = sum(lengths)
        latest = TODAY - days(20 + total)
        start = between(rng, EARLIEST_PROGRAM, max(EARLIEST_PROGRAM, latest))
    else:
        into = rng.randint(max(1, lengths[phase] * 15 // 100), lengths[phase] * 85 // 100)
        start = TODAY - days(into + sum(lengths[:phase]))
    windows = []
    for length in lengths:
        windows.append((start, start + days(length - 1)))
        start += days(length)
    return windows


def _tell_village(
    session: Session,
    info: places.PlaceInfo,
    culture: str,
    rng: random.Random,
    cycle: _PhaseCycle,
) -> list[int]:
    """One village's story: its register, then each of its programs; returns their phases."""
    village = Village(info, culture, rng)
    count = 2 if rng.random() < 0.7 else 1
    eligible = [t for t in words.THEMES if culture in t.cultures]
    themes = rng.sample(eligible, count)
    plans = []
    for theme in themes:
        phase = cycle.next()
        plans.append((theme, phase, _windows(rng, phase)))
    plans.sort(key=lambda plan: plan[2][0][0])
    first = plans[0][2][0][0]
    register = Story(session, info.code, rng, first - days(rng.randint(7, 21)))
    with simulated(register.time):
        register.at(register.time.now.date())
        village.register(register, [theme for theme, _, _ in plans])
    for theme, phase, windows in plans:
        story = Story(session, info.code, rng, windows[0][0])
        _tell_program(ProgramStory(village, story, theme, phase, windows))
    return [phase for _, phase, _ in plans]


def _tell_program(p: ProgramStory) -> None:
    """One program, stage by stage: each started on its first day, told, its summary saved, and
    completed on its last — or left in progress where TODAY falls."""
    story, village, theme, phase = p.story, p.v, p.theme, p.phase
    with simulated(story.time):
        story.at(p.start)
        end = p.end + days(p.rng.randint(0, 20))
        following = dt.date(end.year + end.month // 12, end.month % 12 + 1, 1)
        program_id = story.made(
            programs.create_program,
            village_code=village.code,
            name=theme.name,
            start_date=p.start,
            end_date=following - days(1),  # the end of that month, as plans are written
            description=theme.description,
        )
        program = story.session.get(Program, program_id)
        assert program is not None
        p.program = program
        for stage in STAGES:
            if phase != CLOSED and stage.number - 1 > phase:
                break
            first, last = p.windows[stage]
            story.at(first)
            story.tick()
            story.do(start_stage, program_id=program_id, stage=stage, on=first)
            summary = TELLERS[stage](p)
            story.at(min(last, TODAY))
            p.finish_lane(stage)
            story.tick()
            done = phase == CLOSED or stage.number - 1 < phase
            story.do(
                save_step,
                program_id=program_id,
                stage=stage,
                current_step=flow_for(stage).first_step,
                summary=summary if done else f"Sedang berjalan. {summary}",
            )
            if done:
                if stage is Stage.TERMINATION:
                    story.do(close_program, program_id=program_id, closed_on=last)
                else:
                    story.do(complete_stage, program_id=program_id, stage=stage, on=last)


def _count_rows(session: Session) -> Counter[str]:
    """The synced rows by table (the demo fills an empty database, so that is what it made)."""
    totals: Counter[str] = Counter()
    for name in synced_tables():
        if name == "places":
            continue  # the regions named, not records of the villages' work
        table = Base.metadata.tables[name]
        totals[name] = int(session.scalar(select(func.count()).select_from(table)) or 0)
    return totals


def _summary(
    picks: Sequence[tuple[places.PlaceInfo, str]], totals: Counter[str], phases: Counter[int]
) -> str:
    regencies = {info.code.rsplit(".", 2)[0] for info, _ in picks}
    provinces = sorted({places.place(info.code.split(".")[0]).name for info, _ in picks})
    rows = sum(totals.values())
    stages = ", ".join(f"{stage.value} {phases[i]}" for i, stage in enumerate(STAGES))
    return (
        f"Demo data for {len(picks)} villages in {len(regencies)} regencies of "
        f"{len(provinces)} provinces ({', '.join(provinces)}): {totals['people']:,} people, "
        f"{totals['community_groups']:,} community groups, {totals['programs']:,} programs "
        f"(current stage: {stages}; closed {phases[CLOSED]}), {totals['meetings']:,} meetings "
        f"with {totals['attendance']:,} named attendances, {totals['activities']:,} "
        f"activities, {totals['contributions']:,} contributions; {rows:,} rows in all "
        f"({rows // max(1, len(picks)):,} per village)."
    )
