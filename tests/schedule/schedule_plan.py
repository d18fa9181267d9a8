"""Builds a program's activities and links by short name, for the scheduling tests."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.domain import DependencyKind, PartyKind, Stage
from desktop.core.models import Activity, Dependency, Program

VILLAGE = "53.10.05.2003"


class Plan:
    """Builds one program's activities and links, by short name."""

    def __init__(self, session: Session, start: dt.date = dt.date(2026, 3, 2)) -> None:
        self.session = session
        self.program = Program(village_code=VILLAGE, name="Kebun gizi", start_date=start)
        session.add(self.program)
        session.flush()
        self.ids: dict[str, uuid.UUID] = {}

    def activity(
        self,
        name: str,
        start: dt.date,
        end: dt.date,
        *,
        stage: Stage = Stage.IMPLEMENTATION,
        milestone: bool = False,
        **extra: Any,
    ) -> uuid.UUID:
        row = Activity(
            village_code=VILLAGE,
            program_id=self.program.id,
            stage=stage,
            title=name,
            planned_start=start,
            planned_end=end,
            is_milestone=milestone,
            party_kind=PartyKind.COMMUNITY_GROUP,
            position=len(self.ids),
            **extra,
        )
        self.session.add(row)
        self.session.flush()
        self.ids[name] = row.id
        return row.id

    def link(
        self, pred: str, succ: str, kind: DependencyKind = DependencyKind.FINISH_TO_START, lag=0
    ) -> uuid.UUID:
        row = Dependency(
            village_code=VILLAGE,
            predecessor_id=self.ids[pred],
            successor_id=self.ids[succ],
            kind=kind,
            lag_days=lag,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def dates(self, name: str) -> tuple[dt.date, dt.date]:
        row = self.session.get(Activity, self.ids[name])
        assert row is not None
        self.session.refresh(row)
        return row.planned_start, row.planned_end
