"""Merging into PostgreSQL: the bookkeeping analysed while a long import makes it grow, and
a bundle of rows never seen here merged in one statement (``fresh``) storing what the
statement-per-step merge stores on SQLite (the stage filled by COPY is exercised by every sync
test on PostgreSQL, refusals included)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sync_support import (
    REGENCY,
    VILLAGE,
    add_person,
    bind,
    dump_text,
    edit_person,
    export,
    import_,
    import_one,
    people,
)

from desktop.core.database import open_database
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


def _versions(database: Database) -> list[tuple[object, ...]]:
    """The bookkeeping's entries, ids as hex whichever way the database stores them."""
    with database.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT table_name, row_id, column_name, hlc, device_id, counter, village_code, "
                "value FROM sync_versions"
            )
        ).all()
    hexed = [
        (t, str(r).replace("-", ""), c, h, str(d).replace("-", ""), n, v, value)
        for t, r, c, h, d, n, v, value in rows
    ]
    return sorted(hexed, key=repr)


def test_a_first_import_stores_what_sqlite_stores(
    make_db: Callable[[str], Database], tmp_path: Path
) -> None:
    """Rows made whole, a field written after its row was made, a row deleted since, and a
    second bundle of changes to rows now known: the same entries, values and rows on both."""
    laptop = make_db("laptop")
    bind(laptop, VILLAGE)
    sri = add_person(laptop, "Sri")
    wati = add_person(laptop, "Wati", phone="0812")
    add_person(laptop, "Ani")
    edit_person(laptop, sri, name="Sri Rahayu")
    edit_person(laptop, wati, deleted=True)
    first = export(laptop, tmp_path / "first.berdaya")
    edit_person(laptop, sri, hamlet="Dusun II")
    add_person(laptop, "Dewi")
    second = export(laptop, tmp_path / "second.berdaya")
    server = make_db("office")
    bind(server, REGENCY)
    lite = open_database(tmp_path / "office.sqlite")
    try:
        bind(lite, REGENCY)
        for path in (first, second):
            [on_server], [on_file] = import_(server, path), import_(lite, path)
            assert on_server.status == on_file.status == "applied"
            assert on_server.counts() == on_file.counts()
            assert _versions(server) == _versions(lite)
        assert dump_text(server) == dump_text(lite) == dump_text(laptop)
        # the whole rows of the first bundle stand for their fields with one entry each
        assert sum(1 for entry in _versions(server) if entry[2] == "") >= 3
    finally:
        lite.dispose()
