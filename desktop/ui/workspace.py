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
    from desktop.core.overview_values import Overview
    from desktop.core.principles.results import PrincipleScores
    from desktop.core.quick_overview import Recalled, Snapshot

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


@dataclass(frozen=True)
class FirstRead:
    """What a current SQLite file shows before the database layer has loaded."""

    villages: list[VillageEntry]
    last: Recalled | None  # the last program shown, with its overview while that is current


def quick_read(target: str | None, thresholds: dict[str, float] | None = None) -> FirstRead | None:
    """The navigator of a current SQLite file, read with the standard library alone, and
    (given the user's ``thresholds``) the last program's overview kept in it."""
    from desktop.core.db import sqlite_path, to_url
    from desktop.core.navigation import quick_navigator

    path = sqlite_path(to_url(target))
    villages = quick_navigator(path) if path is not None else None
    if path is None or villages is None:
        return None
    if thresholds is None:
        return FirstRead(villages, None)
    from desktop.core.quick_overview import recall

    return FirstRead(villages, recall(path, thresholds))


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


def with_seen(query: Callable[[Session], T]) -> Callable[[Session], tuple[str, T]]:
    """``query`` with the digest of the database's changes read first, in its transaction
    (what the kept overview is checked against)."""

    def read(session: Session) -> tuple[str, T]:
        from desktop.core.quick_overview import seen

        return seen(session), query(session)

    return read


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
        self.keeps_overview = False  # the interactive window keeps its overview for next start

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

    def keep_overview(
        self, snapshot: Snapshot, *, thresholds: dict[str, float], seen_at: str
    ) -> None:
        """Keep the overview on screen for the next start (see core ``quick_overview``), off
        the GUI thread; only in a window that reopens its last program."""
        if not self.keeps_overview:
            return
        from desktop.core.quick_overview import remember

        database = self.database
        jobs.run(
            lambda _context: remember(database, snapshot, thresholds=thresholds, seen_at=seen_at),
            None,
            owner=self,
            inline=self.inline,
        )

    def close(self) -> None:
        self.database.dispose()
