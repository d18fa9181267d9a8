"""The office's cache of each program's figures: a read through it gives exactly the figures a
cold read gives, on SQLite and PostgreSQL, after a change made through a stage operation, after
an imported bundle, on a new day and with other thresholds; only the changed villages' programs
are counted again; a damaged cache is counted again, a busy database is not waited for; the
changed villages are found through the origin index."""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
import sqlite3
import types
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import make_url

from desktop.core import device, programs
from desktop.core.database import open_database
from desktop.core.db import Database, sqlite_path
from desktop.core.demo import story
from desktop.core.domain import MeetingKind, Stage
from desktop.core.ids import SimulatedTime, simulated
from desktop.core.models import Attendance, Base, CachedFigures, Meeting, Program, SyncVersion
from desktop.core.office import cache as cache_module
from desktop.core.office import dataclass_json
from desktop.core.office.area import read_area
from desktop.core.office.cache import Cache, remember
from desktop.core.office.cached import read_cached_area
from desktop.core.office.figures import AreaFigures, ProgramFigures
from desktop.core.principles.shares import Share, Thresholds
from desktop.core.stages.guards import Party
from desktop.core.stages.meetings import Attendee, record_meeting, set_attendance
from desktop.core.sync.bundle import read_structure
from desktop.core.sync.export import export_bundle
from desktop.core.sync.keys import keys_dir
from desktop.core.sync.merge import import_files

NEW_VILLAGE = "32.01.01.1001"


@pytest.fixture(scope="module")
def demo_file(office_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The session's demo office (tests/conftest.py), copied for this module."""
    path = tmp_path_factory.mktemp("office-cache") / "demo.sqlite"
    shutil.copy(office_demo, path)
    db = open_database(path)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def pg_templates() -> Iterator[dict[str, str]]:
    """PostgreSQL databases holding the demo's rows, made once for the module by ``office``
    (by server): each test's database is made from one (``CREATE DATABASE … TEMPLATE``)."""
    import psycopg
    from psycopg import sql

    made: dict[str, str] = {}
    yield made
    for admin, name in made.items():
        with psycopg.connect(admin, autocommit=True) as conn:
            drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            conn.execute(drop.format(sql.Identifier(name)))


@pytest.fixture
def office(
    demo_file: Database,
    db_url: str,
    tmp_path: Path,
    pg_templates: dict[str, str],
    request: pytest.FixtureRequest,
) -> Iterator[Database]:
    """A copy of the demo (its device and sync bookkeeping too): on SQLite the file itself,
    on PostgreSQL its rows in the test's database."""
    demo_keys = keys_dir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
        copy = sqlite_path(db_url)
        if copy is None:  # a server database opens only where its device's keys are
            shutil.copytree(demo_keys, keys_dir())
        if copy is not None:
            _copy_file(demo_file, copy)
        else:
            _from_template(demo_file, db_url, request.getfixturevalue("pg_server"), pg_templates)
        db = open_database(db_url)
        yield db
        db.dispose()


def _from_template(demo_file: Database, db_url: str, server: str, made: dict[str, str]) -> None:
    """The test's PostgreSQL database made again from the module's copy of the demo's rows
    (copied into it the first time)."""
    import psycopg
    from psycopg import sql

    admin = make_url(server).set(drivername="postgresql").render_as_string(hide_password=False)
    if admin not in made:
        made[admin] = name = f"t_office_{secrets.token_hex(6)}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        url = make_url(server).set(database=name).render_as_string(hide_password=False)
        template = open_database(url)
        try:
            with demo_file.engine.connect() as source, template.engine.begin() as target:
                for table in Base.metadata.sorted_tables:
                    rows = [dict(row._mapping) for row in source.execute(select(table))]
                    if rows:
                        target.execute(table.insert(), rows)
        finally:
            template.dispose()
    own = sql.Identifier(make_url(db_url).database or "")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(own))
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(own, sql.Identifier(made[admin]))
        )


def _copy_file(db: Database, copy: Path) -> None:
    """The SQLite file of ``db`` copied whole, what its open engine wrote last included."""
    source = sqlite_path(db.url)
    assert source is not None
    with sqlite3.connect(source) as db_from, sqlite3.connect(copy) as db_to:
        db_from.backup(db_to)


def _read(
    db: Database, *, cached: bool = True, thresholds: Thresholds | None = None
) -> tuple[AreaFigures, Cache | None]:
    cache = Cache() if cached else None
    with db.reading() as session, session.begin():
        figures = read_area(session, today=story.TODAY, thresholds=thresholds, cache=cache)
    if cache is not None:
        remember(db, cache)
    return figures, cache


def _cold(db: Database, thresholds: Thresholds | None = None) -> AreaFigures:
    return _read(db, cached=False, thresholds=thresholds)[0]


def _reused(cache: Cache | None) -> int:
    assert cache is not None
    return cache.reused


def _programs(figures: AreaFigures) -> list[ProgramFigures]:
    return [p for village in figures.villages for p in village.programs]


def _program_count(figures: AreaFigures) -> int:
    return sum(len(v.programs) for v in figures.villages)


def test_cached_figures_are_the_cold_ones_until_a_village_changes(office: Database) -> None:
    cold = _cold(office)
    first, cache = _read(office)
    assert first == cold and _reused(cache) == 0
    warm, cache = _read(office)
    assert warm == cold and repr(warm) == repr(cold)
    assert _reused(cache) == _program_count(cold) > 1

    # a meeting's attendance changed through the stage operation: its village is counted again
    with office.session() as session, session.begin():
        meeting = session.scalars(
            select(Meeting)
            .join(Program, Program.id == Meeting.program_id)
            .where(Meeting.deleted.is_(False), Program.closed_on.is_(None))
            .order_by(Meeting.id)
        ).first()
        assert meeting is not None
        village = meeting.village_code
        set_attendance(
            session,
            meeting_id=meeting.id,
            attendees=[
                Attendee(person_id=a.person_id, spoke=a.spoke, decision_role=a.decision_role)
                for a in session.scalars(
                    select(Attendance).where(
                        Attendance.meeting_id == meeting.id, Attendance.deleted.is_(False)
                    )
                )
            ][1:],
            unnamed_women=meeting.unnamed_women + 7,
            unnamed_men=meeting.unnamed_men,
        )
    changed, cache = _read(office)
    assert changed != cold
    assert changed == _cold(office)
    in_village = sum(len(v.programs) for v in changed.villages if v.code == village)
    assert _reused(cache) == _program_count(changed) - in_village
    again, cache = _read(office)
    assert again == changed and _reused(cache) == _program_count(changed)


def _laptop_bundle(folder: Path, meeting: bool) -> Path:
    """A bundle from a village laptop: its program, and later a meeting of it."""
    path = folder / "laptop.sqlite"
    laptop = open_database(path)
    try:
        moment = dt.datetime.combine(story.TODAY, dt.time(3), dt.UTC)
        with simulated(SimulatedTime(start=moment, seed=3)):
            with laptop.session() as session, session.begin():
                if not meeting:
                    device.bind(session, [NEW_VILLAGE])
                    programs.create_program(
                        session,
                        village_code=NEW_VILLAGE,
                        name="Air bersih",
                        start_date=story.TODAY - dt.timedelta(days=30),
                    )
                else:
                    program_id = session.scalars(select(Program.id)).one()
                    record_meeting(
                        session,
                        program_id=program_id,
                        stage=Stage.PREPARATION,
                        kind=MeetingKind.DELIBERATION,
                        title="Musyawarah dusun",
                        held_on=story.TODAY - dt.timedelta(days=2),
                        party=Party.facilitator(),
                        unnamed_women=9,
                        unnamed_men=4,
                    )
            out = folder / f"laptop-{int(meeting)}.berdaya"
            export_bundle(laptop, out)
    finally:
        laptop.dispose()
    return out


def test_an_imported_bundle_makes_its_village_counted_again(
    office: Database, tmp_path: Path
) -> None:
    with office.session() as session, session.begin():
        device.bind(session, [NEW_VILLAGE])  # the office takes the new village on
    _read(office)
    before = _program_count(_cold(office))
    bundle = _laptop_bundle(tmp_path, meeting=False)
    accept = [read_structure(bundle).sender_id]  # the office accepts the new laptop
    summary = import_files(office, [bundle], accept=accept)[0]
    assert summary.status == "applied", summary.message
    added, cache = _read(office)
    assert added == _cold(office)
    assert _program_count(added) == before + 1 and _reused(cache) == before
    assert import_files(office, [_laptop_bundle(tmp_path, meeting=True)])[0].status == "applied"
    met, cache = _read(office)
    assert met == _cold(office) and met != added
    assert _reused(cache) == before
    new = [p for v in met.villages for p in v.programs if p.village_code == NEW_VILLAGE]
    assert [(p.meetings, p.attendance_women) for p in new] == [(1, 9)]


def test_a_new_day_and_other_thresholds_count_again(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = _cold(office)
    _read(office)
    strict = Thresholds(women=0.9, community_participation=0.95, self_reliance=0.9)
    flagged, cache = _read(office, thresholds=strict)
    assert _reused(cache) == 0
    assert flagged == _cold(office, strict) and flagged != cold
    assert _reused(_read(office, thresholds=strict)[1]) == _program_count(cold)
    assert _reused(_read(office)[1]) == _program_count(cold)  # both kept, side by side

    class Tomorrow(dt.date):
        @classmethod
        def today(cls) -> Tomorrow:
            day = dt.date.today() + dt.timedelta(days=1)
            return cls(day.year, day.month, day.day)

    monkeypatch.setattr(cache_module, "dt", types.SimpleNamespace(date=Tomorrow))
    tomorrow, cache = _read(office)
    assert _reused(cache) == 0 and tomorrow == cold


def test_a_damaged_cache_is_counted_again(office: Database) -> None:
    cold = _cold(office)
    _read(office)
    with office.session() as session, session.begin():
        ids = list(session.scalars(select(CachedFigures.program_id)))
        damage = ["not json", "[1, 2]", '{"a": 1}', dataclass_json.dumps(Share(1, 2), Share)]
        for program_id, figures in zip(ids, damage, strict=False):
            session.execute(
                update(CachedFigures)
                .where(CachedFigures.program_id == program_id)
                .values(figures=figures)
            )
    again, cache = _read(office)
    assert again == cold
    assert _reused(cache) == _program_count(cold) - min(len(ids), len(damage))


def test_writing_back_never_waits_for_another_writer(
    demo_file: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    copy = tmp_path / "copy.sqlite"
    _copy_file(demo_file, copy)
    office = open_database(copy)
    try:
        cache = Cache()
        with office.reading() as session, session.begin():
            read_area(session, today=story.TODAY, cache=cache)
        other = sqlite3.connect(copy, timeout=0, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            started = dt.datetime.now()
            assert remember(office, cache) is False
            assert (dt.datetime.now() - started).total_seconds() < 5
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert remember(office, cache) is True
    finally:
        office.dispose()


def test_changed_villages_are_found_through_the_origin_index(office: Database) -> None:
    with office.engine.connect() as conn:
        device_id = conn.execute(select(SyncVersion.device_id).limit(1)).scalar_one()
        query = (
            select(SyncVersion.village_code)
            .where(SyncVersion.device_id == device_id, SyncVersion.counter > 5)
            .distinct()
            .compile(conn)
        )
        if conn.dialect.name == "sqlite":
            values = (device_id.hex, 5)
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}", values).all()
        else:
            conn.exec_driver_sql("ANALYZE sync_versions")
            conn.exec_driver_sql("SET enable_seqscan = off")  # a small table: could it, at all?
            plan = conn.exec_driver_sql(f"EXPLAIN {query}", query.params).all()
    assert "ix_sync_versions_origin" in " ".join(str(row) for row in plan)


def test_the_codec_keeps_whole_and_fractional_numbers_and_refuses_other_types() -> None:
    for share in (Share(1, 2), Share(1.0, 2.0), Share(0.1, 3)):
        back = dataclass_json.loads(dataclass_json.dumps(share, Share), Share)
        assert back == share and repr(back) == repr(share)
    for text_value in ("[true, 2]", '["1", 2]', "[1]", "[1, 2, 3]", "{}", "nonsense"):
        with pytest.raises(dataclass_json.Damaged):
            dataclass_json.loads(text_value, Share)


def test_the_cache_read_alone_is_what_read_area_gives_while_current(
    demo_file: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read with ``sqlite3`` alone before the database is open (the dashboard at start-up):
    current only while the cache would give every program to ``read_area``; otherwise the
    figures the cache last knew, marked as not current."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    copy = tmp_path / "copy.sqlite"
    _copy_file(demo_file, copy)
    office = open_database(copy)
    try:
        assert read_cached_area(copy) is None  # nothing cached yet
        _read(office)
        found = read_cached_area(copy)
        assert found is not None and found.current
        assert found.computed_on == dt.date.today()
        with office.reading() as session, session.begin():
            assert found.figures == read_area(session)
        assert read_cached_area(copy, Thresholds(women=0.5)) is None  # other thresholds
        with sqlite3.connect(copy) as conn:  # a device known since, with no change of its own
            conn.execute("INSERT INTO knowledge VALUES (?, 0)", (uuid.uuid4().hex,))
        assert (still := read_cached_area(copy)) is not None and still.current
        tomorrow = read_cached_area(copy, today=dt.date.today() + dt.timedelta(days=1))
        assert tomorrow is not None and not tomorrow.current
        assert tomorrow.computed_on == dt.date.today()

        gone = _programs(found.figures)[0]
        with office.session() as session, session.begin():
            programs.set_program_deleted(session, program_id=gone.program_id, deleted=True)
        stale = read_cached_area(copy)
        assert stale is not None and not stale.current
        # the live programs as the cache last knew them
        assert _programs(stale.figures) == [p for p in _programs(found.figures) if p != gone]
        _read(office)
        again = read_cached_area(copy)
        assert again is not None and again.current and again.figures != found.figures
        with office.reading() as session, session.begin():
            assert again.figures == read_area(session)
    finally:
        office.dispose()
    assert read_cached_area(tmp_path / "missing.sqlite") is None
