"""Which device this database is on this machine: made on first use, with its key pair.

Works on a plain Connection (Core), so change capture can call it from inside a flush.
A database whose device has no private key on this machine (a copy from another laptop) gets a
new device here, with the same places; the old device stays known, as a peer.
"""

from __future__ import annotations

import platform
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, insert, select, update

from desktop.core.domain import DeviceKind
from desktop.core.ids import new_id, utcnow
from desktop.core.models import Device, DeviceScope, Knowledge, LocalSetting, SyncClock
from desktop.core.sync import keys
from desktop.core.sync.sql import is_sqlite

DEVICE_KEY = "device_id"

# (keys folder, device id) -> its private key, so a flush does not read the key file each time
_loaded: dict[tuple[Path, uuid.UUID], Ed25519PrivateKey] = {}


@dataclass(frozen=True)
class Identity:
    device_id: uuid.UUID
    key: Ed25519PrivateKey
    public_key: str
    fingerprint: str
    recipient: str  # the age recipient bundles for this device are encrypted to
    replaced: uuid.UUID | None = None  # the device of the copied database, when one was replaced


def _key_for(device_id: uuid.UUID, public_key: str | None) -> Ed25519PrivateKey | None:
    cache_key = (keys.keys_dir(), device_id)
    found = _loaded.get(cache_key)
    if found is None:
        found = keys.load_private(device_id)
        if found is None:
            return None
        _loaded[cache_key] = found
    if public_key != keys.encode_public(found.public_key()):
        return None  # a key of the same name that does not belong to this database's device
    return found


def local_identity(conn: Connection) -> Identity:
    """This database's device on this machine, making one (and its key) when there is none."""
    setting = conn.execute(
        select(LocalSetting.value).where(LocalSetting.key == DEVICE_KEY)
    ).scalar_one_or_none()
    previous: uuid.UUID | None = None
    if setting is not None:
        previous = uuid.UUID(setting)
        row = conn.execute(
            select(Device.public_key, Device.recipient).where(Device.id == previous)
        ).first()
        public_key, recipient = row if row is not None else (None, None)
        key = _key_for(previous, public_key)
        if key is not None and public_key is not None:
            if recipient is None:  # a device made before bundles were encrypted
                recipient = keys.age_recipient(previous)
                conn.execute(
                    update(Device).where(Device.id == previous).values(recipient=recipient)
                )
            return Identity(previous, key, public_key, keys.fingerprint(public_key), recipient)
    return _make_device(conn, previous)


def missing_key(conn: Connection) -> str | None:
    """On a server database, when its device's key is not on this machine: the sentence saying
    so (None: the key is here, or there is no device yet, or the database is a file).

    A copied file without its key makes a new device that succeeds the old one (the laptop
    restored from a backup); a server database is shared by the office's workstations, and one
    without the key would take the device over from all the others, which then lack its key."""
    if is_sqlite(conn):
        return None
    setting = conn.execute(
        select(LocalSetting.value).where(LocalSetting.key == DEVICE_KEY)
    ).scalar_one_or_none()
    if setting is None:
        return None
    device_id = uuid.UUID(setting)
    row = conn.execute(
        select(Device.label, Device.public_key, Device.key_fingerprint).where(
            Device.id == device_id
        )
    ).first()
    if row is None or _key_for(device_id, row.public_key) is not None:
        return None
    return (
        f"This computer does not hold the key of the office's device “{row.label}” "
        f"({row.key_fingerprint[:12]}), which this database belongs to: copy the folder "
        f"{keys.keys_dir()} from the workstation that set the database up to the same place "
        "here, then open it again."
    )


def _make_device(conn: Connection, previous: uuid.UUID | None) -> Identity:
    device_id = new_id()
    key = keys.create_private(device_id)
    _loaded[(keys.keys_dir(), device_id)] = key
    public_key = keys.encode_public(key.public_key())
    recipient = keys.age_recipient(device_id)
    kind = DeviceKind.VILLAGE
    scope: list[str] = []
    if previous is not None:
        found = conn.execute(select(Device.kind).where(Device.id == previous)).scalar_one_or_none()
        kind = found or DeviceKind.VILLAGE
        scope = list(
            conn.execute(
                select(DeviceScope.code).where(DeviceScope.device_id == previous)
            ).scalars()
        )
    conn.execute(
        insert(Device).values(
            id=device_id,
            label=platform.node() or "berdaya",
            kind=kind,
            public_key=public_key,
            key_fingerprint=keys.fingerprint(public_key),
            recipient=recipient,
            first_seen=utcnow(),
            revoked=False,
            predecessor_id=previous,
        )
    )
    for code in scope:
        conn.execute(insert(DeviceScope).values(device_id=device_id, code=code))
    if previous is None:
        conn.execute(insert(LocalSetting).values(key=DEVICE_KEY, value=str(device_id)))
    else:
        conn.execute(
            update(LocalSetting).where(LocalSetting.key == DEVICE_KEY).values(value=str(device_id))
        )
    conn.execute(insert(Knowledge).values(origin_id=device_id, max_counter=0))
    if conn.execute(select(SyncClock.hlc).where(SyncClock.id == 1)).scalar_one_or_none() is None:
        conn.execute(insert(SyncClock).values(id=1, hlc=0))
    return Identity(device_id, key, public_key, keys.fingerprint(public_key), recipient, previous)
