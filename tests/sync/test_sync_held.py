"""Held changes (dated in this machine's future): listed, released once due or accepted, or
discarded; released through the same merge, so the result equals a normal import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_support import REGENCY, add_person, bind, dump_text, export, import_one, people

from desktop.cli import main
from desktop.core.db import Database
from desktop.core.ids import SimulatedTime, simulated
from desktop.core.models import HeldChange, SyncClock
from desktop.core.sync import clock
from desktop.core.sync.errors import SyncError
from desktop.core.sync.held import discard_held, list_held, release_held


def _later(days: float) -> SimulatedTime:
    return SimulatedTime(dt.datetime.now(dt.UTC) + dt.timedelta(days=days), seed=3)


def _office_with_held(make_db, tmp_path: Path) -> tuple[Database, Database, Path]:
    village, office = make_db("village"), make_db("office")
    bind(village)
    bind(office, REGENCY)
    add_person(village, "Tepat waktu")
    with simulated(_later(3)):  # the village laptop's clock runs three days ahead
        add_person(village, "Dari masa depan")
    bundle = export(village, tmp_path / "v.berdaya")
    summary = import_one(office, bundle)
    assert summary.held > 0
    return village, office, bundle


def _held_count(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(HeldChange)) or 0)


def test_held_changes_are_listed_and_released_once_due(make_db, tmp_path: Path) -> None:
    village, office, _bundle = _office_with_held(make_db, tmp_path)
    with office.session() as session:
        [group] = list_held(session)
    assert group.changes == _held_count(office) and not group.releasable
    assert group.device_label in group.line() and "still in the future" in group.line()
    # not yet due: nothing happens
    assert release_held(office) == []
    assert [n for n, _ in people(office).values()] == ["Tepat waktu"]
    # four days later the change is in the past: released, as if imported normally
    with simulated(_later(4)):
        with office.session() as session:
            assert list_held(session)[0].releasable
        [summary] = release_held(office)
    assert summary.changes == group.changes and summary.new_rows == 1
    assert sorted(n for n, _ in people(office).values()) == ["Dari masa depan", "Tepat waktu"]
    assert _held_count(office) == 0
    assert dump_text(office) == dump_text(village)


def test_accepting_applies_them_now_and_moves_the_clock(make_db, tmp_path: Path) -> None:
    village, office, _bundle = _office_with_held(make_db, tmp_path)
    with office.session() as session:
        [group] = list_held(session)
    [summary] = release_held(office, bundles=[group.bundle_id.hex[:8]], accept=True)
    assert summary.new_rows == 1 and _held_count(office) == 0
    assert dump_text(office) == dump_text(village)
    with office.session() as session:
        hlc = session.get(SyncClock, 1).hlc  # type: ignore[union-attr]
    # the office's own next edit must still win over the accepted changes
    assert clock.to_datetime(hlc) >= group.latest


def test_discarded_changes_are_gone_and_a_wrong_id_is_one_sentence(make_db, tmp_path: Path) -> None:
    _village, office, _bundle = _office_with_held(make_db, tmp_path)
    with pytest.raises(SyncError, match="No held changes come from a bundle"):
        release_held(office, bundles=["ffff"], accept=True)
    assert discard_held(office) > 0
    assert _held_count(office) == 0
    assert release_held(office, accept=True) == []
    assert [n for n, _ in people(office).values()] == ["Tepat waktu"]


def test_held_cli(make_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _village, office, _bundle = _office_with_held(make_db, tmp_path)
    target = office.url
    office.dispose()
    assert main(["held", "list", "--db", target]) == 0
    assert "still in the future" in capsys.readouterr().out
    assert main(["held", "release", "--db", target]) == 0
    assert "--accept" in capsys.readouterr().out
    assert main(["held", "release", "--accept", "--db", target]) == 0
    assert "1 new rows" in capsys.readouterr().out
    assert main(["held", "list", "--db", target]) == 0
    assert capsys.readouterr().out.strip() == "no held changes"
    assert [n for n, _ in people(office).values()].count("Dari masa depan") == 1
