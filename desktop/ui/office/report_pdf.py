"""The office's monthly report as a PDF to sign and send up: header, roll-up tables, the
dashboard's charts, a signature block and "Page 2 of 5" on every page, on A4 or F4.

Laid out by QTextDocument on a QPdfWriter, so its text is text (fonts embedded: searchable and
copyable). The charts are the dashboard's pyqtgraph charts (``desktop.ui.office.charts``),
recorded as QPictures and replayed as vectors inside the text's flow (a QTextObjectInterface),
so a chart moves to the next page whole. Pages are drawn one by one to add the footer.

The report speaks the ``language`` asked for, whatever the window's language: its texts are
English sources translated by a translator of its own (never installed, so the window does not
change language and a worker thread may write the report). Charts need widgets, hence the GUI
thread: ``chart_pictures`` records them there and a worker passes them in; without them the
function records them itself (the command line, on its main thread), making an application if
there is none.
"""

from __future__ import annotations

import html
import os
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QMarginsF,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTranslator,
)
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPdfWriter,
    QPicture,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from desktop.core import domain
from desktop.core.domain import Principle
from desktop.core.office.charts import AreaCharts
from desktop.core.office.figures import AreaFigures, Sending, VillageFigures
from desktop.core.principles.shares import mean_of
from desktop.core.reports.files import write_atomically
from desktop.ui import theme, vocabulary
from desktop.ui.formatting import NOTHING, rupiah
from desktop.ui.paper import LAYOUT_DPI, PAPERS, page_layout, text_area
from desktop.ui.resources import translations_dir

CONTEXT = "ReportPdf"
MARGINS_MM = QMarginsF(25, 18, 18, 15)  # a wider left margin for binding
FOOTER = 26.0  # layout pixels kept under the text for the page's footer
CHART_WIDTH = 720  # layout pixels a chart is recorded at, then shrunk to the text's width
_CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
_CHART_PROPERTY = QTextFormat.Property.UserProperty + 1
_LOCALES = {"id": QLocale("id_ID"), "en": QLocale("en_GB")}

ChartPictures = dict[Any, tuple[QPicture, QSize]]  # ChartKind -> the recording and its size
Translate = Callable[[str, str], str]

_translators: dict[str, QTranslator] = {}
_translators_lock = threading.Lock()
_application: Any = None  # the application made here for the command line, kept alive


def translator(language: str) -> Translate:
    """``translate(context, source)`` in ``language``, from the program's catalogues, without
    installing anything: English is the source itself."""
    if language == "en":
        return lambda _context, source: source
    with _translators_lock:
        found = _translators.get(language)
        if found is None:
            found = QTranslator()
            found.load(f"berdaya_{language}", str(translations_dir()))
            _translators[language] = found

    def translate(context: str, source: str) -> str:
        return found.translate(context, source) or source

    return translate


def _chart_words(language: str) -> Any:
    from desktop.ui.office.charts import Words

    return Words(translator(language), _LOCALES.get(language, _LOCALES["id"]))


def chart_pictures(charts: AreaCharts, *, paper: str = "A4", language: str = "id") -> ChartPictures:
    """The four charts recorded for the report (GUI thread only: charts are widgets)."""
    from desktop.ui.office.charts import ChartKind, chart_picture, preferred_height

    tallest = int(_body_size(paper).height() * CHART_WIDTH / _body_size(paper).width() * 0.8)
    words = _chart_words(language)
    pictures: ChartPictures = {}
    for kind in ChartKind:
        size = QSize(CHART_WIDTH, min(preferred_height(kind, charts), tallest))
        pictures[kind] = (chart_picture(kind, charts, size, words=words), size)
    return pictures


def write_report_pdf(
    figures: AreaFigures,
    charts: AreaCharts,
    path: Path,
    *,
    paper: str = "A4",
    language: str = "id",
    pictures: ChartPictures | None = None,
) -> None:
    """Write the monthly report of ``figures`` to ``path`` on ``paper`` ("A4" or "F4") in
    ``language`` ("id" or "en"), whole or not at all (a ValidationError says why not).

    Without ``pictures`` (from :func:`chart_pictures`) it must run on the GUI thread."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}: use one of {', '.join(PAPERS)}")
    if pictures is None:
        _ensure_application()
        pictures = chart_pictures(charts, paper=paper, language=language)
    translate = translator(language)
    locale = _LOCALES.get(language, _LOCALES["id"])
    body = report_html(figures, charts, translate, locale)
    write_atomically(
        Path(path),
        lambda partial: _print(partial, body, pictures, paper, translate, figures, locale),
    )


def _ensure_application() -> None:
    """Charts are drawn by widgets: the command line gets an offscreen application."""
    global _application
    from PySide6.QtWidgets import QApplication

    if QCoreApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application = QApplication([sys.argv[0] if sys.argv else "berdaya"])
    elif not isinstance(QCoreApplication.instance(), QApplication):
        raise RuntimeError("the report's charts need a QApplication, not a bare QGuiApplication")


def _body_size(paper: str) -> QSizeF:
    """The text's width and height on a page, in layout pixels, footer included."""
    return text_area(page_layout(paper, MARGINS_MM))


# --- what the report says ---------------------------------------------------------------------

_CELL = "style='padding:3px'"
_HEAD = "bgcolor='#e3f1ec'"
_TABLE = (
    "border='1' cellspacing='0' cellpadding='3' width='100%' "
    "style='border-color:#8d989d; font-size:8.5pt'"
)


def _table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    total: Sequence[str] = (),
    widths: Sequence[int] = (),
    text_columns: int = 1,
) -> str:
    """A table with its header row repeated on every page; the columns after the first
    ``text_columns`` hold numbers (right-aligned, never wrapped); a total row in bold."""
    head = "".join(
        f"<th {_HEAD} {_CELL}{f' width={widths[i]}%' if widths else ''}>{html.escape(h)}</th>"
        for i, h in enumerate(headers)
    )
    lines = [f"<thead><tr>{head}</tr></thead>"]
    for row in rows:
        lines.append(
            "<tr>" + "".join(_cell(text, i >= text_columns) for i, text in enumerate(row)) + "</tr>"
        )
    if total:
        cells = (_cell(f"<b>{text}</b>", i >= text_columns) for i, text in enumerate(total))
        lines.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table {_TABLE}>{''.join(lines)}</table>"


def _cell(text: str, number: bool) -> str:
    if number:
        return f"<td {_CELL} align='right'><span style='white-space:nowrap'>{text}</span></td>"
    return f"<td {_CELL}>{text}</td>"


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _percent(share: float | None, locale: QLocale) -> str:
    return f"{locale.toString(round(share * 100))}%" if share is not None else NOTHING


def report_html(
    figures: AreaFigures, charts: AreaCharts, translate: Translate, locale: QLocale
) -> str:
    """The report as the rich text QTextDocument lays out; ``[[chart:N]]`` marks where the
    N-th chart goes."""
    e = html.escape
    count = locale.toString
    month = locale.toString(QDate(figures.month.year, figures.month.month, 1), "MMMM yyyy")
    written = locale.toString(
        QDate(figures.today.year, figures.today.month, figures.today.day), "d MMMM yyyy"
    )
    office = figures.rules.office_name.strip() or translate(
        "ReportPdf", "Community and Village Empowerment Office"
    )
    area = figures.area_name or translate("ReportPdf", "All villages in the database")
    programs = [p for village in figures.villages for p in village.programs]
    sent = sum(c.sent for c in figures.completeness)
    expected = sum(c.expected for c in figures.completeness)
    title = translate("ReportPdf", "MONTHLY REPORT OF COMMUNITY EMPOWERMENT PROGRAMS")
    parts = [
        f"<p align='center' style='margin:0'><b>{e(office.upper())}</b></p>",
        f"<h3 align='center' style='margin-top:6px; margin-bottom:0'>{e(title)}</h3>",
        f"<p align='center' style='margin-top:4px'>{e(area)} — {e(month)}</p>",
        "<hr>",
        "<p>"
        + e(
            translate(
                "ReportPdf",
                "Villages: {villages} in {subdistricts} sub-districts · Programs: {programs} · "
                "Sent in {month}: {sent} of {expected} villages ({rate}) · Late: {late} · "
                "Never sent: {never}",
            ).format(
                villages=count(len(figures.villages)),
                subdistricts=count(len(figures.completeness)),
                programs=count(len(programs)),
                month=month,
                sent=count(sent),
                expected=count(expected),
                rate=_percent(_share(sent, expected), locale),
                late=count(sum(v.sending is Sending.LATE for v in figures.villages)),
                never=count(sum(v.sending is Sending.NEVER for v in figures.villages)),
            )
        )
        + "</p>",
    ]
    section = 0

    def heading(text: str, *, new_page: bool = False) -> None:
        nonlocal section
        section += 1
        style = "page-break-before:always" if new_page else "margin-top:12px"
        parts.append(f"<p style='{style}'><b>{section}. {e(text)}</b></p>")

    heading(translate("ReportPdf", "Reporting completeness per sub-district"))
    rows = [
        (
            e(c.subdistrict_name),
            count(c.expected),
            count(c.sent),
            count(c.on_time),
            count(c.late),
            count(c.missing),
            _percent(_share(c.sent, c.expected), locale),
        )
        for c in figures.completeness
    ]
    totals = [
        sum(getattr(c, f) for c in figures.completeness)
        for f in ("expected", "sent", "on_time", "late", "missing")
    ]
    parts.append(
        _table(
            [
                translate("ReportPdf", "Sub-district"),
                translate("ReportPdf", "Villages expected"),
                translate("ReportPdf", "Sent"),
                translate("ReportPdf", "On time"),
                translate("ReportPdf", "Late"),
                translate("ReportPdf", "Not sent"),
                translate("ReportPdf", "Reporting rate"),
            ],
            rows,
            total=[
                e(translate("ReportPdf", "Total")),
                *map(count, totals),
                _percent(_share(totals[1], totals[0]), locale),
            ],
            widths=(22, 15, 12, 12, 13, 13, 13),
        )
    )
    parts.append(_silent_villages(figures, translate, locale))

    heading(translate("ReportPdf", "Programs per stage"))
    parts.append(
        _table(
            [
                translate("ReportPdf", "Stage"),
                translate("ReportPdf", "Programs"),
                translate("ReportPdf", "Of which closed"),
            ],
            [
                (
                    f"{row.stage.number}. {e(translate('Issues', domain.stage_name(row.stage)))}",
                    count(row.programs),
                    count(row.closed),
                )
                for row in charts.stages
            ],
            total=[
                e(translate("ReportPdf", "Total")),
                count(sum(r.programs for r in charts.stages)),
                count(sum(r.closed for r in charts.stages)),
            ],
            widths=(60, 20, 20),
        )
    )

    heading(translate("ReportPdf", "The four principles per sub-district"))
    parts.append(_principles_table(figures, charts, translate, locale))

    heading(translate("ReportPdf", "Money per sub-district"))
    parts.append(_money_table(charts, translate, locale))

    heading(translate("ReportPdf", "Charts"), new_page=True)
    parts.extend(f"<p align='center'>[[chart:{n}]]</p>" for n in range(4))

    parts.append(_signature(f"{area}, {written}", office, translate))
    return "".join(parts)


def _signature(place_and_day: str, office: str, translate: Translate) -> str:
    """Where and when, the head of the office, room to sign, a line for the name and NIP."""
    head = translate("ReportPdf", "Head of {office}").format(office=office)
    number = translate("ReportPdf", "Employee ID (NIP)")
    return (
        "<table width='100%' style='margin-top:24px'><tr>"
        "<td width='50%'></td><td width='50%' align='center'>"
        f"{html.escape(place_and_day)}<br>{html.escape(head)}<br><br><br><br><br>"
        "(.......................................)<br>"
        f"{html.escape(number)}: ..............................</td></tr></table>"
    )


def _silent_villages(figures: AreaFigures, translate: Translate, locale: QLocale) -> str:
    """The villages that sent nothing in the month: what the office chases."""
    silent: list[VillageFigures] = [
        v for v in figures.villages if v.last_bundle is None or v.last_bundle.date() < figures.month
    ]
    if not silent:
        return ""
    words = {
        Sending.ACTIVE: translate("ReportPdf", "Active"),
        Sending.LATE: translate("ReportPdf", "Late"),
        Sending.NEVER: translate("ReportPdf", "Never sent"),
    }
    rows = [
        (
            html.escape(v.code),
            html.escape(v.name),
            html.escape(v.subdistrict_name),
            locale.toString(
                QDate(v.last_bundle.year, v.last_bundle.month, v.last_bundle.day), "d MMM yyyy"
            )
            if v.last_bundle
            else NOTHING,
            html.escape(words[v.sending]),
        )
        for v in silent
    ]
    note = translate("ReportPdf", "Villages that sent nothing this month")
    return f"<p style='margin-top:8px'><i>{html.escape(note)}</i></p>" + _table(
        [
            translate("ReportPdf", "Village code"),
            translate("ReportPdf", "Village"),
            translate("ReportPdf", "Sub-district"),
            translate("ReportPdf", "Last bundle"),
            translate("ReportPdf", "Sending"),
        ],
        rows,
        widths=(16, 22, 22, 16, 24),
    )


_PRINCIPLES = (
    Principle.EQUALITY,
    Principle.PARTICIPATION,
    Principle.SUSTAINABILITY,
    Principle.SELF_RELIANCE,
)


def _principles_table(
    figures: AreaFigures, charts: AreaCharts, translate: Translate, locale: QLocale
) -> str:
    """Each sub-district's principle figures: the mean of its programs' figures (as the
    workbook's ``Kecamatan`` sheet), in red past the threshold of the settings."""
    limits = {t.principle: (t.threshold, t.lower_is_better) for t in charts.principles}
    by_sub: dict[str, tuple[str, list[Any]]] = {}
    for village in figures.villages:
        by_sub.setdefault(village.subdistrict_code, (village.subdistrict_name, []))[1].extend(
            village.programs
        )
    rows = []
    for name, programs in by_sub.values():
        cells = [html.escape(name), locale.toString(len(programs))]
        for principle in _PRINCIPLES:
            value = mean_of(p.principles.by_principle()[principle].figure for p in programs)
            text = _percent(value, locale)
            threshold, lower = limits.get(principle, (None, False))
            if (
                value is not None
                and threshold is not None
                and (value > threshold if lower else value < threshold)
            ):
                text = f"<font color='{theme.ERROR.name()}'><b>{text}</b></font>"
            cells.append(text)
        rows.append(cells)
    names = vocabulary.principle_name
    table = _table(
        [
            translate("ReportPdf", "Sub-district"),
            translate("ReportPdf", "Programs"),
            *(translate(names.context, str(names.texts[p])) for p in _PRINCIPLES),
        ],
        rows,
        widths=(20, 12, 17, 17, 17, 17),
    )
    note = translate(
        "ReportPdf",
        "Sustainability is the facilitator's share of the work (lower is better). Figures in "
        "bold red are past the thresholds set in Settings.",
    )
    return table + f"<p style='font-size:8pt'>{html.escape(note)}</p>"


def _money_table(charts: AreaCharts, translate: Translate, locale: QLocale) -> str:
    fields = ("planned_community", "planned_outside", "given_community", "given_outside")
    rows = [
        (
            html.escape(m.subdistrict_name),
            *(rupiah(getattr(m, f)) for f in fields),
            _percent(_share(m.planned_community, m.planned_community + m.planned_outside), locale),
        )
        for m in charts.money
    ]
    totals = [sum(getattr(m, f) for m in charts.money) for f in fields]
    return _table(
        [
            translate("ReportPdf", "Sub-district"),
            translate("ReportPdf", "Community, planned"),
            translate("ReportPdf", "Outside, planned"),
            translate("ReportPdf", "Community, given"),
            translate("ReportPdf", "Outside, given"),
            translate("ReportPdf", "Community share of the budget"),
        ],
        rows,
        total=[
            html.escape(translate("ReportPdf", "Total")),
            *map(rupiah, totals),
            _percent(_share(totals[0], totals[0] + totals[1]), locale),
        ],
        widths=(18, 17, 17, 17, 17, 14),
    )


# --- printing ---------------------------------------------------------------------------------


class _ChartObject(QPyTextObject):
    """Draws a recorded chart where the text holds its object character, as wide as the text."""

    def __init__(
        self, pictures: Sequence[tuple[QPicture, QSize]], width: float, parent: QObject
    ) -> None:
        super().__init__(parent)  # the document keeps it as long as it lives
        self._pictures = pictures
        self._width = width

    def intrinsicSize(self, doc: QTextDocument, position: int, format: QTextFormat) -> QSizeF:
        _picture, size = self._pictures[int(format.property(_CHART_PROPERTY))]
        return QSizeF(self._width, self._width * size.height() / size.width())

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        position: int,
        format: QTextFormat,
    ) -> None:
        from desktop.ui.office.charts import draw_picture

        rect = QRectF(rect)
        if painter.clipBoundingRect().intersected(rect).height() < 1:  # the layout rounds
            # its paragraph began on the page before, the chart itself went on to this one; a
            # picture's own clip would replace the page's, so nothing of it may be drawn here
            return
        picture, size = self._pictures[int(format.property(_CHART_PROPERTY))]
        draw_picture(painter, picture, size, rect)


def _document(body: str, font: QFont, page: QSizeF, pictures: ChartPictures) -> QTextDocument:
    """The report laid out on pages of ``page`` (layout pixels), the charts in their places."""
    text = QTextDocument()
    text.setDefaultFont(font)
    text.setDocumentMargin(0)
    text.setPageSize(page)
    handler = _ChartObject([pictures[kind] for kind in pictures], page.width(), parent=text)
    text.documentLayout().registerHandler(_CHART_OBJECT, handler)
    text.setHtml(body)
    for number in range(len(pictures)):
        found = text.find(f"[[chart:{number}]]")
        chart = QTextCharFormat()
        chart.setObjectType(_CHART_OBJECT)
        chart.setProperty(_CHART_PROPERTY, number)
        found.insertText("\ufffc", chart)
    return text


def _print(
    path: Path,
    body: str,
    pictures: ChartPictures,
    paper: str,
    translate: Translate,
    figures: AreaFigures,
    locale: QLocale,
) -> None:
    writer = QPdfWriter(str(path))
    writer.setCreator("Berdaya")
    writer.setTitle(translate("ReportPdf", "Monthly report") + " — " + figures.area_name)
    writer.setResolution(300)
    writer.setPageLayout(page_layout(paper, MARGINS_MM))
    size = _body_size(paper)
    page = QSizeF(size.width(), size.height() - FOOTER)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(9)
    text = _document(body, font, page, pictures)
    pages = text.pageCount()
    month = locale.toString(QDate(figures.month.year, figures.month.month, 1), "MMMM yyyy")
    office = figures.rules.office_name.strip()
    footer_left = " · ".join(
        part for part in (office, translate("ReportPdf", "Monthly report") + " " + month) if part
    )
    painter = QPainter(writer)
    try:
        scale = writer.resolution() / LAYOUT_DPI
        small = QFont(font)
        small.setPointSizeF(7.5)
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -index * page.height())
            text.drawContents(
                painter, QRectF(0, index * page.height(), page.width(), page.height())
            )
            painter.restore()
            page_number = translate("ReportPdf", "Page {page} of {pages}").format(
                page=index + 1, pages=pages
            )
            _footer(painter, page, scale, (footer_left, page_number), small)
    finally:
        painter.end()


def _footer(
    painter: QPainter, page: QSizeF, scale: float, texts: tuple[str, str], font: QFont
) -> None:
    """A rule under the text, then what the report is (left) and the page number (right), in
    the writer's own units, where a font's points are points."""
    top = (page.height() + FOOTER / 3) * scale
    painter.setPen(theme.LINE)
    painter.drawLine(QPointF(0, top), QPointF(page.width() * scale, top))
    painter.setPen(theme.TEXT_MUTED)
    painter.setFont(font)
    band = QRectF(0, top, page.width() * scale, (FOOTER * 2 / 3) * scale)
    vertical = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(band, Qt.AlignmentFlag.AlignLeft | vertical, texts[0])
    painter.drawText(band, Qt.AlignmentFlag.AlignRight | vertical, texts[1])
