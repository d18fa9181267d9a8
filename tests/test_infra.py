"""The test infrastructure itself: database fixtures, `make test` and CI's entry point."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

ROOT = Path(__file__).resolve().parent.parent

# databases that earlier cases of test_each_pg_url_is_fresh_and_dropped were given
_seen_databases: list[str] = []


def _scalar(url: str, query: str) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(query)).scalar_one()
    finally:
        engine.dispose()


def test_pg_server_answers(pg_server: str) -> None:
    assert pg_server.startswith("postgresql+psycopg://")
    assert _scalar(pg_server, "select 1") == 1


def test_pg_url_is_its_own_empty_database(pg_server: str, pg_url: str) -> None:
    name = _scalar(pg_url, "select current_database()")
    assert isinstance(name, str) and name.startswith("t_")
    assert name != _scalar(pg_server, "select current_database()")

    engine = create_engine(pg_url)
    try:
        assert inspect(engine).get_table_names() == []
        with engine.begin() as conn:
            conn.execute(text("create table only_here (id integer primary key)"))
        assert inspect(engine).get_table_names() == ["only_here"]
    finally:
        engine.dispose()

    server = create_engine(pg_server)
    try:
        assert "only_here" not in inspect(server).get_table_names()
    finally:
        server.dispose()


@pytest.mark.parametrize("case", ["first", "second"])
def test_each_pg_url_is_fresh_and_dropped(case: str, pg_server: str, pg_url: str) -> None:
    name = _scalar(pg_url, "select current_database()")
    assert isinstance(name, str)
    assert name not in _seen_databases

    engine = create_engine(pg_url)
    try:
        # an earlier case left a table behind in its own database: none of it may show here
        assert inspect(engine).get_table_names() == []
        with engine.begin() as conn:
            conn.execute(text("create table left_behind (id integer)"))
    finally:
        engine.dispose()

    # the databases of earlier cases were dropped when those tests ended
    for earlier in _seen_databases:
        count = _scalar(pg_server, f"select count(*) from pg_database where datname = '{earlier}'")
        assert count == 0, f"{earlier} was not dropped"
    _seen_databases.append(name)


def test_sqlite_url_is_a_file_in_the_tests_tmp_path(sqlite_url: str, tmp_path: Path) -> None:
    assert sqlite_url == f"sqlite:///{tmp_path}/berdaya.sqlite"
    assert _scalar(sqlite_url, "select 1") == 1
    assert (tmp_path / "berdaya.sqlite").exists()


def test_db_url_runs_on_both_databases(db_url: str, request: pytest.FixtureRequest) -> None:
    expected = {"sqlite": "sqlite", "postgresql": "postgresql"}[request.node.callspec.id]
    engine = create_engine(db_url)
    try:
        assert engine.dialect.name == expected
        with engine.connect() as conn:
            assert conn.execute(text("select 1")).scalar_one() == 1
    finally:
        engine.dispose()


def test_make_test_lints_and_runs_pytest() -> None:
    make = shutil.which("make")
    assert make, "GNU make is needed for `make test`"
    result = subprocess.run(
        [make, "-n", "test"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    plan = result.stdout
    for tool in ("pytest", "ruff check", "ruff format --check", "mypy", "lint-imports"):
        assert tool in plan, f"`make test` does not run {tool}:\n{plan}"
    assert "ensure-system.sh" in plan


def test_ci_runs_make_test() -> None:
    script = ROOT / ".ci" / "run"
    lines = [line.strip() for line in script.read_text().splitlines()]
    assert lines[0] == "#!/usr/bin/env bash"
    assert "set -euo pipefail" in lines
    assert "make test" in lines
