"""The timeline view: the tree of stages and activities on the left, the Gantt chart on the
right. It paints only what is visible, edits through core operations on an undo stack, and
prints or saves what it shows.

It takes a session factory (anything that returns a Session: a sessionmaker, or
``Database.session``) and the program(s) to show; it tells the window what changed through
``changes_made`` and leaves opening an activity to whoever listens to ``activity_activated``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core import schedule
from desktop.core.calendar_id import WorkingCalendar, default_calendar
from desktop.core.changes import Changes
from desktop.core.domain import DependencyKind, Stage, StageStatus
from desktop.core.errors import ValidationError
from desktop.core.schedule import DateShift, Task
from desktop.core.timeline import (
    DependencyItem,
    PlaceChoice,
    Timeline,
    TimelineFilter,
    load_timeline,
    place_choices,
)
from desktop.ui import jobs
from desktop.ui.timeline.chart import HEADER_HEIGHT, ChartPainter
from desktop.ui.timeline.commands import Operation, TimelineCommand
from desktop.ui.timeline.delegate import BarGeometry, Hit
from desktop.ui.timeline.dependencies import DependencyModel
from desktop.ui.timeline.grid import ZOOMS, TimeGrid, Zoom
from desktop.ui.timeline.links import REMOVE, LinkDialog
from desktop.ui.timeline.model import Node, TimelineModel
from desktop.ui.timeline.rows import RowLayout

SessionFactory = Callable[[], Session]
LinkAnswer = tuple[DependencyKind, int] | str | None  # new kind and lag, REMOVE, or None
RELOAD_TABLES = frozenset(
    {"activities", "dependencies", "meetings", "agreements", "action_plans", "programs"}
    | {"stage_states"}
)
SYNC_RELOAD_ITEMS = 2000  # after its own edit the view re-reads up to this many items at once
_MARGIN_DAYS = 21  # room before the first and after the last date


@dataclass
class _Drag:
    hit: Hit
    node: Node
    press: QPointF  # chart coordinates
    current: QPointF
    moved: bool = False


class TimeHeader(QWidget):
    """The time scale above the chart; scrolls sideways with it."""

    def __init__(self, area: GanttArea) -> None:
        super().__init__(area)
        self.area = area
        self.setFixedHeight(HEADER_HEIGHT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        left = self.area.horizontalScrollBar().value()
        painter.translate(-left, 0)
        self.area.chart.paint_header(painter, left, self.width())
        painter.end()


class GanttArea(QAbstractScrollArea):
    """The chart: paints the visible rows and days, handles dragging, links and keys."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.chart = view.chart
        self.header = TimeHeader(self)
        self.setViewportMargins(0, HEADER_HEIGHT, 0, 0)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.drag: _Drag | None = None
        self._pan: tuple[QPoint, int, int] | None = None

    # --- geometry -------------------------------------------------------------------------

    def offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def to_chart(self, pos: QPointF | QPoint) -> QPointF:
        return QPointF(pos) + self.offset()

    def visible_rect(self) -> QRectF:
        size = self.viewport().size()
        offset = self.offset()
        return QRectF(offset.x(), offset.y(), size.width(), size.height())

    def update_scrollbars(self) -> None:
        size = self.viewport().size()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setRange(0, max(0, int(self.chart.width) - size.width()))
        h.setPageStep(size.width())
        h.setSingleStep(max(1, int(self.chart.grid.day_width)))
        v.setRange(0, max(0, self.chart.layout.height - size.height()))
        v.setPageStep(size.height())
        v.setSingleStep(self.chart.layout.row_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rect = self.viewport().geometry()
        self.header.setGeometry(
            rect.left(), rect.top() - HEADER_HEIGHT, rect.width(), HEADER_HEIGHT
        )
        self.update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        if dx:
            self.header.update()

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        area = self.visible_rect()
        painter.translate(-area.left(), -area.top())
        self.chart.paint_body(painter, area, self._paint_drag if self.drag else None)
        painter.end()

    def _paint_drag(self, painter: QPainter) -> None:
        drag = self.drag
        if drag is None or not drag.moved:
            return
        pal = self.chart.delegate.palette
        if drag.hit is Hit.LINK:
            geom = self.geometry_of(drag.node)
            if geom is None:
                return
            painter.setPen(QPen(pal.summary, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(self.chart.delegate.link_handle(geom), drag.current)
            target = self.chart.layout.node_at(drag.current.y())
            if target is not None and target is not drag.node and target.editable:
                row = self.chart.layout.row_of[target.key]
                painter.fillRect(
                    QRectF(
                        self.visible_rect().left(),
                        self.chart.layout.y_of(row),
                        self.visible_rect().width(),
                        self.chart.layout.row_height,
                    ),
                    QColor(23, 121, 94, 40),
                )
            return
        dates = self.preview_dates(drag)
        if dates is None:
            return
        start, end = dates
        grid = self.chart.grid
        row = self.chart.layout.row_of[drag.node.key]
        top = self.chart.layout.y_of(row)
        rect = QRectF(grid.x_of(start), top + 3, grid.x_end(end) - grid.x_of(start), 14)
        painter.setPen(QPen(pal.summary, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(23, 121, 94, 50))
        painter.drawRect(rect)
        painter.setPen(pal.text_pen)
        label = f"{start:%d-%m-%Y}" if start == end else f"{start:%d-%m} – {end:%d-%m-%Y}"
        painter.drawText(QPointF(rect.left(), top + 1), label)

    # --- hit testing ----------------------------------------------------------------------

    def geometry_of(self, node: Node) -> BarGeometry | None:
        row = self.chart.layout.row_of.get(node.key)
        if row is None:
            return None
        return self.chart.delegate.geometry(node, self.chart.grid, self.chart.layout.y_of(row))

    def hit_at(self, chart_pos: QPointF) -> tuple[Node | None, Hit]:
        node = self.chart.layout.node_at(chart_pos.y())
        if node is None:
            return None, Hit.NONE
        geom = self.geometry_of(node)
        if geom is None:
            return node, Hit.NONE
        return node, self.chart.delegate.hit_test(node, geom, chart_pos)

    def preview_dates(self, drag: _Drag) -> tuple[dt.date, dt.date] | None:
        node = drag.node
        if node.start is None or node.end is None:
            return None
        grid = self.chart.grid
        if drag.hit is Hit.MOVE and node.item is not None:
            # show where the move really lands: the same working days, from a working day
            days = dt.timedelta(days=grid.days_for(drag.current.x() - drag.press.x()))
            if not days:
                return node.start, node.end
            item = node.item
            task = Task(item.id, item.start, item.end, item.is_milestone, item.title)
            return schedule.moved_dates(self.view.calendar, task, node.start + days)
        if drag.hit is Hit.RESIZE_END:
            end = grid.nearest_boundary(drag.current.x()) - dt.timedelta(days=1)
            return node.start, max(node.start, end)
        if drag.hit is Hit.RESIZE_START:
            start = grid.nearest_boundary(drag.current.x())
            return min(start, node.end), node.end
        return None

    # --- mouse ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = self.to_chart(event.position())
        if event.button() == Qt.MouseButton.MiddleButton:
            self._start_pan(event)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        node, hit = self.hit_at(pos)
        if hit is Hit.NONE:
            link = self.chart.link_at(pos)
            if link is not None:
                self.view.select_link(link)
                return
        if node is None:
            self._start_pan(event)
            return
        self.view.select_node(node)
        if hit is not Hit.NONE and node.item is not None and node.item.editable:
            self.drag = _Drag(hit, node, pos, pos)
        else:
            self._start_pan(event)

    def _start_pan(self, event: QMouseEvent) -> None:
        self._pan = (
            event.position().toPoint(),
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
        )
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = self.to_chart(event.position())
        if self._pan is not None:
            start, h, v = self._pan
            delta = event.position().toPoint() - start
            self.horizontalScrollBar().setValue(h - delta.x())
            self.verticalScrollBar().setValue(v - delta.y())
            return
        if self.drag is not None:
            self.drag.current = pos
            if (pos - self.drag.press).manhattanLength() >= 3:
                self.drag.moved = True
            self.viewport().update()
            return
        _node, hit = self.hit_at(pos)
        cursors = {
            Hit.MOVE: Qt.CursorShape.SizeAllCursor,
            Hit.RESIZE_START: Qt.CursorShape.SizeHorCursor,
            Hit.RESIZE_END: Qt.CursorShape.SizeHorCursor,
            Hit.LINK: Qt.CursorShape.CrossCursor,
        }
        self.viewport().setCursor(cursors.get(hit, Qt.CursorShape.ArrowCursor))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            self._pan = None
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return
        drag, self.drag = self.drag, None
        if drag is None:
            return
        drag.current = self.to_chart(event.position())
        self.viewport().update()
        if not drag.moved:
            return
        if drag.hit is Hit.LINK:
            target = self.chart.layout.node_at(drag.current.y())
            if target is not None and target is not drag.node and target.item is not None:
                self.view.request_link(drag.node, target)
            return
        dates = self.preview_dates(drag)
        if dates is None or (dates[0], dates[1]) == (drag.node.start, drag.node.end):
            return
        if drag.hit is Hit.MOVE:
            self.view.request_move(drag.node, dates[0])
        elif drag.hit is Hit.RESIZE_END:
            self.view.request_resize(drag.node, end=dates[1])
        else:
            self.view.request_resize(drag.node, start=dates[0])

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = self.to_chart(event.pos())
        node, hit = self.hit_at(pos)
        link = self.chart.link_at(pos) if hit is Hit.NONE else None
        if link is not None:
            self.view.select_link(link)
            menu = self.view.link_menu(link)
        elif node is not None and node.item is not None:
            self.view.select_node(node)
            menu = self.view.item_menu(node)
        else:
            return
        menu.exec(event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = self.to_chart(event.position())
        link = self.chart.link_at(pos) if self.hit_at(pos)[1] is Hit.NONE else None
        if link is not None:
            self.view.edit_link(link)
            return
        node = self.chart.layout.node_at(self.to_chart(event.position()).y())
        if node is not None:
            self.view.activate(node)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.view.zoom_by(1 if delta.y() > 0 else -1)
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or delta.x():
            step = delta.x() or delta.y()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - step)
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() - delta.y() // 120 * 3 * self.chart.layout.row_height)

    # --- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.view.select_step(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if shift:
                self.view.move_selected(step)
            else:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + step * max(bar.singleStep(), 20))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            link = self.view.selected_link()
            node = self.view.selected_node()
            if link is not None:
                self.view.edit_link(link)
            elif node is not None:
                self.view.activate(node)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            link = self.view.selected_link()
            if link is not None:
                self.view.request_unlink(link.predecessor_id, link.successor_id)
        elif key == Qt.Key.Key_L and not ctrl:
            self.view.select_next_link(-1 if shift else 1)
        elif key == Qt.Key.Key_Escape and self.view.selected_link() is not None:
            self.view.select_link(None)
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.view.zoom_by(1)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.view.zoom_by(-1)
        else:
            super().keyPressEvent(event)


class TimelineView(QWidget):
    """The Gantt of one or more programs. Give it a session factory and program ids."""

    activity_activated = Signal(object)  # uuid of the activity (or meeting) to open
    changes_made = Signal(object)  # Changes, once per edit, undo or redo
    edit_refused = Signal(str)  # why an edit was not made
    selection_changed = Signal(object)  # the selected item's uuid, or None
    loaded = Signal()  # rows read on a worker are shown

    def __init__(
        self,
        sessions: SessionFactory,
        program_ids: uuid.UUID | Iterable[uuid.UUID] | None,
        *,
        undo_stack: QUndoStack | None = None,
        calendar: WorkingCalendar | None = None,
        narrow: TimelineFilter | None = None,
        zoom: Zoom = Zoom.WEEK,
        parent: QWidget | None = None,
        load: bool = True,
        background: bool = False,
    ) -> None:
        """``background`` reads the database on a worker (the window's way): the view shows
        "Loading…" until the rows arrive. Without it each load is done at once (scripts, tests
        that want the rows right away)."""
        super().__init__(parent)
        self.sessions = sessions
        if program_ids is None or isinstance(program_ids, uuid.UUID):
            self.program_ids: tuple[uuid.UUID, ...] | None = (
                None if program_ids is None else (program_ids,)
            )
        else:
            self.program_ids = tuple(program_ids)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.calendar = calendar or default_calendar()
        self.narrow = narrow
        self.model = TimelineModel(self)
        self.dependencies = DependencyModel(self)
        self.rows = RowLayout()
        self.grid = TimeGrid(dt.date.today().replace(day=1), zoom)
        self.chart = ChartPainter(self.grid, self.rows, self.dependencies, self.calendar)
        self.collapsed: set[object] = set()
        self.confirm_shift: Callable[[Sequence[DateShift]], bool] = self._ask_shift
        self._span: tuple[dt.date, dt.date] | None = None
        self._syncing = False
        self._fitted = False
        self._own_changes: Changes | None = None
        self.background = background
        self.ask_link: Callable[[DependencyItem], LinkAnswer] = self._ask_link
        self._load_job: jobs.Job | None = None
        self._generation = 0
        self.place_list: list[PlaceChoice] = []

        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setFixedHeight(HEADER_HEIGHT)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        for column, width in ((1, 80), (2, 80), (3, 36)):
            header.resizeSection(column, width)
        self.area = GanttArea(self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.area)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 900])
        self.banner = QLabel(self)
        self.banner.setObjectName("fieldError")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.timeout.connect(self.banner.hide)

        self.toolbar = self._make_toolbar()
        self.filter_bar = self._make_filter_bar()
        self.loading = QWidget(self)
        loading_row = QHBoxLayout(self.loading)
        loading_row.setContentsMargins(8, 4, 8, 4)
        self.loading_label = QLabel(QCoreApplication.translate("Timeline", "Loading…"), self)
        self.loading_bar = QProgressBar(self.loading)
        self.loading_bar.setRange(0, 100)
        self.loading_bar.setMaximumWidth(320)
        self.loading_bar.setTextVisible(False)
        loading_row.addWidget(self.loading_label)
        loading_row.addWidget(self.loading_bar)
        loading_row.addStretch(1)
        self.loading.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        if self.filter_bar is not None:
            layout.addWidget(self.filter_bar)
        layout.addWidget(self.loading)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self.area.verticalScrollBar().valueChanged.connect(self._area_scrolled)
        self.tree.verticalScrollBar().valueChanged.connect(self._tree_scrolled)
        self.tree.expanded.connect(lambda index: self._fold(index, False))
        self.tree.collapsed.connect(lambda index: self._fold(index, True))
        self.tree.selectionModel().currentChanged.connect(self._tree_current)
        self.tree.doubleClicked.connect(lambda index: self._activate_index(index))
        if load:
            self.reload()

    # --- toolbar --------------------------------------------------------------------------

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        self.zoom_box = QComboBox(bar)
        for zoom, label in zip(
            ZOOMS,
            (
                QCoreApplication.translate("Timeline", "Days"),
                QCoreApplication.translate("Timeline", "Weeks"),
                QCoreApplication.translate("Timeline", "Months"),
                QCoreApplication.translate("Timeline", "Quarters"),
            ),
            strict=True,
        ):
            self.zoom_box.addItem(label, zoom)
        self.zoom_box.setCurrentIndex(ZOOMS.index(self.grid.zoom))
        self.zoom_box.activated.connect(lambda i: self.set_zoom(ZOOMS[i]))
        bar.addWidget(self.zoom_box)
        self.fit_action = QAction(QCoreApplication.translate("Timeline", "Fit"), self)
        self.fit_action.triggered.connect(self.fit_to_program)
        self.today_action = QAction(QCoreApplication.translate("Timeline", "Today"), self)
        self.today_action.triggered.connect(lambda: self.scroll_to_date(dt.date.today()))
        self.undo_action = self.undo_stack.createUndoAction(
            self, QCoreApplication.translate("Timeline", "Undo")
        )
        self.redo_action = self.undo_stack.createRedoAction(
            self, QCoreApplication.translate("Timeline", "Redo")
        )
        self.pdf_action = QAction(QCoreApplication.translate("Timeline", "PDF…"), self)
        self.pdf_action.triggered.connect(self._ask_pdf)
        self.png_action = QAction(QCoreApplication.translate("Timeline", "PNG…"), self)
        self.png_action.triggered.connect(self._ask_png)
        self.print_action = QAction(QCoreApplication.translate("Timeline", "Print…"), self)
        self.print_action.triggered.connect(self.print_dialog)
        for action in (self.fit_action, self.today_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        for action in (self.print_action, self.pdf_action, self.png_action):
            bar.addAction(action)
        return bar

    # --- the district view's filters -----------------------------------------------------

    def _make_filter_bar(self) -> QToolBar | None:
        """District (searchable by name), stage and status, for a view of many programs."""
        if self.program_ids is not None and len(self.program_ids) < 2:
            return None
        from desktop.ui.vocabulary import stage_name, status_name

        bar = QToolBar(self)
        bar.addWidget(QLabel(QCoreApplication.translate("Timeline", "Area") + " ", bar))
        self.place_box = QComboBox(bar)
        self.place_box.setEditable(True)
        self.place_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.place_box.setMinimumContentsLength(28)
        line = self.place_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                QCoreApplication.translate("Timeline", "Type a district or regency…")
            )
        completer = QCompleter(self.place_box.model(), self.place_box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.place_box.setCompleter(completer)
        self.place_box.addItem(QCoreApplication.translate("Timeline", "All areas"), None)
        self.place_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        bar.addWidget(self.place_box)
        bar.addSeparator()
        self.stage_box = QComboBox(bar)
        self.stage_box.addItem(QCoreApplication.translate("Timeline", "All stages"), None)
        for stage in Stage:
            self.stage_box.addItem(f"{stage.number}. {stage_name(stage)}", stage)
        self.stage_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        bar.addWidget(self.stage_box)
        self.status_box = QComboBox(bar)
        self.status_box.addItem(QCoreApplication.translate("Timeline", "Any status"), None)
        for status in StageStatus:
            self.status_box.addItem(status_name(status), status)
        self.status_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        bar.addWidget(self.status_box)
        self._load_places()
        return bar

    def _load_places(self) -> None:
        sessions = self.sessions

        def work(_context: jobs.JobContext) -> list[PlaceChoice]:
            with sessions() as session:
                return place_choices(session)

        jobs.run(work, self._show_places, owner=self, inline=not self.background)

    def _show_places(self, choices: list[PlaceChoice]) -> None:
        self.place_list = list(choices)
        words = {
            2: QCoreApplication.translate("Timeline", "regency"),
            3: QCoreApplication.translate("Timeline", "district"),
        }
        self.place_box.blockSignals(True)
        try:
            for choice in choices:
                self.place_box.addItem(f"{choice.name} ({words[choice.level]})", choice.code)
            self.place_box.setCurrentIndex(0)
        finally:
            self.place_box.blockSignals(False)

    def apply_filter(self) -> None:
        """Narrow the programs shown to the chosen area, stage and status; read again."""
        stage = self.stage_box.currentData()
        status = self.status_box.currentData()
        self.narrow = TimelineFilter(
            place_prefix=self.place_box.currentData(),
            stages=None if stage is None else frozenset({Stage(stage)}),
            statuses=None if status is None else frozenset({StageStatus(status)}),
        )
        self.reload()

    # --- data -----------------------------------------------------------------------------

    def reload(self, *, wait: bool = False) -> None:
        """Read the programs again (one session, a few queries) and show them: on a worker
        when the view is ``background`` (a newer reload supersedes an older one), else, or
        with ``wait``, now."""
        sessions, program_ids = self.sessions, self.program_ids
        narrow, calendar = self.narrow, self.calendar

        def work(context: jobs.JobContext) -> Timeline:
            def progress(percent: int) -> None:
                context.check()
                context.report(percent)

            with sessions() as session:
                return load_timeline(
                    session,
                    program_ids=program_ids,
                    narrow=narrow,
                    calendar=calendar,
                    progress=progress,
                )

        if wait or not self.background:
            self._generation += 1  # a load still on its way is out of date now
            self.loading.hide()
            with self.sessions() as session:
                self.set_timeline(
                    load_timeline(
                        session, program_ids=program_ids, narrow=narrow, calendar=calendar
                    )
                )
            return
        if self._load_job is not None and not self._load_job.done:
            self._load_job.cancel()
        self._generation += 1
        generation = self._generation
        job = jobs.Job(work)  # not owned by the view: it may end after the view is closed
        job.progressed.connect(lambda percent, _text: self._load_progress(generation, percent))
        job.succeeded.connect(lambda timeline: self._loaded(generation, timeline))
        job.failed.connect(lambda error: self._load_failed(generation, error))
        self._load_job = job
        self.loading_bar.setValue(0)
        self.loading.show()
        job.start()

    @property
    def is_loading(self) -> bool:
        return self._load_job is not None and not self._load_job.done

    def _load_progress(self, generation: int, percent: int) -> None:
        if generation == self._generation and shiboken6.isValid(self):
            self.loading_bar.setValue(percent)

    def _loaded(self, generation: int, timeline: Timeline) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return  # a newer load is on its way
        self.loading.hide()
        self.set_timeline(timeline)
        self.loaded.emit()

    def _load_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self.loading.hide()
        self.refuse(
            QCoreApplication.translate("Timeline", "The timeline could not be read: %1").replace(
                "%1", str(error)
            )
        )

    def on_changes(self, changes: Changes) -> None:
        """The window's one signal: reload when an edit elsewhere touched what is shown."""
        if changes is self._own_changes or not (changes.tables & RELOAD_TABLES):
            return  # the view's own edits are shown already
        shown = {p.id for p in self.model.timeline.programs}
        if (
            changes.program_ids
            and self.program_ids is not None
            and not (changes.program_ids & (shown | set(self.program_ids)))
        ):
            return
        self.reload()

    @property
    def timeline(self) -> Timeline:
        return self.model.timeline

    def set_timeline(self, timeline: Timeline) -> None:
        scrolled = self.area.verticalScrollBar().value()
        many = self.program_ids is None or len(self.program_ids) > 1
        same = self.model.set_timeline(timeline, program_level=many or None)
        self.dependencies.set_dependencies(timeline.dependencies)
        if not same:  # rows came or went: the tree was reset, so put it back as it was
            self._expand_tree()
        self._relayout()
        if not same:
            self.area.verticalScrollBar().setValue(scrolled)
            selected = self.selected_node()
            if selected is not None:
                self._syncing = True
                try:
                    self.tree.selectionModel().setCurrentIndex(
                        self.model.index_of(selected),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                finally:
                    self._syncing = False
            else:
                self.chart.selected = None
        if not self._fitted and timeline.programs:
            self._fitted = True
            QTimer.singleShot(0, self, self._initial_position)  # not after the view is gone

    def _expand_tree(self) -> None:
        self._syncing = True
        try:
            for root in self.model.roots:
                for node in root.walk():
                    if node.children and node.key not in self.collapsed:
                        self.tree.setExpanded(self.model.index_of(node), True)
        finally:
            self._syncing = False

    def _relayout(self) -> None:
        self.rows.rebuild(self.model.roots, self.collapsed)
        self.dependencies.index_rows(self.rows)
        span = self.timeline.span
        if span is not None:
            first = span[0] - dt.timedelta(days=_MARGIN_DAYS)
            origin = first - dt.timedelta(days=first.weekday())
            if self._span is None or origin < self.grid.origin:
                shift = (self.grid.origin - origin).days * self.grid.day_width
                self.grid.origin = origin
                if self._span is not None:
                    bar = self.area.horizontalScrollBar()
                    bar.setValue(int(bar.value() + shift))
            self._span = span
        self.chart.invalidate()
        self._update_width()
        self.area.update_scrollbars()
        self.area.viewport().update()
        self.area.header.update()

    def _update_width(self) -> None:
        if self._span is None:
            self.chart.width = 0
            return
        last = self._span[1] + dt.timedelta(days=_MARGIN_DAYS)
        self.chart.width = self.grid.x_end(last)

    def _initial_position(self) -> None:
        span = self._span
        if span is None:
            return
        today = dt.date.today()
        if span[0] <= today <= span[1]:
            self.scroll_to_date(today)
        else:
            self.scroll_to_date(span[0])

    # --- tree <-> chart -------------------------------------------------------------------

    def _fold(self, index: QModelIndex, folded: bool) -> None:
        if self._syncing:
            return
        node = self.model.node(index)
        if node is None:
            return
        if folded:
            self.collapsed.add(node.key)
        else:
            self.collapsed.discard(node.key)
        self._relayout()

    def _area_scrolled(self, value: int) -> None:
        tree_bar = self.tree.verticalScrollBar()
        if tree_bar.value() != value:
            tree_bar.setValue(value)

    def _tree_scrolled(self, value: int) -> None:
        bar = self.area.verticalScrollBar()
        if bar.value() != value:
            bar.setValue(value)

    def _tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.model.node(current)
        key = node.key if node is not None else None
        if key != self.chart.selected:
            self.chart.selected = key
            self.area.viewport().update()
            self._emit_selection(node)

    def _emit_selection(self, node: Node | None) -> None:
        self.selection_changed.emit(node.item.id if node and node.item else None)

    def selected_node(self) -> Node | None:
        key = self.chart.selected
        if key is None:
            return None
        return self.model.by_key.get(key)

    def select_node(self, node: Node | None) -> None:
        self.chart.selected = None if node is None else node.key
        self.chart.selected_link = None
        if node is not None:
            index = self.model.index_of(node)
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.ensure_visible(node)
        self.area.viewport().update()
        self._emit_selection(node)

    def select_item(self, item_id: uuid.UUID) -> None:
        node = self.model.node_for_item(item_id)
        if node is not None:
            self.select_node(node)

    def select_step(self, step: int) -> None:
        node = self.selected_node()
        row = self.rows.row_of.get(node.key) if node is not None else None
        row = 0 if row is None else max(0, min(len(self.rows) - 1, row + step))
        if len(self.rows):
            self.select_node(self.rows.nodes[row])

    def ensure_visible(self, node: Node) -> None:
        row = self.rows.row_of.get(node.key)
        if row is None:
            return
        bar = self.area.verticalScrollBar()
        top = self.rows.y_of(row)
        height = self.area.viewport().height()
        if top < bar.value():
            bar.setValue(top)
        elif top + self.rows.row_height > bar.value() + height:
            bar.setValue(top + self.rows.row_height - height)

    def activate(self, node: Node) -> None:
        if node.item is not None:
            self.activity_activated.emit(node.item.id)

    def _activate_index(self, index: QModelIndex) -> None:
        node = self.model.node(index)
        if node is not None:
            self.activate(node)

    # --- zoom and scrolling ---------------------------------------------------------------

    def set_zoom(self, zoom: Zoom) -> None:
        viewport = self.area.viewport().width()
        bar = self.area.horizontalScrollBar()
        centre = self.grid.date_at(bar.value() + viewport / 2)
        self.grid.set_zoom(zoom)
        self._after_zoom(centre)

    def zoom_by(self, step: int) -> None:
        position = ZOOMS.index(self.grid.zoom) - step  # step > 0 zooms in (towards days)
        self.set_zoom(ZOOMS[max(0, min(len(ZOOMS) - 1, position))])

    def fit_to_program(self) -> None:
        span = self.timeline.span
        if span is None:
            return
        width = max(100, self.area.viewport().width() - 40)
        self.grid.fit(span[0], span[1], width)
        self._after_zoom(None)
        self.area.horizontalScrollBar().setValue(int(self.grid.x_of(span[0]) - 20))

    def _after_zoom(self, centre: dt.date | None) -> None:
        self.zoom_box.setCurrentIndex(ZOOMS.index(self.grid.zoom))
        self.chart.invalidate()
        self._update_width()
        self.area.update_scrollbars()
        if centre is not None:
            x = self.grid.x_of(centre) - self.area.viewport().width() / 2
            self.area.horizontalScrollBar().setValue(int(x))
        self.area.viewport().update()
        self.area.header.update()

    def scroll_to_date(self, day: dt.date) -> None:
        x = self.grid.x_of(day) - self.area.viewport().width() / 3
        self.area.horizontalScrollBar().setValue(int(max(0, x)))

    # --- edits ----------------------------------------------------------------------------

    def _run(self, operation: Callable[[Session], Changes]) -> Changes:
        """One transaction around an operation; then tell the window and show the result.

        Commands may outlive the view on a shared undo stack: once the view is gone, the
        operation still runs, and only the telling and showing are skipped."""
        with self.sessions() as session, session.begin():
            changes = operation(session)
        if shiboken6.isValid(self):
            self._own_changes = changes
            self.changes_made.emit(changes)
            # the next key press works from the new dates: a small plan is read again at
            # once (a few milliseconds), a district's thousands of rows on a worker
            self.reload(wait=len(self.timeline) <= SYNC_RELOAD_ITEMS)
        return changes

    def refuse(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()
        self._banner_timer.start(8000)
        self.edit_refused.emit(message)

    @staticmethod
    def refusal_text(exc: ValidationError) -> str:
        """The core's refusal in the chosen language."""
        from desktop.ui.vocabulary import issue_text

        return " ".join(issue_text(i.template, i.values, i.message) for i in exc.issues)

    def _refused(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, ValidationError):
            self.refuse(self.refusal_text(exc))
        else:
            self.refuse(
                QCoreApplication.translate("Timeline", "The change could not be made: %1").replace(
                    "%1", str(exc)
                )
            )

    def _push(self, text: str, steps: list[tuple[Operation, Operation]]) -> bool:
        command = TimelineCommand(text, self._run, steps, self._refused)
        try:
            command.execute()
        except ValidationError as exc:
            self.refuse(self.refusal_text(exc))
            return False
        self.undo_stack.push(command)
        return True

    def request_move(self, node: Node, start: dt.date) -> bool:
        """Move an activity to start on ``start`` (keeping its working days), offering to
        push its successors later when they would now start too early."""
        item = node.item
        if item is None or not item.editable:
            return False
        activity_id = item.id
        old_start, old_end = item.start, item.end
        task = Task(item.id, item.start, item.end, item.is_milestone, item.title)
        new_start, new_end = schedule.moved_dates(self.calendar, task, start)
        with self.sessions() as session:
            shifts = schedule.propose_successor_shifts(
                session,
                activity_id=activity_id,
                start=new_start,
                end=new_end,
                calendar=self.calendar,
            )
        steps: list[tuple[Operation, Operation]] = [
            (
                lambda s: schedule.move_activity(
                    s, activity_id=activity_id, start=start, calendar=self.calendar
                ),
                lambda s: schedule.set_activity_dates(
                    s, activity_id=activity_id, start=old_start, end=old_end
                ),
            )
        ]
        if shifts and not node.read_only and self.confirm_shift(shifts):
            chosen = list(shifts)
            steps.append(
                (
                    lambda s: schedule.shift_successors(s, shifts=chosen),
                    lambda s: schedule.shift_successors(s, shifts=[x.reversed() for x in chosen]),
                )
            )
        return self._push(
            QCoreApplication.translate("Timeline", "Move “%1”").replace("%1", item.title), steps
        )

    def request_resize(
        self, node: Node, *, start: dt.date | None = None, end: dt.date | None = None
    ) -> bool:
        item = node.item
        if item is None or not item.editable:
            return False
        activity_id = item.id
        old_start, old_end = item.start, item.end
        return self._push(
            QCoreApplication.translate("Timeline", "Change the dates of “%1”").replace(
                "%1", item.title
            ),
            [
                (
                    lambda s: schedule.resize_activity(
                        s, activity_id=activity_id, start=start, end=end
                    ),
                    lambda s: schedule.set_activity_dates(
                        s, activity_id=activity_id, start=old_start, end=old_end
                    ),
                )
            ],
        )

    def request_link(self, predecessor: Node, successor: Node) -> bool:
        if predecessor.item is None or successor.item is None:
            return False
        if not successor.item.editable:
            self.refuse(QCoreApplication.translate("Timeline", "Only activities can be linked."))
            return False
        pred_id, succ_id = predecessor.item.id, successor.item.id
        made: list[uuid.UUID] = []

        def do(session: Session) -> Changes:
            changes = schedule.link(session, predecessor_id=pred_id, successor_id=succ_id)
            made[:] = list(changes.created)
            return changes

        def undo(session: Session) -> Changes:
            return schedule.unlink(session, dependency_id=made[0])

        text = (
            QCoreApplication.translate("Timeline", "Link “%1” → “%2”")
            .replace("%1", predecessor.title)
            .replace("%2", successor.title)
        )
        return self._push(text, [(do, undo)])

    def request_unlink(self, predecessor_id: uuid.UUID, successor_id: uuid.UUID) -> bool:
        dep = self.dependencies.between(predecessor_id, successor_id)
        if dep is None:
            return False
        kind, lag, dep_id = dep.kind, dep.lag_days, dep.id
        return self._push(
            QCoreApplication.translate("Timeline", "Remove a link"),
            [
                (
                    lambda s: schedule.unlink(s, dependency_id=dep_id),
                    lambda s: schedule.link(
                        s,
                        predecessor_id=predecessor_id,
                        successor_id=successor_id,
                        kind=kind,
                        lag_days=lag,
                    ),
                )
            ],
        )

    # --- links ----------------------------------------------------------------------------

    def selected_link(self) -> DependencyItem | None:
        key = self.chart.selected_link
        return None if key is None else self.dependencies.by_id.get(key)

    def select_link(self, link: DependencyItem | None) -> None:
        """Pick out one arrow (its activities stay as they are)."""
        self.chart.selected_link = None if link is None else link.id
        self.area.viewport().update()
        if link is not None:
            self.area.setFocus()

    def select_next_link(self, step: int = 1) -> DependencyItem | None:
        """Key L: the next arrow into or out of the selected activity (Shift+L goes back)."""
        node = self.selected_node()
        if node is None or node.item is None:
            return None
        links = self.dependencies.of(node.item.id)
        if not links:
            return None
        ids = [d.id for d in links]
        current = self.chart.selected_link
        at = ids.index(current) + step if current in ids else (0 if step > 0 else -1)
        link = links[at % len(links)]
        self.select_link(link)
        return link

    def link_title(self, link: DependencyItem) -> tuple[str, str]:
        titles = []
        for item_id in (link.predecessor_id, link.successor_id):
            item = self.timeline.item(item_id)
            titles.append(item.title if item is not None else "?")
        return titles[0], titles[1]

    def _ask_link(self, link: DependencyItem) -> LinkAnswer:
        predecessor, successor = self.link_title(link)
        dialog = LinkDialog(link, predecessor, successor, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return REMOVE if dialog.remove_requested else dialog.chosen()
        finally:
            dialog.deleteLater()

    def edit_link(self, link: DependencyItem) -> bool:
        """Ask for the link's kind and lag (or its removal) and make the change."""
        answer = self.ask_link(link)
        if answer == REMOVE:
            return self.request_unlink(link.predecessor_id, link.successor_id)
        if isinstance(answer, tuple):
            return self.request_set_link(link, answer[0], answer[1])
        return False

    def request_set_link(self, link: DependencyItem, kind: DependencyKind, lag_days: int) -> bool:
        if (kind, lag_days) == (link.kind, link.lag_days):
            return False
        dep_id, old_kind, old_lag = link.id, link.kind, link.lag_days
        predecessor, successor = self.link_title(link)
        text = (
            QCoreApplication.translate("Timeline", "Change the link “%1” → “%2”")
            .replace("%1", predecessor)
            .replace("%2", successor)
        )
        return self._push(
            text,
            [
                (
                    lambda s: schedule.set_link(
                        s, dependency_id=dep_id, kind=kind, lag_days=lag_days
                    ),
                    lambda s: schedule.set_link(
                        s, dependency_id=dep_id, kind=old_kind, lag_days=old_lag
                    ),
                )
            ],
        )

    def link_menu(self, link: DependencyItem) -> QMenu:
        menu = QMenu(self)
        edit = menu.addAction(QCoreApplication.translate("Timeline", "Edit link…"))
        edit.triggered.connect(lambda: self.edit_link(link))
        remove = menu.addAction(QCoreApplication.translate("Timeline", "Remove link"))
        remove.triggered.connect(
            lambda: self.request_unlink(link.predecessor_id, link.successor_id)
        )
        return menu

    def item_menu(self, node: Node) -> QMenu:
        """A bar's menu: open it, push its successors, remove one of its links."""
        menu = QMenu(self)
        item = node.item
        open_action = menu.addAction(QCoreApplication.translate("Timeline", "Open activity"))
        open_action.triggered.connect(lambda: self.activate(node))
        shift = menu.addAction(QCoreApplication.translate("Timeline", "Move successors"))
        shift.setEnabled(node.editable)
        shift.triggered.connect(lambda: self.move_successors(node))
        links = self.dependencies.of(item.id) if item is not None else []
        removing = menu.addMenu(QCoreApplication.translate("Timeline", "Remove link"))
        removing.setEnabled(bool(links) and not node.read_only)
        for link in links:
            predecessor, successor = self.link_title(link)
            action = removing.addAction(f"{predecessor} → {successor}")
            action.triggered.connect(
                lambda _checked=False, d=link: self.request_unlink(d.predecessor_id, d.successor_id)
            )
        return menu

    def move_successors(self, node: Node) -> bool:
        """Push later the successors that now start too early for their links."""
        item = node.item
        if item is None or not node.editable:
            return False
        with self.sessions() as session:
            shifts = schedule.propose_successor_shifts(
                session, activity_id=item.id, calendar=self.calendar
            )
        if not shifts:
            self.refuse(
                QCoreApplication.translate(
                    "Timeline", "Nothing to move: the activities after “%1” already wait for it."
                ).replace("%1", item.title)
            )
            return False
        if not self.confirm_shift(shifts):
            return False
        chosen = list(shifts)
        return self._push(
            QCoreApplication.translate("Timeline", "Move the activities after “%1”").replace(
                "%1", item.title
            ),
            [
                (
                    lambda s: schedule.shift_successors(s, shifts=chosen),
                    lambda s: schedule.shift_successors(s, shifts=[x.reversed() for x in chosen]),
                )
            ],
        )

    def move_selected(self, step: int) -> bool:
        """Shift+arrow: the selected activity one working day later or earlier."""
        node = self.selected_node()
        if node is None or node.item is None or not node.item.editable:
            return False
        item = node.item
        if item.is_milestone:
            start = item.start + dt.timedelta(days=step)
        else:
            start = self.calendar.add_working_days(item.start, step)
        return self.request_move(node, start)

    def _ask_shift(self, shifts: Sequence[DateShift]) -> bool:
        lines = [f"• {s.title}: {s.new_start:%d-%m-%Y} – {s.new_end:%d-%m-%Y}" for s in shifts[:12]]
        if len(shifts) > 12:
            lines.append(
                QCoreApplication.translate("Timeline", "… and %1 more").replace(
                    "%1", str(len(shifts) - 12)
                )
            )
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Timeline", "Shift the following activities?"),
            QCoreApplication.translate(
                "Timeline", "These activities would now start too early. Move them later as well?"
            )
            + "\n\n"
            + "\n".join(lines),
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- output ---------------------------------------------------------------------------

    def title(self) -> str:
        return ", ".join(p.name for p in self.timeline.programs) or "Berdaya"

    def export_pdf(
        self, path: str | Path, *, paper: str = "A4", landscape: bool = True, zoom: float = 1.0
    ) -> int:
        from desktop.ui.timeline.printing import export_pdf

        return export_pdf(
            self.chart, path, self.title(), paper=paper, landscape=landscape, zoom=zoom
        ).pages

    def export_png(self, path: str | Path) -> None:
        from desktop.ui.timeline.printing import export_png

        export_png(self.chart, path)

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.ui.timeline.printing import paint_pages

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            paint_pages(printer, self.chart, self.title(), resolution=printer.resolution())

    def _ask_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("Timeline", "Save as PDF"), "", "PDF (*.pdf)"
        )
        if path:
            self.export_pdf(path)

    def _ask_png(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("Timeline", "Save as picture"), "", "PNG (*.png)"
        )
        if path:
            try:
                self.export_png(path)
            except ValueError as exc:
                self.refuse(str(exc))
