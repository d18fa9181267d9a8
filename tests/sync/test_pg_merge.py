"""Merging into PostgreSQL: the bookkeeping analysed while a long import makes it grow (the
stage filled by COPY is exercised by every sync test on PostgreSQL, refusals included)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sync_support import REGENCY, VILLAGE, add_person, bind, export, import_one, people

from desktop.core.db import Database
from desktop.core.models import SyncVersion
from desktop.core.sync import statistics

pytestmark = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)


def _bundle(make_db: Callable[[str], Database], out: Path) -> Path:
    laptop = make_db("laptop")
    bind(laptop, VILLAGE)
    for name in ("Sri", "Wati"):
        add_person(laptop, name)
    return export(laptop, out)


def _planner_rows(database: Database) -> float:
    with database.engine.connect() as conn:
        return float(
            conn.execute(
                text("SELECT reltuples FROM pg_class WHERE relname = :t"),
                {"t": SyncVersion.__tablename__},
            ).scalar_one()
        )


def test_a_long_import_analyses_the_bookkeeping_as_it_grows(
    make_db: Callable[[str], Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _bundle(make_db, tmp_path / "laptop.berdaya")
    office = make_db("office")
    bind(office, REGENCY)
    assert _planner_rows(office) < 0  # never analysed
    monkeypatch.setattr(statistics, "FIRST_LOOK_PAGES", 1)  # a long import, in small
    assert import_one(office, bundle).status == "applied"
    assert _planner_rows(office) > 0


def test_texts_with_tabs_breaks_and_backslashes_arrive_as_typed(
    make_db: Callable[[str], Database], tmp_path: Path
) -> None:
    """The stage is filled as COPY text, where a tab, a line break or a backslash would end or
    change a field unless escaped."""
    typed = "Siti\tNur\\Aini\nRT 02\r\\n"
    laptop = make_db("laptop")
    bind(laptop, VILLAGE)
    add_person(laptop, typed)
    office = make_db("office")
    bind(office, REGENCY)
    assert import_one(office, export(laptop, tmp_path / "laptop.berdaya")).status == "applied"
    assert [name for name, _gone in people(office).values()] == [typed]
