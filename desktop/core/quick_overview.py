"""The last program's overview kept in the database, so the window shows it at start before
SQLAlchemy and the models have loaded (reading it needs only ``sqlite3``).

It lives in ``local_settings`` (never synced, dumped or exported) and is shown only while it is
provably current, as the office's cache decides it: written the same day, with the same
thresholds and format, and with the database holding exactly the changes it held when the
figures were read. Every write to a synced table, here or merged from a bundle, raises a
device's counter in ``knowledge``, and a held change released leaves ``held_changes``; so their
digest (``seen``) moves with any change, and a cache written at another digest is stale. Stale,
it still names the last program, which the window reopens and counts afresh.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.core import schema
from desktop.core.office import dataclass_json
from desktop.core.overview_values import Overview
from desktop.core.principles.results import PrincipleScores

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.db import Database

log = logging.getLogger(__name__)

KEY = "quick_overview"  # its row in local_settings
FORMAT = 1  # raise to make every kept overview stale
_KNOWLEDGE = "SELECT origin_id, max_counter FROM knowledge ORDER BY origin_id"
_HELD = "SELECT count(*), coalesce(sum(counter), 0) FROM held_changes"
_KEPT = "SELECT value FROM local_settings WHERE key = ?"
_UPSERT = (
    "INSERT INTO local_settings (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


@dataclass(frozen=True)
class Snapshot:
    """What the overview shows of a program: its key figures and stages, and the principles."""

    overview: Overview
    principles: PrincipleScores


@dataclass(frozen=True)
class Recalled:
    """The last program shown here; ``snapshot`` only when its figures are still current."""

    program_id: uuid.UUID
    snapshot: Snapshot | None


class _GiveUp(Exception):
    """Another program is writing: the overview is kept the next time."""


def _format() -> str:
    return f"{FORMAT}/{__version__}/{schema.HEAD}/{dataclass_json.shape(Snapshot)}"


def _thresholds(thresholds: Mapping[str, float]) -> str:
    return json.dumps({k: float(v) for k, v in thresholds.items()}, sort_keys=True)


def _digest(knowledge: Iterable[tuple[Any, Any]], held: tuple[Any, Any]) -> str:
    plain = [(o.hex() if isinstance(o, bytes) else str(o), int(n)) for o, n in knowledge]
    text = json.dumps([plain, [int(held[0]), int(held[1])]])
    return hashlib.sha256(text.encode()).hexdigest()


def seen(session: Session) -> str:
    """The digest of the changes the database holds, in ``session``'s transaction: read it in
    the same transaction as the figures it vouches for."""
    conn = session.connection()
    knowledge = [tuple(row) for row in conn.exec_driver_sql(_KNOWLEDGE)]
    held = tuple(conn.exec_driver_sql(_HELD).one())
    return _digest(knowledge, (held[0], held[1]))


def recall(path: Path, thresholds: Mapping[str, float]) -> Recalled | None:
    """The overview kept in the SQLite file at ``path`` (read-only, standard library alone);
    None when there is none or the file needs the full open (missing, older, newer, foreign)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")  # the digest and the overview from one snapshot
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != schema.HEAD:
            return None
        kept = conn.execute(_KEPT, (KEY,)).fetchone()
        if kept is None:
            return None
        now = _digest(conn.execute(_KNOWLEDGE).fetchall(), conn.execute(_HELD).fetchone())
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return _judge(kept[0], now, thresholds)


def _judge(text: str, now: str, thresholds: Mapping[str, float]) -> Recalled | None:
    try:
        kept = json.loads(text)
        program_id = uuid.UUID(kept["program"])
    except (ValueError, KeyError, TypeError):
        return None
    current = (
        kept.get("format") == _format()
        and kept.get("day") == dt.date.today().isoformat()
        and kept.get("thresholds") == _thresholds(thresholds)
        and kept.get("seen") == now
    )
    if not current:
        return Recalled(program_id, None)
    try:
        snapshot = dataclass_json.loads(str(kept["snapshot"]), Snapshot)
    except (dataclass_json.Damaged, KeyError):
        log.debug("the kept overview is unreadable", exc_info=True)
        return Recalled(program_id, None)
    if snapshot.overview.id != program_id:
        return Recalled(program_id, None)
    return Recalled(program_id, snapshot)


def remember(
    database: Database, snapshot: Snapshot, *, thresholds: Mapping[str, float], seen_at: str
) -> bool:
    """Keep ``snapshot``, read when the database's changes had the digest ``seen_at``, unless
    anything changed since (then the next start counts afresh). SQLite only; never waits for
    another writer and never fails: whether it was kept."""
    if database.engine.dialect.name != "sqlite":
        return False
    value = json.dumps(
        {
            "format": _format(),
            "day": dt.date.today().isoformat(),
            "thresholds": _thresholds(thresholds),
            "seen": seen_at,
            "program": str(snapshot.overview.id),
            "snapshot": dataclass_json.dumps(snapshot, Snapshot),
        }
    )
    try:
        with database.writing(on_wait=_give_up) as session, session.begin():
            if seen(session) != seen_at:
                return False
            session.connection().exec_driver_sql(_UPSERT, (KEY, value))
        return True
    except Exception:  # the overview is shown all the same: keeping it is only a shortcut
        log.debug("the overview was not kept", exc_info=True)
    return False


def _give_up() -> None:
    raise _GiveUp("another program is writing to the database")
