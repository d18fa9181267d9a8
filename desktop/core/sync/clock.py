"""The hybrid logical clock: a 64-bit integer, wall milliseconds << 16 | a logical count.

It never goes back: a change stamped after another that this database has seen is later, even
when this laptop's wall clock is behind the laptop that made the earlier change.
"""

from __future__ import annotations

import datetime as dt

LOGICAL_BITS = 16
# Changes dated more than this in the importer's future are held, not applied.
FUTURE_LIMIT = dt.timedelta(minutes=5)


def pack(wall_ms: int, logical: int = 0) -> int:
    return (wall_ms << LOGICAL_BITS) | logical


def wall_ms(hlc: int) -> int:
    return hlc >> LOGICAL_BITS


def from_datetime(moment: dt.datetime) -> int:
    """The clock reading of a wall time (logical part zero)."""
    return pack(int(moment.timestamp() * 1000))


def to_datetime(hlc: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(wall_ms(hlc) / 1000, dt.UTC)


def tick(previous: int, now: dt.datetime) -> int:
    """The next reading for a local change: later than ``previous`` and not before ``now``."""
    return max(previous + 1, from_datetime(now))


def future_limit(now: dt.datetime) -> int:
    """The highest reading an incoming change may have to be applied now."""
    return from_datetime(now + FUTURE_LIMIT) | ((1 << LOGICAL_BITS) - 1)
