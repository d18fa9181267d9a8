"""The office card: an office writes it, a village trusts it (key, recipient, area), and every
damaged, forged or wrong card is refused in one sentence with the database byte-identical."""

from __future__ import annotations

import base64
import io
import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sync_support import (
    OTHER_VILLAGE,
    REGENCY,
    VILLAGE,
    DatabaseFactory,
    add_person,
    bind,
    differences,
    export,
    import_one,
    snapshot,
)

from desktop.cli import main
from desktop.core.db import Database, sqlite_path
from desktop.core.models import Device
from desktop.core.sync import keys, sealed
from desktop.core.sync.card import (
    CardRefused,
    CardRevoked,
    grouped,
    knows_office_recipient,
    read_card,
    trust_card,
    write_card,
)
from desktop.core.sync.export import export_bundle
from desktop.core.sync.trust import list_devices, revoke


@pytest.fixture
def make(sqlite_url: str, tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    factory = DatabaseFactory(sqlite_url, tmp_path)
    try:
        yield factory.new
    finally:
        factory.close()


@pytest.fixture
def office(make: Callable[[str], Database]) -> Database:
    database = make("office")
    bind(database, REGENCY)
    return database


@pytest.fixture
def village(make: Callable[[str], Database]) -> Database:
    database = make("village")
    bind(database, VILLAGE)
    return database


def _cli(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue() + err.getvalue()


def _path(database: Database) -> str:
    path = sqlite_path(database.url)
    assert path is not None
    return str(path)


def _trust(database: Database, card_path: Path, *, again: bool = False) -> Any:
    with database.writing() as session, session.begin():
        return trust_card(session, read_card(card_path), again=again)


def _device(database: Database, device_id: uuid.UUID) -> Device:
    with database.session() as session:
        found = session.get(Device, device_id)
        assert found is not None
        session.expunge(found)
        return found


def _resigned(source: Path, out: Path, key: Ed25519PrivateKey, **changes: Any) -> Path:
    """A copy of a card with its body changed and signed again by ``key``."""
    body = json.loads(source.read_bytes().splitlines()[0])
    body.update(changes)
    line = json.dumps(body, separators=(",", ":")).encode("ascii")
    out.write_bytes(line + b"\n" + base64.b64encode(key.sign(line)) + b"\n")
    return out


def test_an_office_card_round_trips_and_a_village_trusts_it(
    office: Database, village: Database, tmp_path: Path
) -> None:
    card = write_card(office, tmp_path / "kantor.berdaya-card")
    with office.session() as session:
        me = next(d for d in list_devices(session) if d.is_this_device)
    read = read_card(tmp_path / "kantor.berdaya-card")
    assert read == card
    assert (read.device_id, read.label, read.kind, read.fingerprint) == (
        me.id,
        me.label,
        "office",
        me.fingerprint,
    )
    assert read.area == ((REGENCY, "Kabupaten Bogor"),)
    assert read.recipient == keys.age_recipient(me.id)
    assert not (tmp_path / "kantor.berdaya-card.partial").exists()

    with village.session() as session:
        assert not knows_office_recipient(session)
    entry = _trust(village, tmp_path / "kantor.berdaya-card")
    assert (entry.id, entry.kind, entry.fingerprint, entry.scope) == (
        me.id,
        "office",
        me.fingerprint,
        (REGENCY,),
    )
    stored = _device(village, me.id)
    assert stored.public_key == me_key(office, me.id) and stored.recipient == read.recipient
    with village.session() as session:
        assert knows_office_recipient(session)

    before = snapshot(village)
    _trust(village, tmp_path / "kantor.berdaya-card")  # the same card twice: nothing changes
    assert differences(before, snapshot(village)) == []


def me_key(database: Database, device_id: uuid.UUID) -> str | None:
    with database.session() as session:
        return session.scalar(select(Device.public_key).where(Device.id == device_id))


def test_a_village_laptop_writes_no_office_card(village: Database, tmp_path: Path) -> None:
    with pytest.raises(CardRefused, match="Only an office hands out an office card"):
        write_card(village, tmp_path / "desa.berdaya-card")
    assert not list(tmp_path.glob("desa*"))
    with village.session() as session:
        assert knows_office_recipient(session) is False


def _forged(good: Path, out: Path) -> Path:
    data = good.read_bytes().replace(b"Kabupaten Bogor", b"Kabupaten Bogar")
    out.write_bytes(data)
    return out


def _truncated(good: Path, out: Path) -> Path:
    out.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    return out


def _oversized(good: Path, out: Path) -> Path:
    first, signature = good.read_bytes().splitlines()
    out.write_bytes(first[:-1] + b',"pad":"' + b"x" * 20_000 + b'"}\n' + signature + b"\n")
    return out


def _swapped_signature(good: Path, out: Path) -> Path:
    first, _signature = good.read_bytes().splitlines()
    out.write_bytes(first + b"\n" + base64.b64encode(b"\0" * 64) + b"\n")
    return out


def _not_a_card(good: Path, out: Path) -> Path:
    out.write_bytes(b"PK\x03\x04 not a card at all")
    return out


BAD = {
    "forged": (_forged, "its signature does not match"),
    "truncated": (_truncated, "is not an office card, or it is damaged"),
    "oversized": (_oversized, "is too large to be an office card"),
    "signature": (_swapped_signature, "its signature does not match"),
    "garbage": (_not_a_card, "is not an office card, or it is damaged"),
}


def test_bad_cards_are_refused_in_one_sentence_and_change_nothing(
    office: Database, village: Database, tmp_path: Path
) -> None:
    good = tmp_path / "kantor.berdaya-card"
    card = write_card(office, good)
    key = keys.load_private(card.device_id)
    assert key is not None
    made = {name: make(good, tmp_path / f"{name}.berdaya-card") for name, (make, _) in BAD.items()}
    made["village"] = _resigned(good, tmp_path / "village.berdaya-card", key, kind="village")
    made["newer"] = _resigned(good, tmp_path / "newer.berdaya-card", key, version=2)
    made["unsigned key"] = _resigned(good, tmp_path / "fp.berdaya-card", key, fingerprint="0" * 64)
    expected = {name: words for name, (_make, words) in BAD.items()} | {
        "village": "only an office's card can be imported",
        "newer": "made by a newer version of Berdaya",
        "unsigned key": "is not an office card, or it is damaged",
    }
    before = snapshot(village)
    for name, path in made.items():
        with pytest.raises(CardRefused) as refused:
            read_card(path)
        message = str(refused.value)
        assert expected[name] in message and path.name in message, name
        assert message.count(".") <= 2 and "\n" not in message, message
        code, said = _cli("trust", "add", "--db", _path(village), str(path))
        assert code == 1 and said == f"berdaya: {message}\n", name
    assert differences(before, snapshot(village)) == []


def test_a_card_is_refused_for_a_device_known_with_another_key_or_revoked(
    office: Database, village: Database, tmp_path: Path
) -> None:
    good = tmp_path / "kantor.berdaya-card"
    card = write_card(office, good)
    _trust(village, good)
    stranger = Ed25519PrivateKey.generate()
    public = keys.encode_public(stranger.public_key())
    impostor = _resigned(
        good,
        tmp_path / "impostor.berdaya-card",
        stranger,
        public_key=public,
        fingerprint=keys.fingerprint(public),
    )
    assert read_card(impostor).device_id == card.device_id  # well formed, self-consistent
    before = snapshot(village)
    with pytest.raises(CardRefused, match=r"already trusts “.*” with another key"):
        _trust(village, impostor)
    assert differences(before, snapshot(village)) == []

    with village.writing() as session, session.begin():
        revoke(session, str(card.device_id))
    before = snapshot(village)
    with pytest.raises(CardRevoked, match="trust its card again"):
        _trust(village, good)
    code, said = _cli("trust", "add", "--db", _path(village), str(good))
    assert code == 1 and "was revoked on this laptop" in said
    assert differences(before, snapshot(village)) == []
    code, said = _cli("trust", "add", "--db", _path(village), str(good), "--again")
    assert code == 0, said
    assert not _device(village, card.device_id).revoked


def test_the_card_and_trust_add_commands(office: Database, village: Database, tmp_path: Path):
    code, said = _cli("card", "--db", _path(office), "--out", str(tmp_path / "Kantor Bogor"))
    assert code == 0, said
    path = tmp_path / "Kantor Bogor.berdaya-card"
    card = read_card(path)
    assert all(f"  {line}\n" in said for line in grouped(card.fingerprint).splitlines())
    code, said = _cli("trust", "add", "--db", _path(village), str(path))
    assert code == 0, said
    assert f"trusted office “{card.label}” for Kabupaten Bogor ({REGENCY})" in said
    assert all(f"  {line}\n" in said for line in grouped(card.fingerprint).splitlines())
    assert "Call the office" in said and f"trust revoke --db {_path(village)}" in said
    code, said = _cli("trust", "list", "--db", _path(village))
    assert code == 0 and card.label in said and card.fingerprint[:16] in said

    code, said = _cli("card", "--db", _path(village), "--out", str(tmp_path / "desa"))
    assert code == 1 and said.startswith("berdaya: Only an office hands out an office card")
    assert not (tmp_path / "desa.berdaya-card").exists()


def test_with_the_card_the_first_bundle_is_sealed_and_an_offices_bundle_tells_its_recipient(
    office: Database, village: Database, make: Callable[[str], Database], tmp_path: Path
) -> None:
    card = write_card(office, tmp_path / "kantor.berdaya-card")
    _trust(village, tmp_path / "kantor.berdaya-card")
    add_person(village, "Siti Aminah")
    first = export_bundle(village, tmp_path / "first.berdaya")
    assert sealed.is_sealed(first.path) and b"Siti Aminah" not in first.path.read_bytes()
    assert import_one(office, first.path).status == "applied"

    # a village without the card learns the office's recipient from the office's first bundle
    other = make("other")
    bind(other, OTHER_VILLAGE)
    assert import_one(office, export(other, tmp_path / "other.berdaya")).status == "applied"
    back = export_bundle(office, tmp_path / "back.berdaya", to=_own_id(other).hex)
    assert import_one(other, back.path).status == "applied"
    assert _device(other, card.device_id).recipient == card.recipient


def _own_id(database: Database) -> uuid.UUID:
    with database.session() as session:
        return next(d.id for d in list_devices(session) if d.is_this_device)
