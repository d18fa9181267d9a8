"""What an import checks and records about who sent a bundle: the sender's key and places
(trusted on first use), the earlier changes the bundle builds on, and what each side has after."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, case, insert, select, update

from desktop.core.device_names import short_fingerprint
from desktop.core.domain import DeviceKind
from desktop.core.ids import utcnow
from desktop.core.models import Base, Device, DeviceScope, Knowledge
from desktop.core.sync import bundle as fmt
from desktop.core.sync.errors import BundleRefused
from desktop.core.sync.sql import dialect_insert


class MissingRanges(BundleRefused):
    """Refused for now: an earlier bundle must be imported first (another file may hold it)."""


def check_trust(conn: Connection, bundle: fmt.Bundle, sender: uuid.UUID) -> None:
    known = conn.execute(
        select(Device.public_key, Device.key_fingerprint, Device.revoked).where(Device.id == sender)
    ).first()
    if known is None:
        # trust on first use: remember the key and the places it speaks for
        conn.execute(
            insert(Device).values(
                id=sender,
                label=bundle.sender_label,
                kind=DeviceKind.OFFICE if bundle.sender_kind == "office" else DeviceKind.VILLAGE,
                public_key=bundle.public_key,
                key_fingerprint=bundle.fingerprint,
                first_seen=utcnow(),
                revoked=False,
                predecessor_id=uuid.UUID(hex=bundle.predecessor) if bundle.predecessor else None,
            )
        )
        for code in sorted(set(bundle.scope)):
            conn.execute(insert(DeviceScope).values(device_id=sender, code=code))
        return
    public_key, fingerprint, revoked = known
    if public_key is None:
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
    if revoked:
        raise BundleRefused(
            "“{file}” was refused because trust in device “{device}” ({fingerprint}) was revoked.",
            file=bundle.name,
            **bundle.sender_values(),
        )
    scope = set(
        conn.execute(select(DeviceScope.code).where(DeviceScope.device_id == sender)).scalars()
    )
    if not scope:
        for code in sorted(set(bundle.scope)):
            conn.execute(insert(DeviceScope).values(device_id=sender, code=code))
        return
    trusted = frozenset(scope)
    wider = sorted(c for c in set(bundle.scope) - trusted if not fmt.in_scope(c, trusted))
    if wider:
        raise BundleRefused(
            "“{file}” was refused because device “{device}” ({fingerprint}) now claims places "
            "it was not trusted for ({places}).",
            file=bundle.name,
            places=", ".join(wider),
            **bundle.sender_values(),
        )


def known_ranges(conn: Connection) -> dict[str, int]:
    return {
        origin.hex: int(counter)
        for origin, counter in conn.execute(select(Knowledge.origin_id, Knowledge.max_counter))
    }


def _device_names(conn: Connection, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Each device's label and the short form of its fingerprint, by hex id."""
    wanted = [uuid.UUID(hex=i) for i in ids]
    rows = conn.execute(
        select(Device.id, Device.label, Device.key_fingerprint).where(Device.id.in_(wanted))
    )
    return {device_id.hex: (label, short_fingerprint(fp)) for device_id, label, fp in rows}


def check_assumed(conn: Connection, bundle: fmt.Bundle, knowledge: dict[str, int]) -> None:
    gaps = [
        (r.device_id, knowledge.get(r.device_id, 0) + 1, r.first - 1)
        for r in bundle.ranges
        if knowledge.get(r.device_id, 0) < r.first - 1
    ]
    if not gaps:
        return
    names = _device_names(conn, (g[0] for g in gaps))
    if len(gaps) == 1:
        device, start, end = gaps[0]
        raise MissingRanges(
            "“{file}” builds on changes {first} to {last} of device “{device}” ({fingerprint}), "
            "which this database does not have yet: "
            "import the earlier bundle that carries them first.",
            file=bundle.name,
            first=start,
            last=end,
            device=names.get(device, ("unknown", ""))[0],
            fingerprint=names.get(device, ("", "?"))[1],
        )
    parts = [
        f"changes {start} to {end} of device “{names.get(device, ('unknown', ''))[0]}” "
        f"({names.get(device, ('', '?'))[1]})"
        for device, start, end in gaps
    ]
    raise MissingRanges(
        "“{file}” builds on {parts}, which this database does not have yet: "
        "import the earlier bundle that carries them first.",
        file=bundle.name,
        parts="; ".join(parts),
    )


def _raise_counter(
    conn: Connection, table: Table, values: list[dict[str, Any]], keys: list[str]
) -> None:
    statement = dialect_insert(conn, table)
    statement = statement.on_conflict_do_update(
        index_elements=keys,
        set_={
            "max_counter": case(
                (
                    statement.excluded.max_counter > table.c.max_counter,
                    statement.excluded.max_counter,
                ),
                else_=table.c.max_counter,
            )
        },
    )
    conn.execute(statement, values)


def advance(conn: Connection, bundle: fmt.Bundle, sender: uuid.UUID) -> None:
    """This database now has the carried ranges; and it learnt what the sender has."""
    if bundle.ranges:
        _raise_counter(
            conn,
            Base.metadata.tables["knowledge"],
            [
                {"origin_id": uuid.UUID(hex=r.device_id), "max_counter": r.last}
                for r in bundle.ranges
            ],
            ["origin_id"],
        )
    if bundle.knowledge:
        _raise_counter(
            conn,
            Base.metadata.tables["peer_knowledge"],
            [
                {"peer_id": sender, "origin_id": uuid.UUID(hex=o), "max_counter": n}
                for o, n in sorted(bundle.knowledge.items())
            ],
            ["peer_id", "origin_id"],
        )
