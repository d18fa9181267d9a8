"""``berdaya simulate``: a month of one village's field work, deterministic, within the stage
rules, and exchanged between two devices that converge."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_support import bind, dump_text, export, import_

from desktop.app import main
from desktop.core import demo, device
from desktop.core.calendar_id import SUNDAY, WorkingCalendar
from desktop.core.database import open_database
from desktop.core.db import Database
from desktop.core.domain import Stage, StageStatus
from desktop.core.ids import SimulatedTime, simulated
from desktop.core.models import Activity, Meeting, Program, ProgressLog, StageState
from desktop.core.simulate import SimulationReport, simulate
from desktop.core.stages import completion_issues
from desktop.core.stages.implementation import logs_of

DEMO_SEED = 27  # one village: a program in implementation, another in evaluation
MONTH_KB = 200  # the merge benchmark's goal for a month of one village as an increment


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A one-village demo database, made once (its device's key in a folder of its own)."""
    folder = tmp_path_factory.mktemp("simulate-demo")
    before = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    try:
        path = folder / "demo.sqlite"
        database = open_database(path)
        demo.generate(database, villages=1, seed=DEMO_SEED)
        database.dispose()
    finally:
        if before is None:
            del os.environ["XDG_CONFIG_HOME"]
        else:
            os.environ["XDG_CONFIG_HOME"] = before
    yield path


def _copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def _village_copy(demo_file: Path, folder: Path) -> Path:
    """The demo database as this test's laptop has it: opened once, so it has its device here."""
    path = _copy(demo_file, folder / "village.sqlite")
    database = open_database(path)
    _device(database)
    database.dispose()
    return path


def _device(database: Database, seed: int = 1) -> device.DeviceInfo:
    """This laptop's device for the database (made on first use, with the same villages).

    Its id comes from a fixed clock, so the simulation (seeded by it) is the same every run."""
    with _fixed(seed), database.session() as session, session.begin():
        return device.local_device(session)


@contextlib.contextmanager
def _fixed(seed: int) -> Iterator[None]:
    with simulated(SimulatedTime(dt.datetime(2026, 10, 16, 1, tzinfo=dt.UTC), seed=seed)):
        yield


def _run(path: Path, *, days: int, seed: int) -> tuple[SimulationReport, str]:
    database = open_database(path)
    try:
        report = simulate(database, days=days, seed=seed)
        return report, dump_text(database)
    finally:
        database.dispose()


def test_the_same_seed_gives_the_same_month_and_another_seed_another(
    demo_file: Path, tmp_path: Path
) -> None:
    village = _village_copy(demo_file, tmp_path)
    first = _copy(village, tmp_path / "first.sqlite")
    again = _copy(village, tmp_path / "again.sqlite")
    other = _copy(village, tmp_path / "other.sqlite")

    report, dumped = _run(first, days=30, seed=1)
    report_again, dumped_again = _run(again, days=30, seed=1)
    _, dumped_other = _run(other, days=30, seed=2)

    assert dumped == dumped_again
    assert report.text() == report_again.text()
    assert dumped != dumped_other
    assert report.days == 30 and report.first_day == dt.date(2026, 10, 14)
    assert report.last_day == dt.date(2026, 11, 12)
    # a month of field work: creates, edits of earlier records and deletions all happen
    print(f"\n{report.text()}\n{report.tables()}")
    assert report.created["meetings"] >= 4 and report.created["attendance"] >= 40
    assert report.created["progress_logs"] >= 3 and report.created["field_notes"] >= 1
    assert report.edited["activities"] and report.edited["stage_states"]
    assert report.deleted["attendance"] >= 1
    assert not report.refused


def test_a_simulated_season_keeps_the_stage_rules(demo_file: Path, tmp_path: Path) -> None:
    path = _village_copy(demo_file, tmp_path)
    report, _ = _run(path, days=120, seed=3)
    assert not report.refused, report.refused
    assert report.completed, "some stage is completed and the next one started"
    calendar = WorkingCalendar(weekend=(SUNDAY,))
    database = open_database(path)
    try:
        with database.session() as session:
            for program in session.scalars(select(Program)):
                states = {
                    s.stage: s
                    for s in session.scalars(
                        select(StageState).where(StageState.program_id == program.id)
                    )
                }
                started = [s for s in Stage if states[s].status is not StageStatus.NOT_STARTED]
                # stages start in order: none started before the one it follows
                assert started == list(Stage)[: len(started)]
                if program.closed_on is None:
                    for stage in Stage:
                        if (
                            states[stage].status is StageStatus.DONE
                            and (states[stage].completed_on or dt.date.min) >= report.first_day
                        ):
                            assert not completion_issues(
                                session, program_id=program.id, stage=stage
                            )
            # each activity stands at its latest log, and its logs never go back
            for activity in session.scalars(select(Activity).where(Activity.deleted.is_(False))):
                logs = logs_of(session, activity.id)
                if logs:
                    assert activity.progress == logs[-1].progress
                    assert [log.progress for log in logs] == sorted(log.progress for log in logs)
            # nothing on a Sunday or a public holiday, nothing after the last simulated day
            held = session.scalars(
                select(Meeting.held_on).where(Meeting.held_on >= report.first_day)
            ).all()
            logged = session.scalars(
                select(ProgressLog.logged_on).where(ProgressLog.logged_on >= report.first_day)
            ).all()
            assert held and logged
            for day in [*held, *logged]:
                assert calendar.is_working_day(day) and day <= report.last_day
    finally:
        database.dispose()
    print(f"\n{report.text()}\n{report.tables()}")


def test_two_devices_simulate_a_month_each_and_converge(
    demo_file: Path, tmp_path: Path, make_db
) -> None:
    laptop = open_database(_village_copy(demo_file, tmp_path))
    try:
        [code] = _device(laptop).scope
        second = make_db("second")  # the second facilitator's laptop: berdaya init --village
        with _fixed(2):
            bind(second, code)
        import_(second, export(laptop, tmp_path / "everything.berdaya", full=True))
        import_(laptop, export(second, tmp_path / "hello.berdaya"))  # acknowledges all of it

        mine = simulate(laptop, days=30, seed=11)
        theirs = simulate(second, days=30, seed=12)
        assert mine.created and theirs.created and mine.first_day == theirs.first_day

        month = export(laptop, tmp_path / "month.berdaya")
        reply = export(second, tmp_path / "reply.berdaya")
        [merged] = import_(second, month)
        [answered] = import_(laptop, reply)
        assert merged.held == 0 and answered.held == 0
        assert dump_text(laptop) == dump_text(second)

        size_kb = month.stat().st_size / 1024
        print(f"\nbundle.month_kb = {size_kb:.1f} (one village, 30 days: {mine.text()})")
        assert size_kb < MONTH_KB
    finally:
        laptop.dispose()


def test_cli_prints_the_report(demo_file: Path, tmp_path: Path, capsys) -> None:
    path = _village_copy(demo_file, tmp_path)
    assert main(["simulate", "--db", str(path), "--days", "3", "--seed", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Simulated 3 days (14-10-2026 to 16-10-2026, 3 field days) in 1 village")
    assert "attendance" in out or "field_notes" in out or "progress_logs" in out


def test_cli_refuses_a_wrong_database_in_one_sentence(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nowhere.sqlite"
    assert main(["simulate", "--db", str(missing), "--days", "3"]) != 0
    err = capsys.readouterr().err.strip()
    assert err == "berdaya: “nowhere.sqlite” is not a Berdaya database yet."
    assert not missing.exists() or missing.stat().st_size == 0


def test_cli_refuses_a_database_bound_to_no_village(tmp_path: Path, capsys) -> None:
    path = tmp_path / "office.sqlite"
    assert main(["init", "--db", str(path), "--area", "32.01"]) == 0
    capsys.readouterr()
    assert main(["simulate", "--db", str(path), "--days", "3"]) == 2
    err = capsys.readouterr().err
    assert "is not bound to any village" in err and err.count("\n") == 1
