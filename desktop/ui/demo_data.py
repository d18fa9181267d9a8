"""Trying Berdaya with demo data: a separate database filled by the core's demo generator."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from desktop.ui import jobs
from desktop.ui.workspace import Opened, open_and_read

DEMO_FILE = "berdaya-demo.sqlite"
DEMO_VILLAGES = 20
DEMO_SEED = 1


def available() -> bool:
    return importlib.util.find_spec("desktop.core.demo") is not None


def demo_path(current_url: str | None) -> Path:
    """Beside the database in use when it is a file, else beside the default database."""
    from desktop.core.db import default_db_path, sqlite_path

    current = sqlite_path(current_url) if current_url else None
    folder = current.parent if current is not None else default_db_path().parent
    return folder / DEMO_FILE


def make_demo(path: Path, steps: dict[str, str], context: jobs.JobContext) -> Opened:
    """Open the demo database, fill it if it is empty, and read it like any other.

    ``steps`` holds the (already translated) progress texts: ``open``, ``generate``, ``read``.
    """
    from desktop.core import demo
    from desktop.core.database import open_database
    from desktop.core.programs import navigator

    context.report(5, steps["open"])
    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            empty = not navigator(session)
        context.check()
        if empty:
            context.report(15, steps["generate"])
            demo.generate(database, villages=DEMO_VILLAGES, seed=DEMO_SEED)
    finally:
        database.dispose()
    context.check()
    context.report(90, steps["read"])
    return open_and_read(str(path), context)
