"""Row identities and time: uuid7 keys made on this device, and the clock that stamps rows.

Both can be swapped for a deterministic source (demo data, tests) through a context manager,
so the same seed always gives the same database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import uuid
from collections.abc import Callable, Iterator
from contextvars import ContextVar

import uuid6

IdFactory = Callable[[], uuid.UUID]
Clock = Callable[[], dt.datetime]


def _system_id() -> uuid.UUID:
    return uuid.UUID(bytes=uuid6.uuid7().bytes)


def _system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


_id_factory: ContextVar[IdFactory] = ContextVar("id_factory", default=_system_id)
_clock: ContextVar[Clock] = ContextVar("clock", default=_system_clock)


def new_id() -> uuid.UUID:
    """A fresh uuid7, ordered by creation time."""
    return _id_factory.get()()


def utcnow() -> dt.datetime:
    """The current time in UTC (aware), as this device's clock or an injected one says."""
    return _clock.get()()


def uuid7_from(ms: int, rng: random.Random) -> uuid.UUID:
    """A uuid7 for the given Unix milliseconds whose random bits come from ``rng``."""
    rand_a = rng.getrandbits(12)
    rand_b = rng.getrandbits(62)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return uuid.UUID(int=value)


class SimulatedTime:
    """A deterministic clock and id source: time moves only when told to."""

    def __init__(self, start: dt.datetime, seed: int) -> None:
        self.now = start.astimezone(dt.UTC)
        self._rng = random.Random(seed)
        self._last_ms = 0

    def advance(self, delta: dt.timedelta) -> None:
        self.now += delta

    def clock(self) -> dt.datetime:
        return self.now

    def new_id(self) -> uuid.UUID:
        ms = int(self.now.timestamp() * 1000)
        # keep ids strictly increasing even when many rows share one instant
        ms = max(ms, self._last_ms + 1)
        self._last_ms = ms
        return uuid7_from(ms, self._rng)


@contextlib.contextmanager
def simulated(time: SimulatedTime) -> Iterator[SimulatedTime]:
    """Use ``time`` for every id and timestamp made inside the block."""
    id_token = _id_factory.set(time.new_id)
    clock_token = _clock.set(time.clock)
    try:
        yield time
    finally:
        _id_factory.reset(id_token)
        _clock.reset(clock_token)
