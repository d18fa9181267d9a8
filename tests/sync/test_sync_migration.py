"""The compact bookkeeping (berdaya_0009) on databases and bundles made by the version before it.

``tests/data/berdaya_0008.zip`` was made by that version of the program (commit e72b8e4) with
its own commands: a village laptop with one demo village (``berdaya demo --villages 1``), an
office of its regency that imported the village's first bundle, ten more simulated days on the
village, its second bundle (not imported by the office), each database's ``berdaya dump``, and
the devices' keys."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_support import bind, dump_text, export, import_

from desktop.core.database import open_database
from desktop.core.models import SyncVersion
from desktop.core.simulate import simulate
from desktop.core.sync.keys import keys_dir

MADE_BEFORE = Path(__file__).parents[1] / "data" / "berdaya_0008.zip"
REGENCY_OF_THE_VILLAGE = "73.15"


@pytest.fixture
def before(tmp_path: Path) -> Path:
    """The files of the earlier version, unpacked; its devices' keys where keys are kept."""
    folder = tmp_path / "before"
    with zipfile.ZipFile(MADE_BEFORE) as archive:
        archive.extractall(folder)
    keys = keys_dir()
    keys.mkdir(parents=True, exist_ok=True)
    for key in (folder / "keys").iterdir():
        shutil.copyfile(key, keys / key.name)
    return folder


def _old_field_versions(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM field_versions").fetchone()[0])


@pytest.mark.parametrize("name", ["village", "office"])
def test_a_migrated_database_holds_the_same_data_in_far_less_room(before: Path, name: str) -> None:
    path = before / f"{name}.sqlite"
    fields = _old_field_versions(path)
    size = path.stat().st_size
    database = open_database(path)
    try:
        assert database.backup is not None and database.backup.exists()  # backed up first
        assert dump_text(database) == (before / f"{name}.dump.json").read_text()
        with database.session() as session:
            entries = session.scalar(select(func.count()).select_from(SyncVersion))
        assert entries is not None and 0 < entries * 5 < fields
    finally:
        database.dispose()
    assert path.stat().st_size < size * 0.6  # the freed room is given back


def test_a_bundle_written_before_imports_into_a_migrated_office(before: Path) -> None:
    office = open_database(before / "office.sqlite")
    try:
        [summary] = import_(office, before / "second.berdaya")
        assert summary.status == "applied", summary.message
        assert dump_text(office) == (before / "village.dump.json").read_text()
    finally:
        office.dispose()


def test_bundles_written_before_make_a_new_office_whole(before: Path, make_db) -> None:
    """On SQLite and PostgreSQL: the village's two bundles of the earlier format, the first
    then the second (which holds all of the first again), give the village's data."""
    database = make_db("office")
    bind(database, REGENCY_OF_THE_VILLAGE)
    for bundle in ("first.berdaya", "second.berdaya"):
        [summary] = import_(database, before / bundle)
        assert summary.status == "applied", summary.message
    assert dump_text(database) == (before / "village.dump.json").read_text()


def test_a_migrated_village_goes_on_working_with_its_migrated_office(
    before: Path, tmp_path: Path
) -> None:
    village = open_database(before / "village.sqlite")
    office = open_database(before / "office.sqlite")
    try:
        simulate(village, days=5, seed=11)
        bundle = export(village, tmp_path / "after.berdaya")
        [summary] = import_(office, bundle)
        assert summary.status == "applied", summary.message
        assert summary.new_rows > 0  # five days of new work, made after the migration
        assert dump_text(office) == dump_text(village)
        back = export(office, tmp_path / "back.berdaya", to=_device_of(village))
        [summary] = import_(village, back)
        assert summary.status in {"applied", "skipped"}, summary.message
        assert dump_text(office) == dump_text(village)
    finally:
        village.dispose()
        office.dispose()


def _device_of(database) -> str:
    from desktop.core.sync.identity import local_identity

    with database.engine.connect() as conn:
        return local_identity(conn).device_id.hex
