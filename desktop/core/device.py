"""This installation as a device: its id, label and the places it works for."""

from __future__ import annotations

import platform
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.domain import DeviceKind, PlaceLevel
from desktop.core.ids import new_id
from desktop.core.models import Device, DeviceScope, LocalSetting

DEVICE_KEY = "device_id"


@dataclass(frozen=True)
class DeviceInfo:
    id: uuid.UUID
    label: str
    kind: DeviceKind
    scope: tuple[str, ...]


def local_device(session: Session) -> DeviceInfo:
    """This database's own device, made on first use."""
    setting = session.get(LocalSetting, DEVICE_KEY)
    if setting is None:
        device = Device(id=new_id(), label=platform.node() or "berdaya", kind=DeviceKind.VILLAGE)
        session.add(device)
        session.add(LocalSetting(key=DEVICE_KEY, value=str(device.id)))
        session.flush()
    else:
        found = session.get(Device, uuid.UUID(setting.value))
        assert found is not None, "the local device row is missing"
        device = found
    scope = tuple(
        session.scalars(
            select(DeviceScope.code)
            .where(DeviceScope.device_id == device.id)
            .order_by(DeviceScope.code)
        )
    )
    return DeviceInfo(device.id, device.label, device.kind, scope)


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
