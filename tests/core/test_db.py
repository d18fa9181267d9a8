"""Opening databases: the default file, pragmas, migrations on SQLite and PostgreSQL, refusals."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from desktop.core import db as dbmod
from desktop.core import schema
from desktop.core.database import open_database
from desktop.core.db import NewerDatabase, NotBerdayaDatabase
from desktop.core.models import Base


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "desktop.core:migrations")
    return config


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_revision_list_matches_the_alembic_scripts() -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    ordered = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(ordered) == schema.REVISIONS
    assert script.get_current_head() == schema.HEAD


def test_models_and_migrations_never_drift(db_url: str) -> None:
    database = open_database(db_url)
    try:
        with database.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                schema.HEAD
            )
    finally:
        database.dispose()


def test_migrations_downgrade_to_nothing_and_back(db_url: str) -> None:
    engine = dbmod.make_engine(db_url)
    config = _alembic_config()
    for target in ("head", "base", "head"):
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            if target == "base":
                command.downgrade(config, "base")
            else:
                command.upgrade(config, "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == schema.HEAD
    engine.dispose()


def test_new_sqlite_file_is_safe_against_power_loss(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "dir" / "berdaya.sqlite"
    database = open_database(path)
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        database.dispose()
    assert path.exists()


def test_default_database_lives_in_the_users_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    expected = tmp_path / "data" / "Berdaya" / "berdaya.sqlite"
    assert dbmod.default_db_path() == expected
    assert dbmod.to_url(None) == f"sqlite:///{expected}"
    database = open_database(None)
    database.dispose()
    assert expected.exists()


def test_urls_and_paths() -> None:
    assert dbmod.to_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert dbmod.to_url("/tmp/x.sqlite") == "sqlite:////tmp/x.sqlite"
    assert dbmod.describe("postgresql+psycopg://u:secret@h/db") == "postgresql+psycopg://u:***@h/db"


def test_older_database_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, schema.REVISIONS[0])
        conn.execute(
            text(
                "INSERT INTO people (id, village_code, created_at, updated_at, deleted, name, sex,"
                " is_resident) VALUES ('0192f0c8e1c07000800000000000abcd', '32.01.01.1001',"
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0, 'Siti Aminah', 'female', 1)"
            )
        )
    engine.dispose()

    database = open_database(path)
    try:
        assert database.backup is not None and database.backup.exists()
        assert schema.REVISIONS[0] in database.backup.name
        backup = sqlite3.connect(database.backup)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
            schema.REVISIONS[0],
        )
        assert backup.execute("SELECT name FROM people").fetchall() == [("Siti Aminah",)]
        backup.close()
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                schema.HEAD
            )
            assert conn.execute(text("SELECT name FROM people")).scalar() == "Siti Aminah"
    finally:
        database.dispose()

    again = open_database(path)  # already current: no second backup
    assert again.backup is None
    again.dispose()


def _make_sqlite(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("statements", "error", "words"),
    [
        (
            [
                "CREATE TABLE alembic_version (version_num VARCHAR(32))",
                "INSERT INTO alembic_version VALUES ('berdaya_9999')",
                "CREATE TABLE programs (id TEXT)",
            ],
            NewerDatabase,
            "newer version of Berdaya",
        ),
        (
            ["CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"],
            NotBerdayaDatabase,
            "another program",
        ),
        (
            [
                "CREATE TABLE alembic_version (version_num VARCHAR(32))",
                "INSERT INTO alembic_version VALUES ('3f2a9c1d')",
            ],
            NotBerdayaDatabase,
            "another program",
        ),
    ],
    ids=["newer-berdaya", "foreign-sqlite", "foreign-alembic"],
)
def test_refused_sqlite_files_are_left_untouched(
    tmp_path: Path, statements: list[str], error: type[Exception], words: str
) -> None:
    path = tmp_path / "given.sqlite"
    _make_sqlite(path, *statements)
    before, files = _digest(path), _siblings(path)
    with pytest.raises(error, match=words) as caught:
        open_database(path)
    assert "left untouched" in str(caught.value)
    assert _digest(path) == before
    assert _siblings(path) == files  # no -wal, -shm or backup appeared


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Rapat dusun, Senin 5 Januari: 23 warga hadir.\n" * 20, encoding="utf-8")
    before = _digest(path)
    with pytest.raises(NotBerdayaDatabase, match="not a Berdaya database"):
        open_database(path)
    assert _digest(path) == before
    assert _siblings(path) == {"notes.sqlite"}


def test_a_newer_postgresql_database_is_refused(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('berdaya_9999')"))
    with pytest.raises(NewerDatabase):
        open_database(pg_url)
    with engine.connect() as conn:
        tables = conn.execute(
            text("SELECT count(*) FROM information_schema.tables WHERE table_schema='public'")
        ).scalar()
    assert tables == 1
    engine.dispose()


def test_cli_says_why_a_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.sqlite"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = subprocess.run(
        [sys.executable, "-m", "desktop.app", "dump", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "not a Berdaya database" in result.stderr
    assert "Traceback" not in result.stderr
