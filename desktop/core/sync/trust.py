"""Which devices this database trusts: people accept or refuse a newcomer, and list, add, revoke
and allow again."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.device_names import short_fingerprint
from desktop.core.domain import DeviceKind
from desktop.core.models import Device, DeviceScope
from desktop.core.sync.errors import SyncError
from desktop.core.sync.identity import local_identity
from desktop.core.sync.newcomers import DeviceClaim, record_refused


@dataclass(frozen=True)
class TrustedDevice:
    id: uuid.UUID
    label: str
    kind: str
    fingerprint: str
    scope: tuple[str, ...]
    revoked: bool
    is_this_device: bool
    predecessor: uuid.UUID | None = None  # the device this one succeeds (a restored backup)

    @property
    def refused(self) -> bool:
        """Refused when it first sent a bundle here: never trusted for any place."""
        return self.revoked and not self.scope

    def line(self) -> str:
        state = "this device" if self.is_this_device else "trusted"
        if self.revoked:
            state = "REFUSED" if self.refused else "REVOKED"
        places = ", ".join(self.scope) or "-"
        after = f"  successor of {self.predecessor}" if self.predecessor else ""
        return (
            f"{self.id}  {self.fingerprint[:16] or '-':16}  {state:11}  {self.label}  "
            f"[{places}]{after}"
        )


def list_devices(session: Session) -> list[TrustedDevice]:
    me = local_identity(session.connection()).device_id
    scopes: dict[uuid.UUID, list[str]] = {}
    for device_id, code in session.execute(
        select(DeviceScope.device_id, DeviceScope.code).order_by(DeviceScope.code)
    ):
        scopes.setdefault(device_id, []).append(code)
    return [
        TrustedDevice(
            d.id,
            d.label,
            d.kind.value,
            d.key_fingerprint or "",
            tuple(scopes.get(d.id, ())),
            d.revoked,
            d.id == me,
            d.predecessor_id,
        )
        for d in session.scalars(select(Device).order_by(Device.first_seen, Device.id))
    ]


def add_from_bundle(session: Session, path: Path) -> TrustedDevice:
    """Trust the sender of a bundle before importing (its signature is checked), for every
    place the bundle claims: accepting it as the import dialog's Accept does. A sealed bundle
    opens with a key kept on this machine."""
    from desktop.core.sync.sealed import machine_opener

    with machine_opener() as opener:
        found = opener.read(path)
    sender = uuid.UUID(hex=found.sender_id)
    device = session.get(Device, sender)
    if device is not None and device.public_key not in (None, found.public_key):
        raise SyncError(
            "Device “{device}” is already trusted with another key "
            "({fingerprint}); revoke it first if the laptop was reset.",
            device=found.sender_label,
            fingerprint=short_fingerprint(device.key_fingerprint),
        )
    if device is None:
        device = Device(
            id=sender,
            label=found.sender_label,
            kind=DeviceKind.OFFICE if found.sender_kind == "office" else DeviceKind.VILLAGE,
            public_key=found.public_key,
            key_fingerprint=found.fingerprint,
        )
        session.add(device)
    else:
        device.public_key = found.public_key
        device.key_fingerprint = found.fingerprint
        device.revoked = False
    session.flush()
    for code in sorted(set(found.scope)):
        if session.get(DeviceScope, (sender, code)) is None:
            session.add(DeviceScope(device_id=sender, code=code))
    session.flush()
    return _one(session, sender)


def refuse_device(session: Session, *, claim: DeviceClaim) -> Changes:
    """The person refused a device that asked to be trusted: its bundles are refused from now
    on (a device already trusted keeps its record, revoked); :func:`allow` undoes it."""
    record_refused(session.connection(), claim)
    return Changes(tables=frozenset({"devices"}))


def allow(session: Session, who: str) -> TrustedDevice:
    """Undo a revocation or a refusal. A revoked device is trusted again for its places; a
    refused one for none, so its next bundle asks again, as a new device's does."""
    match = _find(session, who)
    session.execute(update(Device).where(Device.id == match).values(revoked=False))
    return _one(session, match)


def revoke(session: Session, who: str) -> TrustedDevice:
    """Stop trusting a device (by id or a fingerprint prefix of 8+ characters)."""
    match = _find(session, who)
    if match == local_identity(session.connection()).device_id:
        raise SyncError("This device cannot revoke itself.")
    session.execute(update(Device).where(Device.id == match).values(revoked=True))
    return _one(session, match)


def _find(session: Session, who: str) -> uuid.UUID:
    try:
        wanted = uuid.UUID(who)
        if session.get(Device, wanted) is not None:
            return wanted
    except ValueError:
        pass
    if len(who) >= 8:
        hits = list(
            session.scalars(select(Device.id).where(Device.key_fingerprint.startswith(who.lower())))
        )
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise SyncError(
                "More than one device has a fingerprint starting with {device}.", device=who
            )
    raise SyncError("No device {device} is known here.", device=who)


def _one(session: Session, device_id: uuid.UUID) -> TrustedDevice:
    return next(d for d in list_devices(session) if d.id == device_id)
