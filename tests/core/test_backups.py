"""Backups nobody has to remember: online backups, pruning, restore, and a laptop replaced from
a backup becoming the old device's successor."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import backups, device
from desktop.core.database import open_database
from desktop.core.db import backup_sqlite
from desktop.core.dump import dump
from desktop.core.errors import ValidationError
from desktop.core.models import Device
from desktop.core.sync import trust
from desktop.core.sync.bundle import read_structure
from desktop.core.sync.export import export_bundle
from desktop.core.sync.merge import import_files

VILLAGE = "32.01.01.1001"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.core import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    try:
        demo.generate(database, villages=1, seed=3)
    finally:
        database.dispose()
    return path


@pytest.fixture
def db_path(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "field" / "berdaya.sqlite"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    return path


def dump_of(path: Path) -> str:
    database = open_database(path, create=False)
    try:
        out = io.StringIO()
        with database.reading() as session:
            dump(session, out)
        return out.getvalue()
    finally:
        database.dispose()


def rename_programs(path: Path, name: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE programs SET name = ?", (name,))
    conn.commit()
    conn.close()


def test_backup_and_restore_round_trip_with_equal_dumps(db_path: Path) -> None:
    before = dump_of(db_path)
    made = backups.make_backup(db_path, reason="manual")
    assert made.parent == backups.backups_dir(db_path)
    assert made.name.startswith("berdaya-") and made.name.endswith("-manual.sqlite")
    # one self-contained file: rollback journal, nothing beside it
    assert not Path(f"{made}-wal").exists()
    rename_programs(db_path, "Program yang salah")
    changed = dump_of(db_path)
    assert changed != before

    safety = backups.restore(db_path, made)

    assert dump_of(db_path) == before
    # the file as it was before the restore is itself a backup, and restores the change back
    assert safety is not None and safety.name.endswith("-before-restore.sqlite")
    assert dump_of(safety) == changed
    listed = backups.list_backups(db_path)
    assert [b.path for b in listed] == [safety, made]  # newest first
    assert [b.reason for b in listed] == ["before-restore", "manual"]
    assert all(b.ok and b.size > 0 for b in listed)
    assert listed[0].programs == listed[1].programs and (listed[0].programs or 0) > 0
    with sqlite3.connect(db_path) as conn:  # the live file keeps its WAL journal
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_online_backup_while_another_connection_holds_a_write_transaction(db_path: Path) -> None:
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE programs SET name = 'not yet committed'")
    started = time.monotonic()
    made = backups.make_backup(db_path, reason="manual")
    assert time.monotonic() - started < 5  # it did not wait for the writer
    writer.execute("COMMIT")
    writer.close()
    with sqlite3.connect(made) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM programs")}
    assert "not yet committed" not in names  # the last committed state, consistent
    assert backups.list_backups(db_path)[0].ok


def test_pruning_keeps_the_newest_within_the_count_and_the_budget(db_path: Path) -> None:
    start = dt.datetime(2030, 1, 1, 8, 0, tzinfo=dt.UTC)
    made = [
        backups.make_backup(db_path, reason="daily", keep=3, now=start + dt.timedelta(days=day))
        for day in range(6)
    ]
    listed = backups.list_backups(db_path)
    assert [b.path for b in listed] == made[:2:-1]
    assert listed[0].made_at == start + dt.timedelta(days=5)
    # a budget smaller than two backups keeps the newest one only
    size = made[-1].stat().st_size
    newest = backups.make_backup(
        db_path, reason="manual", keep=3, budget_bytes=size + size // 2, now=start.replace(2031)
    )
    assert [b.path for b in backups.list_backups(db_path)] == [newest]


def test_daily_backup_once_a_day_and_only_when_changed(db_path: Path) -> None:
    first = backups.daily_backup(db_path, keep=5)
    assert first is not None and first.name.endswith("-daily.sqlite")
    assert backups.daily_backup(db_path, keep=5) is None  # one already today
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert backups.daily_backup(db_path, keep=5, today=tomorrow) is None  # nothing changed
    time.sleep(0.05)
    rename_programs(db_path, "Diubah esok hari")
    second = backups.daily_backup(db_path, keep=5, today=tomorrow)
    assert second is not None and second != first
    assert backups.kept_count(db_path) == 5  # remembered for imports and migrations


def test_window_open_makes_the_days_backup(db_path: Path) -> None:
    database = open_database(db_path, create=False, keep_backups=4)
    database.dispose()
    listed = backups.list_backups(db_path)
    assert [b.reason for b in listed] == ["daily"]
    assert backups.kept_count(db_path) == 4


def test_restore_refuses_damaged_and_foreign_files_and_changes_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    before = dump_of(db_path)
    foreign = tmp_path / "invoices.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    notes = tmp_path / "notes.sqlite"
    notes.write_text("bukan database\n" * 100)
    with pytest.raises(ValidationError, match="not a Berdaya database"):
        backups.restore(db_path, foreign)
    with pytest.raises(ValidationError, match="damaged or not a database"):
        backups.restore(db_path, notes)
    assert dump_of(db_path) == before
    assert backups.list_backups(db_path) == []


def test_a_damaged_database_is_kept_byte_for_byte_then_restored(db_path: Path) -> None:
    good = backups.make_backup(db_path, reason="manual")
    before = dump_of(db_path)
    database = open_database(db_path, create=False)
    database.dispose()
    with db_path.open("r+b") as handle:  # scribble over pages past the schema
        handle.seek(8 * 4096)
        handle.write(b"\xff" * 4096 * 20)
    damaged = db_path.read_bytes()
    safety = backups.restore(db_path, good)
    assert safety is not None and safety.read_bytes() == damaged
    assert dump_of(db_path) == before


def test_server_databases_are_backed_up_by_their_server() -> None:
    with pytest.raises(ValidationError, match="server's job"):
        backups.database_file("postgresql+psycopg://berdaya@localhost/berdaya")
    assert (
        backups.backup_before("postgresql+psycopg://berdaya@localhost/x", "before-import") is None
    )


def test_a_failed_migration_retried_keeps_one_backup(db_path: Path) -> None:
    first = backup_sqlite(db_path, "berdaya_0004")
    again = backup_sqlite(db_path, "berdaya_0004")
    assert again == first and first.name.endswith("-before-migration.berdaya_0004.sqlite")
    assert [b.path for b in backups.list_backups(db_path)] == [first]


def test_an_import_is_preceded_by_a_backup(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path, create=False)
    try:
        bundle = export_bundle(database, tmp_path / "out.berdaya", full=True).path
        import_files(database, [bundle], dry_run=True)
        assert backups.list_backups(db_path) == []  # a dry run changes nothing
        import_files(database, [bundle])
    finally:
        database.dispose()
    assert [b.reason for b in backups.list_backups(db_path)] == ["before-import"]


def test_a_bundle_imported_again_makes_no_second_backup(db_path: Path, tmp_path: Path) -> None:
    """Importing a bundle already applied (a folder looked at twice, a file sent twice) changes
    nothing, so the database is not copied again first."""
    village = open_database(db_path, create=False)
    try:
        bundle = export_bundle(village, tmp_path / "out.berdaya", full=True).path
        made = read_structure(bundle)
    finally:
        village.dispose()
    office_path = tmp_path / "office" / "berdaya.sqlite"
    office_path.parent.mkdir()
    office = open_database(office_path)
    try:
        with office.session() as session, session.begin():
            device.bind(session, sorted({code[:5] for code in made.scope}))  # their regencies
        applied = import_files(office, [bundle], accept=[made.sender_id])[0]
        assert applied.status == "applied", applied.message
        assert import_files(office, [bundle])[0].status == "skipped"
    finally:
        office.dispose()
    assert [b.reason for b in backups.list_backups(office_path)] == ["before-import"]


def test_a_backup_on_a_new_laptop_becomes_the_old_devices_successor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_path = tmp_path / "old-laptop" / "berdaya.sqlite"
    old_path.parent.mkdir()
    database = open_database(old_path)
    with database.session() as session, session.begin():
        old = device.bind(session, [VILLAGE])
    database.dispose()
    made = backups.make_backup(old_path, reason="daily")

    # the laptop died: its backup (from the USB stick) is restored on a new one, with new keys
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "new-laptop-config"))
    new_path = tmp_path / "new-laptop" / "berdaya.sqlite"
    assert backups.restore(new_path, made) is None  # nothing was there to keep
    database = open_database(new_path)
    try:
        with database.session() as session, session.begin():
            new = device.local_device(session)
            row = session.get(Device, new.id)
            assert row is not None and row.predecessor_id == old.id
        assert new.id != old.id and new.scope == old.scope == (VILLAGE,)
        bundle = export_bundle(database, tmp_path / "new.berdaya", full=True).path
    finally:
        database.dispose()

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "office-config"))
    office = open_database(tmp_path / "office.sqlite")
    try:
        with office.session() as session, session.begin():
            device.bind(session, ["32.01"])
        [summary] = import_files(office, [bundle], accept=[new.id.hex])  # a new key: a decision
        assert summary.status == "applied", summary.message
        with office.session() as session, session.begin():
            seen = {entry.id: entry for entry in trust.list_devices(session)}
            assert seen[new.id].predecessor == old.id
            assert f"successor of {old.id}" in seen[new.id].line()
            assert session.scalar(select(Device.predecessor_id).where(Device.id == new.id)) == (
                old.id
            )
    finally:
        office.dispose()
