"""Export and import between devices: incremental, idempotent, conflicts, holds, restores."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_support import (
    OTHER_VILLAGE,
    REGENCY,
    VILLAGE,
    add_person,
    bind,
    differences,
    dump_text,
    edit_person,
    export,
    import_,
    import_one,
    people,
    snapshot,
)

from desktop.cli import main
from desktop.core.ids import SimulatedTime, simulated
from desktop.core.models import (
    AppliedBundle,
    Attachment,
    Blob,
    Conflict,
    HeldChange,
    Person,
    SyncClock,
)
from desktop.core.models.base import synced_tables


def _changes(path: Path) -> list[list[object]]:
    with zipfile.ZipFile(path) as zf:
        return [
            json.loads(line)
            for name in sorted(zf.namelist())
            if name.startswith("changes/")
            for line in zf.read(name).splitlines()
        ]


def test_a_village_bundle_reaches_the_office_whole(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village, VILLAGE)
    bind(office, REGENCY)
    for i in range(3):
        add_person(village, f"Warga {i}", phone=f"08{i}")
    bundle = export(village, tmp_path / "v1.berdaya")
    summary = import_one(office, bundle)
    assert (summary.status, summary.new_rows, summary.conflicts, summary.held) == (
        "applied",
        3,
        0,
        0,
    )
    assert dump_text(office) == dump_text(village)
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["format"] == "berdaya-bundle" and manifest["version"] == 1
    assert manifest["sender"]["scope"] == [VILLAGE]
    assert manifest["counts"]["changes"] == len(_changes(bundle))


def test_importing_twice_is_skipped_at_once_and_changes_nothing(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village)
    bind(office, REGENCY)
    add_person(village, "Siti")
    bundle = export(village, tmp_path / "v1.berdaya")
    assert import_one(office, bundle).status == "applied"
    before = snapshot(office)
    again = import_one(office, bundle)
    assert again.status == "skipped" and "already imported" in again.message
    assert differences(before, snapshot(office)) == []
    # the same changes in another bundle: all known, nothing new
    other = import_one(office, export(village, tmp_path / "v1-again.berdaya", full=True))
    assert other.status == "applied"
    assert other.skipped == other.changes and other.new_rows == other.updated == 0
    assert dump_text(office) == dump_text(village)


def test_incremental_export_carries_only_what_the_receiver_lacks(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village)
    office_device = bind(office, REGENCY)
    people_ids = [add_person(village, f"Warga {i}") for i in range(5)]
    first = export(village, tmp_path / "1.berdaya")
    import_one(office, first)
    # the office's acknowledgements travel back in its own bundle
    import_one(village, export(office, tmp_path / "ack.berdaya", to=None))
    edit_person(village, people_ids[2], name="Warga Dua")
    second = export(village, tmp_path / "2.berdaya", to=str(office_device.id))
    lines = _changes(second)
    assert sorted(line[2] for line in lines) == ["name", "updated_at"]
    assert import_one(office, second).updated == 1
    assert dump_text(office) == dump_text(village)
    # the default (no --to) also serves every device that acknowledged
    assert _changes(export(village, tmp_path / "3.berdaya")) == lines


def test_the_same_field_edited_on_two_devices_converges_and_keeps_the_loser(
    make_db, tmp_path: Path
) -> None:
    a, b = make_db("a"), make_db("b")
    bind(a)
    bind(b)
    person_id = add_person(a, "Siti")
    import_one(b, export(a, tmp_path / "a0.berdaya"))
    edit_person(a, person_id, name="Siti A")
    edit_person(b, person_id, name="Siti B")
    import_one(b, export(a, tmp_path / "a1.berdaya", full=True))
    import_one(a, export(b, tmp_path / "b1.berdaya", full=True))
    assert dump_text(a) == dump_text(b)
    winner = people(a)[person_id][0]
    assert winner == "Siti B"  # edited later
    # kept where the concurrent edit was detected: b had not seen a's edit when it made its own
    with b.session() as session:
        kept = session.scalars(select(Conflict).where(Conflict.column_name == "name")).all()
        assert [(c.winner_value, c.loser_value) for c in kept] == [('"Siti B"', '"Siti A"')]


def test_a_delete_and_an_edit_both_survive(make_db, tmp_path: Path) -> None:
    a, b = make_db("a"), make_db("b")
    bind(a)
    bind(b)
    person_id = add_person(a, "Siti")
    import_one(b, export(a, tmp_path / "a0.berdaya"))
    edit_person(a, person_id, deleted=True)
    edit_person(b, person_id, phone="0812")
    import_one(a, export(b, tmp_path / "b1.berdaya", full=True))
    import_one(b, export(a, tmp_path / "a1.berdaya", full=True))
    assert dump_text(a) == dump_text(b)
    with a.session() as session:
        person = session.get(Person, person_id)
        assert person is not None and person.deleted is True and person.phone == "0812"


def test_a_replacement_laptop_gets_everything_back_from_the_office(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village)
    bind(office, REGENCY)
    ids = [add_person(village, f"Warga {i}") for i in range(4)]
    edit_person(village, ids[0], deleted=True)
    import_one(office, export(village, tmp_path / "v.berdaya"))
    village.dispose()  # the laptop is stolen

    fresh = make_db("replacement")
    bind(fresh)
    restored = import_one(fresh, export(office, tmp_path / "office-full.berdaya", full=True))
    assert restored.status == "applied" and restored.new_rows == 4
    assert dump_text(fresh) == dump_text(office)
    add_person(fresh, "Warga baru")
    assert import_one(office, export(fresh, tmp_path / "new.berdaya")).new_rows == 1
    assert dump_text(fresh) == dump_text(office)


def test_dry_run_says_what_would_happen_and_writes_nothing(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village)
    bind(office, REGENCY)
    add_person(village, "Siti")
    first = export(village, tmp_path / "1.berdaya")
    add_person(village, "Budi")
    second = export(village, tmp_path / "2.berdaya")  # nobody acknowledged: a superset
    before = snapshot(office)
    results = import_(office, first, second, dry_run=True)
    assert [r.status for r in results] == ["applied", "applied"]
    assert results[0].new_rows == 1 and results[1].new_rows == 1  # the second builds on the first
    assert differences(before, snapshot(office)) == []


def test_changes_from_a_clock_in_the_future_are_held(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village)
    bind(office, REGENCY)
    add_person(village, "Tepat waktu")
    future = SimulatedTime(dt.datetime.now(dt.UTC) + dt.timedelta(days=3), seed=2)
    with simulated(future):
        add_person(village, "Dari masa depan")
    with office.session() as session:
        clock_before = session.get(SyncClock, 1).hlc  # type: ignore[union-attr]
    summary = import_one(office, export(village, tmp_path / "v.berdaya"))
    fields = len(Person.__table__.columns) - 1
    assert summary.held == fields  # every field of the future row
    assert summary.new_rows == 1
    assert [name for name, _ in people(office).values()] == ["Tepat waktu"]
    with office.session() as session:
        assert session.scalar(select(func.count()).select_from(HeldChange)) == fields
        now_hlc = session.get(SyncClock, 1).hlc  # type: ignore[union-attr]
    limit = (int((dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).timestamp() * 1000)) << 16
    assert clock_before <= now_hlc < limit  # the local clock did not jump ahead


def test_attachments_travel_by_content_hash(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village)
    bind(office, REGENCY)
    data = b"\x89PNG photo of the new well" * 100
    digest = hashlib.sha256(data).hexdigest()
    person_id = add_person(village, "Siti")
    with village.session() as session, session.begin():
        session.add(Blob(content_hash=digest, data=data))
        session.add(
            Attachment(
                village_code=VILLAGE,
                owner_table="people",
                owner_id=person_id,
                content_hash=digest,
                filename="sumur.png",
                media_type="image/png",
                size=len(data),
            )
        )
    bundle = export(village, tmp_path / "v.berdaya")
    with zipfile.ZipFile(bundle) as zf:
        assert f"blobs/{digest}" in zf.namelist()
    assert import_one(office, bundle).blobs == 1
    with office.session() as session:
        assert session.get(Blob, digest).data == data  # type: ignore[union-attr]


def test_dump_holds_only_synced_state(make_db, tmp_path: Path) -> None:
    village = make_db("village")
    bind(village)
    add_person(village, "Siti")
    dumped = json.loads(dump_text(village))
    assert sorted(dumped) == sorted(synced_tables())
    for local in ("sync_versions", "knowledge", "devices", "conflicts", "held_changes"):
        assert local not in dumped


def test_trust_can_be_listed_added_and_revoked(
    make_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    village, office = make_db("village"), make_db("office")
    sender = bind(village, VILLAGE)
    bind(office, REGENCY)
    add_person(village, "Siti")
    bundle = export(village, tmp_path / "v.berdaya")
    assert main(["trust", "add", str(bundle), "--db", office.url]) == 0
    assert main(["trust", "list", "--db", office.url]) == 0
    out = capsys.readouterr().out
    assert str(sender.id) in out and sender.fingerprint[:16] in out and "trusted" in out
    assert main(["trust", "revoke", sender.fingerprint[:10], "--db", office.url]) == 0
    assert main(["import", "--db", office.url, str(bundle)]) == 1
    out = capsys.readouterr().out
    assert "trust in device" in out and "was revoked" in out
    with office.session() as session:
        assert session.scalar(select(func.count()).select_from(AppliedBundle)) == 0


def test_cli_export_import_verify_round_trip(
    make_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village)
    bind(office, REGENCY)
    add_person(village, "Siti", village=VILLAGE)
    out = tmp_path / "v.berdaya"
    assert main(["export", "--db", village.url, "--out", str(out)]) == 0
    assert main(["verify", str(out)]) == 0
    assert main(["import", "--db", office.url, str(out), "--dry-run", "--accept-new"]) == 0
    assert main(["import", "--db", office.url, str(out), "--accept-new"]) == 0
    assert main(["import", "--db", office.url, str(out)]) == 0
    said = capsys.readouterr().out.splitlines()
    lines = [line for line in said if not line.startswith(("accepted", "would accept"))]
    assert lines[1].startswith("ok v.berdaya: ")
    assert lines[2].startswith("(dry run, nothing written) v.berdaya: ")
    assert "1 new rows" in lines[3]
    assert lines[4] == "v.berdaya: already imported, skipped."
    assert dump_text(office) == dump_text(village)
    assert OTHER_VILLAGE not in dump_text(office)
