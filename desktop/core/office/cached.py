"""The office's figures read from its cache with the standard library alone, while SQLAlchemy
and the models load: the dashboard of a large office is filled from them at once.

Start-up is hot (see ``navigation.quick_navigator``): the cached programs' figures are decoded
and the villages' rows (their programs, devices, bundles and names) read with ``sqlite3`` from a
SQLite file at this program's schema, read-only. The figures are *current* only when the cache
would give them all to ``area.read_area``: written at the database's present sync knowledge and
held changes, today, with these thresholds and in this format, for every live program as its
row stands. Otherwise they are what the cache last knew (yesterday's, or from before a bundle
came), to show marked as such while the real read counts again. The queries say in SQL what
``office.tallies``, ``office.sending`` and ``area.read_area`` say through SQLAlchemy; the
window's real read confirms the figures once the database is open.

The cache's keys (its format, the thresholds' key) are made here, below ``office.cache``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core import schema
from desktop.core.domain import DeviceKind
from desktop.core.office import dataclass_json
from desktop.core.office.figures import (
    DEMO_DAY_KEY,
    AreaFigures,
    ProgramFigures,
    assemble,
    demo_day_of,
    official_names,
    place_codes,
    rules_from,
)
from desktop.core.principles.shares import Thresholds, month_of

FORMAT = 1  # raise to make every cached figure stale
STATE_ID = 1  # the one row of office_figures_state
VILLAGE_DOTS = 3  # a village code: province.regency.district.village


def thresholds_key(thresholds: Thresholds | None) -> str:
    plain = json.dumps(dataclasses.asdict(thresholds or Thresholds()), sort_keys=True)
    return hashlib.sha256(plain.encode()).hexdigest()


def format_key(kind: type[Any]) -> str:
    """The cache format, this program's version, the schema and the shape of ``kind``."""
    return f"{FORMAT}/{__version__}/{schema.HEAD}/{dataclass_json.shape(kind)}"


@dataclass(frozen=True)
class CachedArea:
    figures: AreaFigures
    current: bool  # exactly what ``read_area`` would give now
    computed_on: dt.date  # the day the programs' figures were counted


_PROGRAMS = """
SELECT id, name, village_code, closed_on FROM programs WHERE deleted = 0
 ORDER BY village_code, start_date, name, id
"""
_FIGURES = """
SELECT program_id, village_code, computed_on, figures FROM office_figures
 WHERE thresholds_key = ? AND format = ?
   AND computed_on = (SELECT max(computed_on) FROM office_figures
                       WHERE thresholds_key = ? AND format = ?)
"""
_DEVICES = """
SELECT DISTINCT s.code FROM device_scopes s JOIN devices d ON d.id = s.device_id
 WHERE d.kind = ?
"""
# when each bundle received from a village device was made (its import time before that was
# kept), as office.sending.bundles_made
_BUNDLES = """
SELECT s.code, coalesce(b.created_at, b.applied_at) AS made
  FROM applied_bundles b
  JOIN devices d ON d.id = b.sender_id
  JOIN device_scopes s ON s.device_id = d.id
 WHERE d.kind = ?
 ORDER BY s.code, made
"""


def read_cached_area(
    path: Path, thresholds: Thresholds | None = None, today: dt.date | None = None
) -> CachedArea | None:
    """The whole database's figures from the cache of the SQLite file at ``path``, with what
    the dashboard reads by default (this month, the saved rules); None when the file needs the
    full open (missing, at another schema, unreadable) or the cache lacks a live program."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return _read(conn, thresholds, today or dt.date.today()) if path.is_file() else None
    except (sqlite3.Error, ValueError, TypeError):
        return None  # missing, damaged or foreign: the full open says why


def _read(
    conn: sqlite3.Connection, thresholds: Thresholds | None, day: dt.date
) -> CachedArea | None:
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != schema.HEAD:
        return None
    key, shape = thresholds_key(thresholds), format_key(ProgramFigures)
    rows = conn.execute(_FIGURES, (key, shape, key, shape)).fetchall()
    programs = conn.execute(_PROGRAMS).fetchall()
    if not rows or not programs:
        return None
    cached = {_uuid(raw): (village, figures) for raw, village, _on, figures in rows}
    found: dict[uuid.UUID, ProgramFigures] = {}
    exact = True
    for raw_id, name, village, closed in programs:
        program_id = _uuid(raw_id)
        if program_id not in cached:
            return None
        was_in, text = cached[program_id]
        try:
            figures = dataclass_json.loads(text, ProgramFigures)
        except dataclass_json.Damaged:
            return None
        found[program_id] = figures
        closed_on = dt.date.fromisoformat(closed) if closed else None
        same = (figures.program_id, figures.village_code, figures.name, figures.closed_on)
        exact = exact and was_in == village and same == (program_id, village, name, closed_on)
    computed_on = dt.date.fromisoformat(rows[0][2])
    current = exact and computed_on == day and _cache_up_to_date(conn)
    saved = dict(conn.execute("SELECT key, value FROM local_settings").fetchall())
    demo_day = demo_day_of(saved.get(DEMO_DAY_KEY))
    today = demo_day or day
    kind = DeviceKind.VILLAGE.value
    devices = {
        code
        for (code,) in conn.execute(_DEVICES, (kind,))
        if code.count(".") == VILLAGE_DOTS  # a scope a bundle named may be anything
    }
    made: dict[str, list[dt.datetime]] = {}
    for code, moment in conn.execute(_BUNDLES, (kind,)):
        made.setdefault(code, []).append(_utc(moment))
    by_village: dict[str, list[ProgramFigures]] = {code: [] for code in devices}
    for raw_id, _name, village, _closed in programs:
        by_village.setdefault(village, []).append(found[_uuid(raw_id)])
    area = assemble(
        area=None,
        names=_names(conn, place_codes(by_village, None)),
        programs=by_village,
        made=made,
        month=month_of(today),
        today=today,
        rules=rules_from(saved),
        demo_day=demo_day,
    )
    return CachedArea(area, current, computed_on)


def _cache_up_to_date(conn: sqlite3.Connection) -> bool:
    """Whether the cache was written at the database's present sync knowledge and held
    changes: no village changed since (``cache.Cache.start`` finds none)."""
    state = conn.execute(
        "SELECT held_count, held_sum FROM office_figures_state WHERE id = ?", (STATE_ID,)
    ).fetchone()
    if state is None:
        return False
    knowledge = dict(conn.execute("SELECT origin_id, max_counter FROM knowledge").fetchall())
    seen = dict(conn.execute("SELECT origin_id, max_counter FROM office_figures_knowledge"))
    if any(knowledge.get(origin, -1) < counter for origin, counter in seen.items()):
        return False  # knowledge went back: not this database's history
    if any(counter > seen.get(origin, 0) for origin, counter in knowledge.items()):
        return False  # a change counted since (a device known since with none is no change)
    held = conn.execute("SELECT count(*), coalesce(sum(counter), 0) FROM held_changes").fetchone()
    return tuple(held) == tuple(state)


def _names(conn: sqlite3.Connection, codes: Iterable[str]) -> dict[str, str]:
    wanted = sorted(codes)
    marks = ",".join("?" * len(wanted))
    found = conn.execute(f"SELECT code, name FROM places WHERE code IN ({marks})", wanted)
    return official_names(dict(found.fetchall()), wanted)


def _uuid(raw: str | bytes) -> uuid.UUID:
    return uuid.UUID(raw) if isinstance(raw, str) else uuid.UUID(bytes=raw)


def _utc(moment: str) -> dt.datetime:
    """A timestamp as the models keep it (naive UTC text), aware as they read it back."""
    return dt.datetime.fromisoformat(moment).replace(tzinfo=dt.UTC)
