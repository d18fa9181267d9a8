"""The demo's calendar and clocks: its "today", how long stages last, and one story line's clock.

Every story line — a village's register, each program — has its own simulated clock that only
moves forward, so a row's uuid7 carries its ``created_at`` and the ids of a program are in story
order. Each record a person enters moves the clock on by a few seconds (:meth:`Story.tick`).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.demo import names as words
from desktop.core.domain import Stage
from desktop.core.ids import SimulatedTime
from desktop.core.models.base import Synced

START = dt.datetime(2025, 1, 6, 1, 0, tzinfo=dt.UTC)  # the simulated clock starts here
TODAY = dt.date(2026, 10, 15)  # the demo's "now": nothing happens after it
EARLIEST_PROGRAM = dt.date(2025, 2, 3)
STAGES = tuple(Stage)
CLOSED = len(STAGES)  # the phase of a program that has been formally closed
DAYS: dict[Stage, tuple[int, int]] = {  # how long each stage lasts, in calendar days
    Stage.PREPARATION: (21, 40),
    Stage.ASSESSMENT: (30, 50),
    Stage.PLANNING: (18, 35),
    Stage.FORMALISATION: (14, 30),
    Stage.IMPLEMENTATION: (150, 280),
    Stage.EVALUATION: (28, 60),
    Stage.TERMINATION: (21, 45),
}
JUTA = 1_000_000

S = TypeVar("S", bound=Synced)


def rp(amount: float) -> str:
    return "Rp " + f"{round(amount):,}".replace(",", ".")


def date_id(day: dt.date) -> str:
    return f"{day.day} {words.MONTHS[day.month - 1]} {day.year}"


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    if last <= first:
        return first
    return first + days(rng.randint(0, (last - first).days))


def pct(part: float, whole: float) -> int:
    return round(100 * part / whole) if whole else 0


def round_value(value: float, unit: str) -> float:
    if unit == "Rp":
        return float(round(value, -3))
    if unit == "ha":
        return round(value, 1)
    return float(round(value))


def working_hours(day: dt.date, minutes: int) -> dt.datetime:
    """08:00 WIB on ``day`` (01:00 UTC), plus ``minutes``."""
    return dt.datetime.combine(day, dt.time(1, 0), dt.UTC) + dt.timedelta(minutes=minutes)


class Story:
    """One line of the story — a village's register or one program — with its own clock."""

    def __init__(self, session: Session, code: str, rng: random.Random, begins: dt.date) -> None:
        self.session = session
        self.code = code
        self.rng = rng
        self.time = SimulatedTime(working_hours(begins, 0), seed=rng.getrandbits(63))

    def at(self, day: dt.date) -> None:
        """Move the clock to the working hours of ``day``; it never goes back."""
        target = working_hours(day, self.rng.randint(0, 400))
        if target > self.time.now:
            self.time.advance(target - self.time.now)

    def tick(self) -> None:
        """A few seconds pass: the time it takes to enter one record."""
        self.time.advance(dt.timedelta(seconds=self.rng.randint(4, 40)))

    def do(self, op: Callable[..., Changes], **kwargs: Any) -> Changes:
        """Run a core operation now; a refusal is a fault of the story and is raised."""
        self.time.advance(dt.timedelta(milliseconds=1))
        return op(self.session, **kwargs)

    def made(self, op: Callable[..., Changes], **kwargs: Any) -> uuid.UUID:
        """Run an operation that creates one record and return that record's id."""
        return self.do(op, **kwargs).created[0]

    def stamp(self, row: S) -> S:
        """A row no operation makes (the village register), stamped when it is made: the column
        defaults would only run at the flush, when the clock has moved on."""
        self.tick()
        row.id = self.time.new_id()
        row.village_code = self.code
        row.created_at = self.time.now
        row.updated_at = self.time.now
        row.deleted = False
        self.session.add(row)
        return row
