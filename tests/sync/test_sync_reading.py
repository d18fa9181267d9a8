"""Bundles read ahead: while one bundle is merged the next one's lines are read in a thread
(``reading``). A bundle read ahead is refused as it would be alone, a cancelled import leaves
no reader behind, and what lands is what a bundle-by-bundle import gives."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sync_support import (
    REGENCY,
    VILLAGE,
    add_person,
    bind,
    dump_text,
    export,
    import_,
    people,
    senders,
)
from test_sync_refusals import _resign

from desktop.core.db import Database
from desktop.core.sync import keys
from desktop.core.sync.merge import import_files


def _readers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "berdaya-read"]


def _laptops(make_db: Callable[[str], Database], tmp_path: Path) -> list[tuple[Database, Path]]:
    """Three laptops of the village, each with a resident of its own in its first bundle."""
    made = []
    for number, name in enumerate(("Sari", "Tono", "Umi"), 1):
        laptop = make_db(f"laptop{number}")
        bind(laptop, VILLAGE)
        add_person(laptop, name)
        made.append((laptop, export(laptop, tmp_path / f"{number}-{name}.berdaya")))
    return made


def _with_a_field_twice(laptop: Database, good: Path, out: Path) -> Path:
    me = bind(laptop, VILLAGE)
    key = keys.load_private(me.id)
    assert key is not None

    def twice(entries: dict[str, bytes]) -> None:
        name = "changes/000001.ndjson"
        lines = entries[name].splitlines(keepends=True)
        entries[name] = b"".join([*lines, lines[len(lines) // 2]])

    return _resign(good, out, key, members=twice)


def test_a_bundle_read_ahead_is_refused_as_when_alone(
    make_db: Callable[[str], Database], tmp_path: Path
) -> None:
    (_one, first), (two, second), (_three, third) = _laptops(make_db, tmp_path)
    damaged = _with_a_field_twice(two, second, tmp_path / "2-damaged.berdaya")
    alone = make_db("alone")
    bind(alone, REGENCY)
    [by_itself] = import_(alone, damaged)
    assert by_itself.status == "refused"
    assert "a malformed or repeated change" in by_itself.message

    office = make_db("office")
    bind(office, REGENCY)
    summaries = import_(office, first, damaged, third)
    assert [s.status for s in summaries] == ["applied", "refused", "applied"]
    assert summaries[1].message == by_itself.message
    assert sorted(name for name, _gone in people(office).values()) == ["Sari", "Umi"]
    assert _readers() == []
    # the good bundle from the same laptop still goes in afterwards
    assert [s.status for s in import_(office, second)] == ["applied"]
    assert sorted(name for name, _gone in people(office).values()) == ["Sari", "Tono", "Umi"]


class Cancelled(Exception):
    """What the window raises from the progress callback when the user presses Cancel."""


def test_a_cancelled_import_stops_the_reading_ahead(
    make_db: Callable[[str], Database], tmp_path: Path
) -> None:
    laptops = _laptops(make_db, tmp_path)
    paths = [path for _laptop, path in laptops]
    office = make_db("office")
    bind(office, REGENCY)
    seen: list[str] = []

    def cancel_while_the_second_merges(_fraction: float, what: str) -> None:
        seen.append(what)
        if what == "Applying changes…" and any(w.startswith("Importing 2-") for w in seen):
            raise Cancelled  # the third bundle is being read ahead by now

    with pytest.raises(Cancelled):
        import_files(office, paths, progress=cancel_while_the_second_merges, accept=senders(paths))
    assert _readers() == []
    assert [name for name, _gone in people(office).values()] == ["Sari"]
    # run again: the first is skipped, the other two land as they would one by one
    assert [s.status for s in import_(office, *paths)] == ["skipped", "applied", "applied"]
    one_by_one = make_db("one-by-one")
    bind(one_by_one, REGENCY)
    for path in paths:
        assert [s.status for s in import_(one_by_one, path)] == ["applied"]
    assert dump_text(office) == dump_text(one_by_one)
