"""This installation as a device: its id, key fingerprint, label and the places it works for."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.domain import DeviceKind, PlaceLevel
from desktop.core.models import Device, DeviceScope
from desktop.core.sync.identity import DEVICE_KEY, local_identity

__all__ = ["DEVICE_KEY", "DeviceInfo", "bind", "local_device"]


@dataclass(frozen=True)
class DeviceInfo:
    id: uuid.UUID
    label: str
    kind: DeviceKind
    scope: tuple[str, ...]
    fingerprint: str = ""


def local_device(session: Session) -> DeviceInfo:
    """This database's own device, made on first use (with its key pair on this machine).

    A database copied from another laptop has no key here: it gets a new device, same places."""
    identity = local_identity(session.connection())
    label, kind = session.execute(
        select(Device.label, Device.kind).where(Device.id == identity.device_id)
    ).one()
    scope = tuple(
        session.scalars(
            select(DeviceScope.code)
            .where(DeviceScope.device_id == identity.device_id)
            .order_by(DeviceScope.code)
        )
    )
    return DeviceInfo(identity.device_id, label, kind, scope, identity.fingerprint)


def bind(session: Session, codes: Iterable[str]) -> DeviceInfo:
    """Bind this device to places: villages for a facilitator, a wider area for an office."""
    from desktop.core import places

    info = local_device(session)
    device = session.get(Device, info.id)
    assert device is not None
    for code in codes:
        places.remember(session, code)
        if places.level_of(code) is not PlaceLevel.VILLAGE:
            device.kind = DeviceKind.OFFICE
        if session.get(DeviceScope, (info.id, code)) is None:
            session.add(DeviceScope(device_id=info.id, code=code))
    session.flush()
    return local_device(session)
