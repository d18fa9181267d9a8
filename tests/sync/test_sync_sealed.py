"""Sealed bundles (issue 12): encrypted for their receivers, revealing nothing to anyone else, and
every tampering with the encryption refused with the database untouched."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import uuid
import zipfile
from pathlib import Path

import pytest
from pyrage import decrypt, encrypt, x25519
from sqlalchemy import select
from sync_support import (
    OTHER_VILLAGE,
    REGENCY,
    VILLAGE,
    add_person,
    bind,
    differences,
    import_,
    snapshot,
)

from desktop.cli import main
from desktop.core.db import Database
from desktop.core.models import Attachment, Device, Person, Program
from desktop.core.sync import bundle as fmt
from desktop.core.sync import keys, sealed
from desktop.core.sync.export import ExportResult, export_bundle

NAMES = ("Siti Rahmawati", "Budi Santoso", "Wayan Sudarsana")
PHONES = ("081234567890", "085711223344", "087899887766")


def _people(database: Database) -> list[tuple[str, str | None]]:
    with database.session() as session:
        return [(p.name, p.phone) for p in session.scalars(select(Person))]


def _exchange(make_db, tmp_path: Path) -> tuple[Database, Database, dict[str, Path]]:
    """A village and its office that have met once (each knows the other's recipient), and the
    bundles of a second round, both sealed."""
    village, office = make_db("village"), make_db("office")
    bind(village, VILLAGE)
    bind(office, REGENCY)
    for name, phone in zip(NAMES[:2], PHONES[:2], strict=True):
        add_person(village, name, phone=phone)
    first = export_bundle(village, tmp_path / "first.berdaya")
    assert first.sealed_for == () and "no receiver" in first.unsealed_reason
    [applied] = import_(office, first.path)
    assert applied.status == "applied", applied.message
    back = export_bundle(office, tmp_path / "back.berdaya", to=_device(village))
    assert len(back.sealed_for) == 2 and sealed.is_sealed(back.path)  # the village and itself
    [applied] = import_(village, back.path)
    assert applied.status == "applied", applied.message
    add_person(village, NAMES[2], phone=PHONES[2])
    later = export_bundle(village, tmp_path / "later.berdaya")
    assert sealed.is_sealed(later.path), later.unsealed_reason
    return village, office, {"first": first.path, "back": back.path, "later": later.path}


def _device(database: Database) -> str:
    from desktop.core.sync.identity import local_identity

    with database.engine.begin() as conn:
        return local_identity(conn).device_id.hex


def test_a_sealed_bundle_round_trips_and_reveals_no_name(make_db, tmp_path: Path) -> None:
    village, office, files = _exchange(make_db, tmp_path)
    raw = files["later"].read_bytes()
    for name, phone in _people(village):
        assert name.encode() not in raw and (phone or "x").encode() not in raw, name
    header = sealed.read_header(files["later"])
    assert {r.device_id for r in header.receivers} == {_device(village), _device(office)}
    [applied] = import_(office, files["later"])
    assert applied.status == "applied", applied.message
    assert sorted(_people(office)) == sorted(_people(village))
    with office.session() as session:  # the office learnt where the village's bundles go
        recipients = [d.recipient or "" for d in session.scalars(select(Device))]
    assert len(recipients) == 2 and all(r.startswith("age1") for r in recipients), recipients


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_tampered_sealed_bundles_are_refused_and_change_nothing(
    make_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    village, office, files = _exchange(make_db, tmp_path)
    later = files["later"]
    header = sealed.read_header(later)
    data = later.read_bytes()
    head, ciphertext = data[: header.offset], data[header.offset :]
    office_identity = keys.age_identity(
        next(k for k in keys.age_identities() if k.hex == _device(office))
    )
    plain = decrypt(ciphertext, [office_identity])
    stranger = make_db("stranger")
    bind(stranger, OTHER_VILLAGE)
    stranger_key = keys.load_private(uuid.UUID(_device(stranger)))
    assert stranger_key is not None

    def write(name: str, content: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(content)
        return path

    # the plain zip re-encrypted to the same receivers by someone holding no signing key
    again = encrypt(
        plain,
        [x25519.Recipient.from_str(_recipient(office, d)) for d in sorted(header.seal().receivers)],
    )
    # ... and behind a header the stranger signed as its own
    document = json.loads(head.split(b"\n")[1])
    document["sender"].update(
        device_id=_device(stranger),
        public_key=keys.encode_public(stranger_key.public_key()),
        fingerprint=keys.fingerprint(keys.encode_public(stranger_key.public_key())),
    )
    document["ciphertext"] = {
        "sha256": hashlib.sha256(again).hexdigest(),
        "size": len(again),
    }
    line = json.dumps(document, sort_keys=True, separators=(",", ":")).encode()
    own_header = fmt.SEALED_MAGIC + line + b"\n" + base64.b64encode(stranger_key.sign(line)) + b"\n"
    forged_label = head.replace(b'"label":"', b'"label":"X', 1)
    other = export_bundle(village, tmp_path / "other.berdaya")  # another bundle, also sealed
    other_head = other.path.read_bytes()[: sealed.read_header(other.path).offset]
    cases = {
        "truncated": (write("cut.berdaya", data[: len(data) - 1000]), "is damaged or incomplete"),
        "header swapped": (write("swap.berdaya", other_head + ciphertext), "damaged or incomplete"),
        "re-encrypted": (write("again.berdaya", head + again), "is damaged or incomplete"),
        "re-encrypted and signed by another": (
            write("own.berdaya", own_header + again),
            "encrypted by someone other than the device that signed it",
        ),
        "header changed": (
            write("label.berdaya", forged_label + ciphertext),
            "does not match the signature of device",
        ),
        "served stripped": (
            write("stripped.berdaya", plain),
            "its sender encrypted it but it arrived unencrypted",
        ),
    }
    problems = []
    for name, (path, expected) in cases.items():
        before = snapshot(office)
        [summary] = import_(office, path)
        after = snapshot(office)
        if summary.status != "refused" or expected not in summary.message:
            problems.append(f"{name}: {summary.status}: {summary.message}")
        elif summary.message.count(". ") or "\n" in summary.message:
            problems.append(f"{name}: not one sentence: {summary.message}")
        if before != after:
            problems.append(f"{name}: the database changed: {differences(before, after)}")
    # a device it is not for learns who it is for, and nothing else
    before = snapshot(stranger)
    [summary] = import_(stranger, later)
    assert summary.status == "refused"
    assert "is encrypted for “" in summary.message and "not for this device" in summary.message
    assert snapshot(stranger) == before
    assert problems == []
    assert list(tmp_path.glob("**/berdaya-open-*")) == []  # no decrypted copy is left behind

    # berdaya verify: with this machine's keys it checks the content; elsewhere it says for whom
    assert main(["verify", str(later)]) == 0
    assert "ok later.berdaya" in capsys.readouterr().out
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    assert main(["verify", str(later)]) == 1
    said = capsys.readouterr().out
    assert said.startswith("REFUSED “later.berdaya” is encrypted for “"), said
    assert said.rstrip().endswith("not for this device."), said


def _recipient(database: Database, device_hex: str) -> str:
    with database.session() as session:
        found = session.scalar(select(Device.recipient).where(Device.id == uuid.UUID(device_hex)))
    assert found is not None
    return found


def test_a_photo_the_receiver_has_is_not_sent_again(make_db, tmp_path: Path) -> None:
    from desktop.core.stages.attachments import attach_file

    village, office = make_db("village"), make_db("office")
    bind(village, VILLAGE)
    bind(office, REGENCY)
    with village.session() as session, session.begin():
        program = Program(name="Air bersih", village_code=VILLAGE, start_date=dt.date(2026, 1, 5))
        session.add(program)
        session.flush()
        attach_file(session, owner=program, data=b"\xff\xd8photo one" * 3000, filename="a.jpg")
    first = export_bundle(village, tmp_path / "first.berdaya")
    assert first.blobs == 1
    import_(office, first.path)
    import_(village, export_bundle(office, tmp_path / "ack.berdaya", to=_device(village)).path)
    with village.session() as session, session.begin():
        program = session.scalars(select(Program)).one()
        program.name = "Air bersih desa"
        attach_file(session, owner=program, data=b"\xff\xd8photo two" * 3000, filename="b.jpg")
    second = export_bundle(village, tmp_path / "second.berdaya", encrypt=False)
    with zipfile.ZipFile(second.path) as zf:
        blobs = [n for n in zf.namelist() if n.startswith("blobs/")]
    with office.session() as session:
        known = set(session.scalars(select(Attachment.content_hash)))
    assert len(blobs) == 1 and blobs[0].removeprefix("blobs/") not in known


def test_without_any_receivers_key_the_bundle_stays_plain_and_says_why(
    make_db, tmp_path: Path
) -> None:
    village = make_db("village")
    bind(village, VILLAGE)
    result: ExportResult = export_bundle(village, tmp_path / "x.berdaya")
    assert not sealed.is_sealed(result.path)
    assert "NOT encrypted: no receiver's encryption key is known here yet" in result.line()
    assert zipfile.is_zipfile(io.BytesIO(result.path.read_bytes()))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_trusting_a_sealed_bundles_sender_opens_it_with_this_machines_key(
    make_db, tmp_path: Path
) -> None:
    """An office trusts a laptop it never heard of from the sealed bundle the laptop made for it
    (it knew the office from its card), before importing: the bundle opens with the office's
    own key."""
    from desktop.core.sync import trust
    from desktop.core.sync.card import read_card, trust_card, write_card

    office = make_db("office")
    bind(office, REGENCY)
    write_card(office, tmp_path / "office.berdaya-card")
    laptop = make_db("laptop")
    bind(laptop, VILLAGE)
    with laptop.session() as session, session.begin():
        trust_card(session, read_card(tmp_path / "office.berdaya-card"))
    add_person(laptop, NAMES[0], phone=PHONES[0])
    made = export_bundle(laptop, tmp_path / "laptop.berdaya")
    assert sealed.is_sealed(made.path), made.unsealed_reason
    with office.session() as session, session.begin():
        trusted = trust.add_from_bundle(session, made.path)
    assert trusted.id.hex == _device(laptop) and not trusted.revoked
    [applied] = import_(office, made.path, accept=())  # trusted already: no decision asked
    assert applied.status == "applied", applied.message
    assert _people(office) == _people(laptop)
