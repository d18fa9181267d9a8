"""The demo's office side: each village's own laptop, and the bundles the office received from it.

An office's dashboard dates each village by the newest bundle received from it; without a
history every demo village would show as never having sent. So each village gets a facilitator
laptop (a village device with its own key) and a history of bundles recorded through the same
function the import uses (:func:`desktop.core.sync.merge.record_applied`): most villages send
every month, mostly by the due day; a few have gone silent and a few have never sent. Dated
relative to the demo's "today"; keys, ids and dates all come from the seed.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from enum import Enum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import places
from desktop.core.demo.story import TODAY, days
from desktop.core.domain import DeviceKind
from desktop.core.ids import SimulatedTime, new_id, simulated
from desktop.core.models import Device, DeviceScope, LocalSetting, Program
from desktop.core.office.figures import DEMO_DAY_KEY
from desktop.core.sync import keys
from desktop.core.sync.merge import record_applied
from desktop.core.sync.outcome import Summary

DUE_DAY = 10  # the office's default due day: most villages send by then
WIB = dt.timezone(dt.timedelta(hours=7))  # the demo villages' working hours, Western time
SILENT = 0.2  # villages that stopped sending some months ago
NEVER = 0.1  # villages whose laptop never sent anything


class _Habit(Enum):
    REGULAR = "regular"
    SILENT = "silent"
    NEVER = "never"


@dataclass
class _Laptop:
    info: places.PlaceInfo
    public_key: str
    sent: list[dt.datetime]  # when each bundle was made, oldest first
    first_seen: dt.datetime


def receive_history(session: Session, villages: list[places.PlaceInfo], rng: random.Random) -> int:
    """Register a laptop for each village and the bundles the office received from it; returns
    how many bundles."""
    started = dict(
        session.execute(
            select(Program.village_code, func.min(Program.start_date)).group_by(
                Program.village_code
            )
        ).all()
    )
    session.merge(LocalSetting(key=DEMO_DAY_KEY, value=TODAY.isoformat()))
    laptops = []
    for info, habit in zip(villages, _habits(len(villages), rng), strict=True):
        key = Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
        first = started.get(info.code, TODAY - days(90))
        sent = _history(first, habit, rng)
        seen = sent[0] if sent else _at(first, rng)
        laptops.append(_Laptop(info, keys.encode_public(key.public_key()), sent, seen))
    latest = dt.datetime.combine(TODAY, dt.time(17), WIB)  # nothing comes in after today
    received = sorted(
        (min(latest, made + dt.timedelta(days=rng.randint(0, 4), hours=rng.randint(1, 5))), made, i)
        for i, laptop in enumerate(laptops)
        for made in laptop.sent
    )
    start = min(laptop.first_seen for laptop in laptops)
    time = SimulatedTime(start=start, seed=rng.getrandbits(64))
    with simulated(time):
        ids = []
        for laptop in laptops:
            time.now = max(time.now, laptop.first_seen)
            device = Device(
                id=new_id(),
                label=f"Laptop pendamping {laptop.info.name}",
                kind=DeviceKind.VILLAGE,
                public_key=laptop.public_key,
                key_fingerprint=keys.fingerprint(laptop.public_key),
                first_seen=laptop.first_seen,
            )
            device.scopes.append(DeviceScope(code=laptop.info.code))
            session.add(device)
            ids.append(device.id)
        session.flush()
        for applied, made, index in received:
            time.now = max(time.now, applied)
            counts = Summary("", changes=rng.randint(20, 600), new_rows=rng.randint(5, 120))
            record_applied(
                session.connection(),
                bundle_id=new_id(),
                sender_id=ids[index],
                created_at=made,
                counts=counts.counts(),
            )
    return len(received)


def _habits(count: int, rng: random.Random) -> list[_Habit]:
    """How each village sends: with two villages or more, at least one has gone silent, and
    with three or more at least one never sent."""
    silent = max(1, round(count * SILENT)) if count >= 2 else 0
    never = max(1, round(count * NEVER)) if count >= 3 else 0
    habits = [_Habit.SILENT] * silent + [_Habit.NEVER] * never
    habits += [_Habit.REGULAR] * (count - len(habits))
    rng.shuffle(habits)
    return habits


def _history(first: dt.date, habit: _Habit, rng: random.Random) -> list[dt.datetime]:
    """When a village's bundles were made: about one a month from its first program's month,
    mostly by the due day. A regular village is still active on the demo's today (this
    month's bundle may not have come yet); a silent one stopped 2 to 6 months before."""
    if habit is _Habit.NEVER:
        return []
    this_month = TODAY.replace(day=1)
    stop = _month_back(TODAY, rng.randint(2, 6)) if habit is _Habit.SILENT else this_month
    last_month = _month_back(TODAY, 1)
    # this month's bundle not sent yet (last month's came late enough to keep the village active)
    waiting = habit is _Habit.REGULAR and rng.random() < 0.15 and first < last_month
    sent = []
    month = first.replace(day=1)
    while month <= stop:
        if month == this_month:
            day = None if waiting else rng.randint(1, TODAY.day)
        elif waiting and month == last_month:
            day = rng.randint(16, 26)  # late last month, so still within the late limit
        elif rng.random() < 0.1 and month < last_month:
            day = None  # now and then a month is skipped
        else:
            day = rng.randint(1, DUE_DAY) if rng.random() < 0.8 else rng.randint(DUE_DAY + 1, 26)
        if day is not None and month.replace(day=day) >= first:
            sent.append(_at(month.replace(day=day), rng))
        month = (month + days(32)).replace(day=1)
    if not sent and habit is _Habit.SILENT:  # a young program's village: it sent once, at first
        sent.append(_at(min(first + days(rng.randint(2, 9)), TODAY - days(45)), rng))
    return sent


def _month_back(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` before ``day``'s."""
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def _at(day: dt.date, rng: random.Random) -> dt.datetime:
    """A moment in the working hours of ``day``, in UTC."""
    local = dt.datetime.combine(day, dt.time(rng.randint(8, 16), rng.randint(0, 59)), WIB)
    return local.astimezone(dt.UTC)
