"""The four principles of many programs at once (``scores_of_many``) are exactly those of each
program read alone (``scores`` and the four principle functions): on demo databases of several
seeds, after rows are deleted, for programs with nothing recorded yet, cut into small chunks, on
PostgreSQL too; and reading them costs the same number of statements however many programs."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, Select, event, select
from sqlalchemy.orm import Session

from desktop.core import demo, programs
from desktop.core.database import open_database
from desktop.core.db import Database
from desktop.core.domain import FundingSource, Sex
from desktop.core.models import (
    Activity,
    Agreement,
    Alternative,
    Attendance,
    BudgetLine,
    CommunityGroup,
    Contribution,
    GroupMembership,
    Meeting,
    Person,
    Problem,
    Program,
    ProgressLog,
)
from desktop.core.principles import reading
from desktop.core.principles.equality import equality
from desktop.core.principles.many import scores_of_many
from desktop.core.principles.participation import participation
from desktop.core.principles.scores import scores
from desktop.core.principles.self_reliance import self_reliance
from desktop.core.principles.shares import Share, Thresholds
from desktop.core.principles.sustainability import sustainability

SEEDS = (8, 3)
VILLAGES = {8: 3, 3: 2}  # seed 8 makes 5 programs, seed 3 makes 3
STRICT = Thresholds(women=0.45, community_participation=0.7, self_reliance=0.35)


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """One demo database per seed, made once for the module; tests copy what they change."""
    folder = tmp_path_factory.mktemp("demos")
    made = {}
    for seed in SEEDS:
        path = folder / f"demo-{seed}.sqlite"
        db = open_database(path)
        demo.generate(db, villages=VILLAGES[seed], seed=seed)
        db.dispose()
        made[seed] = path
    return made


@pytest.fixture
def copied(demos: dict[int, Path], tmp_path: Path) -> Iterator[Database]:
    """A copy of the first demo, to change."""
    path = tmp_path / "changed.sqlite"
    shutil.copy(demos[SEEDS[0]], path)
    db = open_database(path, create=False)
    yield db
    db.dispose()


def _program_ids(session: Session) -> list[uuid.UUID]:
    return list(
        session.scalars(select(Program.id).where(Program.deleted.is_(False)).order_by(Program.id))
    )


def _same_as_one_by_one(session: Session, thresholds: Thresholds | None) -> None:
    ids = _program_ids(session)
    many = scores_of_many(session, None, thresholds)
    assert set(many) == set(ids)
    assert scores_of_many(session, ids, thresholds) == many
    for program_id in ids:
        alone = scores(session, program_id, thresholds)
        assert many[program_id] == alone
        assert alone.equality == equality(session, program_id, thresholds)
        assert alone.participation == participation(session, program_id, thresholds)
        assert alone.sustainability == sustainability(session, program_id, thresholds)
        assert alone.self_reliance == self_reliance(session, program_id, thresholds)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("thresholds", [None, STRICT], ids=["default", "strict"])
def test_many_programs_score_as_each_alone(
    demos: dict[int, Path], seed: int, thresholds: Thresholds | None
) -> None:
    db = open_database(demos[seed], create=False)
    try:
        with db.reading() as session:
            _same_as_one_by_one(session, thresholds)
            many = scores_of_many(session, None, thresholds)
            # the demo shows the principles: every figure is there, and the thresholds passed in
            assert all(s.equality.figure is not None for s in many.values())
            expected = (thresholds or Thresholds()).women
            assert {s.equality.threshold for s in many.values()} == {expected}
    finally:
        db.dispose()


def test_chunks_of_a_few_programs_give_the_same(
    demos: dict[int, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cut into chunks of two programs (so groups several programs work with are read in more
    than one chunk), and with ids repeated, the figures do not change."""
    db = open_database(demos[SEEDS[0]], create=False)
    try:
        with db.reading() as session:
            whole = scores_of_many(session, None)
            monkeypatch.setattr(reading, "CHUNK", 2)
            ids = _program_ids(session)
            assert len(ids) > 2
            assert scores_of_many(session, ids + ids[:3], None) == whole
    finally:
        db.dispose()


def _delete(session: Session, model: Any, ids: Select[tuple[uuid.UUID]], how_many: int) -> None:
    """Tombstones the first rows ``ids`` finds, as the program does: through the ORM."""
    for row in session.scalars(select(model).where(model.id.in_(ids.limit(how_many)))):
        row.deleted = True
    session.flush()


def _of_activities(model: Any, program_id: uuid.UUID) -> Select[tuple[uuid.UUID]]:
    return (
        select(model.id)
        .join(Activity, Activity.id == model.activity_id)
        .where(Activity.program_id == program_id)
    )


def test_deleted_rows_and_empty_programs(copied: Database) -> None:
    with copied.writing() as session:
        ids = _program_ids(session)
        gone, busy = ids[0], ids[1]
        programs.set_program_deleted(session, program_id=gone, deleted=True)
        village = session.scalars(select(Program.village_code).where(Program.id == busy)).one()
        programs.create_program(
            session, village_code=village, name="Belum mulai", start_date=dt.date(2026, 3, 2)
        )
        _delete(session, Meeting, select(Meeting.id).where(Meeting.program_id == busy), 1)
        attended = (
            select(Attendance.id)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Meeting.program_id == busy)
        )
        _delete(session, Attendance, attended, 7)
        _delete(session, Activity, select(Activity.id).where(Activity.program_id == busy), 1)
        for model, how_many in ((BudgetLine, 2), (Contribution, 2), (ProgressLog, 3)):
            _delete(session, model, _of_activities(model, busy), how_many)
        for raised in (Problem, Alternative):
            _delete(session, raised, select(raised.id).where(raised.program_id == busy), 2)
        _delete(session, Agreement, select(Agreement.id), 1)
        _delete(session, CommunityGroup, select(CommunityGroup.id), 2)
        _delete(session, GroupMembership, select(GroupMembership.id), 9)
        session.commit()

    with copied.reading() as session:
        _same_as_one_by_one(session, None)
        many = scores_of_many(session, [gone, busy], None)
        assert list(many) == [busy]  # a deleted program is left out
        with pytest.raises(LookupError):
            scores(session, gone)
        empty = session.scalars(select(Program.id).where(Program.name == "Belum mulai")).one()
        fresh = scores_of_many(session, None)[empty]
        for score in fresh:
            assert score.figure is None
            assert not score.flagged
        assert fresh.equality.by_meeting == ()
        assert fresh.self_reliance.by_activity == ()
        # counted here from the live rows
        assert many[busy].equality.overall.attendance == _live_attendance(session, busy)
        assert many[busy].self_reliance.planned == _live_plan(session, busy)


def _live_attendance(session: Session, program_id: uuid.UUID) -> Share:
    meetings = session.execute(
        select(Meeting.id, Meeting.unnamed_women, Meeting.unnamed_men).where(
            Meeting.program_id == program_id, Meeting.deleted.is_(False)
        )
    ).all()
    women = sum(m.unnamed_women for m in meetings)
    everyone = sum(m.unnamed_women + m.unnamed_men for m in meetings)
    for (sex,) in session.execute(
        select(Person.sex)
        .join(Attendance, Attendance.person_id == Person.id)
        .where(Attendance.meeting_id.in_([m.id for m in meetings]), Attendance.deleted.is_(False))
    ):
        women += sex is Sex.FEMALE
        everyone += 1
    return Share(women, everyone)


def _live_plan(session: Session, program_id: uuid.UUID) -> Share:
    community = total = 0
    for source, amount in session.execute(
        select(BudgetLine.source, BudgetLine.amount)
        .join(Activity, Activity.id == BudgetLine.activity_id)
        .where(
            Activity.program_id == program_id,
            Activity.deleted.is_(False),
            BudgetLine.deleted.is_(False),
        )
    ):
        total += amount
        community += amount if source is FundingSource.COMMUNITY else 0
    return Share(community, total)


def _statements(engine: Engine) -> list[str]:
    seen: list[str] = []

    def count(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    return seen


def test_the_number_of_statements_does_not_grow_with_the_programs(
    demos: dict[int, Path],
) -> None:
    db = open_database(demos[SEEDS[0]], create=False)
    try:
        seen = _statements(db.engine)
        counts = {}
        with db.reading() as session:
            ids = _program_ids(session)
            assert len(ids) >= 5
            for size in (1, 3, len(ids)):
                seen.clear()
                scores_of_many(session, ids[:size])
                counts[size] = len(seen)
            seen.clear()
            scores_of_many(session, None)
            counts[0] = len(seen)
        assert len(set(counts.values())) == 1, counts
        assert counts[1] < 40
    finally:
        db.dispose()


def test_on_postgresql(pg_url: str) -> None:
    """The same figures where ids are the server's own UUIDs rather than SQLite's text."""
    db = open_database(pg_url)
    try:
        demo.generate(db, villages=2, seed=SEEDS[0])
        with db.reading() as session:
            _same_as_one_by_one(session, STRICT)
    finally:
        db.dispose()
