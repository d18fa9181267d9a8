"""This installation as a device: its id, key fingerprint, label and the places it works for."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import places
from desktop.core.changes import Changes
from desktop.core.domain import DeviceKind, PlaceLevel
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.models import Device, DeviceScope, LocalSetting
from desktop.core.sync.identity import DEVICE_KEY, local_identity

__all__ = [
    "DEVICE_KEY",
    "DeviceInfo",
    "bind",
    "bind_places",
    "local_device",
    "own_scope",
    "own_villages",
]

LABEL_LENGTH = 80
_AREAS = (PlaceLevel.DISTRICT, PlaceLevel.REGENCY)


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


def own_scope(session: Session) -> tuple[str, ...]:
    """The places this database's device works for, read without making a device or keys
    (empty while it is not bound)."""
    device_id = session.scalar(select(LocalSetting.value).where(LocalSetting.key == DEVICE_KEY))
    if device_id is None:
        return ()
    return tuple(
        session.scalars(
            select(DeviceScope.code)
            .where(DeviceScope.device_id == uuid.UUID(device_id))
            .order_by(DeviceScope.code)
        )
    )


def bind(session: Session, codes: Iterable[str]) -> DeviceInfo:
    """Bind this device to places: villages for a facilitator, a wider area for an office."""
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


def bind_places(session: Session, *, codes: Sequence[str], label: str | None = None) -> Changes:
    """Bind this device to more places, and name it: the window's first start and settings.

    A device works for villages (a facilitator's laptop) or for one sub-district or regency (an
    office's); places are only ever added, so bundles already sent stay within its scope."""
    found: list[Issue] = []
    levels: dict[str, PlaceLevel] = {}
    for code in dict.fromkeys(codes):
        try:
            levels[code] = places.place(code).level
        except (KeyError, places.UnknownPlace):
            found.append(
                issue("places", "{code} is not an official Kemendagri place code.", code=code)
            )
    for code in own_scope(session):
        levels.setdefault(code, places.level_of(code))
    areas = [code for code, level in levels.items() if level is not PlaceLevel.VILLAGE]
    if not levels and not found:
        found.append(issue("places", "Choose at least one village, or the office's area."))
    elif any(levels[code] not in _AREAS for code in areas):
        found.append(issue("places", "An office works for a sub-district or a regency."))
    elif areas and len(levels) > 1:
        found.append(
            issue(
                "places",
                "A laptop works either for villages or for one office area, not both.",
            )
        )
    if label is not None and not label.strip():
        found.append(issue("label", "Give this laptop a name, e.g. “Laptop Bu Sri”."))
    elif label is not None and len(label.strip()) > LABEL_LENGTH:
        found.append(
            issue("label", "A laptop's name has at most {count} letters.", count=LABEL_LENGTH)
        )
    refuse_if(found)
    info = bind(session, list(dict.fromkeys(codes)))
    if label is not None:
        device = session.get(Device, info.id)
        assert device is not None
        device.label = label.strip()
        session.flush()
    return Changes(tables=frozenset({"devices", "device_scopes", "places"}))


def own_villages(session: Session) -> list[places.PlaceInfo]:
    """The villages this device may make programs in: its own, or those of its office's area."""
    return [village for code in own_scope(session) for village in places.villages_under(code)]
