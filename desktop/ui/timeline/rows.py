"""The row layout: which node is on which row, and where a row lies on the y axis.

Rows follow the tree on the left: a collapsed node hides its children. All rows have the same
height, so mapping y to a row and back is arithmetic and finding the visible rows is a slice.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.ui.timeline.model import ROW_HEIGHT, Node


class RowLayout:
    def __init__(self, row_height: int = ROW_HEIGHT) -> None:
        self.row_height = row_height
        self.nodes: list[Node] = []
        self.row_of: dict[object, int] = {}

    def rebuild(self, roots: Iterable[Node], collapsed: set[object]) -> None:
        nodes: list[Node] = []
        stack = list(reversed(list(roots)))
        while stack:
            node = stack.pop()
            nodes.append(node)
            if node.key not in collapsed:
                stack.extend(reversed(node.children))
        self.nodes = nodes
        self.row_of = {node.key: row for row, node in enumerate(nodes)}

    def __len__(self) -> int:
        return len(self.nodes)

    @property
    def height(self) -> int:
        return len(self.nodes) * self.row_height

    def y_of(self, row: int) -> int:
        return row * self.row_height

    def row_at(self, y: float) -> int | None:
        row = int(y // self.row_height)
        return row if 0 <= row < len(self.nodes) and y >= 0 else None

    def node_at(self, y: float) -> Node | None:
        row = self.row_at(y)
        return None if row is None else self.nodes[row]

    def rows_between(self, top: float, bottom: float) -> range:
        """The rows that show between ``top`` and ``bottom`` (pixels)."""
        first = max(0, int(top // self.row_height))
        last = min(len(self.nodes), int(bottom // self.row_height) + 1)
        return range(first, max(first, last))

    def visible_row(self, key: object) -> int | None:
        """The row of a node, or the row of its nearest shown ancestor when it is folded away."""
        return self.row_of.get(key)
