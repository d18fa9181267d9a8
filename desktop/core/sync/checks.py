"""Checking a bundle's change lines: shape, table and column, carried range, scope; and
``verify_file``, everything that can be checked without a database (``berdaya verify``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from desktop.core.models import Base
from desktop.core.models.base import synced_tables
from desktop.core.sync import bundle as fmt
from desktop.core.sync.errors import BundleRefused

# [table, row id, column, hlc, device id, counter, JSON value, village code]
Change = tuple[str, str, str, int, str, int, str, str]
_SHAPE = (str, str, str, int, str, int, str, str)
_HEX = frozenset("0123456789abcdef")


def _is_hex32(text: str) -> bool:
    return len(text) == 32 and _HEX.issuperset(text)


@cache
def _columns() -> dict[str, frozenset[str]]:
    return {
        name: frozenset(c.name for c in Base.metadata.tables[name].columns if c.name != "id")
        for name in synced_tables()
    }


@dataclass
class LineChecker:
    """Checks each change line of a bundle: shape, table and column, carried range, scope."""

    bundle: fmt.Bundle
    _ranges: dict[str, fmt.Range] = field(init=False)
    _scope_cache: dict[str, bool] = field(default_factory=dict)
    _rows: set[str] = field(default_factory=set)
    outside: list[tuple[str, str]] = field(default_factory=list)
    outside_count: int = 0

    def __post_init__(self) -> None:
        self._ranges = {r.device_id: r for r in self.bundle.ranges}

    def check(self, lines: list[str]) -> list[Change]:
        """Parse and check a batch of lines (one JSON array, parsed at C speed)."""
        try:
            parsed = json.loads("[" + ",".join(lines) + "]")
        except json.JSONDecodeError as exc:
            raise fmt.damaged(self.bundle.path, "an unreadable change") from exc
        if len(parsed) != len(lines):
            raise fmt.damaged(self.bundle.path, "a malformed change")
        columns_of = _columns()
        rows = self._rows
        ranges = self._ranges
        scope = self._scope_cache
        checked: list[Change] = []
        for line in parsed:
            if type(line) is not list or tuple(map(type, line)) != _SHAPE:
                raise fmt.damaged(self.bundle.path, "a malformed change")
            table, row, column, hlc, device, counter, value, village = line
            columns = columns_of.get(table)
            if columns is None or column not in columns:
                raise fmt.damaged(self.bundle.path, f"a change of unknown field {table}.{column}")
            if row not in rows:
                if not _is_hex32(row):
                    raise fmt.damaged(self.bundle.path, "a malformed row id")
                rows.add(row)
            carried = ranges.get(device)
            if carried is None or not carried.first <= counter <= carried.last or hlc <= 0:
                raise fmt.damaged(self.bundle.path, "a change outside the ranges it declares")
            inside = scope.get(village)
            if inside is None:
                inside = scope[village] = fmt.in_scope(village, self.bundle.scope)
            if not inside or (column == "village_code" and value != json.dumps(village)):
                self.outside_count += 1
                if len(self.outside) < 5 and (table, row) not in self.outside:
                    self.outside.append((table, row))
            checked.append((table, row, column, hlc, device, counter, value, village))
        return checked

    def refuse_if_outside(self) -> None:
        if not self.outside_count:
            return
        rows = ", ".join(f"{t} {r[:12]}…" for t, r in self.outside)
        more = (
            f" and {self.outside_count - len(self.outside)} more" if self.outside_count > 5 else ""
        )
        raise BundleRefused(
            f"“{self.bundle.name}” was refused because {self.bundle.sender_text()} may only "
            f"change {', '.join(self.bundle.scope) or 'no places'}, but it changes rows of other "
            f"villages: {rows}{more}."
        )


def iter_batches(bundle: fmt.Bundle) -> Iterator[list[Change]]:
    """Every change of a bundle in batches, checked line by line and member by member (sizes,
    counts, checksums); row ids are checked by the caller (in SQL, or by ``verify_file``)."""
    checker = LineChecker(bundle)
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
    checker.refuse_if_outside()


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
