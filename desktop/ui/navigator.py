"""The navigator: villages and their programs in a tree, with a search box above it."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPainterPath, QPen, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import Stage
from desktop.ui import accessibility, theme
from desktop.ui.vocabulary import stage_name

if TYPE_CHECKING:
    from desktop.core.changes import Changes
    from desktop.core.navigation import VillageEntry
    from desktop.ui.workspace import Workspace

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 3
STAGES_DONE_ROLE = Qt.ItemDataRole.UserRole + 4
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 5
VILLAGE, PROGRAM = "village", "program"
EXPAND_UP_TO = 40  # villages; a district office with hundreds starts collapsed
NAVIGATOR_TABLES = frozenset({"programs", "stage_states", "places"})


class NavigatorDelegate(QStyledItemDelegate):
    """Two lines per row (name, then place or stage) with a small drawn glyph in front."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, 2 * line + 14)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = QRectF(opt.rect).adjusted(4, 0, -6, 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        glyph = QRectF(rect.left(), rect.center().y() - 9, 18, 18)
        if index.data(KIND_ROLE) == VILLAGE:
            self._paint_house(painter, glyph, selected)
        else:
            self._paint_ring(painter, glyph, int(index.data(STAGES_DONE_ROLE) or 0), selected)
        text_left = glyph.right() + 9
        line = opt.fontMetrics.height()
        top = rect.center().y() - line - 1
        title_font = opt.font
        title_font.setBold(index.data(KIND_ROLE) == VILLAGE)
        painter.setFont(title_font)
        painter.setPen(theme.CARD if selected else theme.TEXT)
        width = rect.right() - text_left
        title = painter.fontMetrics().elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            int(width),
        )
        painter.drawText(QRectF(text_left, top, width, line), Qt.AlignmentFlag.AlignLeft, title)
        small = opt.font
        small.setBold(False)
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        painter.setPen(theme.ACCENT_SOFT if selected else theme.TEXT_MUTED)
        subtitle = painter.fontMetrics().elidedText(
            str(index.data(SUBTITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, int(width)
        )
        painter.drawText(
            QRectF(text_left, top + line + 2, width, line), Qt.AlignmentFlag.AlignLeft, subtitle
        )
        painter.restore()

    @staticmethod
    def _paint_house(painter: QPainter, box: QRectF, selected: bool) -> None:
        colour = theme.CARD if selected else theme.ACCENT
        path = QPainterPath(QPointF(box.left() + 1, box.top() + 8))
        path.lineTo(box.center().x(), box.top() + 1)
        path.lineTo(box.right() - 1, box.top() + 8)
        pen = QPen(colour, 1.8)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.drawRect(QRectF(box.left() + 3.5, box.top() + 8, box.width() - 7, box.height() - 9))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(box.center().x() - 2, box.bottom() - 6, 4, 5))

    @staticmethod
    def _paint_ring(painter: QPainter, box: QRectF, done: int, selected: bool) -> None:
        ring = box.adjusted(2, 2, -2, -2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(theme.ACCENT_SOFT if selected else theme.LINE, 3))
        painter.drawEllipse(ring)
        if done:
            pen = QPen(theme.CARD if selected else theme.DONE, 3)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawArc(ring, 90 * 16, -int(360 * 16 * done / len(Stage)))


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)


class NavigatorPanel(QWidget):
    """Lists the villages of the open database and their programs; picks the program shown."""

    program_selected = Signal(object)  # a program's uuid, or None
    loaded = Signal(int)  # how many villages are listed, after each fill

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigatorPanel")
        self.workspace: Workspace | None = None
        self.villages: list[VillageEntry] = []
        self._selected: uuid.UUID | None = None
        self._filling = False
        self._request = 0

        self.search = QLineEdit(self)
        self.search.setObjectName("navigatorSearch")
        self.search.setPlaceholderText(self.tr("Search villages and programs"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setObjectName("navigatorTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(NavigatorDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setAccessibleName(self.tr("Villages and programs"))
        self.hint = QLabel(self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 4, 6)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)

        self.search.textChanged.connect(self._filter_changed)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        accessibility.name_widgets(self)

    # --- data -------------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self._selected = None
        self.villages = []
        self.model.clear()

    def reload(self, *, select: uuid.UUID | None = None) -> None:
        if self.workspace is None:
            return
        from desktop.ui.workspace import read_navigator

        self._request += 1
        request = self._request
        self.workspace.fetch(
            read_navigator, lambda villages: self._arrived(request, villages, select), owner=self
        )

    def on_operation_executed(self, changes: Changes) -> None:
        if changes.tables & NAVIGATOR_TABLES:
            self.reload(select=changes.created[0] if changes.created else None)

    def _arrived(
        self, request: int, villages: list[VillageEntry], select: uuid.UUID | None
    ) -> None:
        if request == self._request:
            self.populate(villages, select=select)

    def populate(
        self, villages: Sequence[VillageEntry], *, select: uuid.UUID | None = None
    ) -> None:
        """Fill the tree, keeping the selection and the collapsed villages where possible."""
        wanted = select or self._selected
        collapsed = self._collapsed_codes()
        self._filling = True
        try:
            self.villages = list(villages)
            self.model.clear()
            root = self.model.invisibleRootItem()
            for village in villages:
                root.appendRow(self._village_item(village))
            expand = len(villages) <= EXPAND_UP_TO
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                code = index.data(ID_ROLE)
                self.tree.setExpanded(index, expand and code not in collapsed)
        finally:
            self._filling = False
        found = self.select_program(wanted) if wanted is not None else False
        if not found and self._selected is not None:
            self._selected = None
            self.program_selected.emit(None)
        count = len(villages)
        self.hint.setVisible(count > 0 and self.proxy.rowCount() == 0)
        self.loaded.emit(count)

    def _village_item(self, village: VillageEntry) -> QStandardItem:
        item = QStandardItem(village.name)
        place = ", ".join(p for p in (village.district, village.regency) if p)
        item.setData(VILLAGE, KIND_ROLE)
        item.setData(village.code, ID_ROLE)
        item.setData(place, SUBTITLE_ROLE)
        item.setData(" ".join([village.name, place, village.code]), SEARCH_ROLE)
        item.setToolTip(
            self.tr("{village}<br>{place}<br>Village code {code}").format(
                village=f"<b>{village.name}</b>", place=place, code=village.code
            )
        )
        item.setSelectable(False)
        for program in village.programs:
            child = QStandardItem(program.name)
            if program.closed:
                caption, done = self.tr("Closed"), len(Stage)
            elif program.current_stage is None:
                caption, done = self.tr("All stages done"), len(Stage)
            else:
                stage = program.current_stage
                caption = self.tr("Stage {number}: {name}").format(
                    number=stage.number, name=stage_name(stage)
                )
                done = stage.number - 1
            child.setData(PROGRAM, KIND_ROLE)
            child.setData(program.id, ID_ROLE)
            child.setData(caption, SUBTITLE_ROLE)
            child.setData(done, STAGES_DONE_ROLE)
            child.setData(program.name, SEARCH_ROLE)
            child.setToolTip(f"<b>{program.name}</b><br>{caption}")
            item.appendRow(child)
        return item

    def _collapsed_codes(self) -> set[str]:
        collapsed = set()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if not self.tree.isExpanded(index):
                collapsed.add(str(index.data(ID_ROLE)))
        return collapsed

    # --- selection --------------------------------------------------------------------------
    def select_program(self, program_id: uuid.UUID) -> bool:
        """Select a program if it is listed (clearing the search if it hides it)."""
        source = self._find_program(program_id)
        if source is None:
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(source)
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def selected_program(self) -> uuid.UUID | None:
        return self._selected

    def program_titles(self) -> list[tuple[str, list[str]]]:
        """What the tree lists now: each village's name with its programs' names."""
        listed = []
        for row in range(self.proxy.rowCount()):
            village = self.proxy.index(row, 0)
            programs = [
                str(self.proxy.index(r, 0, village).data())
                for r in range(self.proxy.rowCount(village))
            ]
            listed.append((str(village.data()), programs))
        return listed

    def _find_program(self, program_id: uuid.UUID) -> QModelIndex | None:
        for row in range(self.model.rowCount()):
            village = self.model.item(row)
            for child_row in range(village.rowCount()):
                child = village.child(child_row)
                if child.data(ID_ROLE) == program_id:
                    return child.index()
        return None

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._filling:
            return
        indexes = selected.indexes()
        program_id = None
        if indexes and indexes[0].data(KIND_ROLE) == PROGRAM:
            program_id = indexes[0].data(ID_ROLE)
        if program_id != self._selected:
            self._selected = program_id
            self.program_selected.emit(program_id)

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
        has_rows = self.proxy.rowCount() > 0
        self.hint.setText(self.tr("Nothing matches “{text}”.").format(text=text.strip()))
        self.hint.setVisible(bool(self.villages) and not has_rows)
