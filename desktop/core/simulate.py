"""Simulated field work: ``days`` days of a facilitator's work added to an existing database.

:func:`simulate` carries on from where the database stands, the way the demo's stories would
go on: meetings with attendance by name, field notes, progress logs with the community's
contributions, indicator measurements and findings, the exit checklist ticked off, attendance
corrected after the fact (people added, people listed by mistake removed), the wizards' place
saved, stages completed when their flow says they are done and the next one started, programs
closed. Tests and benchmarks use it to make realistic concurrent edits on several devices.

The rules it keeps:

* Only the villages this database's device is bound to, and only programs that are not closed
  (nor deleted) and whose dates cover the day.
* Every write goes through the stage operations of :mod:`desktop.core.stages` (and
  :func:`~desktop.core.stages.lifecycle.save_step`), so validation holds and change capture
  records each write for sync. An operation that is refused anyway is counted in the report
  (``refused``), never forced.
* One transaction per simulated day: a run killed half-way loses at most the day in flight.
* Days run forward from the day after the latest dated record of those villages (or from
  ``start``). Sundays and Indonesian public holidays (cuti bersama included) are days off:
  nothing is recorded on them. Records are dated on the simulated days, so they lie at most
  ``days`` days after the database's latest activity (or after ``start``).
* Deterministic: the same database, seed and number of days give the same rows, byte for byte
  in ``berdaya dump``. The choices come from ``random.Random`` seeded with the seed and this
  database's device id (two devices given the same seed still make different records).

Stamps. Row ids, ``created_at``/``updated_at`` and the sync clock (HLC) readings come from a
:class:`~desktop.core.ids.SimulatedTime`, not from the wall clock (which would break
determinism). That clock does *not* follow the simulated calendar: it starts just after the
newest stamp the database already holds (the HLC and every synced row's ``updated_at``) and
moves one second per simulated day (and a few milliseconds per operation). So a simulated
month is about 30 seconds of stamps: later than everything the database knew (the simulated
edits win over older ones, as real fresh edits would), and — since the database's own stamps
lie in the past — not in the future of another device that imports the bundle. Following the
calendar instead would date a month simulated from today a month ahead, and the merge holds
changes more than five minutes in the importer's future: bundles of two simulated devices
could not be exchanged. The records' own dates (a meeting's day, a log's day) are the
simulated days.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from desktop.core import device, places
from desktop.core.calendar_id import SUNDAY, WorkingCalendar
from desktop.core.db import Database
from desktop.core.domain import PlaceLevel
from desktop.core.ids import SimulatedTime, simulated
from desktop.core.models import (
    Contribution,
    ExitItem,
    FieldNote,
    Finding,
    Handover,
    Measurement,
    Meeting,
    Program,
    ProgressLog,
    StageState,
    SyncClock,
)
from desktop.core.models.base import Base, Synced, synced_tables
from desktop.core.simulate_day import VillageDay
from desktop.core.sync import clock

DAY_STEP = dt.timedelta(seconds=1)  # how far the stamps move per simulated day


class SimulationError(ValueError):
    """The database cannot be simulated on; the message is meant for the person at the screen."""


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass
class SimulationReport:
    """What a simulation did: rows created, edited and tombstoned by table, the days covered."""

    first_day: dt.date
    days: int
    field_days: int = 0
    villages: tuple[str, ...] = ()
    created: Counter[str] = field(default_factory=Counter)
    edited: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    completed: list[str] = field(default_factory=list)  # "program: stage" completed
    closed: list[str] = field(default_factory=list)  # programs formally closed
    refused: list[str] = field(default_factory=list)  # operations the rules refused

    @property
    def last_day(self) -> dt.date:
        return self.first_day + dt.timedelta(days=max(self.days, 1) - 1)

    def text(self) -> str:
        """One line for the terminal."""
        span = f"{self.first_day:%d-%m-%Y} to {self.last_day:%d-%m-%Y}" if self.days else "no days"
        line = (
            f"Simulated {_count(self.days, 'day')} ({span}, {_count(self.field_days, 'field day')})"
            f" in {_count(len(self.villages), 'village')}: "
            f"{_count(sum(self.created.values()), 'row')} created, "
            f"{_count(sum(self.edited.values()), 'edit')}, "
            f"{_count(sum(self.deleted.values()), 'deletion')}; "
            f"{_count(len(self.completed), 'stage')} completed, "
            f"{_count(len(self.closed), 'program')} closed"
        )
        if self.refused:
            line += f"; {_count(len(self.refused), 'operation')} refused"
        return line + "."

    def tables(self) -> str:
        """The counts by table, one line each: ``table: created/edited/deleted``."""
        names = sorted(set(self.created) | set(self.edited) | set(self.deleted))
        width = max((len(name) for name in names), default=0)
        return "\n".join(
            f"  {name:<{width}}  {self.created[name]:>5} created  {self.edited[name]:>5} edited"
            f"  {self.deleted[name]:>4} deleted"
            for name in names
        )


def simulate(
    db: Database, *, days: int, seed: int = 0, start: dt.date | None = None
) -> SimulationReport:
    """Apply ``days`` days of field work to ``db``, one transaction per day (see the module)."""
    if days < 0:
        raise ValueError("days cannot be negative")
    with db.writing() as session, session.begin():
        info = device.local_device(session)
        villages = tuple(code for code in info.scope if places.level_of(code) is PlaceLevel.VILLAGE)
        if not villages:
            raise SimulationError(
                f"“{db.name}” is not bound to any village: simulated field work needs the "
                "database of a village device (berdaya init --village CODE)."
            )
        first = start or _day_after_latest(session, villages)
        base = _newest_stamp(session) + dt.timedelta(milliseconds=1)
    rng = random.Random(f"berdaya-simulate:{seed}:{info.id}")
    time = SimulatedTime(base, seed=rng.getrandbits(63))
    report = SimulationReport(first_day=first, days=days, villages=villages)
    calendar = WorkingCalendar(weekend=(SUNDAY,))
    with simulated(time):
        for index in range(days):
            day = first + dt.timedelta(days=index)
            moment = base + DAY_STEP * index
            if moment > time.now:
                time.advance(moment - time.now)
            if not calendar.is_working_day(day):
                continue
            report.field_days += 1
            with db.writing() as session, session.begin():
                counter = _Counter(report)
                event.listen(session, "after_flush", counter.after_flush)
                for code in villages:
                    VillageDay(session, code, day, rng, time, report).work()
    return report


# --- where to start -------------------------------------------------------------------------

_DATED: tuple[Any, ...] = (
    Meeting.held_on,
    FieldNote.noted_on,
    ProgressLog.logged_on,
    Contribution.given_on,
    Measurement.measured_on,
    Finding.found_on,
    Handover.handed_on,
    ExitItem.done_on,
    StageState.started_on,
    StageState.completed_on,
)


def _day_after_latest(session: Session, villages: Sequence[str]) -> dt.date:
    """The day after the latest dated record of ``villages`` (programs' starts at least)."""
    found: list[dt.date] = []
    for column in _DATED:
        model = column.class_
        latest = session.scalar(
            select(func.max(column)).where(
                model.village_code.in_(villages), model.deleted.is_(False)
            )
        )
        if latest is not None:
            found.append(latest)
    if not found:
        starts = session.scalar(
            select(func.max(Program.start_date)).where(Program.village_code.in_(villages))
        )
        if starts is not None:
            return starts
        return _newest_stamp(session).date()
    return max(found) + dt.timedelta(days=1)


def _newest_stamp(session: Session) -> dt.datetime:
    """The newest moment this database has stamped or seen: its clock and every row's."""
    hlc = session.scalar(select(SyncClock.hlc).where(SyncClock.id == 1)) or 0
    newest = clock.to_datetime(int(hlc))
    for name in synced_tables():
        table = Base.metadata.tables[name]
        value = session.scalar(select(func.max(table.c.updated_at)))
        if value is not None:
            if value.tzinfo is None:
                value = value.replace(tzinfo=dt.UTC)
            newest = max(newest, value)
    return newest


# --- counting what a day wrote --------------------------------------------------------------


class _Counter:
    def __init__(self, report: SimulationReport) -> None:
        self.report = report

    def after_flush(self, session: Session, _context: UOWTransaction) -> None:
        for obj in session.new:
            if isinstance(obj, Synced):
                self.report.created[_table(obj)] += 1
        for obj in session.dirty:
            if not isinstance(obj, Synced) or not session.is_modified(obj):
                continue
            if inspect(obj).attrs["deleted"].history.added == [True]:
                self.report.deleted[_table(obj)] += 1
            else:
                self.report.edited[_table(obj)] += 1


def _table(obj: Synced) -> str:
    return str(inspect(obj).mapper.local_table.name)
