"""A synthetic program of any size, made straight with the models: for measuring the timeline
(the benchmarks, the speed tests) on more activities than any real village has."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.core.domain import (
    DependencyKind,
    MeetingKind,
    PartyKind,
    Stage,
    StageStatus,
)
from desktop.core.ids import new_id, utcnow
from desktop.core.models import (
    ActionPlan,
    Activity,
    Agreement,
    Dependency,
    Meeting,
    Program,
    StageState,
)

VILLAGE = "32.01.01.2001"
# how the activities spread over the stages: most of the work is implementation
_SHARES = (
    (Stage.PREPARATION, 0.04),
    (Stage.ASSESSMENT, 0.08),
    (Stage.PLANNING, 0.08),
    (Stage.FORMALISATION, 0.05),
    (Stage.IMPLEMENTATION, 0.6),
    (Stage.EVALUATION, 0.1),
    (Stage.TERMINATION, 0.05),
)


def _synced(village: str) -> dict[str, Any]:
    now = utcnow()
    return {"id": new_id(), "village_code": village, "created_at": now, "updated_at": now}


def build_program(
    session: Session,
    *,
    activities: int = 10_000,
    dependencies: int = 5_000,
    meetings: int = 100,
    start: dt.date = dt.date(2026, 1, 5),
    days: int = 730,
    seed: int = 1,
    village_code: str = VILLAGE,
    name: str = "Program sintetis",
) -> uuid.UUID:
    """One program with this many activities and links (no loops), spread over ``days``."""
    rng = random.Random(seed)
    program = _synced(village_code)
    session.execute(
        insert(Program),
        [
            {
                **program,
                "name": name,
                "start_date": start,
                "end_date": start + dt.timedelta(days=days + 30),
            }
        ],
    )
    session.execute(
        insert(StageState),
        [
            {
                **_synced(village_code),
                "program_id": program["id"],
                "stage": stage,
                "position": position,
                "status": StageStatus.IN_PROGRESS if position <= 5 else StageStatus.NOT_STARTED,
            }
            for position, stage in enumerate(Stage, start=1)
        ],
    )
    rows: list[dict[str, Any]] = []
    offset = 0
    for stage, share in _SHARES:
        count = round(activities * share) if stage is not Stage.TERMINATION else 0
        if stage is Stage.TERMINATION:
            count = activities - len(rows)
        span = max(1, int(days * share))
        for i in range(count):
            first = start + dt.timedelta(days=offset + (i * span) // max(1, count))
            milestone = rng.random() < 0.03
            length = 0 if milestone else rng.randint(0, 20)
            baseline_shift = rng.randint(-5, 3)
            progress = rng.choice((0, 0, 10, 25, 50, 80, 100))
            rows.append(
                {
                    **_synced(village_code),
                    "program_id": program["id"],
                    "stage": stage,
                    "title": f"Kegiatan {len(rows) + 1}",
                    "planned_start": first,
                    "planned_end": first + dt.timedelta(days=length),
                    "baseline_start": first + dt.timedelta(days=baseline_shift),
                    "baseline_end": first + dt.timedelta(days=baseline_shift + length),
                    "actual_start": first if progress else None,
                    "actual_end": first + dt.timedelta(days=length) if progress == 100 else None,
                    "progress": progress,
                    "is_milestone": milestone,
                    "position": i,
                    "party_kind": PartyKind.COMMUNITY_GROUP,
                }
            )
        offset += span
    session.execute(insert(Activity), rows)

    pairs: set[tuple[int, int]] = set()
    while len(pairs) < min(dependencies, max(0, len(rows) - 1) * 3):
        succ = rng.randint(1, len(rows) - 1)
        pred = max(0, succ - rng.randint(1, 30))
        pairs.add((pred, succ))
    kinds = (DependencyKind.FINISH_TO_START,) * 8 + (
        DependencyKind.START_TO_START,
        DependencyKind.FINISH_TO_FINISH,
    )
    if pairs:
        session.execute(
            insert(Dependency),
            [
                {
                    **_synced(village_code),
                    "predecessor_id": rows[p]["id"],
                    "successor_id": rows[s]["id"],
                    "kind": rng.choice(kinds),
                    "lag_days": rng.choice((0, 0, 0, 1, 2)),
                }
                for p, s in sorted(pairs)
            ],
        )
    if meetings:
        session.execute(
            insert(Meeting),
            [
                {
                    **_synced(village_code),
                    "program_id": program["id"],
                    "stage": rng.choice(list(Stage)),
                    "kind": MeetingKind.DELIBERATION,
                    "title": f"Musyawarah {i + 1}",
                    "held_on": start + dt.timedelta(days=rng.randint(0, days)),
                    "party_kind": PartyKind.FACILITATOR,
                }
                for i in range(meetings)
            ],
        )
    plan = _synced(village_code)
    session.execute(
        insert(ActionPlan), [{**plan, "program_id": program["id"], "title": "Rencana aksi"}]
    )
    session.execute(
        insert(Agreement),
        [
            {
                **_synced(village_code),
                "action_plan_id": plan["id"],
                "signed_on": start + dt.timedelta(days=int(days * 0.27)),
                "number": "01/BA/2026",
            }
        ],
    )
    program_id: uuid.UUID = program["id"]
    return program_id
