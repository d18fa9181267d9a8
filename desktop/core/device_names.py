"""How a device is named to a person, everywhere (status bar, refusals, imports, trust lists):
its label and the short form of its key's fingerprint, the part one reads out on the phone."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window names devices before the database layer has loaded
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

SHORT_FINGERPRINT = 12  # hex digits: the first three groups of the fingerprint as shown in full


def short_fingerprint(fingerprint: str | None) -> str:
    """The first digits of a key fingerprint ("" while the key is not known)."""
    return (fingerprint or "")[:SHORT_FINGERPRINT]


def device_name(label: str, fingerprint: str | None) -> str:
    """``Laptop Bu Sri (06c31f4d9646)``; the label alone while the key is not known."""
    short = short_fingerprint(fingerprint)
    return f"{label} ({short})" if short else label


def grouped(fingerprint: str) -> str:
    """A fingerprint in groups of four, four groups a line: easy to read out on the phone."""
    groups = [fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4)]
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def device_names(db: Connection | Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The names of the devices known here, by id (unknown ids are left out)."""
    from sqlalchemy import select

    from desktop.core.models import Device

    wanted = list(set(ids))
    if not wanted:
        return {}
    rows = db.execute(
        select(Device.id, Device.label, Device.key_fingerprint).where(Device.id.in_(wanted))
    )
    return {device_id: device_name(label, fingerprint) for device_id, label, fingerprint in rows}
