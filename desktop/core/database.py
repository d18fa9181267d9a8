"""Opening a Berdaya database for work: the storage of :mod:`desktop.core.db` with sync's change
capture installed, so every session records its writes of synced rows in the same transaction."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from desktop.core import backups
from desktop.core.db import Database, DatabaseError, open_storage
from desktop.core.errors import ValidationError
from desktop.core.sync.capture import install
from desktop.core.sync.identity import missing_key

log = logging.getLogger(__name__)


def open_database(
    target: str | Path | None = None, *, create: bool = True, keep_backups: int | None = None
) -> Database:
    """Open (or create) a database, migrated and backed up as :func:`open_storage` does, whose
    sessions capture every write of a synced row as changes for sync. With ``keep_backups``
    (the window) a SQLite file gets its day's backup on first use, keeping that many."""
    database = open_storage(target, create=create)
    if database.engine.dialect.name != "sqlite":  # a file's device may be made anew, see there
        with database.engine.connect() as conn:
            problem = missing_key(conn)
        if problem is not None:
            database.dispose()
            raise DatabaseError(problem)
    install(database.sessions)
    log.info("database opened: %s", database.name)
    if keep_backups is not None:
        daily_backup_quietly(database.url, keep_backups)
    return database


def daily_backup_quietly(target: str | Path, keep: int | None) -> Path | None:
    """The day's backup; one that cannot be made is logged and never stops the work."""
    try:
        return backups.daily_backup_of(target, keep=keep)
    except (OSError, sqlite3.Error, ValidationError):
        log.warning("the daily backup of %s could not be made", target, exc_info=True)
        return None
