"""The office's home: who has sent this month per sub-district, every village's programs in one
table to sort, filter and open, and the area's charts — all read off the GUI thread.

At start-up the page may first show the figures of the database's cache (``show_cached``, read
before the database is open): current ones as they are, older ones marked with their day while
the page's own read counts today's. That read then confirms them; the table is filled again
only when the figures differ."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import Stage
from desktop.core.office.figures import Sending
from desktop.ui import accessibility, formatting, jobs, settings, theme
from desktop.ui.office.villages_model import (
    PRINCIPLE_COLUMNS,
    VillagesFilter,
    VillagesModel,
    sending_name,
)
from desktop.ui.vocabulary import stage_name

if TYPE_CHECKING:
    from desktop.core.changes import Changes
    from desktop.core.db import Database
    from desktop.core.office.cached import CachedArea
    from desktop.core.office.charts import AreaCharts
    from desktop.core.office.figures import AreaFigures, Completeness
    from desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)

Loaded = tuple["AreaFigures", "AreaCharts"] | None  # None: the figures shown, confirmed
WIDEST_COLUMN = 200  # pixels: a long program or stage name is elided, the rest stays in view
NARROW_COLUMN = 96  # a principle's figure (its header's full name is in the tooltip)


def read_dashboard(
    database: Database,
    thresholds: dict[str, float],
    context: jobs.JobContext,
    shown: Callable[[], AreaFigures | None] = lambda: None,
) -> Loaded:
    """The area's figures and charts; None when they are what is ``shown`` at the read's end
    (runs in a job: never touches a widget)."""
    from desktop.core.office.area import read_area
    from desktop.core.office.cache import Cache, remember
    from desktop.core.office.charts import area_charts
    from desktop.core.principles.shares import Thresholds

    def progress(done: int, total: int) -> None:
        context.report(done * 100 // total if total else 100)

    cache = Cache()
    with database.reading() as session, session.begin():
        figures = read_area(
            session,
            thresholds=Thresholds(**thresholds),
            progress=progress,
            cancelled=lambda: context.cancelled,
            cache=cache,
        )
    remember(database, cache)  # before the figures are shown: a window closed at once keeps it
    context.check()
    if figures == shown():
        return None
    return figures, area_charts(figures)


class _FromCache:
    """What the page shows from the database's cache until its read confirms it; the read
    compares its figures with them at its end, on its worker."""

    def __init__(self) -> None:
        self.area: CachedArea | None = None

    def figures(self) -> AreaFigures | None:
        area = self.area
        return area.figures if area is not None else None


class DashboardPage(QWidget):
    loaded = Signal()  # the figures are shown
    program_opened = Signal(object)  # a program's uuid: Enter or a double-click on its row
    programs_requested = Signal()  # back to the navigator and the program

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.figures: AreaFigures | None = None
        self._job: jobs.Job | None = None
        self._stale = False
        self._from_cache = _FromCache()

        self.title = QLabel(self.tr("The area at a glance"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel("", self)
        self.subtitle.setObjectName("pageSubtitle")
        self.back = QPushButton(self.tr("Programs and navigator"), self)
        self.back.setObjectName("secondary")
        self.back.setToolTip(self.tr("Show the navigator and one program at a time (Ctrl+Shift+D)"))
        self.back.clicked.connect(self.programs_requested)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName(self.tr("Reading the villages' figures"))
        self.progress.hide()
        self.status = QLabel("", self)
        self.status.setObjectName("muted")

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)

        self.completeness_title = QLabel(self.tr("REPORTING THIS MONTH"), self)
        self.completeness_title.setObjectName("sectionTitle")
        self.completeness = self._completeness_table()
        reporting = QWidget(self)
        reporting_layout = QVBoxLayout(reporting)
        reporting_layout.setContentsMargins(0, 0, 0, 0)
        reporting_layout.addWidget(self.completeness_title)
        reporting_layout.addWidget(self.completeness)

        self.model = VillagesModel(self)
        self.proxy = VillagesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setObjectName("villagesTable")
        self.table.setAccessibleName(self.tr("Villages and their programs"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the figures' own order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setMinimumHeight(self.fontMetrics().height() + 12)
        self.table.horizontalHeader().setStretchLastSection(True)
        # columns sized from the first rows, not every row: hundreds of villages fill at once
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.activated.connect(self._activated)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search a village or program"))
        self.search.setClearButtonEnabled(True)
        self.subdistricts = QComboBox(self)
        self.subdistricts.setToolTip(self.tr("Sub-district"))
        self.stages = QComboBox(self)
        self.stages.setToolTip(self.tr("Current stage"))
        self.stages.addItem(self.tr("All stages"), None)
        for stage in Stage:
            self.stages.addItem(f"{stage.number}. {stage_name(stage)}", stage)
        self.sending = QComboBox(self)
        self.sending.setToolTip(self.tr("Sending status"))
        self.sending.addItem(self.tr("Any sending status"), None)
        for status in Sending:
            self.sending.addItem(sending_name(status), status)
        self.shown = QLabel("", self)
        self.shown.setObjectName("muted")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.subdistricts, 1)
        filters.addWidget(self.stages, 1)
        filters.addWidget(self.sending, 1)
        filters.addWidget(self.shown)
        self.search.textChanged.connect(self._filter)
        for box in (self.subdistricts, self.stages, self.sending):
            box.currentIndexChanged.connect(self._filter)

        villages = QWidget(self)
        villages_layout = QVBoxLayout(villages)
        villages_layout.setContentsMargins(0, 8, 0, 0)
        villages_layout.addLayout(filters)
        villages_layout.addWidget(self.table, 1)
        self.charts = QWidget(self)
        self.charts_layout = QVBoxLayout(self.charts)
        self.charts_layout.setContentsMargins(0, 8, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(villages, self.tr("Villages"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self._charts: AreaCharts | None = None
        self._charts_drawn = False
        self.tabs.currentChanged.connect(self._draw_charts)

        self.split = split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(reporting)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 500])
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self._clear_subdistricts()
        accessibility.name_widgets(self)

    # --- loading ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.workspace = workspace
        if self._from_cache.area is None:  # the cache's stay shown until the read confirms them
            self.figures = None
        self._stale = True
        if self.isVisible():
            self.reload()

    @property
    def loading(self) -> bool:
        return self._job is not None

    def reload(self) -> None:
        """Read the area again, off the GUI thread; the progress bar shows meanwhile."""
        workspace = self.workspace
        if workspace is None:
            return
        if self._job is not None:
            self._job.cancel()
        self._stale = False
        database, thresholds = workspace.database, settings.saved_thresholds()
        shown = self._from_cache.figures
        # not parented to the page: a page closed mid-read must not take the job with it
        job = jobs.Job(lambda context: read_dashboard(database, thresholds, context, shown))
        self._job = job
        job.progressed.connect(lambda percent, _text: self._progressed(job, percent))
        job.succeeded.connect(lambda result: self._arrived(job, result))
        job.failed.connect(lambda error: self._failed(job, error))
        cached = self._from_cache.area
        if cached is None or not cached.current:
            self.progress.setRange(0, 100)
            self.progress.setValue(0)
            self.progress.show()
        if cached is None:
            self.status.setText(self.tr("Reading the villages' figures…"))
            self.status.show()
        job.start(inline=workspace.inline)

    def show_cached(self, cached: CachedArea, charts: AreaCharts) -> None:
        """The figures of the database's cache, read while the database opens: shown as they
        are when current (``loaded`` is emitted), else marked with the day they were counted
        and a progress bar until the page's read brings today's."""
        if self.figures is not None:
            return  # the page's own read came first
        self._from_cache.area = cached
        self.show_figures(cached.figures, charts)
        if cached.current:
            self.progress.hide()
            self.status.hide()
            self.loaded.emit()
            return
        self.progress.setRange(0, 0)  # busy until the database is open and the read reports
        self.progress.show()
        self.status.setText(
            self.tr("Figures as last counted, on {day}; counting them again…").format(
                day=formatting.long_date(cached.computed_on)
            )
        )
        self.status.show()

    def on_operation_executed(self, _changes: Changes) -> None:
        """Anything may move a figure of the area."""
        self.refresh()

    def refresh(self) -> None:
        """Read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _progressed(self, job: jobs.Job, percent: int) -> None:
        if shiboken6.isValid(self) and job is self._job:
            self.progress.setRange(0, 100)
            self.progress.setValue(percent)

    def _failed(self, job: jobs.Job, error: Exception) -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return
        self._job = None
        self._from_cache.area = None
        self.progress.hide()
        log.warning("the dashboard could not be read: %r", error)
        self.status.setText(self.tr("The figures could not be read: {error}").format(error=error))

    def _arrived(self, job: jobs.Job, result: Loaded) -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return  # an older read, overtaken by a newer one
        self._job = None
        self.progress.hide()
        self.status.hide()
        confirmed, self._from_cache.area = self._from_cache.area, None
        if result is None:
            if confirmed is not None and not confirmed.current:
                self.loaded.emit()  # the figures shown as of their day hold today too
            return
        figures, charts = result
        self.show_figures(figures, charts)
        self.loaded.emit()

    # --- showing ----------------------------------------------------------------------------
    def show_figures(self, figures: AreaFigures, charts: AreaCharts | None = None) -> None:
        self.figures = figures
        programs = sum(len(v.programs) for v in figures.villages)
        month = _month_name(figures.month)
        area = figures.area_name or self.tr("Every village of this database")
        self.title.setText(figures.rules.office_name or area)
        self.subtitle.setText(
            self.tr("{area} · {villages} villages, {programs} programs · {month}").format(
                area=area if figures.rules.office_name else self.tr("The office's dashboard"),
                villages=formatting.number(len(figures.villages)),
                programs=formatting.number(programs),
                month=month,
            )
        )
        if figures.demo_day is not None:
            self.subtitle.setText(
                self.tr("{line} · demo data, as it stood on {day}").format(
                    line=self.subtitle.text(), day=formatting.long_date(figures.demo_day)
                )
            )
        self.completeness_title.setText(
            self.tr("REPORTING IN {month} (DUE BY DAY {day})").format(
                month=month.upper(), day=figures.rules.due_day
            )
        )
        self._fill_completeness(figures.completeness)
        self._refill_subdistricts(figures)
        self.model.set_figures(figures)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            widest = NARROW_COLUMN if column in PRINCIPLE_COLUMNS else WIDEST_COLUMN
            header.resizeSection(column, min(header.sectionSize(column) + 12, widest))
        rows = min(len(figures.completeness) + 1, 8)
        self.split.setSizes([self._completeness_height(rows), max(self.split.height(), 400)])
        self._filter()
        self._charts = charts
        self._charts_drawn = False
        self._draw_charts()

    def _draw_charts(self, *_args: object) -> None:
        """Drawn when their tab is shown: the table comes first, pyqtgraph only if wanted."""
        if (
            self._charts is None
            or self._charts_drawn
            or self.tabs.currentWidget() is not self.charts
        ):
            return
        from desktop.ui.office.chart_panel import fill_charts

        self._charts_drawn = True
        fill_charts(self.charts_layout, self._charts)

    def _clear_subdistricts(self) -> None:
        self.subdistricts.blockSignals(True)
        self.subdistricts.clear()
        self.subdistricts.addItem(self.tr("All sub-districts"), None)
        self.subdistricts.blockSignals(False)

    def _refill_subdistricts(self, figures: AreaFigures) -> None:
        chosen = self.subdistricts.currentData()
        self._clear_subdistricts()
        self.subdistricts.blockSignals(True)
        seen: dict[str, str] = {}
        for village in figures.villages:
            seen.setdefault(village.subdistrict_code, village.subdistrict_name)
        for code, name in sorted(seen.items(), key=lambda item: item[1]):
            self.subdistricts.addItem(name, code)
        self.subdistricts.setCurrentIndex(max(0, self.subdistricts.findData(chosen)))
        self.subdistricts.blockSignals(False)

    def _filter(self, *_args: object) -> None:
        self.proxy.set_filters(
            subdistrict=self.subdistricts.currentData(),
            stage=self.stages.currentData(),
            sending=self.sending.currentData(),
            text=self.search.text(),
        )
        self.shown.setText(
            self.tr("{shown} of {total} rows").format(
                shown=formatting.number(self.proxy.rowCount()),
                total=formatting.number(self.model.rowCount()),
            )
        )

    def _activated(self, index: QModelIndex) -> None:
        program_id = self.proxy.program_at(index.row())
        if isinstance(program_id, uuid.UUID):
            self.program_opened.emit(program_id)

    def _completeness_table(self) -> QTableWidget:
        table = QTableWidget(0, 7, self)
        table.setObjectName("completenessTable")
        table.setAccessibleName(self.tr("Reporting completeness per sub-district"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Sub-district"),
                self.tr("Expected"),
                self.tr("Sent this month"),
                self.tr("On time"),
                self.tr("Late"),
                self.tr("Missing"),
                self.tr("Reporting rate"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        table.horizontalHeader().setMinimumHeight(self.fontMetrics().height() + 12)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _completeness_height(self, rows: int) -> int:
        table = self.completeness
        return (
            self.completeness_title.sizeHint().height()
            + table.horizontalHeader().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
            + 8
        )

    def _fill_completeness(self, lines: tuple[Completeness, ...]) -> None:
        """A total row first, then one row per sub-district: what an office reads first."""
        table = self.completeness
        total = tuple(
            sum(getattr(line, name) for line in lines)
            for name in ("expected", "sent", "on_time", "late", "missing")
        )
        header = table.horizontalHeader()
        # sized once filled: sized to contents, each cell set would measure every row again
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setRowCount(len(lines) + 1)
        _completeness_row(table, 0, self.tr("All sub-districts"), total, bold=True)
        for row, line in enumerate(lines, 1):
            figures = (line.expected, line.sent, line.on_time, line.late, line.missing)
            _completeness_row(table, row, line.subdistrict_name, figures)
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def visible_rows(self) -> list[list[str]]:
        """The table as shown: each row's cells, in the current order and filter."""
        return [
            [
                str(self.proxy.index(row, column).data())
                for column in range(self.proxy.columnCount())
            ]
            for row in range(self.proxy.rowCount())
        ]


def _month_name(month: dt.date) -> str:
    """``Oktober 2026`` in the interface's language."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")


def _completeness_row(
    table: QTableWidget, row: int, name: str, figures: tuple[int, ...], *, bold: bool = False
) -> None:
    expected, sent, _on_time, late, missing = figures
    rate = formatting.percent(sent / expected if expected else None)
    cells = [name, *(formatting.number(value) for value in figures), rate]
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if column:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (column == 5 and missing) or (column == 4 and late):
            item.setForeground(theme.ERROR if column == 5 else theme.IN_PROGRESS)
        if bold:
            font = QFont()
            font.setBold(True)
            item.setFont(font)
        table.setItem(row, column, item)
