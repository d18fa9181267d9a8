"""A small hand-made program for the timeline tests: stages, links, meetings, an agreement,
a closed program and a program in another village."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.core.domain import DependencyKind, MeetingKind, PartyKind, Stage, StageStatus
from desktop.core.models import (
    ActionPlan,
    Activity,
    Agreement,
    Dependency,
    Meeting,
    Program,
    StageState,
)

D = dt.date
VILLAGE = "53.10.05.2003"  # Kabupaten Sikka, Kecamatan ..., a village
OTHER_VILLAGE = "32.01.01.2001"
LONG_TITLE = (
    "Pembangunan embung desa, tahap 1; gotong royong warga RT 01–04 "
    "dengan pendampingan teknis dari dinas PUPR (“swadaya”) — bagian hulu"
)


@dataclass
class SmallProgram:
    id: uuid.UUID
    ids: dict[str, uuid.UUID] = field(default_factory=dict)
    closed_id: uuid.UUID | None = None
    other_id: uuid.UUID | None = None


def _activity(s: Session, program: Program, name: str, stage: Stage, start, end, **kw):
    row = Activity(
        village_code=program.village_code,
        program_id=program.id,
        stage=stage,
        title=name,
        planned_start=start,
        planned_end=end,
        party_kind=PartyKind.COMMUNITY_GROUP,
        **kw,
    )
    s.add(row)
    s.flush()
    return row.id


def build_small(s: Session) -> SmallProgram:
    program = Program(
        village_code=VILLAGE,
        name="Embung dan kebun gizi",
        start_date=D(2026, 2, 2),
        end_date=D(2026, 9, 30),
    )
    s.add(program)
    s.flush()
    statuses = [StageStatus.DONE] * 4 + [StageStatus.IN_PROGRESS] + [StageStatus.NOT_STARTED] * 2
    for position, (stage, status) in enumerate(zip(Stage, statuses, strict=True), start=1):
        s.add(
            StageState(
                village_code=VILLAGE,
                program_id=program.id,
                stage=stage,
                position=position,
                status=status,
            )
        )
    out = SmallProgram(program.id)
    ids = out.ids
    ids["survei"] = _activity(
        s,
        program,
        "Survei lokasi",
        Stage.ASSESSMENT,
        D(2026, 2, 9),
        D(2026, 2, 13),
        progress=100,
        actual_start=D(2026, 2, 9),
        actual_end=D(2026, 2, 16),
        baseline_start=D(2026, 2, 9),
        baseline_end=D(2026, 2, 13),
    )
    ids["rencana"] = _activity(
        s,
        program,
        "Penyusunan rencana aksi",
        Stage.FORMALISATION,
        D(2026, 2, 23),
        D(2026, 3, 6),
        progress=100,
        baseline_start=D(2026, 2, 16),
        baseline_end=D(2026, 2, 27),
    )
    ids["embung"] = _activity(
        s,
        program,
        LONG_TITLE,
        Stage.IMPLEMENTATION,
        D(2026, 3, 9),
        D(2026, 4, 17),
        progress=40,
        actual_start=D(2026, 3, 10),
        position=1,
        baseline_start=D(2026, 3, 2),
        baseline_end=D(2026, 4, 10),
    )
    ids["kebun"] = _activity(
        s,
        program,
        "Kebun gizi, pekarangan; bibit",
        Stage.IMPLEMENTATION,
        D(2026, 3, 16),
        D(2026, 3, 27),
        progress=10,
        position=2,
    )
    ids["serah"] = _activity(
        s,
        program,
        "Serah terima embung",
        Stage.IMPLEMENTATION,
        D(2026, 4, 20),
        D(2026, 4, 20),
        is_milestone=True,
        position=3,
    )
    ids["evaluasi"] = _activity(
        s,
        program,
        "Evaluasi partisipatif",
        Stage.EVALUATION,
        D(2026, 4, 1),
        D(2026, 4, 7),
    )
    ids["hapus"] = _activity(
        s, program, "Dihapus", Stage.EVALUATION, D(2026, 5, 4), D(2026, 5, 8), deleted=True
    )
    for pred, succ, kind, lag in (
        ("survei", "rencana", DependencyKind.FINISH_TO_START, 5),
        ("rencana", "embung", DependencyKind.FINISH_TO_START, 0),
        ("embung", "kebun", DependencyKind.START_TO_START, 5),
        ("embung", "serah", DependencyKind.FINISH_TO_START, 0),
        ("kebun", "evaluasi", DependencyKind.FINISH_TO_FINISH, 2),
        ("serah", "evaluasi", DependencyKind.FINISH_TO_START, 0),
        ("survei", "hapus", DependencyKind.FINISH_TO_START, 0),
    ):
        dep = Dependency(
            village_code=VILLAGE,
            predecessor_id=ids[pred],
            successor_id=ids[succ],
            kind=kind,
            lag_days=lag,
        )
        s.add(dep)
        s.flush()
        ids[f"{pred}>{succ}"] = dep.id
    meeting = Meeting(
        village_code=VILLAGE,
        program_id=program.id,
        stage=Stage.ASSESSMENT,
        kind=MeetingKind.DELIBERATION,
        title="Musyawarah dusun",
        held_on=D(2026, 2, 11),
        location="Balai desa, RT 02",
        party_kind=PartyKind.FACILITATOR,
    )
    gone = Meeting(
        village_code=VILLAGE,
        program_id=program.id,
        stage=Stage.ASSESSMENT,
        kind=MeetingKind.OTHER,
        title="Batal",
        held_on=D(2026, 2, 12),
        party_kind=PartyKind.FACILITATOR,
        deleted=True,
    )
    plan = ActionPlan(village_code=VILLAGE, program_id=program.id, title="Rencana aksi embung")
    s.add_all([meeting, gone, plan])
    s.flush()
    agreement = Agreement(
        village_code=VILLAGE, action_plan_id=plan.id, signed_on=D(2026, 3, 6), number="07/BA/2026"
    )
    s.add(agreement)
    s.flush()
    ids["meeting"] = meeting.id
    ids["agreement"] = agreement.id

    closed = Program(
        village_code=VILLAGE,
        name="Program lama",
        start_date=D(2025, 1, 6),
        closed_on=D(2025, 12, 19),
    )
    other = Program(village_code=OTHER_VILLAGE, name="Bank sampah", start_date=D(2026, 1, 5))
    s.add_all([closed, other])
    s.flush()
    _activity(s, closed, "Pelatihan", Stage.IMPLEMENTATION, D(2025, 3, 3), D(2025, 3, 7))
    ids["bank"] = _activity(
        s, other, "Pelatihan bank sampah", Stage.PREPARATION, D(2026, 1, 12), D(2026, 1, 16)
    )
    out.closed_id, out.other_id = closed.id, other.id
    return out
