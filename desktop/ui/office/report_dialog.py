"""File > Report…: the office's report of a month and an area as an Excel workbook, the PDF
monthly report or a CSV of its ``Program`` sheet, written off the GUI thread.

The figures are read and the workbook or CSV written in one job. The PDF's charts are widgets,
so between the reading job and the writing job they are recorded on the GUI thread (a few
milliseconds); the PDF is then written in a second job. The report speaks the window's language.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import accessibility, jobs, settings
from desktop.ui.formatting import translate_issue

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.db import Database
    from desktop.core.office.charts import AreaCharts
    from desktop.core.office.figures import AreaFigures
    from desktop.ui.context import WindowContext

log = logging.getLogger(__name__)

FORMATS = (".xlsx", ".pdf", ".csv")
PAPERS = ("A4", "F4")


@dataclass(frozen=True)
class ReportRequest:
    """What the dialog asks for."""

    month: dt.date  # the first day of the month
    area: str | None  # a place code, None: the whole database
    path: Path
    paper: str
    language: str


def default_folder() -> Path:
    """The user's documents folder (their home when the platform names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def default_name(month: dt.date, suffix: str) -> str:
    return f"laporan-{month:%Y-%m}{suffix}"


def read_areas(session: Session) -> list[tuple[str, str]]:
    """Runs in a job: this laptop's places (the office's area), as (code, name)."""
    from desktop.core import places
    from desktop.core.device import local_device

    found = []
    for code in local_device(session).scope:
        try:
            found.append((code, places.place(code).name))
        except places.UnknownPlace:
            found.append((code, code))
    return found


def _interface_language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "id"


class ReportDialog(QDialog):
    """The month, the area, the kind of file, the paper of a PDF and where to save; then the
    report is written with progress and Cancel, and the dialog says where it went (with a
    button opening that folder) or, in words, why it was not written."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else context.window())
        self.context = context
        self.job: jobs.Job | None = None
        self.written: Path | None = None
        self._request: ReportRequest | None = None
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Report"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "The area's figures for one month: an Excel workbook for the next office up, "
                "the monthly report as a PDF to sign, or the programs as CSV for scripts."
            )
        )
        intro.setWordWrap(True)

        today = QDate.currentDate()
        self.month = QDateEdit(QDate(today.year(), today.month(), 1))
        self.month.setDisplayFormat("MMMM yyyy")
        self.month.setCalendarPopup(True)
        self.area = QComboBox()
        self.area.addItem(self.tr("The whole database"), None)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Excel workbook (.xlsx)"), ".xlsx")
        self.kind.addItem(self.tr("Monthly report to sign (.pdf)"), ".pdf")
        self.kind.addItem(self.tr("Programs for scripts (.csv)"), ".csv")
        self.paper = QComboBox()
        self.paper.addItem("A4", "A4")
        self.paper.addItem(self.tr("F4 (215 × 330 mm)"), "F4")
        self.path_edit = QLineEdit(str(default_folder() / default_name(self._month(), ".xlsx")))
        self.path_edit.textChanged.connect(self._check)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.month.dateChanged.connect(self._month_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Month:"), self.month)
        form.addRow(self.tr("Area:"), self.area)
        form.addRow(self.tr("Kind of file:"), self.kind)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Save as:"), where)

        self.outcome = QLabel()
        self.outcome.setObjectName("reportOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setObjectName("secondary")
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.write_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.write_button.setText(self.tr("Write report"))
        self.write_button.setObjectName("primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._kind_changed()
        accessibility.name_widgets(self)
        if context.workspace is not None:
            context.workspace.fetch(read_areas, self._set_areas, owner=self)

    # --- the choices ------------------------------------------------------------------------

    def _month(self) -> dt.date:
        chosen = self.month.date()
        return dt.date(chosen.year(), chosen.month(), 1)

    def _suffix(self) -> str:
        return str(self.kind.currentData())

    def _set_areas(self, areas: list[tuple[str, str]]) -> None:
        for code, name in areas:
            self.area.addItem(f"{name} ({code})", code)
        if areas:  # an office's own area first, as the window's dashboard shows it
            self.area.setCurrentIndex(1)

    def _kind_changed(self) -> None:
        self.paper.setEnabled(self._suffix() == ".pdf")
        self._follow(self.path().with_suffix(self._suffix()))

    def _month_changed(self) -> None:
        path = self.path()
        if path.name.startswith("laporan-"):  # a name of ours: it follows the month
            self._follow(path.with_name(default_name(self._month(), self._suffix())))

    def _follow(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        path = Path(text).expanduser() if text else default_folder() / "laporan"
        return path if path.suffix.lower() == self._suffix() else path.with_suffix(self._suffix())

    def request(self) -> ReportRequest:
        return ReportRequest(
            month=self._month(),
            area=self.area.currentData(),
            path=self.path(),
            paper=str(self.paper.currentData()),
            language=_interface_language(),
        )

    def _check(self) -> None:
        self.write_button.setEnabled(
            self.job is None
            and bool(self.path_edit.text().strip())
            and self.context.workspace is not None
        )

    def _browse(self) -> None:
        filters = {
            ".xlsx": self.tr("Excel workbooks (*.xlsx)"),
            ".pdf": self.tr("PDF documents (*.pdf)"),
            ".csv": self.tr("CSV files (*.csv)"),
        }
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report as"), str(self.path()), filters[self._suffix()]
        )
        if chosen:
            self._follow(Path(chosen))

    # --- writing ----------------------------------------------------------------------------

    def write(self) -> jobs.Job | None:
        """Read the figures and write the file in a job; the outcome shows in the dialog."""
        workspace = self.context.workspace
        if workspace is None or self.job is not None:
            return None
        request = self._request = self.request()
        self.outcome.hide()
        self.open_folder.hide()
        database = workspace.database
        thresholds = settings.saved_thresholds()
        job = jobs.Job(lambda context: _read_and_write(database, request, thresholds, context))
        # bound methods only: Qt drops them with the dialog, should it close before the end
        job.succeeded.connect(self._read)
        self._follow_job(job)
        return job

    def _read(self, result: tuple[AreaFigures, AreaCharts] | None) -> None:
        """The workbook or CSV is written; a PDF's charts are recorded here, on the GUI thread,
        and the PDF written in a second job."""
        request = self._request
        assert request is not None
        if result is None:
            self._written()
            return
        from desktop.ui.office.report_pdf import chart_pictures

        figures, charts = result
        try:
            pictures = chart_pictures(charts, paper=request.paper, language=request.language)
        except Exception as error:  # shown to the user; the traceback goes to the log
            log.warning("recording the report's charts failed", exc_info=True)
            self._failed(error)
            return
        job = jobs.Job(lambda _context: _write_pdf(figures, charts, request, pictures))
        job.succeeded.connect(self._written)
        self._follow_job(job)

    def _follow_job(self, job: jobs.Job) -> None:
        self.job = job
        self._check()
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.finished.connect(self._job_ended)
        progress = jobs.show_progress(
            self,
            job,
            title=self.tr("Report"),
            label=self.tr("Writing {file}…").format(file=self.path().name),
        )
        progress.setObjectName("reportProgress")
        workspace = self.context.workspace
        job.start(inline=workspace is not None and workspace.inline)

    def _job_ended(self) -> None:
        if self.sender() is self.job:  # not the reading job of a PDF, whose writing goes on
            self.job = None
            self._check()

    def _written(self, _result: object = None) -> None:
        assert self._request is not None
        path = self.written = self._request.path
        self._say(self.tr("The report was written to {file}.").format(file=str(path)))
        self.open_folder.show()
        self.context.show_status(self.tr("Report written: {file}").format(file=path.name), 8000)

    def _failed(self, error: Exception) -> None:
        from desktop.core.errors import ValidationError

        if isinstance(error, ValidationError) and error.issues:
            text = " ".join(translate_issue(found) for found in error.issues)
        else:
            text = self.tr("The report was not written: {reason}").format(reason=str(error))
        self._say(text, refused=True)

    def _cancelled(self) -> None:
        self._say(self.tr("Cancelled: no report was written."), refused=True)

    def _say(self, text: str, *, refused: bool = False) -> None:
        self.outcome.setObjectName("fieldError" if refused else "reportOutcome")
        self.outcome.style().unpolish(self.outcome)
        self.outcome.style().polish(self.outcome)
        self.outcome.setText(text)
        self.outcome.show()

    def _open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()


def _read_and_write(
    database: Database,
    request: ReportRequest,
    thresholds: dict[str, float],
    context: jobs.JobContext,
) -> tuple[AreaFigures, AreaCharts] | None:
    """Runs in a job: the figures of the month and area; the workbook or the CSV written (None
    returned), or the figures and charts handed back for the PDF."""
    from desktop.core.office.area import ReadCancelled, read_area
    from desktop.core.office.charts import area_charts
    from desktop.core.principles.shares import Thresholds
    from desktop.core.reports.office import build_report, program_sheet, read_goals
    from desktop.core.reports.workbook import write_csv, write_workbook

    suffix = request.path.suffix.lower()
    reading_share = 90 if suffix == ".pdf" else 70

    def progress(done: int, total: int) -> None:
        context.report(done * reading_share // max(total, 1))

    with database.reading() as session, session.begin():
        try:
            figures = read_area(
                session,
                area=request.area,
                month=request.month,
                thresholds=Thresholds(**thresholds),
                progress=progress,
                cancelled=lambda: context.cancelled,
            )
        except ReadCancelled as stopped:
            raise jobs.Cancelled from stopped
        goals = read_goals(session, figures) if suffix == ".xlsx" else {}
    context.check()
    charts = area_charts(figures)
    if suffix == ".pdf":
        return figures, charts
    if suffix == ".xlsx":
        write_workbook(build_report(figures, goals, charts), request.path)
    else:
        write_csv(program_sheet(figures), request.path)
    context.report(100)
    return None


def _write_pdf(
    figures: AreaFigures, charts: AreaCharts, request: ReportRequest, pictures: Any
) -> None:
    from desktop.ui.office.report_pdf import write_report_pdf

    write_report_pdf(
        figures,
        charts,
        request.path,
        paper=request.paper,
        language=request.language,
        pictures=pictures,
    )


def show_report_dialog(context: WindowContext) -> ReportDialog:
    """Open File > Report… over the window (window-modal)."""
    dialog = ReportDialog(context)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
