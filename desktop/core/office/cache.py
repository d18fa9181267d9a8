"""The office's cache of each program's figures, local to the database (never synced, dumped or
exported), so the dashboard does not count the four principles of every program at every start.

A cached program is used only when it is provably current: computed today (the principles
depend on the day), with the same thresholds and in the same format (this program's version,
schema and the figures' types), and its village has no change the cache has not seen. What the
cache has seen is the sync knowledge it was written at (the highest counter per origin device,
``CachedKnowledge``): the villages changed since are those of the versions counted beyond
it, an index range per origin that moved. Held changes are counted when their bundle comes but
applied only when released, so the villages of the held changes the cache saw are stale once
the held changes are no longer the same.

A read (``Cache``: ``start``, ``kept``, ``computed``) runs in the reading session of the figures;
:func:`remember` writes back afterwards in a short write transaction of its own and gives up
quietly when the database is busy or cannot be written.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import logging
import sqlite3
import uuid
from collections.abc import Collection, Iterable, Iterator
from typing import Any, Protocol, TypeVar

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.core.db import Database
from desktop.core.models import (
    CachedFigures,
    CachedKnowledge,
    CachedState,
    HeldChange,
    Knowledge,
    SyncVersion,
)
from desktop.core.office import dataclass_json
from desktop.core.office.cached import STATE_ID, format_key, thresholds_key
from desktop.core.principles.shares import Thresholds

log = logging.getLogger(__name__)

CHUNK = 500  # village codes per statement
LOCK_WAIT_MS = 250  # PostgreSQL: how long writing back may wait for a lock


class Figures(Protocol):
    """What is cached: one program's figures, which name their program and village."""

    @property
    def program_id(self) -> uuid.UUID: ...

    @property
    def village_code(self) -> str: ...


F = TypeVar("F", bound=Figures)


class _GiveUp(Exception):
    """Writing back would wait for another writer, or the cache moved on meanwhile."""


class Cache:
    """One read's dealings with the cache: ``start`` (first, before the data is read) finds
    which villages changed since the cache was written, ``kept`` gives the cached figures still
    current, ``computed`` takes the figures made afresh; :func:`remember` writes them back."""

    def __init__(self) -> None:
        self.day = dt.date.today()
        self.started = False
        self.reused = 0  # programs whose figures came from the cache
        self._generation: int | None = None  # None: no cache written yet
        self._knowledge: dict[uuid.UUID, int] = {}  # the database's, at start
        self._seen: dict[uuid.UUID, int] = {}  # the cache's
        self._held: tuple[int, int, list[str]] = (0, 0, [])  # count, counter sum, villages
        self._seen_held: tuple[int, int] = (0, 0)
        self._changed: set[str] | None = None  # villages changed since; None: all stale
        self._key = ""
        self._format = ""
        self._rows: list[dict[str, Any]] = []  # figures to write back

    def start(self, session: Session) -> None:
        """Read what the cache is current with, and the villages changed since. First in the
        read, so the figures computed afterwards hold at least every change counted here."""
        self.day = dt.date.today()
        self.started = True
        self._knowledge = dict(
            session.execute(select(Knowledge.origin_id, Knowledge.max_counter)).all()
        )
        count, total = session.execute(
            select(func.count(), func.coalesce(func.sum(HeldChange.counter), 0))
        ).one()
        villages = (
            sorted(session.scalars(select(HeldChange.village_code).distinct())) if count else []
        )
        self._held = (int(count), int(total), villages)
        state = session.execute(
            select(
                CachedState.generation,
                CachedState.held_count,
                CachedState.held_sum,
                CachedState.held_villages,
            ).where(CachedState.id == STATE_ID)
        ).one_or_none()
        if state is None:
            return
        self._generation = int(state.generation)
        self._seen_held = (int(state.held_count), int(state.held_sum))
        self._seen = dict(
            session.execute(select(CachedKnowledge.origin_id, CachedKnowledge.max_counter)).all()
        )
        if any(self._knowledge.get(o, -1) < counter for o, counter in self._seen.items()):
            return  # knowledge went back: not this database's history, trust nothing
        changed: set[str] = set()
        for origin, counter in self._knowledge.items():
            before = self._seen.get(origin, 0)
            if counter > before:
                changed.update(
                    session.scalars(
                        select(SyncVersion.village_code)
                        .where(SyncVersion.device_id == origin, SyncVersion.counter > before)
                        .distinct()
                    )
                )
        if self._seen_held != self._held[:2]:
            held_then = _village_list(state.held_villages)
            if held_then is None:
                return
            changed.update(held_then, villages)
        self._changed = changed

    def kept(
        self,
        session: Session,
        program_ids: Collection[uuid.UUID],
        thresholds: Thresholds | None,
        kind: type[F],
    ) -> dict[uuid.UUID, F]:
        """The cached figures of ``program_ids`` that are current, by program id."""
        self._key = thresholds_key(thresholds)
        self._format = format_key(kind)
        changed = self._changed
        if changed is None:
            return {}
        wanted = set(program_ids)
        found: dict[uuid.UUID, F] = {}
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of figures, none in a cycle: no scans while made
        try:
            self._read(session, wanted, changed, kind, found)
        finally:
            if collecting:
                gc.enable()
        self.reused = len(found)
        return found

    def _read(
        self,
        session: Session,
        wanted: set[uuid.UUID],
        changed: set[str],
        kind: type[F],
        found: dict[uuid.UUID, F],
    ) -> None:
        for program_id, village, figures in session.execute(
            select(CachedFigures.program_id, CachedFigures.village_code, CachedFigures.figures)
            .where(
                CachedFigures.thresholds_key == self._key,
                CachedFigures.computed_on == self.day,
                CachedFigures.format == self._format,
            )
            .execution_options(yield_per=CHUNK)
        ):
            if program_id not in wanted or village in changed:
                continue
            try:
                value = dataclass_json.loads(figures, kind)
            except dataclass_json.Damaged:
                log.debug("cached figures of %s unreadable", program_id, exc_info=True)
                continue
            if value.program_id == program_id and value.village_code == village:
                found[program_id] = value

    def computed(self, figures: Iterable[F], kind: type[F]) -> None:
        """The figures made afresh in this read, to write back (unless the day has turned
        since the read began: some may have been counted on either day)."""
        if not self.started or dt.date.today() != self.day:
            self._rows = []
            return
        self._rows = [
            {
                "program_id": f.program_id,
                "thresholds_key": self._key,
                "village_code": f.village_code,
                "computed_on": self.day,
                "format": self._format,
                "figures": dataclass_json.dumps(f, kind),
            }
            for f in figures
        ]

    @property
    def dirty(self) -> bool:
        """Whether writing back would change the cache."""
        return self.started and (
            bool(self._rows)
            or self._generation is None
            or self._knowledge != self._seen
            or self._seen_held != self._held[:2]
        )

    def store(self, session: Session) -> bool:
        """Write back in ``session``'s write transaction (flushed, never committed); False
        when another read wrote the cache meanwhile (nothing is written then)."""
        if not self.dirty:
            return False
        held = {
            "held_count": self._held[0],
            "held_sum": self._held[1],
            "held_villages": json.dumps(self._held[2]),
        }
        if self._generation is None:
            session.execute(insert(CachedState).values(id=STATE_ID, generation=1, **held))
            session.execute(delete(CachedFigures))
            session.execute(delete(CachedKnowledge))
        else:
            moved = session.execute(
                update(CachedState)
                .where(CachedState.id == STATE_ID, CachedState.generation == self._generation)
                .values(generation=self._generation + 1, **held)
            )
            if getattr(moved, "rowcount", 0) != 1:
                return False
            for villages in _chunks(sorted(self._changed or ())):
                session.execute(
                    delete(CachedFigures).where(CachedFigures.village_code.in_(villages))
                )
        session.execute(
            delete(CachedFigures).where(
                (CachedFigures.computed_on != self.day) | (CachedFigures.format != self._format)
            )
        )
        for rows in _chunks(self._rows):
            session.execute(
                delete(CachedFigures).where(
                    CachedFigures.thresholds_key == self._key,
                    CachedFigures.program_id.in_([r["program_id"] for r in rows]),
                )
            )
            session.execute(insert(CachedFigures), rows)
        if self._knowledge != self._seen:
            session.execute(delete(CachedKnowledge))
            session.execute(
                insert(CachedKnowledge),
                [{"origin_id": o, "max_counter": n} for o, n in self._knowledge.items()],
            )
        session.flush()
        return True


def remember(database: Database, cache: Cache) -> bool:
    """Write back what ``cache`` computed, in a short transaction of its own. Never waits for
    another writer and never fails: a busy, read-only or changed database is left as it is
    (the next read counts again). Whether it was written."""
    if not cache.dirty:
        return False
    try:
        with database.writing(on_wait=_give_up) as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":
                session.execute(text(f"SET LOCAL lock_timeout = {LOCK_WAIT_MS}"))
            if not cache.store(session):
                raise _GiveUp("the cache was written by another read meanwhile")
        return True
    except (_GiveUp, SQLAlchemyError, sqlite3.Error, OSError):
        log.debug("the office's figures were not cached", exc_info=True)
    except Exception:  # the figures are shown all the same: the cache is only a shortcut
        log.warning("the office's figures could not be cached", exc_info=True)
    return False


def _give_up() -> None:
    raise _GiveUp("another program is writing to the database")


def _village_list(text_value: str) -> list[str] | None:
    """The village codes of a JSON list; None when the text is not one."""
    try:
        villages = json.loads(text_value)
    except ValueError:
        return None
    if not isinstance(villages, list) or not all(isinstance(v, str) for v in villages):
        return None
    return villages


T = TypeVar("T")


def _chunks(items: list[T]) -> Iterator[list[T]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]
