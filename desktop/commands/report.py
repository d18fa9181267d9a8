"""``berdaya report``: the office's monthly report of an area as an Excel workbook, a PDF or a
CSV of its ``Program`` sheet.

The kind of file follows the extension of ``--out``: ``.xlsx`` (every sheet, with charts),
``.pdf`` (the monthly report to sign, drawn by Qt offscreen) or ``.csv`` (the ``Program``
sheet, for scripts). Without ``--area`` the report covers the whole database, without
``--month`` the current month. The workbook and the CSV are a contract in Indonesian whatever
``--lang`` says; ``--lang`` and ``--paper`` shape the PDF.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from pathlib import Path
from typing import Any

FORMATS = (".xlsx", ".pdf", ".csv")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="write an area's monthly report as .xlsx, .pdf or .csv",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", required=True, help="database file or URL")
    parser.add_argument("--area", metavar="CODE", help="province/regency/district code")
    parser.add_argument("--month", metavar="YYYY-MM", help="the month (default: this month)")
    parser.add_argument("--out", required=True, help="file to write: .xlsx, .pdf or .csv")
    parser.add_argument("--lang", choices=("id", "en"), default="id", help="language of the PDF")
    parser.add_argument("--paper", choices=("A4", "F4"), default="A4", help="PDF paper size")
    return parser


def _fail(message: str) -> int:
    print(f"berdaya report: {message}", file=sys.stderr)
    return 2


def _month(text: str | None) -> dt.date | None:
    """The first day of ``YYYY-MM``; raises ValueError for anything else."""
    if text is None:
        return None
    found = _MONTH.fullmatch(text.strip())
    if found is None:
        raise ValueError(text)
    return dt.date(int(found[1]), int(found[2]), 1)


def _area_problem(code: str) -> str | None:
    from desktop.core import places

    try:
        places.level_of(code)
        places.place(code)
    except (KeyError, places.UnknownPlace):
        return f"--area takes an official Kemendagri place code (such as 32.05), not “{code}”."
    return None


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        return _fail(f"--out must end in one of {', '.join(FORMATS)}, not “{out.name}”.")
    try:
        month = _month(args.month)
    except ValueError:
        return _fail(f"--month takes a month as YYYY-MM (such as 2025-03), not “{args.month}”.")
    if args.area is not None and (problem := _area_problem(args.area)):
        return _fail(problem)

    from desktop.core.database import open_database
    from desktop.core.db import DatabaseError, sqlite_path, to_url
    from desktop.core.errors import ValidationError
    from desktop.core.office.area import read_area
    from desktop.core.office.cache import Cache, remember
    from desktop.core.office.charts import area_charts
    from desktop.core.reports.office import build_report, program_sheet, read_goals

    path = sqlite_path(to_url(args.db))
    if path is not None and not path.exists():
        return _fail(f"“{path.name}” does not exist.")
    try:
        database = open_database(args.db, create=False)
    except DatabaseError as exc:
        return _fail(str(exc))
    try:
        cache = Cache()
        with database.reading() as session:
            figures = read_area(session, area=args.area, month=month, cache=cache)
            goals = read_goals(session, figures) if suffix == ".xlsx" else {}
        remember(database, cache)
    finally:
        database.dispose()
    charts = area_charts(figures)
    try:
        if suffix == ".xlsx":
            from desktop.core.reports.workbook import write_workbook

            write_workbook(build_report(figures, goals, charts), out)
        elif suffix == ".csv":
            from desktop.core.reports.workbook import write_csv

            write_csv(program_sheet(figures), out)
        else:
            _pdf(args, figures, charts, out)
    except ValidationError as exc:
        return _fail(str(exc))
    print(out)
    return 0


def _pdf(args: argparse.Namespace, figures: Any, charts: Any, out: Path) -> None:
    """The PDF: Qt offscreen, with an application made here and only here."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n
    from desktop.ui.office.report_pdf import write_report_pdf

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "berdaya"])
    i18n.install(app, args.lang)
    write_report_pdf(figures, charts, out, paper=args.paper, language=args.lang)
