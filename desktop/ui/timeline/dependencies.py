"""The dependency model: the links between activities, kept apart from the item model, with an
index by row so painting finds the few links near the visible rows without looking at all."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from desktop.core.timeline import DependencyItem
from desktop.ui.timeline.rows import RowLayout

_BUCKET = 64  # rows per bucket of the row index


class DependencyModel(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[DependencyItem, ...] = ()
        self._by_item: dict[uuid.UUID, list[DependencyItem]] = defaultdict(list)
        self.by_id: dict[uuid.UUID, DependencyItem] = {}
        self._buckets: dict[int, list[tuple[DependencyItem, int, int]]] = {}

    def set_dependencies(self, items: Iterable[DependencyItem]) -> None:
        self.items = tuple(items)
        self.by_id = {dep.id: dep for dep in self.items}
        self._by_item = defaultdict(list)
        for dep in self.items:
            self._by_item[dep.predecessor_id].append(dep)
            self._by_item[dep.successor_id].append(dep)
        self._buckets = {}
        self.changed.emit()

    def of(self, item_id: uuid.UUID) -> list[DependencyItem]:
        """Links into and out of one activity."""
        return list(self._by_item.get(item_id, ()))

    def between(self, predecessor_id: uuid.UUID, successor_id: uuid.UUID) -> DependencyItem | None:
        for dep in self._by_item.get(predecessor_id, ()):
            if dep.predecessor_id == predecessor_id and dep.successor_id == successor_id:
                return dep
        return None

    def index_rows(self, layout: RowLayout) -> None:
        """File each link under the row buckets it crosses (links with a folded end are left
        out: there is nothing to point at)."""
        buckets: dict[int, list[tuple[DependencyItem, int, int]]] = defaultdict(list)
        row_of = layout.row_of
        for dep in self.items:
            first = row_of.get(dep.predecessor_id)
            second = row_of.get(dep.successor_id)
            if first is None or second is None:
                continue
            low, high = (first, second) if first <= second else (second, first)
            entry = (dep, first, second)
            for bucket in range(low // _BUCKET, high // _BUCKET + 1):
                buckets[bucket].append(entry)
        self._buckets = dict(buckets)

    def near_rows(self, rows: range) -> list[tuple[DependencyItem, int, int]]:
        """Links with a part between the first and last of ``rows``: (link, pred row, succ row)."""
        if not rows:
            return []
        seen: set[int] = set()
        out = []
        first, last = rows.start, rows.stop - 1
        for bucket in range(first // _BUCKET, last // _BUCKET + 1):
            for entry in self._buckets.get(bucket, ()):
                key = id(entry)
                if key in seen:
                    continue
                seen.add(key)
                low, high = sorted((entry[1], entry[2]))
                if high >= first and low <= last:
                    out.append(entry)
        return out
