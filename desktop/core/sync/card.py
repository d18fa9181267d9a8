"""The office card: how a village laptop learns its office's keys before any bundle arrives.

A ``.berdaya-card`` file is two lines of ASCII: a JSON object (the office's device id, name, area
with the places' names, Ed25519 public key and its fingerprint, age recipient, when it was made)
and the base64 Ed25519 signature of that line's exact bytes. The JSON is written without line
breaks or non-ASCII characters, so a messaging app that changes line endings breaks nothing.

Reading is bounded and checks everything before anything is trusted; the facilitator confirms
the fingerprint by phone, which is what makes a card (signed by the key it carries) worth trusting.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.db import Database
from desktop.core.device_names import grouped, short_fingerprint
from desktop.core.domain import DeviceKind
from desktop.core.ids import utcnow
from desktop.core.models import Device, DeviceScope, LocalSetting
from desktop.core.sync import keys
from desktop.core.sync.errors import SyncError
from desktop.core.sync.export import sender_place_names
from desktop.core.sync.identity import DEVICE_KEY, local_identity
from desktop.core.sync.trust import TrustedDevice, list_devices

FORMAT = "berdaya-office-card"
VERSION = 1
SUFFIX = ".berdaya-card"
MAX_CARD = 16 * 1024  # a card is well under 2 KB; anything this big is not one
MAX_AREA = 20
MAX_TEXT = 200
_HEAD = ('{"format":"' + FORMAT + '"').encode("ascii")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_AREA_CODE = re.compile(r"[0-9]{2}(\.[0-9]{2}){0,2}")  # a province, regency or district
_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")


class CardRefused(SyncError):
    """An office card that is not read or not trusted; the message is one sentence."""


class CardRevoked(CardRefused):
    """The card's office was revoked here: trusting it again is an explicit choice."""


@dataclass(frozen=True)
class Card:
    """An office card whose form and signature have been checked."""

    device_id: uuid.UUID
    label: str
    kind: str
    area: tuple[tuple[str, str], ...]  # (code, name), as the office named its places
    public_key: str
    fingerprint: str
    recipient: str
    made_at: str
    name: str = ""  # the file it was read from

    def area_names(self) -> str:
        return ", ".join(name for _code, name in self.area)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _name in self.area)


def is_card(path: Path) -> bool:
    """Whether a file is meant as an office card (by its name, or by how it begins)."""
    if path.name.endswith(SUFFIX):
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_HEAD)) == _HEAD
    except OSError:
        return False


# --- writing ---------------------------------------------------------------------------------


def own_kind(session: Session) -> DeviceKind:
    """This database's kind of device, read without making a device (village until bound)."""
    device_id = session.scalar(select(LocalSetting.value).where(LocalSetting.key == DEVICE_KEY))
    if device_id is None:
        return DeviceKind.VILLAGE
    kind = session.scalar(select(Device.kind).where(Device.id == uuid.UUID(device_id)))
    return kind or DeviceKind.VILLAGE


def card_stem(session: Session) -> str:
    """A file name for this office's card, from its label: ``Kantor-DPMD-Bogor``."""
    device_id = session.scalar(select(LocalSetting.value).where(LocalSetting.key == DEVICE_KEY))
    label = (
        session.scalar(select(Device.label).where(Device.id == uuid.UUID(device_id)))
        if device_id
        else None
    )
    return re.sub(r"[^\w]+", "-", label or "", flags=re.UNICODE).strip("-") or "office"


def write_card(database: Database, out: Path) -> Card:
    """Write this office's card to ``out`` (atomically); a village laptop is refused."""
    with database.writing() as session, session.begin():
        identity = local_identity(session.connection())
        device = session.get(Device, identity.device_id)
        assert device is not None
        codes = list(
            session.scalars(
                select(DeviceScope.code)
                .where(DeviceScope.device_id == identity.device_id)
                .order_by(DeviceScope.code)
            )
        )
        if device.kind is not DeviceKind.OFFICE or not codes:
            raise CardRefused(
                "Only an office hands out an office card; this laptop works for villages."
            )
        names = sender_place_names(session, codes)
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "device_id": identity.device_id.hex,
            "label": device.label,
            "kind": DeviceKind.OFFICE.value,
            "area": [{"code": c, "name": n} for c, n in zip(codes, names, strict=True)],
            "public_key": identity.public_key,
            "fingerprint": identity.fingerprint,
            "recipient": keys.age_recipient(identity.device_id),
            "made_at": utcnow().isoformat(timespec="seconds"),
        }
        line = json.dumps(body, ensure_ascii=True, separators=(",", ":")).encode("ascii")
        signature = base64.b64encode(keys.sign(identity.key, line))
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with open(partial, "wb") as handle:
        handle.write(line + b"\n" + signature + b"\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, out)
    return _card(body, out.name)


# --- reading ---------------------------------------------------------------------------------


def read_card(path: Path) -> Card:
    """The card in ``path``, its form and signature checked; anything else is refused."""
    file = path.name
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_CARD + 1)
    except FileNotFoundError:
        raise CardRefused("“{file}” does not exist.", file=file) from None
    except OSError as error:
        raise CardRefused(
            "“{file}” could not be read: {reason}", file=file, reason=error.strerror or error
        ) from None
    if len(data) > MAX_CARD:
        raise CardRefused("“{file}” is too large to be an office card.", file=file)
    lines = data.splitlines()
    if lines and not lines[-1].strip():
        lines.pop()
    body = _parse(lines[0]) if len(lines) == 2 else None
    if body is None or body.get("format") != FORMAT:
        raise CardRefused("“{file}” is not an office card, or it is damaged.", file=file)
    if body.get("version") != VERSION:
        raise CardRefused(
            "“{file}” was made by a newer version of Berdaya; update Berdaya to read it.",
            file=file,
        )
    card = _checked(body, file)
    try:
        signature = base64.b64decode(lines[1].strip(), validate=True)
    except (binascii.Error, ValueError):
        signature = b""
    if not keys.verify(card.public_key, signature, lines[0]):
        raise CardRefused(
            "“{file}” was refused: its signature does not match, so it was changed after the "
            "office made it, or not made by that office.",
            file=file,
        )
    if card.kind != DeviceKind.OFFICE.value:
        raise CardRefused(
            "“{file}” is the card of a village laptop; only an office's card can be imported.",
            file=file,
        )
    return card


def _parse(line: bytes) -> dict[str, Any] | None:
    try:
        found = json.loads(line.decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return found if isinstance(found, dict) else None


def _checked(body: dict[str, Any], file: str) -> Card:
    """The card the body describes, when every field has its form (the signature comes next)."""
    try:
        card = _card(body, file)
        keys.decode_public(card.public_key)
    except (KeyError, TypeError, ValueError, AttributeError):
        card = None
    if (
        card is None
        or not card.label.strip()
        or len(card.label) > MAX_TEXT
        or card.fingerprint != keys.fingerprint(card.public_key)
        or _RECIPIENT.fullmatch(card.recipient) is None
        or not 0 < len(card.area) <= MAX_AREA
        or any(_AREA_CODE.fullmatch(c) is None or not 0 < len(n) <= MAX_TEXT for c, n in card.area)
    ):
        raise CardRefused("“{file}” is not an office card, or it is damaged.", file=file)
    return card


def _card(body: dict[str, Any], file: str) -> Card:
    """Raises KeyError, TypeError or ValueError for a body of the wrong form."""
    device_hex = body["device_id"]
    if not isinstance(device_hex, str) or _HEX32.fullmatch(device_hex) is None:
        raise ValueError("device id")
    area = body["area"]
    if not isinstance(area, list):
        raise TypeError("area")
    texts = [body[k] for k in ("label", "kind", "public_key", "fingerprint", "recipient")]
    pairs = [(entry["code"], entry["name"]) for entry in area]
    if not all(isinstance(t, str) for t in [*texts, body["made_at"], *sum(pairs, ())]):
        raise TypeError("text")
    if _HEX64.fullmatch(body["fingerprint"]) is None:
        raise ValueError("fingerprint")
    dt.datetime.fromisoformat(body["made_at"])
    label, kind, public_key, fingerprint, recipient = texts
    return Card(
        uuid.UUID(hex=device_hex),
        label,
        kind,
        tuple(pairs),
        public_key,
        fingerprint,
        recipient,
        body["made_at"],
        file,
    )


# --- trusting --------------------------------------------------------------------------------


def trust_card(session: Session, card: Card, *, again: bool = False) -> TrustedDevice:
    """Trust the card's office: its keys, recipient and area. Importing it twice changes
    nothing; a known device with another key, or one revoked here (unless ``again``), is
    refused with the database as it was."""
    if card.device_id == local_identity(session.connection()).device_id:
        raise CardRefused(
            "“{file}” is this laptop's own card: give it to the villages' laptops.",
            file=card.name,
        )
    device = session.get(Device, card.device_id)
    if device is not None and device.public_key not in (None, card.public_key):
        trusted = short_fingerprint(device.key_fingerprint)
        raise CardRefused(
            "“{file}” was refused: this laptop already trusts “{device}” with another key "
            "({fingerprint}); revoke that one first if the office's laptop was reset.",
            file=card.name,
            device=card.label,
            fingerprint=trusted,
        )
    if device is not None and device.revoked and not again:
        raise CardRevoked(
            "Trust in the office “{device}” ({fingerprint}) was revoked on this laptop; "
            "to undo that, confirm the fingerprint with the office by phone and trust its "
            "card again.",
            device=card.label,
            fingerprint=short_fingerprint(card.fingerprint),
        )
    if device is None:
        device = Device(id=card.device_id, first_seen=utcnow())
        session.add(device)
    device.label = card.label
    device.kind = DeviceKind.OFFICE
    device.public_key = card.public_key
    device.key_fingerprint = card.fingerprint
    device.recipient = card.recipient
    device.revoked = False
    session.flush()
    for code in card.codes():
        if session.get(DeviceScope, (card.device_id, code)) is None:
            session.add(DeviceScope(device_id=card.device_id, code=code))
    session.flush()
    return next(d for d in list_devices(session) if d.id == card.device_id)


def trusted_lines(card: Card, db: str) -> list[str]:
    """What ``berdaya trust add`` says of a card it trusted: the office, its area, and the
    fingerprint to confirm by phone (with the way back if it does not match)."""
    area = ", ".join(f"{name} ({code})" for code, name in card.area)
    return [
        f"trusted office “{card.label}” for {area}",
        "fingerprint:",
        *(f"  {line}" for line in grouped(card.fingerprint).splitlines()),
        "Call the office and have them read their fingerprint to you: every group must match.",
        f"If it does not, run: berdaya trust revoke --db {db} {card.device_id}",
    ]


def accept_card(session: Session, *, card: Card, again: bool = False) -> Changes:
    """:func:`trust_card` as the window's operations are called."""
    trust_card(session, card, again=again)
    return Changes(tables=frozenset({"devices", "device_scopes"}))


def knows_office_recipient(session: Session) -> bool:
    """Whether bundles from here can be encrypted for an office: an office's laptop always
    can (its own key), a village's once it trusts an office whose recipient it knows."""
    if own_kind(session) is DeviceKind.OFFICE:
        return True
    found = session.scalar(
        select(Device.id)
        .where(
            Device.kind == DeviceKind.OFFICE,
            Device.revoked.is_(False),
            Device.recipient.is_not(None),
        )
        .limit(1)
    )
    return found is not None
