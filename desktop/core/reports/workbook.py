"""The office's report written as an Excel workbook (openpyxl, with native charts) and its
``Program`` sheet as a CSV, each written whole or not at all.

Cells hold real values: counts and Rupiah as integers (Rupiah with the format
``[$Rp-421] #,##0``, the code Excel itself writes for Rupiah in the Indonesian locale 0x421:
``Rp 1.500.000`` under Indonesian regional settings, ``Rp 1,500,000`` under English ones — the
grouping mark is the reader's), shares as 0..1 with a percent format, dates as dates
(``dd-mm-yyyy``, day first as Indonesians write them; a bundle's moment in local time). Every
sheet has its header row frozen, an auto-filter and widths that fit its columns; the sheet
``Grafik`` holds native charts drawn from the other sheets' cells, so they follow the data.

The CSV is for scripts: comma-separated (RFC 4180, CRLF line ends), UTF-8 with a byte-order
mark, a ``.`` decimal point, ISO dates (``2025-03-31``, ``2025-03-31 14:05``), Rupiah as whole
numbers and shares as 0..1. The mark makes Excel read the names as UTF-8 (without it Excel
takes the file for the old Windows code page and garbles them) and Python (``utf-8-sig``),
pandas and R skip it. Excel under Indonesian regional settings expects ``;`` between fields and
``,`` as the decimal mark when a CSV is double-clicked; a ``;`` file with ``.`` decimals would
be worse there (``0.452`` read as 452, ``.`` being the thousands mark), so an office opening it
by hand uses Data > From Text/CSV, which detects the comma — or opens the workbook instead.

A file is written next to its target under a temporary name, flushed to the disk and only then
renamed over the target, so a full disk or a crash never leaves half a report; a failure
becomes a :class:`~desktop.core.errors.ValidationError` saying it in words.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.reports.files import write_atomically
from desktop.core.reports.office import (
    MONEY_SHEET,
    PRINCIPLE_HEADERS,
    STAGE_SHEET,
    SUBDISTRICT_SHEET,
    TREND_PLACE,
    TREND_SHEET,
    Kind,
    OfficeReport,
    Sheet,
    Value,
    period,
)

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

log = logging.getLogger(__name__)

CHART_SHEET = "Grafik"
FORMATS = {
    Kind.TEXT: "@",
    Kind.COUNT: "#,##0",
    Kind.NUMBER: "General",
    Kind.RUPIAH: "[$Rp-421] #,##0",
    Kind.SHARE: "0.0%",
    Kind.DATE: "dd-mm-yyyy",
    Kind.MOMENT: "dd-mm-yyyy hh:mm",
}
CHART_WIDTH, CHART_HEIGHT = 24, 9  # centimetres
CHART_ROWS = 19  # rows a chart of that height covers, plus a gap


def write_workbook(report: OfficeReport, path: Path) -> None:
    """Write ``report`` as an .xlsx workbook at ``path`` (replacing it whole)."""
    write_atomically(path, lambda partial: _workbook(report).save(partial))


def write_csv(sheet: Sheet, path: Path) -> None:
    """Write ``sheet`` (the ``Program`` sheet) as a CSV at ``path`` (replacing it whole)."""

    def write(partial: Path) -> None:
        with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle, lineterminator="\r\n")
            out.writerow(sheet.headers)
            out.writerows([_csv_value(value) for value in row] for row in sheet.rows)

    write_atomically(path, write)


def _csv_value(value: Value) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# --- the workbook ----------------------------------------------------------------------------


def _workbook(report: OfficeReport) -> Workbook:
    from openpyxl import Workbook

    # write-only: each row goes to the file as it comes, a third quicker than a workbook kept
    # whole; widths, frozen panes and filters are therefore set before the first row
    book = Workbook(write_only=True)
    book.properties.title = f"Laporan {report.area_name} {period(report.month)}"
    book.properties.creator = report.office_name or "Berdaya"
    for sheet in report.sheets:
        _write_sheet(book.create_sheet(sheet.name), sheet)
    _charts(book, report)
    return book


def _write_sheet(sheet: WriteOnlyWorksheet, data: Sheet) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.exceptions import IllegalCharacterError

    # a write-only sheet has these from Worksheet._setup; the type stubs do not know it
    widths = sheet.column_dimensions  # type: ignore[attr-defined]
    for index, column in enumerate(data.columns, start=1):
        widths[get_column_letter(index)].width = max(column.width, len(column.header) // 2 + 2)
    sheet.freeze_panes = "A2"
    last = f"{get_column_letter(len(data.columns))}{len(data.rows) + 1}"
    sheet.auto_filter.ref = f"A1:{last}"  # type: ignore[attr-defined]
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header = []
    for text in data.headers:
        cell = WriteOnlyCell(sheet, text)
        cell.font, cell.alignment = bold, wrap
        header.append(cell)
    sheet.append(header)
    # text cells are text already; "@" would only slow the write
    formats = [None if c.kind is Kind.TEXT else FORMATS[c.kind] for c in data.columns]

    def styled(value: Value, number_format: str | None) -> object:
        if number_format is None or value is None:
            return value
        formatted = WriteOnlyCell(sheet, value)  # type: ignore[arg-type]  # dates are fine
        formatted.number_format = number_format
        return formatted

    for row in data.rows:
        try:
            sheet.append([styled(v, f) for v, f in zip(row, formats, strict=True)])
        except IllegalCharacterError:  # a control character typed into a name: drop it
            sheet.append([styled(_printable(v), f) for v, f in zip(row, formats, strict=True)])


def _printable(value: Value) -> Value:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def _charts(book: Workbook, report: OfficeReport) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    sheet = book.create_sheet(CHART_SHEET)
    title = WriteOnlyCell(
        sheet, " · ".join((report.office_name or "Berdaya", report.area_name or "Semua desa"))
    )
    title.font = Font(bold=True, size=14)
    sheet.append([title])
    sheet.append([f"Laporan bulan {period(report.month)}, dibuat {report.today:%d-%m-%Y}"])
    stages = report.sheet(STAGE_SHEET)
    subdistricts = report.sheet(SUBDISTRICT_SHEET)
    money = report.sheet(MONEY_SHEET)
    charts: list[BarChart | LineChart | None] = [
        _bar(
            book[STAGE_SHEET],
            stages,
            ["Program"],
            "Nama tahap",
            "Program per tahap",
            "#,##0",
            horizontal=True,
        ),
        _bar(
            book[SUBDISTRICT_SHEET],
            subdistricts,
            list(PRINCIPLE_HEADERS),
            "Kecamatan",
            "Empat prinsip per kecamatan (rata-rata program)",
            "0%",
        ),
        _bar(
            book[SUBDISTRICT_SHEET],
            subdistricts,
            ["Porsi perempuan"],
            "Kecamatan",
            "Porsi perempuan dalam kehadiran per kecamatan",
            "0%",
        ),
        _bar(
            book[MONEY_SHEET],
            money,
            ["Anggaran", "Masuk"],
            "Sumber",
            "Dana swadaya dan dana luar: anggaran dan yang masuk",
            FORMATS[Kind.RUPIAH],
        ),
    ]
    charts.extend(_trend_lines(book[TREND_SHEET], report.sheet(TREND_SHEET)))
    row = 4
    for chart in charts:
        if chart is not None:
            sheet.add_chart(chart, f"A{row}")
            row += CHART_ROWS


def _bar(
    sheet: WriteOnlyWorksheet,
    data: Sheet,
    series: Sequence[str],
    categories: str,
    title: str,
    axis_format: str,
    *,
    horizontal: bool = False,
) -> BarChart | None:
    """A clustered bar chart of the columns ``series`` of ``data`` (written to ``sheet``)
    against its column ``categories``; None when the sheet has no rows."""
    if not data.rows:
        return None
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.grouping = "clustered"
    chart.title = title
    chart.width, chart.height = CHART_WIDTH, CHART_HEIGHT
    last = len(data.rows) + 1
    for header in series:
        column = data.index(header) + 1
        chart.add_data(
            Reference(sheet, min_col=column, max_col=column, min_row=1, max_row=last),
            titles_from_data=True,
        )
    column = data.index(categories) + 1
    chart.set_categories(Reference(sheet, min_col=column, min_row=2, max_row=last))
    _axes(chart, axis_format)
    if horizontal:
        chart.x_axis.scaling.orientation = "maxMin"  # stage 1 at the top
    if len(series) == 1:
        chart.legend = None
    return chart


def _trend_lines(sheet: WriteOnlyWorksheet, data: Sheet) -> list[LineChart | None]:
    """One line chart per principle: a line per sub-district over the months (the rows of
    ``data`` come in one block per principle)."""
    from openpyxl.chart import LineChart, Reference

    first_month = len(TREND_PLACE) + 1
    if len(data.columns) < first_month:
        return []  # no month has data yet
    charts: list[LineChart | None] = []
    for principle in PRINCIPLE_HEADERS:
        rows = [n for n, row in enumerate(data.rows, start=2) if row[0] == principle]
        if not rows:
            continue
        chart = LineChart()
        chart.title = f"{principle} per kecamatan, per bulan"
        chart.width, chart.height = CHART_WIDTH, CHART_HEIGHT
        chart.add_data(
            Reference(
                sheet,
                min_col=first_month - 1,  # the sub-district's name: the line's title
                max_col=len(data.columns),
                min_row=rows[0],
                max_row=rows[-1],
            ),
            from_rows=True,
            titles_from_data=True,
        )
        chart.set_categories(
            Reference(sheet, min_col=first_month, max_col=len(data.columns), min_row=1)
        )
        _axes(chart, "0%")
        charts.append(chart)
    return charts


def _axes(chart: BarChart | LineChart, value_format: str) -> None:
    chart.y_axis.number_format = value_format
    # openpyxl 3.1 marks axes deleted unless told otherwise; Excel then draws no labels
    chart.x_axis.delete = chart.y_axis.delete = False
