"""Checking a bundle's change lines: shape, table and column, carried range, the sender's and
the receiver's places; the places a bundle speaks for (its sender's, cut to its ``filter``); and
``verify_file``, everything that can be checked without a database (``berdaya verify``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core.models import Base
from desktop.core.models.base import synced_tables
from desktop.core.sync import bundle as fmt
from desktop.core.sync.errors import BundleRefused

# [table, row id, column, hlc, device id, counter, JSON value, village code], as parsed
Change = list[Any]
_SHAPE = (str, str, str, int, str, int, str, str)
_HEX = frozenset("0123456789abcdef")


def _is_hex32(text: str) -> bool:
    return len(text) == 32 and _HEX.issuperset(text)


@cache
def _fields() -> frozenset[tuple[str, str]]:
    """Every (table, column) a change may name."""
    return frozenset(
        (name, c.name)
        for name in synced_tables()
        for c in Base.metadata.tables[name].columns
        if c.name != "id"
    )


def overlap(first: Iterable[str], second: Iterable[str]) -> frozenset[str]:
    """The places two sets of place codes share (a district and one of its villages share
    the village)."""
    one, two = frozenset(first), frozenset(second)
    return frozenset(c for c in one if fmt.in_scope(c, two)) | frozenset(
        c for c in two if fmt.in_scope(c, one)
    )


def covers(outer: frozenset[str], inner: Iterable[str]) -> bool:
    """Whether every place of ``inner`` lies within ``outer``."""
    return all(fmt.in_scope(code, outer) for code in inner)


def bundle_filter(bundle: fmt.Bundle) -> frozenset[str] | None:
    """The places a bundle was cut to for its receiver (None: everything its sender holds;
    bundles made before the cut existed have no filter)."""
    cut = bundle.manifest.get("filter")
    if cut is None:
        return None
    if not isinstance(cut, list) or not all(isinstance(code, str) for code in cut):
        raise fmt.damaged(bundle.path, "manifest: bad filter")
    return frozenset(cut)


def carried_places(bundle: fmt.Bundle) -> frozenset[str]:
    """The places a bundle's ranges speak for: its sender's, cut to its filter. A range
    ``first..last`` of a device means all of that device's changes in it within these places."""
    cut = bundle_filter(bundle)
    return frozenset(bundle.scope) if cut is None else overlap(bundle.scope, cut)


@dataclass
class LineChecker:
    """Checks each change line of a bundle: shape, table and column, carried range, the sender's
    places, and (at the end, :meth:`refuse_if_outside`) the receiving device's own places."""

    bundle: fmt.Bundle
    _ranges: dict[str, fmt.Range] = field(init=False)
    _scope_cache: dict[str, bool] = field(default_factory=dict)  # every village seen: in scope?
    _rows: set[str] = field(default_factory=set)
    _scope: frozenset[str] = field(init=False)
    outside: list[tuple[str, str]] = field(default_factory=list)
    outside_count: int = 0

    def __post_init__(self) -> None:
        self._ranges = {r.device_id: r for r in self.bundle.ranges}
        self._scope = frozenset(self.bundle.scope)
        carried_places(self.bundle)  # a filter that is no list of codes: damaged

    def check(self, lines: list[str]) -> list[Change]:
        """Parse and check a batch of lines (one JSON array, parsed at C speed), column by column
        with set operations rather than line by line: a batch holds thousands of changes but few
        distinct tables, fields, devices and villages. The lines come back as parsed (lists)."""
        try:
            parsed: list[Change] = json.loads("[" + ",".join(lines) + "]")
        except json.JSONDecodeError as exc:
            raise fmt.damaged(self.bundle.path, "an unreadable change") from exc
        if len(parsed) != len(lines):
            raise fmt.damaged(self.bundle.path, "a malformed change")
        if not parsed:
            return []
        if set(map(type, parsed)) != {list} or set(map(len, parsed)) != {8}:
            raise fmt.damaged(self.bundle.path, "a malformed change")
        fields = list(zip(*parsed, strict=True))
        for values, kind in zip(fields, _SHAPE, strict=True):
            if set(map(type, values)) != {kind}:  # exactly: a bool is no counter
                raise fmt.damaged(self.bundle.path, "a malformed change")
        tables, row_ids, columns, hlcs, devices, counters, values, villages = fields
        known = _fields()
        for table, column in set(zip(tables, columns, strict=True)) - known:
            raise fmt.damaged(self.bundle.path, f"a change of unknown field {table}.{column}")
        new_rows = set(row_ids) - self._rows
        if not all(map(_is_hex32, new_rows)):
            raise fmt.damaged(self.bundle.path, "a malformed row id")
        self._rows |= new_rows
        if min(hlcs) <= 0:
            raise fmt.damaged(self.bundle.path, "a change outside the ranges it declares")
        self._check_counters(devices, counters)
        scope = self._scope_cache
        for village in set(villages) - scope.keys():
            scope[village] = fmt.in_scope(village, self._scope)
        # a row's village_code field must be the village its change names
        named = {
            (villages[i], values[i]) for i, column in enumerate(columns) if column == "village_code"
        }
        if not all(scope[v] for v in set(villages)) or any(
            value != json.dumps(village) for village, value in named
        ):
            self._note_outside(parsed)
        return parsed

    def _check_counters(self, devices: Sequence[str], counters: Sequence[int]) -> None:
        ranges = self._ranges
        distinct = set(devices)
        if len(distinct) == 1:  # the usual batch: one device's consecutive changes
            spans = {devices[0]: (min(counters), max(counters))}
        else:
            spans = {}
            for device, counter in zip(devices, counters, strict=True):
                low, high = spans.get(device, (counter, counter))
                spans[device] = (min(low, counter), max(high, counter))
        for device, (low, high) in spans.items():
            carried = ranges.get(device)
            if carried is None or low < carried.first or high > carried.last:
                raise fmt.damaged(self.bundle.path, "a change outside the ranges it declares")

    def _note_outside(self, parsed: list[Change]) -> None:
        """Count (and remember a few of) the changes reaching outside the sender's scope."""
        scope = self._scope_cache
        for table, row, column, _hlc, _device, _counter, value, village in parsed:
            if not scope[village] or (column == "village_code" and value != json.dumps(village)):
                self.outside_count += 1
                if len(self.outside) < 5 and (table, row) not in self.outside:
                    self.outside.append((table, row))

    def refuse_if_outside(self, here: frozenset[str] | None) -> None:
        """Refuse rows beyond the sender's places, then rows beyond ``here``, the receiving
        device's places (None: not checked, as for ``berdaya verify`` or a device not yet bound
        to places)."""
        self._refuse_beyond_sender()
        if here is None:
            return
        foreign = sorted(v for v in self._scope_cache if not fmt.in_scope(v, here))
        if not foreign:
            return
        raise BundleRefused(
            "“{file}” was refused because it holds rows of villages this device does not work "
            "for ({villages}); this device works for {places} only.",
            file=self.bundle.name,
            villages=", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else ""),
            places=", ".join(sorted(here)),
        )

    def _refuse_beyond_sender(self) -> None:
        if not self.outside_count:
            return
        rows = ", ".join(f"{t} {r[:12]}…" for t, r in self.outside)
        values = {"file": self.bundle.name, **self.bundle.sender_values(), "rows": rows}
        if self.outside_count > 5:
            raise BundleRefused(
                "“{file}” was refused because device “{device}” ({fingerprint}) may only "
                "change {places}, but it changes rows of other villages: {rows} and {more} more.",
                places=", ".join(self.bundle.scope) or "no places",
                more=self.outside_count - len(self.outside),
                **values,
            )
        raise BundleRefused(
            "“{file}” was refused because device “{device}” ({fingerprint}) may only "
            "change {places}, but it changes rows of other villages: {rows}.",
            places=", ".join(self.bundle.scope) or "no places",
            **values,
        )


def iter_batches(bundle: fmt.Bundle, here: frozenset[str] | None = None) -> Iterator[list[Change]]:
    """Every change of a bundle in batches, checked line by line and member by member (sizes,
    counts, checksums); row ids are checked by the caller (in SQL, or by ``verify_file``).
    ``here``: the receiving device's places, which every row must lie within (None: unchecked,
    as for ``berdaya verify`` or a device not yet bound to places)."""
    checker = LineChecker(bundle)
    yield from read_checked(bundle, checker)
    checker.refuse_if_outside(here)


def read_checked(bundle: fmt.Bundle, checker: LineChecker) -> Iterator[list[Change]]:
    """:func:`iter_batches` without the refusals only the whole bundle can tell, left to
    ``checker.refuse_if_outside`` (a reader that does not know this device's places yet)."""
    try:
        with fmt.open_zip(bundle) as zf:
            for member in bundle.change_members:
                count = 0
                for lines in fmt.iter_member_lines(zf, bundle, member):
                    count += len(lines)
                    yield checker.check(lines)
                if count != member.changes:
                    raise fmt.damaged(bundle.path, f"{member.name} has the wrong number of changes")
    except BundleRefused:
        raise
    except fmt.reading_errors() as exc:
        raise fmt.damaged(bundle.path, str(exc)) from exc


def verify_file(path: Path) -> fmt.Bundle:
    """Everything that can be checked without a database (``berdaya verify``)."""
    bundle = fmt.read_structure(path)
    for batch in iter_batches(bundle):
        for line in batch:
            try:
                json.loads(line[6])
            except json.JSONDecodeError as exc:
                raise fmt.damaged(path, "an unreadable value") from exc
    try:
        with fmt.open_zip(bundle) as zf:
            for member in bundle.blob_members:
                fmt.read_blob(zf, bundle, member)
    except BundleRefused:
        raise
    except fmt.reading_errors() as exc:
        raise fmt.damaged(path, str(exc)) from exc
    return bundle
