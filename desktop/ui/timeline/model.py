"""The item model of the timeline: programs > stages > activities and milestones, with roles
for start, end, progress and the rest, over the core's plain timeline values.

Nodes are small Python objects the model owns; the tree on the left shows the model, and the
chart reads the same nodes directly (no QModelIndex per painted row).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics

from desktop.core.domain import Stage
from desktop.core.timeline import ItemKind, ProgramTimeline, StageGroup, Timeline, TimelineItem

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    START = Qt.ItemDataRole.UserRole + 1  # QDate
    END = Qt.ItemDataRole.UserRole + 2  # QDate, inclusive
    PROGRESS = Qt.ItemDataRole.UserRole + 3  # int percent
    ACTUAL_START = Qt.ItemDataRole.UserRole + 4
    ACTUAL_END = Qt.ItemDataRole.UserRole + 5
    BASELINE_START = Qt.ItemDataRole.UserRole + 6
    BASELINE_END = Qt.ItemDataRole.UserRole + 7
    KIND = Qt.ItemDataRole.UserRole + 8  # NodeKind
    CRITICAL = Qt.ItemDataRole.UserRole + 9
    ID = Qt.ItemDataRole.UserRole + 10  # str(uuid) of an item
    NODE = Qt.ItemDataRole.UserRole + 11


class NodeKind(IntEnum):
    PROGRAM = 0
    STAGE = 1
    ITEM = 2


class Node:
    """One row: a program, a stage group or an item."""

    __slots__ = (
        "children",
        "end",
        "group",
        "item",
        "key",
        "kind",
        "parent",
        "program",
        "progress",
        "row",
        "start",
        "title",
    )

    def __init__(
        self,
        kind: NodeKind,
        key: object,
        title: str,
        parent: Node | None,
        row: int,
    ) -> None:
        self.kind = kind
        self.key = key
        self.title = title
        self.parent = parent
        self.row = row
        self.children: list[Node] = []
        self.item: TimelineItem | None = None
        self.group: StageGroup | None = None
        self.program: ProgramTimeline | None = None
        self.start: dt.date | None = None
        self.end: dt.date | None = None
        self.progress = 0

    @property
    def critical(self) -> bool:
        return self.item is not None and self.item.critical

    @property
    def read_only(self) -> bool:
        node: Node | None = self
        while node is not None:
            if node.program is not None:
                return node.program.read_only
            node = node.parent
        return True

    @property
    def editable(self) -> bool:
        return self.item is not None and self.item.editable and not self.read_only

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()


def _qdate(day: dt.date | None) -> QDate | None:
    return None if day is None else QDate(day.year, day.month, day.day)


def stage_title(stage: Stage) -> str:
    # the UI's own translated names, without importing the whole vocabulary at start-up
    from desktop.ui.vocabulary import stage_name

    return f"{stage.number}. {stage_name(stage)}"


def build_nodes(timeline: Timeline, *, program_level: bool) -> list[Node]:
    """The tree of nodes; with ``program_level`` each program is a row above its stages."""
    roots: list[Node] = []
    for program in timeline.programs:
        if program_level:
            title = program.name
            if program.village_name:  # the district view: which village the program is in
                title = f"{program.village_name} · {program.name}"
            holder = Node(NodeKind.PROGRAM, program.id, title, None, len(roots))
            holder.program = program
            holder.start, holder.end = program.span
            roots.append(holder)
            siblings = holder.children
            parent: Node | None = holder
        else:
            siblings = roots
            parent = None
        for group in program.stages:
            stage = Node(
                NodeKind.STAGE,
                (program.id, group.stage),
                stage_title(group.stage),
                parent,
                len(siblings),
            )
            stage.group = group
            if parent is None:
                stage.program = program
            stage.start, stage.end = group.start, group.end
            stage.progress = group.progress
            siblings.append(stage)
            for item in group.items:
                leaf = Node(NodeKind.ITEM, item.id, item.title, stage, len(stage.children))
                leaf.item = item
                leaf.start, leaf.end = item.start, item.end
                leaf.progress = item.progress
                stage.children.append(leaf)
    return roots


def _shape(nodes: list[Node]) -> list[object]:
    return [n.key for root in nodes for n in root.walk()]


class TimelineModel(QAbstractItemModel):
    """Columns: title, start, end, progress."""

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roots: list[Node] = []
        self.timeline = Timeline(())
        self.by_key: dict[object, Node] = {}

    # --- filling --------------------------------------------------------------------------

    def set_timeline(self, timeline: Timeline, *, program_level: bool | None = None) -> bool:
        """Show ``timeline``. Returns True when the rows stayed the same (only values changed),
        so views keep their expanded rows and scroll position. A row per program when asked
        (a district view, even narrowed to one) or when there are several."""
        if program_level is None:
            program_level = len(timeline.programs) > 1
        nodes = build_nodes(timeline, program_level=program_level)
        same = _shape(nodes) == _shape(self.roots)
        if same:
            old = [n for root in self.roots for n in root.walk()]
            new = [n for root in nodes for n in root.walk()]
            for mine, fresh in zip(old, new, strict=True):
                mine.title, mine.item, mine.group = fresh.title, fresh.item, fresh.group
                mine.program, mine.start, mine.end = fresh.program, fresh.start, fresh.end
                mine.progress = fresh.progress
            self.timeline = timeline
            self._emit_all_changed(QModelIndex(), self.roots)
            return True
        self.beginResetModel()
        self.roots = nodes
        self.timeline = timeline
        self.by_key = {n.key: n for root in nodes for n in root.walk()}
        self.endResetModel()
        return False

    def _emit_all_changed(self, parent: QModelIndex, nodes: list[Node]) -> None:
        if not nodes:
            return
        self.dataChanged.emit(
            self.index(0, 0, parent), self.index(len(nodes) - 1, self.COLUMNS - 1, parent)
        )
        for node in nodes:
            if node.children:
                self._emit_all_changed(self.index(node.row, 0, parent), node.children)

    def node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, Node) else None

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        return self.createIndex(node.row, column, node)

    def node_for_item(self, item_id: uuid.UUID) -> Node | None:
        return self.by_key.get(item_id)

    # --- QAbstractItemModel ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self.roots if not parent.isValid() else self._children(parent)
        if 0 <= row < len(siblings) and 0 <= column < self.COLUMNS:
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def _children(self, parent: Index) -> list[Node]:
        node = self.node(parent)
        return node.children if node is not None else []

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.roots) if not parent.isValid() else len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("Timeline", "Name"),
            QCoreApplication.translate("Timeline", "Start"),
            QCoreApplication.translate("Timeline", "End"),
            "%",
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return node.title
            if column == 1:
                return _short(node.start)
            if column == 2:
                return _short(node.end)
            if node.item is not None and node.item.kind is not ItemKind.ACTIVITY:
                return None
            return f"{node.progress}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(node)
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, ROW_HEIGHT)
        if role == Qt.ItemDataRole.FontRole and node.kind is not NodeKind.ITEM:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        item = node.item
        if role == Role.START:
            return _qdate(node.start)
        if role == Role.END:
            return _qdate(node.end)
        if role == Role.PROGRESS:
            return node.progress
        if role == Role.KIND:
            return node.kind
        if role == Role.CRITICAL:
            return node.critical
        if role == Role.NODE:
            return node
        if item is None:
            return None
        if role == Role.ACTUAL_START:
            return _qdate(item.actual_start)
        if role == Role.ACTUAL_END:
            return _qdate(item.actual_end)
        if role == Role.BASELINE_START:
            return _qdate(item.baseline_start)
        if role == Role.BASELINE_END:
            return _qdate(item.baseline_end)
        if role == Role.ID:
            return str(item.id)
        return None


ROW_HEIGHT = 24
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _short(day: dt.date | None) -> str:
    if day is None:
        return ""
    from desktop.ui.formatting import short_date

    return short_date(day)


def _tooltip(node: Node) -> str:
    from desktop.ui.formatting import long_date

    if node.start is None:
        return node.title
    span = long_date(node.start)
    if node.end is not None and node.end != node.start:
        span += f" – {long_date(node.end)}"
    lines = [node.title, span]
    item = node.item
    if item is not None:
        if item.kind is ItemKind.ACTIVITY:
            lines.append(
                QCoreApplication.translate("Timeline", "Progress: %1%").replace(
                    "%1", str(item.progress)
                )
            )
        if item.critical:
            lines.append(QCoreApplication.translate("Timeline", "On the critical path"))
        elif item.slack:
            lines.append(
                QCoreApplication.translate("Timeline", "Slack: %1 working days").replace(
                    "%1", str(item.slack)
                )
            )
        if item.detail:
            lines.append(item.detail)
    return "\n".join(lines)


def column_widths(metrics: QFontMetrics) -> tuple[int, ...]:
    """Room for a name, the longest short date and "100" in the tree's font (it follows the
    system's font size: fixed pixels would cut the dates short at a larger font)."""
    dates = max(metrics.horizontalAdvance(_short(dt.date(2026, m, 28))) for m in range(1, 13))
    return (
        metrics.averageCharWidth() * 32,
        dates + 24,
        dates + 24,
        metrics.horizontalAdvance("100") + 24,
    )
