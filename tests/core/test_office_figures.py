"""The office's figures of an area equal what the program overview and ``berdaya summary`` say of
each program, on a demo database of a few villages; its charts add them up per sub-district; the
demo's office history gives every sending status."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import places, programs
from desktop.core.database import open_database
from desktop.core.db import Database
from desktop.core.demo import story
from desktop.core.demo.office import receive_history
from desktop.core.domain import DeviceKind, Principle, Stage, StageStatus
from desktop.core.models import AppliedBundle, Base, Device, DeviceScope, Program
from desktop.core.office.area import ReadCancelled, read_area
from desktop.core.office.charts import area_charts
from desktop.core.office.figures import AreaFigures, ProgramFigures, Sending
from desktop.core.principles.scores import scores
from desktop.core.principles.shares import Thresholds, mean_of

VILLAGES = 3  # the session's demo office (tests/conftest.py)


@pytest.fixture(scope="module")
def demo_db(office_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The session's demo office (tests/conftest.py), copied for this module."""
    path = tmp_path_factory.mktemp("office") / "demo.sqlite"
    shutil.copy(office_demo, path)
    db = open_database(path)
    yield db
    db.dispose()


@pytest.fixture
def session(demo_db: Database) -> Iterator[Session]:
    with demo_db.session() as s:
        yield s


@pytest.fixture(scope="module")
def figures(demo_db: Database) -> AreaFigures:
    with demo_db.session() as s:
        return read_area(s, today=story.TODAY)


def _programs(figures: AreaFigures) -> list[ProgramFigures]:
    return [p for village in figures.villages for p in village.programs]


def test_every_figure_is_what_the_overview_and_summary_say(
    figures: AreaFigures, session: Session
) -> None:
    live = set(session.scalars(select(Program.id).where(Program.deleted.is_(False))))
    assert {p.program_id for p in _programs(figures)} == live
    for p in _programs(figures):
        o = programs.overview(session, p.program_id)
        assert (p.name, p.village_code, p.closed_on) == (o.name, o.village_code, o.closed_on)
        assert (p.meetings, p.attendance_women, p.attendance_men) == (
            o.meetings,
            o.attendance_women,
            o.attendance_men,
        )
        assert (p.budget_community, p.budget_outside) == (o.budget_community, o.budget_outside)
        assert (p.contributed_community, p.contributed_outside) == (
            o.contributed_community,
            o.contributed_outside,
        )
        assert (p.women_share, p.community_budget_share) == (
            o.women_share,
            o.community_budget_share,
        )
        current = next((s for s in o.stages if s.status is not StageStatus.DONE), o.stages[-1])
        assert (p.stage, p.stage_status, p.stage_since) == (
            current.stage,
            current.status,
            current.started_on,
        )
        assert p.principles == scores(session, p.program_id)
    assert sum(p.meetings for p in _programs(figures)) > 0


def test_the_principles_use_the_thresholds_given(demo_db: Database, session: Session) -> None:
    strict = Thresholds(women=0.9, community_participation=0.9, self_reliance=0.9)
    with demo_db.session() as s:
        found = read_area(s, today=story.TODAY, thresholds=strict)
    for p in _programs(found):
        assert p.principles == scores(session, p.program_id, strict)
        assert p.principles.equality.threshold == 0.9


def test_the_villages_are_those_with_a_program_or_a_village_device(
    figures: AreaFigures, session: Session
) -> None:
    with_programs = set(
        session.scalars(select(Program.village_code).where(Program.deleted.is_(False)))
    )
    with_devices = set(
        session.scalars(
            select(DeviceScope.code)
            .join(Device, Device.id == DeviceScope.device_id)
            .where(Device.kind == DeviceKind.VILLAGE)
        )
    )
    assert len(with_programs) == VILLAGES
    assert {v.code for v in figures.villages} == with_programs | with_devices
    for village in figures.villages:
        lineage = places.lineage(village.code)
        assert (village.name, village.subdistrict_code, village.subdistrict_name) == (
            lineage[3].name,
            lineage[2].code,
            lineage[2].name,
        )
        assert all(p.village_code == village.code for p in village.programs)
    order = [(v.subdistrict_name, v.name) for v in figures.villages]
    assert order == sorted(order)
    assert (figures.area_code, figures.area_name) == (None, "")
    assert figures.month == dt.date(2026, 10, 1)


def test_an_area_holds_only_its_own_villages(demo_db: Database, figures: AreaFigures) -> None:
    village = figures.villages[-1]
    with demo_db.session() as s:
        district = read_area(s, area=village.subdistrict_code, today=story.TODAY)
        one = read_area(s, area=village.code, today=story.TODAY)
        province = read_area(s, area=village.code[:2], today=story.TODAY)
    assert [v.code for v in district.villages] == [village.code]
    assert district.area_name == village.subdistrict_name
    assert one.villages == (village,)
    assert one.area_name == village.name
    assert village in province.villages
    assert [c.subdistrict_code for c in district.completeness] == [village.subdistrict_code]


def test_progress_is_told_and_cancelling_stops_the_read(demo_db: Database) -> None:
    told: list[tuple[int, int]] = []
    with demo_db.session() as s:
        read_area(s, today=story.TODAY, progress=lambda done, total: told.append((done, total)))
    total = told[-1][1]
    assert told[0] == (0, total) and told[-1] == (total, total)
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return True

    with demo_db.session() as s, pytest.raises(ReadCancelled):
        read_area(s, today=story.TODAY, cancelled=cancelled)
    assert calls == 1


def test_the_demo_office_has_villages_sending_late_and_never(figures: AreaFigures) -> None:
    assert Counter(v.sending for v in figures.villages) == {
        Sending.ACTIVE: 1,
        Sending.LATE: 1,
        Sending.NEVER: 1,
    }
    for village in figures.villages:
        if village.sending is Sending.NEVER:
            assert village.last_bundle is None
        else:
            assert village.last_bundle_on is not None
            assert village.last_bundle_on <= story.TODAY
    late = next(v for v in figures.villages if v.sending is Sending.LATE)
    assert late.last_bundle_on is not None
    assert (story.TODAY - late.last_bundle_on).days > figures.rules.late_days
    assert sum(c.expected for c in figures.completeness) == VILLAGES
    for c in figures.completeness:
        assert c.sent == c.on_time + c.late and c.missing == c.expected - c.sent


def test_the_demo_office_history_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    villages = [places.place(code) for code in ("32.01.02.2001", "32.01.02.2002", "32.01.03.2001")]
    rows = []
    for name in ("a", "b"):
        db = open_database(tmp_path / f"{name}.sqlite")
        try:
            with db.session() as s, s.begin():
                made = receive_history(s, villages, random.Random(5))
            with db.session() as s:
                rows.append(
                    (
                        made,
                        s.execute(select(Device.id, Device.label, Device.public_key)).all(),
                        s.execute(
                            select(
                                AppliedBundle.bundle_id,
                                AppliedBundle.sender_id,
                                AppliedBundle.created_at,
                                AppliedBundle.applied_at,
                            ).order_by(AppliedBundle.bundle_id)
                        ).all(),
                    )
                )
        finally:
            db.dispose()
    assert rows[0] == rows[1]
    assert rows[0][0] == len(rows[0][2]) > 0
    for _bundle, _sender, made, applied in rows[0][2]:
        assert made <= applied <= dt.datetime.combine(story.TODAY, dt.time(23), dt.UTC)


def test_the_charts_add_up_the_programs_per_sub_district(figures: AreaFigures) -> None:
    charts = area_charts(figures)
    every = _programs(figures)
    assert [c.stage for c in charts.stages] == list(Stage)
    assert sum(c.programs for c in charts.stages) == len(every)
    assert Counter({c.stage: c.programs for c in charts.stages}) == Counter(p.stage for p in every)
    districts = list(
        dict.fromkeys((v.subdistrict_code, v.subdistrict_name) for v in figures.villages)
    )
    assert [(w.subdistrict_code, w.subdistrict_name) for w in charts.women] == districts
    assert [(m.subdistrict_code, m.subdistrict_name) for m in charts.money] == districts
    for women, money, (code, _name) in zip(charts.women, charts.money, districts, strict=True):
        members = [p for v in figures.villages if v.subdistrict_code == code for p in v.programs]
        assert (women.women, women.men) == (
            sum(p.attendance_women for p in members),
            sum(p.attendance_men for p in members),
        )
        assert (money.planned_community, money.given_outside) == (
            sum(p.budget_community for p in members),
            sum(p.contributed_outside for p in members),
        )
    assert charts.months[-1] == figures.month
    assert [t.principle for t in charts.principles] == list(Principle)
    assert [t.lower_is_better for t in charts.principles] == [False, False, True, False]
    equality = charts.principles[0]
    line = equality.lines[0]
    members = [
        p
        for v in figures.villages
        if v.subdistrict_code == line.subdistrict_code
        for p in v.programs
    ]
    for index, month in enumerate(charts.months):
        by_month = [
            point.value
            for p in members
            for point in p.principles.equality.series
            if point.month == month
        ]
        assert line.values[index] == mean_of(by_month)
    assert any(value is not None for value in line.values)


def test_the_same_figures_on_postgresql(
    demo_db: Database, figures: AreaFigures, pg_url: str
) -> None:
    """The demo's rows copied into PostgreSQL give the same figures, sending status included."""
    db = open_database(pg_url)
    try:
        with demo_db.engine.connect() as source, db.engine.begin() as target:
            for table in Base.metadata.sorted_tables:
                rows = [dict(row._mapping) for row in source.execute(select(table))]
                if rows:
                    target.execute(table.insert(), rows)
        with db.session() as s:
            assert read_area(s, today=story.TODAY) == figures
    finally:
        db.dispose()
