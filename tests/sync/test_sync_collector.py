"""Importing pauses Python's cyclic garbage collector while a bundle's lines are read (for
speed); whatever happens, the process gets it back as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_support import REGENCY, VILLAGE, add_person, bind, export, people, senders

from desktop.core.sync.merge import import_files


class Cancelled(Exception):
    pass


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_runs_again_after_an_import(
    make_db, tmp_path: Path, collector_on: None
) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village, VILLAGE)
    bind(office, REGENCY)
    add_person(village, "Siti")
    bundle = export(village, tmp_path / "Desa.berdaya")
    paused: list[bool] = []
    [summary] = import_files(
        office,
        [bundle],
        progress=lambda _f, _t: paused.append(gc.isenabled()),
        accept=senders([bundle]),
    )
    assert summary.status == "applied" and summary.new_rows >= 1
    assert False in paused  # it was paused while reading ...
    assert gc.isenabled()  # ... and runs again


def test_the_collector_runs_again_after_a_cancelled_import(
    make_db, tmp_path: Path, collector_on: None
) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village, VILLAGE)
    bind(office, REGENCY)
    add_person(village, "Siti")
    bundle = export(village, tmp_path / "Desa.berdaya")

    def cancel(_fraction: float, what: str) -> None:
        if what == "Reading changes…":
            raise Cancelled

    with pytest.raises(Cancelled):
        import_files(office, [bundle], progress=cancel, accept=senders([bundle]))
    assert gc.isenabled()
    assert people(office) == {}  # rolled back


def test_an_import_leaves_a_paused_collector_paused(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village, VILLAGE)
    bind(office, REGENCY)
    add_person(village, "Siti")
    bundle = export(village, tmp_path / "Desa.berdaya")
    was = gc.isenabled()
    gc.disable()
    try:
        [summary] = import_files(office, [bundle], accept=senders([bundle]))
        assert summary.status == "applied"
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
