"""What an office sends a village holds that village alone: bundles cut for their receiver, the
knowledge they record under that cut, and a village refusing other villages' rows."""

from __future__ import annotations

import json
import uuid
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
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
    import_one,
    snapshot,
)

from desktop.cli import main
from desktop.core.db import Database
from desktop.core.ids import new_id, utcnow
from desktop.core.models import Knowledge, Person
from desktop.core.sync import bundle as fmt
from desktop.core.sync import keys, sealed
from desktop.core.sync.identity import local_identity

PROVINCE = "32"


def read_bundle(path: Path) -> tuple[dict[str, Any], list[list[Any]]]:
    """A bundle's manifest and change lines (decrypted first when it is sealed: the test's
    config folder holds every device's keys)."""
    with sealed.machine_opener() as opener, zipfile.ZipFile(opener.plain(path)) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        lines = [
            json.loads(line)
            for name in sorted(zf.namelist())
            if name.startswith("changes/")
            for line in zf.read(name).splitlines()
        ]
    return manifest, lines


def rows_of(database: Database, places: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """The synced rows of ``places`` (a code and every village below it), table by table."""
    wanted = frozenset(places)
    return {
        table: [row for row in rows if fmt.in_scope(row["village_code"], wanted)]
        for table, rows in json.loads(dump_text(database)).items()
    }


def _person(database: Database, name: str) -> uuid.UUID:
    with database.session() as session:
        return session.scalars(select(Person.id).where(Person.name == name)).one()


def test_the_office_sends_each_village_its_own_rows_alone(
    make_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = make_db("office")
    laptops = {"a1": (make_db("a1"), VILLAGE), "a2": (make_db("a2"), VILLAGE)}
    laptops["b1"] = (make_db("b1"), OTHER_VILLAGE)
    ids = {"office": bind(office, REGENCY).id}
    ids |= {name: bind(db, village).id for name, (db, village) in laptops.items()}
    # first bundles, readable by anyone (no receiver's key known yet): the two laptops of one
    # village meet, and the office hears from everyone
    hello = {
        name: export(db, tmp_path / f"hello-{name}.berdaya") for name, (db, _v) in laptops.items()
    }
    for name in laptops:
        assert import_one(office, hello[name]).status == "applied"
    assert import_one(laptops["a1"][0], hello["a2"]).status == "applied"
    assert import_one(laptops["a2"][0], hello["a1"]).status == "applied"
    sent: dict[str, set[tuple[str, int]]] = {name: set() for name in laptops}
    add_person(office, "office A", village=VILLAGE)
    add_person(office, "office B", village=OTHER_VILLAGE)
    for turn in range(3):
        for name, (db, village) in laptops.items():
            out = export(office, tmp_path / f"{turn}-for-{name}.berdaya", to=ids[name].hex)
            manifest, lines = read_bundle(out)
            assert manifest["filter"] == [village] and manifest["to"] == ids[name].hex
            assert lines and {line[7] for line in lines} == {village}
            carried = {(line[4], line[5]) for line in lines}
            assert not carried & sent[name], "sent again although acknowledged"
            sent[name] |= carried
            assert import_one(db, out).status == "applied"
        for db, village in laptops.values():
            assert rows_of(db, [PROVINCE]) == rows_of(office, [village])
        if turn == 2:
            break
        for name, (db, village) in laptops.items():
            add_person(db, f"{name} {turn}", village=village, phone="081")
        if turn:  # each edits rows another device made, some fields on two devices at once
            edit_person(laptops["a1"][0], _person(office, f"a2 {turn - 1}"), phone="0811")
            edit_person(laptops["a2"][0], _person(office, f"a1 {turn - 1}"), name=f"A {turn}")
            edit_person(laptops["b1"][0], _person(office, "office B"), phone=f"08{turn}")
        for name, (db, _village) in laptops.items():
            out = export(db, tmp_path / f"{turn}-{name}.berdaya", to=ids["office"].hex)
            assert import_one(office, out).status == "applied"
        if turn:
            edit_person(office, _person(office, f"a2 {turn - 1}"), phone="0899")
            edit_person(office, _person(office, f"b1 {turn - 1}"), birth_year=1970 + turn)
        add_person(office, f"office {turn}", village=OTHER_VILLAGE)

    # the two laptops of one village, directly: the same state, and still only their village
    a1, a2 = laptops["a1"][0], laptops["a2"][0]
    edit_person(a1, _person(a1, "a2 1"), name="Dua")
    assert import_one(a2, export(a1, tmp_path / "a1-a2.berdaya")).status == "applied"
    assert import_one(a1, export(a2, tmp_path / "a2-a1.berdaya")).status == "applied"
    assert dump_text(a1) == dump_text(a2)
    assert rows_of(a2, [PROVINCE]) == rows_of(a2, [VILLAGE])

    # an office knowing several devices is asked which one a bundle is for
    out = str(tmp_path / "which.berdaya")
    assert main(["export", "--db", office.url, "--out", out]) == 1
    said = capsys.readouterr().err
    assert "choose it with --to" in said and "--full for the office's own backup" in said
    assert all(ids[name].hex in said for name in laptops) and not Path(out).exists()
    assert main(["export", "--db", office.url, "--out", out, "--full"]) == 0
    assert read_bundle(Path(out))[0]["filter"] is None


def _forge(sender: Database, out: Path, lines: list[list[Any]], **manifest: Any) -> Path:
    """A bundle of hand-made change lines, signed with ``sender``'s own key."""
    with sender.engine.connect() as conn:
        me = local_identity(conn)
    header = {
        "format": fmt.FORMAT,
        "version": fmt.VERSION,
        "bundle_id": new_id().hex,
        "created_at": utcnow().isoformat(timespec="seconds"),
        "sender": {
            "device_id": me.device_id.hex,
            "label": "Kantor",
            "kind": "office",
            "public_key": me.public_key,
            "fingerprint": me.fingerprint,
            "scope": [REGENCY],
        },
        "to": None,
        "full": False,
        "ranges": [{"device": me.device_id.hex, "first": 1, "last": 10**6}],
        "knowledge": {},
        **manifest,
    }
    writer = fmt.BundleWriter(out, header)
    for line in lines:
        writer.add_line([*line[:4], me.device_id.hex, *line[4:]])
    key = keys.load_private(me.device_id)
    assert key is not None
    writer.finish(key)
    return out


def test_a_village_refuses_another_villages_rows_even_from_its_office(
    make_db, tmp_path: Path
) -> None:
    office, village = make_db("office"), make_db("village")
    bind(office, REGENCY)
    laptop = bind(village, VILLAGE)
    add_person(village, "Siti")
    assert import_one(office, export(village, tmp_path / "v.berdaya")).status == "applied"
    add_person(office, "Warga desa sebelah", village=OTHER_VILLAGE)
    cut = export(office, tmp_path / "for-village.berdaya", to=laptop.id.hex)
    assert import_one(village, cut).status == "applied"  # the office is trusted here now
    hlc = 2**60
    forged = _forge(
        office,
        tmp_path / "forged.berdaya",
        [
            ["people", new_id().hex, "name", hlc, 999_998, '"Budi"', VILLAGE],
            ["people", new_id().hex, "name", hlc, 999_999, '"Orang lain"', OTHER_VILLAGE],
        ],
        filter=[VILLAGE],  # a filter that lies changes nothing: each row is looked at
    )
    before = snapshot(village)
    summary = import_one(village, forged)
    assert summary.status == "refused"
    assert summary.message == (
        "“forged.berdaya” was refused because it holds rows of villages this device does not "
        f"work for ({OTHER_VILLAGE}); this device works for {VILLAGE} only."
    )
    assert differences(before, snapshot(village)) == []
    assert OTHER_VILLAGE not in dump_text(village)


def _knows(database: Database, device: uuid.UUID) -> int:
    with database.session() as session:
        return (
            session.scalar(select(Knowledge.max_counter).where(Knowledge.origin_id == device)) or 0
        )


def test_a_relay_through_a_village_does_not_tell_an_office_it_has_everything_of_another(
    make_db, tmp_path: Path
) -> None:
    province, regency, village = make_db("province"), make_db("regency"), make_db("village")
    far = bind(province, PROVINCE).id
    near = bind(regency, REGENCY).id
    laptop = bind(village, VILLAGE).id
    siti = add_person(village, "Siti")
    hello = export(village, tmp_path / "hello.berdaya")  # readable by both offices
    assert import_one(province, hello).status == "applied"
    assert import_one(regency, hello).status == "applied"
    assert import_one(village, export(regency, tmp_path / "r-for-v.berdaya")).status == "applied"
    add_person(province, "Warga desa sebelah", village=OTHER_VILLAGE)  # never reaches the village
    for turn, phone in enumerate(("0812", "0813")):
        edit_person(province, siti, phone=phone)
        for_village = export(province, tmp_path / f"p-for-v-{turn}.berdaya", to=laptop.hex)
        assert read_bundle(for_village)[0]["filter"] == [VILLAGE]
        assert import_one(village, for_village).status == "applied"
        # the village holds all of the province office's changes within its village
        assert _knows(village, far) == _knows(province, far) > 0

        relayed = export(village, tmp_path / f"v-for-r-{turn}.berdaya", to=near.hex)
        assert import_one(regency, relayed).status == "applied"
        with regency.session() as session:
            assert session.get(Person, siti).phone == phone  # type: ignore[union-attr]
        # applied, but the regency office does not count itself as having the province's
        # changes (it has none of those about its other villages), so it will take them again
        assert _knows(regency, far) == 0
        assert _knows(regency, laptop) == _knows(village, laptop)
    assert rows_of(regency, [PROVINCE]) == rows_of(village, [PROVINCE])


def test_an_offices_export_dialog_names_the_receiver_and_the_villages_it_holds(
    qtbot, tmp_path: Path
) -> None:
    from desktop.ui.sync.exporting import ExportChoices, ExportDialog, Receiver

    siti, budi = Receiver(new_id(), "Laptop Siti", ("Cibodas",)), Receiver(new_id(), "Budi", ())
    choices = ExportChoices(
        (siti, budi), tmp_path / "kantor.berdaya", ("Kabupaten Bogor",), office=True
    )
    dialog = ExportDialog(choices)
    qtbot.addWidget(dialog)
    # the first real receiver is the default: what it lacks, of its village alone
    assert dialog.receiver.currentText() == "Laptop Siti"
    assert dialog.receiver_id() == str(siti.id) and not dialog.is_full()
    assert dialog.holds.text() == "Rows of Cibodas only."
    dialog.receiver.setCurrentIndex(1)
    assert dialog.holds.text() == "No rows: this device works for none of the same villages."
    dialog.receiver.setCurrentIndex(2)  # everything is a choice named as such
    assert dialog.receiver.currentText() == "Nobody: the office's own backup of everything"
    assert dialog.receiver_id() is None and dialog.is_full()
    assert not dialog.incremental.isEnabled()
    assert dialog.holds.text().startswith("Every village of Kabupaten Bogor")
