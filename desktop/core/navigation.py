"""What the navigator lists, and a fast first read of it that needs only the standard library.

Start-up is hot: importing SQLAlchemy and the models costs more than the whole first paint, so a
current SQLite database is read once with ``sqlite3`` (read-only) while they load."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import schema
from desktop.core.domain import Stage, StageStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ProgramEntry:
    id: uuid.UUID
    name: str
    current_stage: Stage | None  # the first stage not done; None when all are done
    closed: bool


@dataclass(frozen=True)
class VillageEntry:
    code: str
    name: str
    district: str
    regency: str
    programs: tuple[ProgramEntry, ...]


_PROGRAMS = """
SELECT p.id, p.name, p.village_code, p.closed_on IS NOT NULL,
       (SELECT s.stage FROM stage_states s
         WHERE s.program_id = p.id AND s.deleted = 0 AND s.status != 'done'
         ORDER BY s.position LIMIT 1)
  FROM programs p WHERE p.deleted = 0
 ORDER BY p.village_code, p.start_date, p.name
"""


def quick_navigator(path: Path) -> list[VillageEntry] | None:
    """The navigator of a SQLite file already at this program's schema, read without writing;
    None when the file needs the full open (missing, older, newer, foreign or unreadable)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != schema.HEAD:
            return None
        rows = conn.execute(_PROGRAMS).fetchall()
        codes = sorted({row[2] for row in rows})
        wanted = {c for code in codes for c in _with_parents(code)}
        marks = ",".join("?" * len(wanted))
        names = dict(
            conn.execute(f"SELECT code, name FROM places WHERE code IN ({marks})", sorted(wanted))
        )
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    programs: dict[str, list[ProgramEntry]] = {code: [] for code in codes}
    for raw_id, name, code, closed, stage in rows:
        program_id = uuid.UUID(raw_id) if isinstance(raw_id, str) else uuid.UUID(bytes=raw_id)
        current = Stage(stage) if stage is not None else None
        programs[code].append(ProgramEntry(program_id, name, current, bool(closed)))
    return sort_villages(
        VillageEntry(
            code,
            names.get(code, code),
            names.get(_prefix(code, 3), ""),
            names.get(_prefix(code, 2), ""),
            tuple(programs[code]),
        )
        for code in codes
    )


def sort_villages(villages: Iterable[VillageEntry]) -> list[VillageEntry]:
    """Regency, then district, then village name: the order the navigator shows."""
    return sorted(villages, key=lambda v: (v.regency, v.district, v.name, v.code))


def _prefix(code: str, parts: int) -> str:
    return ".".join(code.split(".")[:parts])


def _with_parents(code: str) -> tuple[str, str, str]:
    return code, _prefix(code, 3), _prefix(code, 2)


def program_in_stage(session: Session, stage: Stage) -> uuid.UUID | None:
    """A program whose ``stage`` is in progress, else done, else not started (the first by id
    of each); None when no program has the stage."""
    from sqlalchemy import select

    from desktop.core.models import StageState

    rows = session.execute(
        select(StageState.program_id, StageState.status)
        .where(StageState.stage == stage, StageState.deleted.is_(False))
        .order_by(StageState.program_id)
    )
    by_status: dict[StageStatus, list[uuid.UUID]] = {}
    for program_id, status in rows:
        by_status.setdefault(status, []).append(program_id)
    for status in (StageStatus.IN_PROGRESS, StageStatus.DONE, StageStatus.NOT_STARTED):
        if by_status.get(status):
            return by_status[status][0]
    return None
