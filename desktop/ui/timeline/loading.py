"""Reading what the timeline shows: the programs' rows, at once or on a worker (a newer read
supersedes an older one), and the district view's filter bar with the places it offers."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QToolBar, QWidget
from sqlalchemy.orm import Session

from desktop.core.calendar_id import WorkingCalendar
from desktop.core.domain import Stage, StageStatus
from desktop.core.timeline import (
    PlaceChoice,
    Timeline,
    TimelineFilter,
    load_timeline,
    place_choices,
)
from desktop.ui import jobs
from desktop.ui.vocabulary import stage_name, status_name

log = logging.getLogger(__name__)

SessionFactory = Callable[[], Session]  # a sessionmaker, or ``Database.session``


class TimelineLoader(QObject):
    """Reads the programs (one session, a few queries). ``progressed``, ``arrived`` and
    ``failed`` speak only for the newest read started on a worker."""

    progressed = Signal(int)  # percent
    arrived = Signal(object)  # Timeline
    failed = Signal(object)  # Exception

    def __init__(
        self, sessions: SessionFactory, calendar: WorkingCalendar, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.calendar = calendar
        self._job: jobs.Job | None = None
        self._generation = 0

    @property
    def busy(self) -> bool:
        return self._job is not None and not self._job.done

    def read_now(
        self, program_ids: tuple[uuid.UUID, ...] | None, narrow: TimelineFilter | None
    ) -> Timeline:
        self._generation += 1  # a read still on its way is out of date now
        with self.sessions() as session:
            return load_timeline(
                session, program_ids=program_ids, narrow=narrow, calendar=self.calendar
            )

    def start(
        self, program_ids: tuple[uuid.UUID, ...] | None, narrow: TimelineFilter | None
    ) -> None:
        """Read on a worker; the rows come by ``arrived``."""
        sessions, calendar = self.sessions, self.calendar

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

        if self._job is not None and not self._job.done:
            self._job.cancel()
        self._generation += 1
        generation = self._generation
        job = jobs.Job(work)  # not owned by the view: it may end after the view is closed
        job.progressed.connect(lambda percent, _text: self._progressed(generation, percent))
        job.succeeded.connect(lambda timeline: self._arrived(generation, timeline))
        job.failed.connect(lambda error: self._failed(generation, error))
        self._job = job
        job.start()

    def _current(self, generation: int) -> bool:
        return generation == self._generation and shiboken6.isValid(self)

    def _progressed(self, generation: int, percent: int) -> None:
        if self._current(generation):
            self.progressed.emit(percent)

    def _arrived(self, generation: int, timeline: Timeline) -> None:
        if self._current(generation):
            self.arrived.emit(timeline)

    def _failed(self, generation: int, error: Exception) -> None:
        if self._current(generation):
            log.error("The timeline could not be read", exc_info=error)
            self.failed.emit(error)


class DistrictFilter(QToolBar):
    """District (searchable by name), stage and status, for a view of many programs;
    ``changed`` says the choice is another now."""

    changed = Signal()

    def __init__(self, sessions: SessionFactory, *, background: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.place_list: list[PlaceChoice] = []
        self.addWidget(QLabel(QCoreApplication.translate("Timeline", "Area") + " ", self))
        self.place_box = QComboBox(self)
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
        self.place_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.addWidget(self.place_box)
        self.addSeparator()
        self.stage_box = QComboBox(self)
        self.stage_box.addItem(QCoreApplication.translate("Timeline", "All stages"), None)
        for stage in Stage:
            self.stage_box.addItem(f"{stage.number}. {stage_name(stage)}", stage)
        self.stage_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.addWidget(self.stage_box)
        self.status_box = QComboBox(self)
        self.status_box.addItem(QCoreApplication.translate("Timeline", "Any status"), None)
        for status in StageStatus:
            self.status_box.addItem(status_name(status), status)
        self.status_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.addWidget(self.status_box)

        def work(_context: jobs.JobContext) -> list[PlaceChoice]:
            with sessions() as session:
                return place_choices(session)

        jobs.run(work, self._show_places, owner=self, inline=not background)

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

    def chosen(self) -> TimelineFilter:
        """The programs to show: in the chosen area, stage and status."""
        stage = self.stage_box.currentData()
        status = self.status_box.currentData()
        return TimelineFilter(
            place_prefix=self.place_box.currentData(),
            stages=None if stage is None else frozenset({Stage(stage)}),
            statuses=None if status is None else frozenset({StageStatus(status)}),
        )
