"""``report.xlsx_vs_raw_writer``: building the office's workbook against openpyxl alone.

The time from an area's figures (``read_area``, done before and not timed) to the finished
.xlsx file — the report's sheets built, every cell with its format, widths, frozen headers,
filters and charts, written atomically — over the time openpyxl takes to write the same cells
with nothing else, in its quickest way (a write-only ``Workbook``, rows appended, saved), each
the best of three in the same run. At most 3. Not a ``bench_*`` module itself:
``bench_office.py`` imports it.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROUNDS = 3
GOAL = 3.0


def _best(action: Callable[[], object]) -> float:
    times = []
    for _round in range(ROUNDS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def xlsx_vs_raw_writer(db_path: Path) -> float:
    """The ratio for the database at ``db_path`` (opening may migrate it: pass a copy of a
    cached database, never the cache itself)."""
    from openpyxl import Workbook

    from desktop.core.database import open_database
    from desktop.core.office.area import read_area
    from desktop.core.reports.office import build_report, read_goals
    from desktop.core.reports.workbook import write_workbook

    database = open_database(db_path, create=False)
    try:
        with database.reading() as session:
            figures = read_area(session)
            goals = read_goals(session, figures)
    finally:
        database.dispose()
    sheets = build_report(figures, goals).sheets

    def raw(path: Path) -> None:
        book = Workbook(write_only=True)
        for data in sheets:
            sheet = book.create_sheet(data.name)
            sheet.append(data.headers)
            for row in data.rows:
                sheet.append(row)
        book.save(path)

    with tempfile.TemporaryDirectory(prefix="berdaya-bench-report-") as folder:
        report = Path(folder) / "laporan.xlsx"
        plain = Path(folder) / "plain.xlsx"
        ours = _best(lambda: write_workbook(build_report(figures, goals), report))
        theirs = _best(lambda: raw(plain))
    return ours / theirs
