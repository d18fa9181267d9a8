"""Who may send bundles here: a device never seen, or claiming places beyond what it was trusted
for, is a decision for the person importing, never a silent default.

Until someone accepts it (``import_files(..., accept=[device id])``, ``--accept-new``, Accept in
the import dialog), such a bundle is refused with a :class:`NewcomerRefused` that carries the
:class:`DeviceClaim` to show: name, fingerprint, places claimed and trusted before. Accepting
records the device and its places; refusing records the device as revoked, so its later bundles
are refused at once (``berdaya trust allow`` undoes that).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from desktop.core import places as official
from desktop.core.device_names import device_name, short_fingerprint
from desktop.core.domain import DeviceKind
from desktop.core.ids import utcnow
from desktop.core.models import Device, DeviceScope, Place
from desktop.core.sync import bundle as fmt
from desktop.core.sync.errors import BundleRefused


@dataclass(frozen=True)
class ClaimedPlace:
    code: str
    name: str  # "" when the code is in neither this database nor the official list

    def text(self) -> str:
        """``Cibodas (32.01.06.2008)``."""
        return f"{self.name} ({self.code})" if self.name else self.code


@dataclass(frozen=True)
class DeviceClaim:
    """A device asking to be trusted: never seen here, or claiming more places than before."""

    device: str  # 32 hex digits
    label: str
    kind: str  # "village" | "office"
    fingerprint: str  # the full fingerprint of the key its bundles are signed with
    public_key: str
    places: tuple[ClaimedPlace, ...]  # every place it claims now
    trusted: tuple[ClaimedPlace, ...] = ()  # the places it was trusted for (none: a new device)
    wider: tuple[str, ...] = ()  # the codes it claims beyond them
    predecessor: str = ""  # the name of the device it says it took over from, if known here

    @property
    def is_new(self) -> bool:
        return not self.trusted

    @property
    def short_fingerprint(self) -> str:
        return short_fingerprint(self.fingerprint)

    @property
    def grouped_fingerprint(self) -> str:
        """The fingerprint in groups of four, as one reads it out on the phone."""
        return " ".join(self.fingerprint[i : i + 4] for i in range(0, len(self.fingerprint), 4))

    @property
    def name(self) -> str:
        return device_name(self.label, self.fingerprint)

    def wider_places(self) -> tuple[ClaimedPlace, ...]:
        return tuple(p for p in self.places if p.code in self.wider)


class NewcomerRefused(BundleRefused):
    """A bundle not imported until someone accepts its device (new, or claiming more places)."""

    def __init__(self, template: str, /, claim: DeviceClaim, **values: object) -> None:
        super().__init__(template, **values)
        self.claim = claim


def check_trust(
    conn: Connection, bundle: fmt.Bundle, sender: uuid.UUID, *, accepted: bool = False
) -> None:
    """Refuse the bundle unless its sender is trusted here for every place it claims; an
    ``accepted`` sender's new key or wider places are recorded instead."""
    known = conn.execute(
        select(Device.public_key, Device.key_fingerprint, Device.revoked).where(Device.id == sender)
    ).first()
    if known is not None:
        _check_key(conn, bundle, sender, known.public_key, known.key_fingerprint)
    trusted = frozenset(
        conn.execute(select(DeviceScope.code).where(DeviceScope.device_id == sender)).scalars()
    )
    if known is not None and known.revoked and trusted:
        raise BundleRefused(
            "“{file}” was refused because trust in device “{device}” ({fingerprint}) was revoked.",
            file=bundle.name,
            **bundle.sender_values(),
        )
    if known is not None and known.revoked:
        raise BundleRefused(
            "“{file}” was refused because device “{device}” ({fingerprint}) was refused here "
            "before.",
            file=bundle.name,
            **bundle.sender_values(),
        )
    if known is not None and bundle.recipient is not None:  # where to encrypt to (issue 12)
        conn.execute(update(Device).where(Device.id == sender).values(recipient=bundle.recipient))
    wider = sorted(c for c in set(bundle.scope) - trusted if not fmt.in_scope(c, trusted))
    if known is not None and not wider:
        return
    if not accepted:
        raise _refusal(bundle, _claim(conn, bundle, sorted(trusted)))
    if known is None:
        _record_device(
            conn,
            sender,
            bundle.sender_label,
            bundle.sender_kind,
            bundle.public_key,
            bundle.fingerprint,
            revoked=False,
            recipient=bundle.recipient,
            predecessor=bundle.predecessor,
        )
    _record_places(conn, sender, wider)


def _check_key(
    conn: Connection,
    bundle: fmt.Bundle,
    sender: uuid.UUID,
    public_key: str | None,
    fingerprint: str | None,
) -> None:
    if public_key is None:  # known by id alone (recorded before keys were kept): take its key
        conn.execute(
            update(Device)
            .where(Device.id == sender)
            .values(public_key=bundle.public_key, key_fingerprint=bundle.fingerprint)
        )
    elif public_key != bundle.public_key:
        raise BundleRefused(
            "“{file}” was refused because it claims to come from device "
            "“{device}” but is signed with another key ({fingerprint}) "
            "than the one trusted for it ({trusted}).",
            file=bundle.name,
            trusted=short_fingerprint(fingerprint),
            **bundle.sender_values(),
        )


def _refusal(bundle: fmt.Bundle, claim: DeviceClaim) -> NewcomerRefused:
    if claim.is_new:
        return NewcomerRefused(
            "“{file}” was not imported: device “{device}” (fingerprint {fingerprint}) is not "
            "trusted here yet and claims {places}; accept it only if you know it.",
            claim,
            file=bundle.name,
            device=claim.label,
            fingerprint=claim.grouped_fingerprint,
            places=_listed(claim.places),
        )
    return NewcomerRefused(
        "“{file}” was not imported: device “{device}” (fingerprint {fingerprint}) now claims "
        "{places} as well, beyond what it was trusted for here ({trusted}); accept this only "
        "if it is right.",
        claim,
        file=bundle.name,
        device=claim.label,
        fingerprint=claim.grouped_fingerprint,
        places=_listed(claim.wider_places()),
        trusted=_listed(claim.trusted),
    )


def record_refused(conn: Connection, claim: DeviceClaim) -> None:
    """Remember a refused device as revoked (with its key, so a forgery is still told apart)."""
    device_id = uuid.UUID(hex=claim.device)
    if conn.execute(select(Device.id).where(Device.id == device_id)).first() is not None:
        conn.execute(update(Device).where(Device.id == device_id).values(revoked=True))
        return
    _record_device(
        conn, device_id, claim.label, claim.kind, claim.public_key, claim.fingerprint, revoked=True
    )


def _record_device(
    conn: Connection,
    device_id: uuid.UUID,
    label: str,
    kind: str,
    public_key: str,
    fingerprint: str,
    *,
    revoked: bool,
    recipient: str | None = None,
    predecessor: str | None = None,
) -> None:
    conn.execute(
        insert(Device).values(
            id=device_id,
            label=label,
            kind=DeviceKind.OFFICE if kind == "office" else DeviceKind.VILLAGE,
            public_key=public_key,
            key_fingerprint=fingerprint,
            recipient=recipient,
            first_seen=utcnow(),
            revoked=revoked,
            predecessor_id=uuid.UUID(hex=predecessor) if predecessor else None,
        )
    )


def _record_places(conn: Connection, sender: uuid.UUID, codes: Iterable[str]) -> None:
    for code in sorted(set(codes)):
        conn.execute(insert(DeviceScope).values(device_id=sender, code=code))


def _claim(conn: Connection, bundle: fmt.Bundle, trusted: list[str]) -> DeviceClaim:
    claimed = sorted(set(bundle.scope))
    names = _place_names(conn, [*claimed, *trusted])
    wider = [c for c in claimed if c not in trusted and not fmt.in_scope(c, frozenset(trusted))]
    predecessor = ""
    if bundle.predecessor:
        found = conn.execute(
            select(Device.label, Device.key_fingerprint).where(
                Device.id == uuid.UUID(hex=bundle.predecessor)
            )
        ).first()
        if found is not None:
            predecessor = device_name(found.label, found.key_fingerprint)
    return DeviceClaim(
        device=bundle.sender_id,
        label=bundle.sender_label,
        kind="office" if bundle.sender_kind == "office" else "village",
        fingerprint=bundle.fingerprint,
        public_key=bundle.public_key,
        places=tuple(ClaimedPlace(c, names[c]) for c in claimed),
        trusted=tuple(ClaimedPlace(c, names[c]) for c in trusted),
        wider=tuple(wider) if trusted else (),
        predecessor=predecessor,
    )


def _place_names(conn: Connection, codes: list[str]) -> dict[str, str]:
    """Names from this database's places, else from the official list, else none."""
    names = dict(conn.execute(select(Place.code, Place.name).where(Place.code.in_(codes))).all())
    for code in codes:
        if code not in names:
            try:
                names[code] = official.place(code).name
            except (official.UnknownPlace, KeyError, ValueError):
                names[code] = ""
    return names


def _listed(found: Iterable[ClaimedPlace]) -> str:
    return ", ".join(p.text() for p in found) or "-"
