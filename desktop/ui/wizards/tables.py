"""The tables a wizard page fills itself (the ranking of needs, the grid of scores, the choice):
one look for all of them, and their cells read back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell of a table filled by a page (every cell has an item)."""
    item = table.item(row, column)
    assert item is not None
    return item


def read_only(text: str) -> QTableWidgetItem:
    """A cell that shows ``text`` and cannot be typed in."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def plain_table(
    table: QTableWidget, stretch: int, *, rows: bool = True, min_height: int = 120
) -> None:
    """Columns as wide as their content but ``stretch``, which takes the rest; whole rows
    selected, or single cells with ``rows=False``."""
    behaviour = QAbstractItemView.SelectionBehavior
    table.setSelectionBehavior(behaviour.SelectRows if rows else behaviour.SelectItems)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if 0 <= stretch < table.columnCount():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(min_height)
