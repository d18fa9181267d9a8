"""The data of ``berdaya summary``: every program with its village, the status of its seven
stages, its four principle figures and its goals' indicators."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import goals
from desktop.core.domain import Goal, Principle, Stage, StageStatus
from desktop.core.models import Place, Program, StageState
from desktop.core.principles.many import scores_of_many
from desktop.core.principles.results import PrincipleScores
from desktop.core.principles.shares import PrincipleScore, Thresholds

DIGITS = 6  # figures are rounded, so the JSON is the same on every machine


@dataclass(frozen=True)
class ProgramSummary:
    id: uuid.UUID
    name: str
    village_code: str
    village_name: str
    start_date: dt.date
    closed_on: dt.date | None
    stages: tuple[tuple[Stage, StageStatus], ...]
    principles: PrincipleScores
    goals: tuple[goals.GoalStatus, ...]


def summarize(session: Session, *, thresholds: Thresholds | None = None) -> list[ProgramSummary]:
    """Every live program, by village code, then name."""
    programs = session.scalars(
        select(Program)
        .where(Program.deleted.is_(False))
        .order_by(Program.village_code, Program.name, Program.id)
    ).all()
    statuses: dict[uuid.UUID, dict[Stage, StageStatus]] = {}
    for program_id, stage, status in session.execute(
        select(StageState.program_id, StageState.stage, StageState.status).where(
            StageState.deleted.is_(False)
        )
    ):
        statuses.setdefault(program_id, {})[stage] = status
    codes = {p.village_code for p in programs}
    names = dict(session.execute(select(Place.code, Place.name).where(Place.code.in_(codes))).all())
    principles = scores_of_many(session, [p.id for p in programs], thresholds)
    reports = goals.goal_reports(session, programs)
    out = []
    for program in programs:
        known = statuses.get(program.id, {})
        out.append(
            ProgramSummary(
                id=program.id,
                name=program.name,
                village_code=program.village_code,
                village_name=names.get(program.village_code, program.village_code),
                start_date=program.start_date,
                closed_on=program.closed_on,
                stages=tuple((s, known.get(s, StageStatus.NOT_STARTED)) for s in Stage),
                principles=principles[program.id],
                goals=reports[program.id],
            )
        )
    return out


def _number(value: float | None) -> float | None:
    return None if value is None else round(value, DIGITS)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def to_data(summaries: list[ProgramSummary]) -> dict[str, Any]:
    """Plain JSON-ready data: ids and enums as strings, dates ISO, figures rounded."""
    programs = []
    for s in summaries:
        figures = {
            principle.value: {
                "figure": _number(score.figure),
                "flagged": score.flagged,
                "lower_is_better": score.lower_is_better,
                "threshold": _number(score.threshold),
            }
            for principle, score in s.principles.by_principle().items()
        }
        goal_data: dict[str, list[dict[str, Any]]] = {goal.value: [] for goal in Goal}
        for status in s.goals:
            goal_data[status.goal.value] = [
                {
                    "id": str(i.id),
                    "name": i.name,
                    "unit": i.unit,
                    "direction": i.direction.value,
                    "baseline": _number(i.baseline),
                    "target": _number(i.target),
                    "latest": _number(i.latest),
                    "latest_on": _day(i.latest_on),
                    "progress": _number(i.progress),
                    "on_track": i.on_track,
                }
                for i in status.indicators
            ]
        programs.append(
            {
                "id": str(s.id),
                "name": s.name,
                "village": {"code": s.village_code, "name": s.village_name},
                "start_date": _day(s.start_date),
                "closed_on": _day(s.closed_on),
                "stages": {stage.value: status.value for stage, status in s.stages},
                "principles": figures,
                "goals": goal_data,
            }
        )
    return {"programs": programs}


STATUS_MARK = {
    StageStatus.DONE: "D",
    StageStatus.IN_PROGRESS: "I",
    StageStatus.NOT_STARTED: "-",
}
PRINCIPLE_COLUMNS = (
    (Principle.EQUALITY, "Equality"),
    (Principle.PARTICIPATION, "Particip."),
    (Principle.SUSTAINABILITY, "Facilit."),
    (Principle.SELF_RELIANCE, "Self-rel."),
)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _figure(score: PrincipleScore) -> str:
    if score.figure is None:
        return "-"
    return f"{score.figure * 100:.0f}%" + ("!" if score.flagged else "")


def _value(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:g}"


def to_text(summaries: list[ProgramSummary]) -> str:
    """A table a person can read: one line per program, its indicators below it."""
    if not summaries:
        return "No programs."
    header = f"{'Program':<28} {'Village':<32} {'Stages':<7}" + "".join(
        f" {label:>9}" for _, label in PRINCIPLE_COLUMNS
    )
    lines = [header, "-" * len(header)]
    for s in summaries:
        by = s.principles.by_principle()
        village = f"{s.village_name} ({s.village_code})"
        marks = "".join(STATUS_MARK[status] for _, status in s.stages)
        lines.append(
            f"{_cut(s.name, 28):<28} {_cut(village, 32):<32} {marks:<7}"
            + "".join(f" {_figure(by[p]):>9}" for p, _ in PRINCIPLE_COLUMNS)
        )
        for status in s.goals:
            for i in status.indicators:
                track = {True: "on track", False: "off track", None: "not measured"}[i.on_track]
                lines.append(
                    f"    {status.goal.value:<12} {_cut(i.name, 34):<34} "
                    f"{_value(i.baseline)} -> {_value(i.target)} {i.unit}, "
                    f"latest {_value(i.latest)} ({track})"
                )
    lines.append("")
    lines.append(
        "Stages in order " + " ".join(s.value for s in Stage) + ": D done, I in progress, "
        "- not started. Facilit. is the facilitator's latest share (lower is better); "
        "! marks a warning."
    )
    return "\n".join(lines)
