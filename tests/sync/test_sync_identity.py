"""Device identity: a key pair made on first use, kept out of the database; copies get their own."""

from __future__ import annotations

import hashlib
import shutil
import stat
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sync_support import REGENCY, VILLAGE, bind

from desktop.cli import main
from desktop.core import device
from desktop.core.database import open_database
from desktop.core.models import Device, DeviceScope
from desktop.core.sync import keys


def test_first_use_makes_a_device_with_a_private_key_outside_the_database(
    make_db, config_home: Path
) -> None:
    database = make_db("a")
    info = bind(database, VILLAGE)
    key_file = config_home / "Berdaya" / "keys" / f"{info.id}.pem"
    assert key_file.exists()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    assert info.id.version == 7
    with database.session() as session:
        row = session.get(Device, info.id)
        assert row is not None and row.public_key is not None
        private = keys.load_private(info.id)
        assert private is not None
        raw = keys.raw_public(private.public_key())
        assert row.key_fingerprint == hashlib.sha256(raw).hexdigest() == info.fingerprint
        # the private key is nowhere in the database
        pem = key_file.read_text()
        body = "".join(pem.splitlines()[1:-1])
        for table in ("devices", "local_settings"):
            for values in session.execute(text(f"SELECT * FROM {table}")):
                assert all(body not in str(v) for v in values)
    assert bind(database, VILLAGE).id == info.id  # the same device next time


def test_a_database_copied_to_another_laptop_makes_its_own_device(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "laptop-a.sqlite"
    database = open_database(original)
    first = bind(database, VILLAGE, "32.01.01.1002")
    database.dispose()

    copy = tmp_path / "laptop-b.sqlite"
    shutil.copyfile(original, copy)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "other-laptop"))
    moved = open_database(copy)
    with moved.session() as session, session.begin():
        second = device.local_device(session)
    assert second.id != first.id
    assert second.scope == first.scope  # the binding is kept
    assert second.fingerprint != first.fingerprint
    assert (tmp_path / "other-laptop" / "Berdaya" / "keys" / f"{second.id}.pem").exists()
    with moved.session() as session:
        # the old device stays known, as the peer it now is
        assert session.get(Device, first.id) is not None
        again = device.local_device(session)
    assert again.id == second.id
    moved.dispose()


def test_init_binds_villages_or_an_office_area(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", "--db", str(tmp_path / "v.sqlite"), "--village", VILLAGE]) == 0
    assert main(["init", "--db", str(tmp_path / "o.sqlite"), "--area", REGENCY]) == 0
    out = capsys.readouterr().out
    assert "bound to 32.01.01.1001 (village)" in out
    assert "bound to 32.01 (office)" in out
    office = open_database(tmp_path / "o.sqlite")
    with office.session() as session:
        assert list(session.scalars(select(DeviceScope.code))) == [REGENCY]
    office.dispose()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--village", "32.01.99.9999"], "32.01.99.9999 is not an official Kemendagri place code."),
        (["--village", "32.01"], "32.01 is not a village code"),
        (["--area", VILLAGE], "is a village; use --village"),
        (["--area", "99"], "99 is not an official Kemendagri place code."),
    ],
)
def test_init_refuses_unknown_or_wrong_codes_and_makes_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    target = tmp_path / "x.sqlite"
    assert main(["init", "--db", str(target), *arguments]) == 1
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_init_refuses_an_existing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "v.sqlite"
    assert main(["init", "--db", str(target), "--village", VILLAGE]) == 0
    assert main(["init", "--db", str(target), "--village", VILLAGE]) == 2
    assert "already exists" in capsys.readouterr().err


def test_key_files_belong_to_their_device(config_home: Path) -> None:
    device_id = uuid.uuid4()
    made = keys.create_private(device_id)
    loaded = keys.load_private(device_id)
    assert loaded is not None
    assert keys.raw_public(loaded.public_key()) == keys.raw_public(made.public_key())
    assert keys.load_private(uuid.uuid4()) is None
