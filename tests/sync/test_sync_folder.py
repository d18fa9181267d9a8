"""The transfer folder: two villages and an office on one shared folder converge with no click;
files still being copied, half-written files, refusals, duplicates and other devices' bundles."""

from __future__ import annotations

import io
import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sync_support import (
    OTHER_VILLAGE,
    REGENCY,
    VILLAGE,
    DatabaseFactory,
    add_person,
    bind,
    edit_person,
)

from desktop.cli import main
from desktop.core.db import Database
from desktop.core.dump import rows
from desktop.core.models.base import synced_tables
from desktop.core.sync import folder as transfer
from desktop.core.sync import folder_state
from desktop.core.sync.card import read_card, trust_card, write_card
from desktop.core.sync.folder import FolderRound, sync_round


class Clock:
    """The time of the rounds' looks: each round a while after the one before."""

    def __init__(self) -> None:
        self.now = time.time()

    def tick(self) -> float:
        self.now += 2 * transfer.SETTLE_SECONDS
        return self.now


@pytest.fixture
def databases(sqlite_url: str, tmp_path: Path) -> Iterator[DatabaseFactory]:
    factory = DatabaseFactory(sqlite_url, tmp_path)
    try:
        yield factory
    finally:
        factory.close()


def _device(database: Database) -> str:
    with database.session() as session:
        found = folder_state.this_device(session)
    assert found is not None
    return found


def _introduce(office: Database, villages: list[Database], tmp_path: Path) -> None:
    """The office's card, trusted on each village laptop (the fingerprint read out by phone)."""
    path = tmp_path / "office.berdaya-card"
    write_card(office, path)
    for village in villages:
        with village.session() as session, session.begin():
            trust_card(session, read_card(path))


@pytest.fixture
def trio(databases: DatabaseFactory, tmp_path: Path) -> tuple[Database, Database, Database]:
    """Two villages' laptops and their office, the office's card trusted on both laptops."""
    first, second, office = databases.new("v1"), databases.new("v2"), databases.new("office")
    bind(first, VILLAGE)
    bind(second, OTHER_VILLAGE)
    bind(office, REGENCY)
    _introduce(office, [first, second], tmp_path)
    return first, second, office


def _village_dump(database: Database, village: str) -> str:
    buffer = io.StringIO()
    with database.session() as session:
        for table in sorted(synced_tables()):
            kept = [row for row in rows(session, table) if row.get("village_code") == village]
            buffer.write(json.dumps([table, kept], sort_keys=True) + "\n")
    return buffer.getvalue()


def _cycles(
    devices: list[Database], folder: Path, clock: Clock, *, most: int = 8, **accepted: list[str]
) -> list[list[FolderRound]]:
    """Each device runs a round in turn until a whole cycle moves nothing."""
    done: list[list[FolderRound]] = []
    for _ in range(most):
        cycle = [
            sync_round(d, folder, now=clock.tick(), accept=accepted.get(_device(d), []))
            for d in devices
        ]
        done.append(cycle)
        if not any(r.sent or r.of("imported") or r.arriving for r in cycle):
            return done
    raise AssertionError(f"no rest after {most} cycles: {[[r.lines() for r in c] for c in done]}")


def test_two_villages_and_an_office_on_one_folder_converge_with_no_click(
    trio: tuple[Database, Database, Database], tmp_path: Path
) -> None:
    first, second, office = trio
    folder = tmp_path / "shared"
    folder.mkdir()
    clock = Clock()
    siti = add_person(first, "Siti Aminah", VILLAGE, phone="0812")
    add_person(second, "Wayan Sudarma", OTHER_VILLAGE)
    ids = {name: _device(d) for name, d in (("v1", first), ("v2", second), ("office", office))}

    # the villages know the office from its card; the office has never seen either laptop
    opening = [sync_round(d, folder, now=clock.tick()) for d in (first, second, office)]
    assert [len(r.sent) for r in opening[:2]] == [1, 1]
    assert opening[0].sent[0].path.parent.name == f"to-{ids['office']}"
    later = sync_round(office, folder, now=clock.tick())
    undecided = later.of("undecided")
    assert len(undecided) == 2 and not later.of("imported")
    assert all(r.path.parent.name == f"to-{ids['office']}" for r in undecided)  # left in place

    # the office's person accepts both laptops once; from then on nobody clicks
    accepted = {ids["office"]: [ids["v1"], ids["v2"]]}
    _cycles([office, first, second], folder, clock, **accepted)
    for village, laptop in ((VILLAGE, first), (OTHER_VILLAGE, second)):
        assert _village_dump(laptop, village) == _village_dump(office, village)

    # several rounds of edits on all three devices, each followed by rounds of the folder
    for round_number in range(3):
        edit_person(first, siti, phone=f"08{round_number}")
        add_person(second, f"Warga {round_number}", OTHER_VILLAGE)
        add_person(office, f"Pendatang {round_number}", VILLAGE)
        _cycles([first, office, second], folder, clock)
    for village, laptop in ((VILLAGE, first), (OTHER_VILLAGE, second)):
        assert _village_dump(laptop, village) == _village_dump(office, village)
    assert "Pendatang 2" in _village_dump(first, VILLAGE)
    assert '"phone": "082"' in _village_dump(office, VILLAGE)

    # at rest: another round writes nothing and finds nothing
    quiet = [sync_round(d, folder, now=clock.tick()) for d in (first, second, office)]
    assert not any(r.sent or r.received for r in quiet)
    leftovers = [p for p in folder.rglob("*") if p.is_file() and p.parent.name.startswith("to-")]
    assert all(p.name == folder_state.STATE for p in leftovers), leftovers


@dataclass
class Pair:
    """The first village and the office on one folder, the laptop accepted at the office."""

    first: Database
    second: Database
    office: Database
    folder: Path
    clock: Clock
    ids: dict[str, str]
    sent: Path  # the village's second bundle, waiting in the office's inbox

    @property
    def inbox(self) -> Path:
        return self.folder / f"to-{self.ids['office']}"

    def office_round(self, **options: Any) -> FolderRound:
        return sync_round(self.office, self.folder, now=self.clock.tick(), **options)


@pytest.fixture
def pair(trio: tuple[Database, Database, Database], tmp_path: Path) -> Pair:
    """One bundle of the village has gone through the folder; a second one (a new person)
    waits in the office's inbox."""
    first, second, office = trio
    folder = tmp_path / "shared"
    folder.mkdir()
    clock = Clock()
    add_person(first, "Siti Aminah", VILLAGE)
    sync_round(first, folder, now=clock.tick())
    ids = {"v1": _device(first), "v2": _device(second), "office": _device(office)}
    sync_round(office, folder, now=clock.tick())
    took = sync_round(office, folder, now=clock.tick(), accept=[ids["v1"]])
    assert len(took.of("imported")) == 1
    add_person(first, "Dewi Lestari", VILLAGE)
    [sent] = sync_round(first, folder, now=clock.tick()).sent
    return Pair(first, second, office, folder, clock, ids, sent.path)


def _has(database: Database, name: str) -> bool:
    return f'"name": "{name}"' in _village_dump(database, VILLAGE)


def test_a_bundle_copied_in_pieces_is_taken_only_once_whole(pair: Pair) -> None:
    whole = pair.sent.read_bytes()
    pair.sent.unlink()
    copied = pair.inbox / "dari-desa.berdaya"  # a person copying the file by hand, slowly
    copied.write_bytes(whole[: len(whole) // 2])
    first_look = pair.office_round(send=False)
    assert first_look.arriving == [copied] and not first_look.received
    with copied.open("ab") as handle:
        handle.write(whole[len(whole) // 2 :])
    grown = pair.office_round(send=False)
    assert grown.arriving == [copied] and not grown.received  # it changed since the last look
    assert not _has(pair.office, "Dewi Lestari")
    settled = pair.office_round(send=False)
    assert [r.outcome for r in settled.received] == ["imported"]
    assert settled.received[0].path == pair.inbox / "imported" / "dari-desa.berdaya"
    assert _has(pair.office, "Dewi Lestari")


def test_a_writer_killed_mid_write_leaves_nothing_that_is_picked_up(pair: Pair) -> None:
    whole = pair.sent.read_bytes()
    # what a killed writer leaves: half a bundle under the hidden name it writes to
    mine = pair.inbox / f".from-{pair.ids['v1']}-0123456789ab.partial"
    mine.write_bytes(whole[: len(whole) // 2])
    theirs = pair.inbox / f".from-{pair.ids['v2']}-0123456789ab.partial"
    theirs.write_bytes(b"half")
    syncing_tools = [
        ".syncthing.x.berdaya.tmp",
        "~syncthing~x.berdaya.tmp",
        "~$x.berdaya",
        "x.berdaya.!sync",
        "x.berdaya.partial",
        "notes.txt",
    ]
    for name in syncing_tools:
        (pair.inbox / name).write_bytes(b"not yet")
    for _ in range(2):
        seen = pair.office_round()
        assert [r.path.name for r in seen.received if r.outcome == "imported"] in (
            [],
            [pair.sent.name],
        )
        assert seen.arriving in ([], [pair.sent])
    assert mine.exists() and theirs.exists()  # never the reader's to remove
    for name in syncing_tools:
        assert (pair.inbox / name).read_bytes() == b"not yet"
    sync_round(pair.first, pair.folder, now=pair.clock.tick())
    assert mine.exists()  # young: it might be another round of its own, writing now
    old = time.time() - transfer.PARTIAL_AGE_SECONDS - 60
    for leftover in (mine, theirs):
        os.utime(leftover, (old, old))
    sync_round(pair.first, pair.folder, now=pair.clock.tick())
    assert not mine.exists() and theirs.exists()  # its writer removes its own, only its own


def test_a_refused_bundle_moves_to_refused_with_its_reason(pair: Pair) -> None:
    data = bytearray(pair.sent.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte damaged on the way
    pair.sent.write_bytes(bytes(data))
    (pair.inbox / "rusak.berdaya").write_bytes(b"PK\x03\x04 not really a zip")
    pair.office_round(send=False)
    done = pair.office_round(send=False)
    assert sorted(r.outcome for r in done.received) == ["refused", "refused"]
    refused = pair.inbox / "refused"
    for name in (pair.sent.name, "rusak.berdaya"):
        assert (refused / name).exists() and not (pair.inbox / name).exists()
        reason = (refused / f"{name}.txt").read_text("utf-8")
        assert (name in reason and "not imported" in reason) or "refused" in reason
    assert not _has(pair.office, "Dewi Lestari")


def test_duplicates_other_devices_bundles_and_undecided_ones(pair: Pair) -> None:
    spare = pair.folder.parent / "spare.berdaya"
    shutil.copyfile(pair.sent, spare)
    pair.office_round(send=False)
    assert [r.outcome for r in pair.office_round(send=False).received] == ["imported"]
    # the same bundle once more (a second copy by hand): already imported
    shutil.copyfile(spare, pair.inbox / "lagi.berdaya")
    # a bundle for the office dropped in the second village's inbox: not that laptop's
    elsewhere = pair.folder / f"to-{pair.ids['v2']}" / "salah-alamat.berdaya"
    elsewhere.parent.mkdir(exist_ok=True)
    shutil.copyfile(spare, elsewhere)
    pair.office_round(send=False)
    again = pair.office_round(send=False)
    assert [r.outcome for r in again.received] == ["duplicate"]
    assert (pair.inbox / "imported" / "lagi.berdaya.txt").read_text("utf-8").strip() == (
        transfer.ALREADY
    )
    for _ in range(2):
        other = sync_round(pair.second, pair.folder, now=pair.clock.tick())
    assert other.elsewhere == [elsewhere] and not other.received and elsewhere.exists()

    # the second village's laptop, never seen at the office: its bundle waits for a person
    add_person(pair.second, "Wayan Sudarma", OTHER_VILLAGE)
    sync_round(pair.second, pair.folder, now=pair.clock.tick())
    pair.office_round()
    asked = pair.office_round()
    [waiting] = asked.of("undecided")
    assert waiting.path.parent == pair.inbox and waiting.sender == pair.ids["v2"]
    assert waiting.summary.message  # the sentence the status bar's note opens
    assert pair.office_round().of("undecided")  # asked again, still in place, nothing imported
    accepted = pair.office_round(accept=[pair.ids["v2"]])
    assert [r.outcome for r in accepted.received] == ["imported"]


def test_berdaya_sync_does_one_round_headless(
    pair: Pair, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.core.db import sqlite_path

    monkeypatch.setattr(transfer, "SETTLE_SECONDS", 0.05)
    add_person(pair.second, "Wayan Sudarma", OTHER_VILLAGE)
    [from_second] = sync_round(pair.second, pair.folder, now=pair.clock.tick()).sent
    office = str(sqlite_path(pair.office.url))
    pair.office.dispose()
    run = ["sync", "--db", office, "--folder", str(pair.folder)]
    assert main(run) == 1  # the second laptop was never seen: a decision is missing
    out = capsys.readouterr().out
    assert f"received {pair.sent.name}" in out
    assert f"needs a decision {from_second.path.name}" in out
    assert f"sent to-{pair.ids['v1']}/" in out  # the news of what arrived goes back at once
    assert main([*run, "--accept-new"]) == 0
    out = capsys.readouterr().out
    assert f"received {from_second.path.name}" in out and f"sent to-{pair.ids['v2']}/" in out
    assert main(run) == 0
    assert "nothing to send, nothing arrived" in capsys.readouterr().out
    assert main(["sync", "--db", office, "--folder", str(pair.folder / "gone")]) == 1
    assert "cannot be reached" in capsys.readouterr().err
