"""What an import records about ranges: which carried ranges are the whole truth here (under
the bundle's cut), the earlier changes they build on, and what each side has after."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, case, select

from desktop.core.device_names import short_fingerprint
from desktop.core.models import Base, Device, DeviceScope, Knowledge
from desktop.core.sync import bundle as fmt
from desktop.core.sync.checks import carried_places, covers
from desktop.core.sync.errors import BundleRefused
from desktop.core.sync.identity import local_identity
from desktop.core.sync.sql import dialect_insert


class MissingRanges(BundleRefused):
    """Refused for now: an earlier bundle must be imported first (another file may hold it)."""


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


def own_places(conn: Connection) -> frozenset[str] | None:
    """The places this device works for (an office: its area); None while it is bound to none."""
    identity = local_identity(conn)
    codes = frozenset(
        conn.execute(
            select(DeviceScope.code).where(DeviceScope.device_id == identity.device_id)
        ).scalars()
    )
    return codes or None


def whole_ranges(
    conn: Connection, bundle: fmt.Bundle, here: frozenset[str] | None
) -> tuple[fmt.Range, ...]:
    """The carried ranges that are the whole truth here: this database then has all of that
    device's changes up to the range's end within its own places.

    A range speaks for the bundle's places (its sender's, cut to its filter). It is whole here
    when those places hold all of this device's places, or all of the origin device's places
    as trusted here (a device changes only rows of its places). Any other range's changes are
    applied as extras (last writer wins per field, so they may come again), but this database's
    knowledge of their device does not move and the changes before them are not demanded."""
    carried = carried_places(bundle)
    if here is not None and covers(carried, here):
        return bundle.ranges
    origins = [uuid.UUID(hex=r.device_id) for r in bundle.ranges]
    places: dict[str, set[str]] = {}
    for device_id, code in conn.execute(
        select(DeviceScope.device_id, DeviceScope.code).where(DeviceScope.device_id.in_(origins))
    ):
        places.setdefault(device_id.hex, set()).add(code)
    return tuple(
        r for r in bundle.ranges if r.device_id in places and covers(carried, places[r.device_id])
    )


def check_assumed(
    conn: Connection,
    bundle: fmt.Bundle,
    knowledge: dict[str, int],
    whole: tuple[fmt.Range, ...],
) -> None:
    """Refuse (for now) a bundle whose ``whole`` ranges build on changes not here yet."""
    gaps = [
        (r.device_id, knowledge.get(r.device_id, 0) + 1, r.first - 1)
        for r in whole
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


def advance(
    conn: Connection, bundle: fmt.Bundle, sender: uuid.UUID, whole: tuple[fmt.Range, ...]
) -> None:
    """This database now has the ``whole`` ranges; and it learnt what the sender has."""
    if whole:
        _raise_counter(
            conn,
            Base.metadata.tables["knowledge"],
            [{"origin_id": uuid.UUID(hex=r.device_id), "max_counter": r.last} for r in whole],
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
