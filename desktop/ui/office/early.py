"""The office's dashboard filled from the database's cache at start-up, while the database is
still being opened (``office.cached``): a large office sees its area at once.

Kept apart from the dashboard's module, so a facilitator's window never imports the dashboard:
the page is made only when the cache holds the figures of several villages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.ui import jobs, settings

if TYPE_CHECKING:
    from desktop.core.office.cached import CachedArea
    from desktop.core.office.charts import AreaCharts
    from desktop.ui.pages import Pages

Early = tuple["CachedArea", "AreaCharts"]


def read_early(target: str | None, thresholds: dict[str, float]) -> Early | None:
    """The cached figures of the SQLite file ``target`` names and their charts; None when it
    has none to show (runs in a job, with the standard library's ``sqlite3`` alone)."""
    from desktop.core.db import sqlite_path, to_url
    from desktop.core.office.cached import read_cached_area
    from desktop.core.office.charts import area_charts
    from desktop.core.principles.shares import Thresholds

    path = sqlite_path(to_url(target))
    found = read_cached_area(path, Thresholds(**thresholds)) if path is not None else None
    if found is None or len(found.figures.villages) < 2:
        return None  # one village opens on its program: the navigator's first read shows it
    return found, area_charts(found.figures)


def show_early_dashboard(pages: Pages, is_open: Callable[[], bool], target: str | None) -> jobs.Job:
    """Read the cached figures off the GUI thread; show them on the dashboard, also when the
    database was opened first and the dashboard is still reading its own."""
    thresholds = settings.saved_thresholds()
    job = jobs.Job(lambda _context: read_early(target, thresholds))

    def arrived(early: Early | None) -> None:
        if early is None:
            return
        if not is_open():
            pages.setCurrentWidget(pages.dashboard)
        elif not (pages.showing_dashboard() and pages.dashboard.loading):
            return  # opened first, on something else or with the dashboard's figures read
        pages.dashboard.show_cached(*early)

    job.succeeded.connect(arrived)
    return job.start()
