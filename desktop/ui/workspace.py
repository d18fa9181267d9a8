"""The open database as the window sees it: reads run as jobs, operations in a session each.

Nothing here imports SQLAlchemy or the models at module level: the window must paint before
they are loaded, so they are imported by the first job, off the GUI thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.ui import jobs

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.changes import Changes
    from desktop.core.db import Database
    from desktop.core.device import DeviceInfo
    from desktop.core.goals import GoalStatus
    from desktop.core.navigation import VillageEntry
    from desktop.core.principles.scores import PrincipleScores
    from desktop.core.programs import Overview

T = TypeVar("T")


@dataclass(frozen=True)
class Opened:
    """What the window needs the moment a database is open."""

    database: Database
    description: str
    villages: list[VillageEntry]


def open_and_read(
    target: str | None,
    context: jobs.JobContext | None = None,
    *,
    create: bool = True,
    keep_backups: int | None = None,
) -> Opened:
    """Open (or, with ``create``, create) the database and read the navigator: what the first
    screen needs. Runs in a job. The device (status bar) is read afterwards: its keys cost
    imports too."""
    from desktop.core.database import open_database
    from desktop.core.db import describe

    database = open_database(target, create=create, keep_backups=keep_backups)
    try:
        if context is not None:
            context.check()
        with database.reading() as session, session.begin():
            villages = read_navigator(session)
    except BaseException:
        database.dispose()
        raise
    return Opened(database, describe(database.url), villages)


def quick_read(target: str | None) -> list[VillageEntry] | None:
    """The navigator of a current SQLite file, read with the standard library alone."""
    from desktop.core.db import sqlite_path, to_url
    from desktop.core.navigation import quick_navigator

    path = sqlite_path(to_url(target))
    return quick_navigator(path) if path is not None else None


def read_navigator(session: Session) -> list[VillageEntry]:
    from desktop.core.programs import navigator

    return navigator(session)


def read_device(session: Session) -> DeviceInfo:
    from desktop.core.device import local_device

    return local_device(session)


def read_overview(session: Session, program_id: uuid.UUID) -> Overview | None:
    """The program's overview, or None when it is gone (deleted here or by a sync)."""
    from desktop.core.programs import ProgramError, overview

    try:
        return overview(session, program_id)
    except ProgramError:
        return None


def read_measures(
    session: Session, program_id: uuid.UUID, thresholds: dict[str, float]
) -> tuple[PrincipleScores, tuple[GoalStatus, ...]] | None:
    """The four principles (warning where ``thresholds``, the user's own, say) and the six
    goals of a program; None when it is gone."""
    from desktop.core.goals import goal_report
    from desktop.core.principles.scores import scores
    from desktop.core.principles.shares import Thresholds

    try:
        return scores(session, program_id, Thresholds(**thresholds)), goal_report(
            session, program_id
        )
    except LookupError:
        return None


class Workspace(QObject):
    """One open database. Reads go through :meth:`fetch` (a job, or inline when rendering
    offscreen) and never wait for a writer; writes through :meth:`execute`, one session and
    transaction per action, which waits for another program's write (an import) to end."""

    # a word for the status bar while a write waits for the database ("" when it got it)
    waiting = Signal(str)

    def __init__(self, opened: Opened, *, inline: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.database = opened.database
        self.description = opened.description
        self.inline = inline

    def fetch(
        self,
        query: Callable[[Session], T],
        on_result: Callable[[T], object],
        on_error: Callable[[Exception], object] | None = None,
        *,
        owner: QObject | None = None,
    ) -> jobs.Job:
        database = self.database

        def work(_context: jobs.JobContext) -> T:
            with database.reading() as session, session.begin():
                return query(session)

        return jobs.run(
            work,
            on_result,
            on_error,
            owner=owner if owner is not None else self,
            inline=self.inline,
        )

    def execute(self, operation: Callable[..., Changes], **arguments: Any) -> Changes:
        """Run one core operation in its own transaction; raises what the operation raises.
        While another program holds the write lock it waits (the status bar says so)."""
        waited = False

        def on_wait() -> None:
            nonlocal waited
            waited = True
            self.waiting.emit(self.tr("Waiting for the database…"))

        try:
            with self.database.writing(on_wait=on_wait) as session, session.begin():
                return operation(session, **arguments)
        finally:
            if waited:
                self.waiting.emit("")

    def read(self, query: Callable[[Session], T]) -> T:
        """Run ``query`` now, on this thread, in a transaction that never waits for a writer."""
        with self.database.reading() as session, session.begin():
            return query(session)

    def close(self) -> None:
        self.database.dispose()
