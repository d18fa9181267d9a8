"""Opening a Berdaya database for work: the storage of :mod:`desktop.core.db` with sync's change
capture installed, so every session records its writes of synced rows in the same transaction."""

from __future__ import annotations

from pathlib import Path

from desktop.core.db import Database, open_storage
from desktop.core.sync.capture import install


def open_database(target: str | Path | None = None, *, create: bool = True) -> Database:
    """Open (or create) a database, migrated and backed up as :func:`open_storage` does, whose
    sessions capture every write of a synced row as changes for sync."""
    database = open_storage(target, create=create)
    install(database.sessions)
    return database
