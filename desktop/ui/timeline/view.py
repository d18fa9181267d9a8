"""The timeline window: the tree of stages and activities on the left, the Gantt chart on the
right, the toolbar above; it puts together the chart area (area.py), the edits (editing.py) and
the reading (loading.py), keeps the tree and the chart in step, and prints what it shows.

It takes a session factory (anything that returns a Session: a sessionmaker, or
``Database.session``) and the program(s) to show; it tells the window what changed through
``changes_made`` and leaves opening an activity to whoever listens to ``activity_activated``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.calendar_id import WorkingCalendar, default_calendar
from desktop.core.changes import Changes
from desktop.core.timeline import DependencyItem, Timeline, TimelineFilter
from desktop.ui import accessibility
from desktop.ui.timeline import accessible
from desktop.ui.timeline.area import GanttArea
from desktop.ui.timeline.chart import HEADER_HEIGHT, ChartPainter
from desktop.ui.timeline.dependencies import DependencyModel
from desktop.ui.timeline.editing import TimelineEditor
from desktop.ui.timeline.empty import EmptyHint
from desktop.ui.timeline.grid import ZOOMS, TimeGrid, Zoom
from desktop.ui.timeline.loading import DistrictFilter, SessionFactory, TimelineLoader
from desktop.ui.timeline.model import Node, TimelineModel, column_widths
from desktop.ui.timeline.rows import RowLayout

RELOAD_TABLES = frozenset(
    {"activities", "dependencies", "meetings", "agreements", "action_plans", "programs"}
    | {"stage_states"}
)
SYNC_RELOAD_ITEMS = 2000  # after its own edit the view re-reads up to this many items at once
_MARGIN_DAYS = 21  # room before the first and after the last date


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
        writer: SessionFactory | None = None,
    ) -> None:
        """``background`` reads the database on a worker (the window's way): the view shows
        "Loading…" until the rows arrive. Without it each load is done at once (scripts, tests
        that want the rows right away). ``writer`` makes the sessions edits run in (the
        window's take the write lock up front); by default ``sessions``."""
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
        self._span: tuple[dt.date, dt.date] | None = None
        self._syncing = False
        self._fitted = False
        self._own_changes: Changes | None = None
        self.background = background
        self.edits = TimelineEditor(
            self,
            self,
            sessions=sessions,
            writer=writer or sessions,
            calendar=self.calendar,
            undo_stack=self.undo_stack,
            dependencies=self.dependencies,
        )
        self.loader = TimelineLoader(sessions, self.calendar, self)
        self.loader.progressed.connect(self._load_progress)
        self.loader.arrived.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)

        self.tree = QTreeView(self)
        self.tree.setAccessibleName(self.tr("Stages and activities"))
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
        for column, width in enumerate(column_widths(self.tree.fontMetrics())):
            header.resizeSection(column, width)
        self.area = GanttArea(self, self.chart, self.edits, self)
        accessible.install()  # each bar reaches a screen reader by its name
        self.area.setObjectName(accessible.CHART_NAME)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.area)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([sum(column_widths(self.tree.fontMetrics())) + 8, 900])
        self.banner = QLabel(self)
        self.banner.setObjectName("fieldError")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.timeout.connect(self.banner.hide)

        self.toolbar = self._make_toolbar()
        self.filter_bar: DistrictFilter | None = None
        if self.program_ids is None or len(self.program_ids) > 1:
            self.filter_bar = DistrictFilter(sessions, background=background, parent=self)
            self.filter_bar.changed.connect(self.apply_filter)
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
        self.empty_hint = EmptyHint(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        if self.filter_bar is not None:
            layout.addWidget(self.filter_bar)
        layout.addWidget(self.loading)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty_hint)
        layout.addWidget(splitter, 1)

        self.area.verticalScrollBar().valueChanged.connect(self._area_scrolled)
        self.tree.verticalScrollBar().valueChanged.connect(self._tree_scrolled)
        self.tree.expanded.connect(lambda index: self._fold(index, False))
        self.tree.collapsed.connect(lambda index: self._fold(index, True))
        self.tree.selectionModel().currentChanged.connect(self._tree_current)
        self.tree.doubleClicked.connect(lambda index: self._activate_index(index))
        if load:
            self.reload()
        accessibility.name_widgets(self)

    # --- toolbar --------------------------------------------------------------------------

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        self.zoom_box = QComboBox(bar)
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
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

    def apply_filter(self) -> None:
        """Narrow the programs shown to the filter bar's area, stage and status; read again."""
        if self.filter_bar is not None:
            self.narrow = self.filter_bar.chosen()
        self.reload()

    # --- data -----------------------------------------------------------------------------

    def reload(self, *, wait: bool = False) -> None:
        """Read the programs again (one session, a few queries) and show them: on a worker
        when the view is ``background`` (a newer reload supersedes an older one), else, or
        with ``wait``, now."""
        if wait or not self.background:
            self.loading.hide()
            self.set_timeline(self.loader.read_now(self.program_ids, self.narrow))
            return
        self.loading_bar.setValue(0)
        self.loading.show()
        self.loader.start(self.program_ids, self.narrow)

    @property
    def is_loading(self) -> bool:
        return self.loader.busy

    def _load_progress(self, percent: int) -> None:
        self.loading_bar.setValue(percent)

    def _loaded(self, timeline: Timeline) -> None:
        self.loading.hide()
        self.set_timeline(timeline)
        self.loaded.emit()

    def _load_failed(self, error: Exception) -> None:
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
        self.empty_hint.follow(timeline, can_open=len(timeline.programs) == 1)
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

    # --- edits ---------------------------------------------------------------------------

    def show_changes(self, changes: Changes) -> None:
        """After an edit, undo or redo: tell the window, and show the new dates."""
        self._own_changes = changes
        self.changes_made.emit(changes)
        # the next key press works from the new dates: a small plan is read again at once
        # (a few milliseconds), a district's thousands of rows on a worker
        self.reload(wait=len(self.timeline) <= SYNC_RELOAD_ITEMS)

    def refuse(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()
        self._banner_timer.start(8000)
        self.edit_refused.emit(message)

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
