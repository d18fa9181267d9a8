"""An office server as the README sets it up: ``berdaya init`` makes the office's database on a
PostgreSQL server (its tables and its device), and ``import``, ``summary`` and ``dump`` work on
it as on a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import cli
from desktop.core.database import open_database
from desktop.core.domain import Sex
from desktop.core.models import Person

CIBODAS = "32.01.06.2008"
REGENCY = "32.01"


def _village_bundle(folder: Path) -> tuple[Path, Path]:
    """A village laptop (a file) with two people, and its bundle of everything."""
    laptop = folder / "village.sqlite"
    assert cli.main(["init", "--db", str(laptop), "--village", CIBODAS]) == 0
    database = open_database(laptop)
    try:
        with database.session() as session, session.begin():
            for name in ("Sri", "Wati"):
                session.add(Person(name=name, sex=Sex.FEMALE, village_code=CIBODAS))
    finally:
        database.dispose()
    bundle = folder / "village.berdaya"
    assert cli.main(["export", "--db", str(laptop), "--out", str(bundle), "--full"]) == 0
    return laptop, bundle


def test_init_makes_an_office_on_a_server_that_imports_and_reports(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop, bundle = _village_bundle(tmp_path)
    capsys.readouterr()

    assert cli.main(["init", "--db", pg_url, "--area", REGENCY]) == 0
    made = capsys.readouterr().out
    assert f"bound to {REGENCY} (office)" in made and "fingerprint " in made
    assert cli.main(["init", "--db", pg_url, "--area", REGENCY]) == 2  # made once only
    assert f"already bound to {REGENCY}" in capsys.readouterr().err

    assert cli.main(["import", "--db", pg_url, str(bundle), "--accept-new"]) == 0
    assert "2 new rows" in capsys.readouterr().out
    assert cli.main(["summary", "--db", pg_url]) == 0
    capsys.readouterr()
    assert cli.main(["dump", "--db", pg_url]) == 0
    office = capsys.readouterr().out
    assert cli.main(["dump", "--db", str(laptop)]) == 0
    assert office == capsys.readouterr().out
    assert "Sri" in office and "Wati" in office


def test_a_workstation_without_the_offices_key_is_told_to_copy_it_and_takes_nothing_over(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second workstation with its own, empty keys folder: the database is not opened (a
    new device would take the office's place from the first workstation) and says which
    folder to copy; with the folder copied, it opens as the same device."""
    import shutil

    from sqlalchemy import func, select

    from desktop.core.db import DatabaseError
    from desktop.core.models import Device
    from desktop.core.sync.keys import keys_dir

    assert cli.main(["init", "--db", pg_url, "--area", REGENCY]) == 0
    first = keys_dir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "second-workstation"))
    with pytest.raises(DatabaseError) as refused:
        open_database(pg_url)
    assert str(keys_dir()) in str(refused.value) and "copy the folder" in str(refused.value)
    assert cli.main(["summary", "--db", pg_url]) != 0  # the command line says the same
    assert "does not hold the key" in capsys.readouterr().err

    shutil.copytree(first, keys_dir())
    database = open_database(pg_url)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Device)) == 1
    finally:
        database.dispose()
