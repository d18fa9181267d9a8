"""Backups of a SQLite database nobody has to remember: before imports, migrations, restores and
once a day, made with SQLite's online backup API into a ``backups`` folder beside the file.

``<folder>/backups/<file name>/<stem>-<UTC time>-<reason>.sqlite``, each a whole database in
rollback-journal mode (one self-contained file to copy to a USB stick). After each backup the
folder is pruned to the newest ``keep`` files within a size budget: by default ten times the
database's size but never less than :data:`MIN_BUDGET_BYTES`, so a small database always keeps
``keep`` backups and a big one cannot fill the disk. The newest backup is never pruned.

The lowest layer of storage: it imports only the standard library and the core's leaves, so
``db.py`` (migration) and sync (import) can both call it. A PostgreSQL database is backed up by
its server (pg_dump, the server's own backups); every function here refuses it in one sentence.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.core import schema
from desktop.core.errors import ValidationError, issue

log = logging.getLogger(__name__)

REASONS = ("before-import", "before-migration", "daily", "before-restore", "manual")
DEFAULT_KEEP = 10
BUDGET_FACTOR = 10
MIN_BUDGET_BYTES = 256 * 1024 * 1024
# a backup up to this size is checked page by page right after it is written (still in the
# cache: ~1 ms per MiB); a bigger one by its schema only
CHECK_PAGES_MAX_BYTES = 64 * 1024 * 1024
BUSY_TIMEOUT_S = 30
_FOLDER = "backups"
_KEEP_FILE = "keep"
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)(?:\.\w+)?$"
)
_NOTE = re.compile(r"^\w+$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the restore list shows it."""

    path: Path
    made_at: dt.datetime  # UTC, aware
    reason: str
    size: int  # bytes
    programs: int | None  # None when the file cannot be read
    ok: bool  # opens, has Berdaya's schema and (while small) passes PRAGMA quick_check


def refuse(template: str, **values: object) -> ValidationError:
    return ValidationError([issue("backup", template, **values)])


def database_file(target: str | Path) -> Path:
    """The SQLite file behind a path or a ``sqlite:///`` URL; refuses a server database."""
    text = str(target)
    if "://" not in text:
        return Path(text).expanduser().resolve()
    if text.startswith("sqlite:///") and ":memory:" not in text and len(text) > len("sqlite:///"):
        return Path(text[len("sqlite:///") :].split("?", 1)[0])
    raise refuse(
        "This database lives on a server: its backups are the server's job (pg_dump or the "
        "server's own backups), not Berdaya's."
    )


def is_sqlite_file(target: str | Path) -> bool:
    try:
        database_file(target)
    except ValidationError:
        return False
    return True


def backups_dir(db_path: Path) -> Path:
    """``<folder of the database>/backups/<file name>/``: one folder per database file."""
    return db_path.parent / _FOLDER / db_path.name


def make_backup(
    db_path: Path,
    *,
    reason: str,
    keep: int | None = None,
    budget_bytes: int | None = None,
    now: dt.datetime | None = None,
    note: str | None = None,
) -> Path:
    """Back the database up (online: other connections may read and write meanwhile) and
    prune the folder. ``keep`` None means the number last chosen for this database (else
    :data:`DEFAULT_KEEP`); ``now`` (UTC) names the file, for tests with fixed dates; ``note``
    (letters, digits, ``_``: the schema revision before a migration) ends the file's name."""
    made = _backup(db_path, reason, now, note)
    prune(db_path, keep=keep, budget_bytes=budget_bytes, protect={made})
    return made


def backup_before(target: str | Path, reason: str) -> Path | None:
    """A backup of an existing SQLite file before an import or a migration; None for a
    server database or a file not made yet (nothing to keep)."""
    if not is_sqlite_file(target):
        return None
    path = database_file(target)
    if not path.exists() or path.stat().st_size == 0:
        return None
    return make_backup(path, reason=reason)


def daily_backup(
    db_path: Path, *, keep: int | None = None, today: dt.date | None = None
) -> Path | None:
    """The day's backup on first use: only when none was made today (local date) and the file
    changed since the newest backup (its modification time, and its WAL's, are later)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    remember_keep(db_path, keep)
    day = today or dt.date.today()
    found = _files(db_path)
    if any(made.astimezone().date() == day for made, _n, _r, _p in found):
        return None
    if found and not _changed_since(db_path, found[-1][3]):
        return None
    return make_backup(db_path, reason="daily", keep=keep)


def daily_backup_of(target: str | Path, *, keep: int | None) -> Path | None:
    """:func:`daily_backup` of whatever ``--db`` names; a server database or a failed backup
    never stops the work (the failure is logged, the caller decides whether to say it)."""
    if not is_sqlite_file(target):
        return None
    return daily_backup(database_file(target), keep=keep)


def newest(db_path: Path) -> tuple[Path, str] | None:
    """The newest backup's file and reason, without opening it."""
    found = _files(db_path)
    return (found[-1][3], found[-1][2]) if found else None


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The database's backups, newest first, each opened read-only to count its programs."""
    return [_info(path, made, reason) for made, _n, reason, path in reversed(_files(db_path))]


def restore(db_path: Path, backup: Path, *, keep: int | None = None) -> Path | None:
    """Put ``backup`` in place of the database: the current file is backed up first
    (``before-restore``; returned, None when there was no file), then the backup's pages are
    written into it with the online backup API, so the file keeps its name and journal mode.

    No other connection may write meanwhile: the window disposes its engine first. A backup
    that is damaged, not Berdaya's or made by a newer Berdaya is refused before anything."""
    _check_restorable(backup)
    safety: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        safety = _keep_before_restore(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    source = _open_read_only(backup)
    try:
        dest = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S)
        try:
            source.backup(dest)
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise refuse(
                    "“{name}” is in use by another program: close it, then restore again.",
                    name=db_path.name,
                ) from exc
            raise
        finally:
            dest.close()
    finally:
        source.close()
    prune(db_path, keep=keep, protect={p for p in (safety, backup) if p is not None})
    return safety


def _keep_before_restore(db_path: Path) -> Path:
    """The current file kept as a backup; a damaged one (the reason to restore, often) is
    kept byte for byte, then moved out of the way so the backup can be written afresh."""
    try:
        return _backup(db_path, "before-restore", None, None)
    except (sqlite3.DatabaseError, ValidationError):
        log.warning("%s cannot be backed up: kept as a plain copy", db_path.name, exc_info=True)
    folder = backups_dir(db_path)
    made = dt.datetime.now(dt.UTC)
    target = _free_name(folder, db_path, made, "before-restore", None)
    shutil.copyfile(db_path, target)
    _fsync(target)
    for path in (db_path, *_companions(db_path)):
        path.unlink(missing_ok=True)
    return target


def _companions(db_path: Path) -> tuple[Path, Path]:
    return db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")


def copy_to(db_path: Path, out: Path) -> Path:
    """A backup written to a file of one's choosing (a USB stick), outside the pruned folder."""
    if out.resolve() == db_path.resolve():
        raise refuse("A backup cannot be written over the database itself.")
    out.parent.mkdir(parents=True, exist_ok=True)
    _write(db_path, out)
    return out


def prune(
    db_path: Path,
    *,
    keep: int | None = None,
    budget_bytes: int | None = None,
    protect: set[Path] | frozenset[Path] = frozenset(),
) -> list[Path]:
    """Delete the oldest backups beyond ``keep`` and beyond the size budget; never the newest
    nor a ``protect``-ed one. Returns the files deleted."""
    count = max(1, keep if keep is not None else kept_count(db_path))
    found = [path for _m, _n, _r, path in _files(db_path)]
    if not found:
        return []
    if budget_bytes is None:
        size = db_path.stat().st_size if db_path.exists() else 0
        budget_bytes = max(BUDGET_FACTOR * size, MIN_BUDGET_BYTES)
    sizes = {path: path.stat().st_size for path in found}
    kept = found[-count:]
    doomed = found[: max(0, len(found) - count)]
    while len(kept) > 1 and sum(sizes[p] for p in kept) > budget_bytes:
        doomed.append(kept.pop(0))
    removed = []
    for path in doomed:
        if path in protect or path == found[-1]:
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    if removed:
        log.info("pruned %d backup(s) of %s", len(removed), db_path.name)
    return removed


def kept_count(db_path: Path) -> int:
    """How many backups this database keeps: the number last chosen for it, else the default."""
    try:
        return max(1, int((backups_dir(db_path) / _KEEP_FILE).read_text().strip()))
    except (OSError, ValueError):
        return DEFAULT_KEEP


def remember_keep(db_path: Path, keep: int | None) -> None:
    """Remember the user's number, so imports and migrations prune to it as well."""
    if keep is None or keep == kept_count(db_path):
        return
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / _KEEP_FILE).write_text(f"{max(1, keep)}\n")


def _backup(db_path: Path, reason: str, now: dt.datetime | None, note: str | None) -> Path:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if note is not None and not _NOTE.match(note):
        raise ValueError(f"a backup's note is a word, not {note!r}")
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    made = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    target = _write(db_path, _free_name(folder, db_path, made, reason, note))
    log.info("backup %s of %s made (%d bytes)", target.name, db_path.name, target.stat().st_size)
    return target


def _write(db_path: Path, target: Path) -> Path:
    """The online backup into ``target`` through a ``.partial`` file: a backup cut short by
    a power cut never looks finished."""
    if not db_path.exists():
        raise refuse("“{name}” does not exist: there is nothing to back up.", name=db_path.name)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = _open_read_only(db_path)
    try:
        dest = sqlite3.connect(partial)
        try:
            # one step: a consistent snapshot; in WAL mode writers go on meanwhile
            source.backup(dest)
            # a backup is one self-contained file, without -wal/-shm beside it
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    _fsync(partial)
    if not _healthy(partial):
        partial.unlink(missing_ok=True)
        raise refuse(
            "The backup of “{name}” came out damaged: the database itself may be damaged.",
            name=db_path.name,
        )
    os.replace(partial, target)
    _fsync(target.parent)
    return target


def _free_name(
    folder: Path, db_path: Path, made: dt.datetime, reason: str, note: str | None
) -> Path:
    stamp = made.strftime(_STAMP)
    end = f"{reason}.{note}" if note else reason
    same_second = len(list(folder.glob(f"{glob.escape(db_path.stem)}-{stamp}-*.sqlite")))
    if not same_second:
        return folder / f"{db_path.stem}-{stamp}-{end}.sqlite"
    # numbered, so backups made within one second still sort in the order they were made
    return folder / f"{db_path.stem}-{stamp}-{same_second + 1}-{end}.sqlite"


def _files(db_path: Path) -> list[tuple[dt.datetime, int, str, Path]]:
    """(made at, number within the second, reason, path), oldest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        match = _NAME.match(path.stem)
        if match is None or match["reason"] not in REASONS:
            continue
        made = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
        found.append((made, int(match["n"] or 1), match["reason"], path))
    return sorted(found)


def _changed_since(db_path: Path, backup: Path) -> bool:
    made = backup.stat().st_mtime
    wal = db_path.with_name(db_path.name + "-wal")
    stamps = [db_path.stat().st_mtime]
    if wal.exists():
        stamps.append(wal.stat().st_mtime)
    return max(stamps) > made


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)


def _open_backup(path: Path) -> sqlite3.Connection:
    # immutable: a finished backup never changes, so no lock and no -shm file beside it
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def _healthy(path: Path) -> bool:
    try:
        conn = _open_backup(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if path.stat().st_size > CHECK_PAGES_MAX_BYTES:
                return True
            row = conn.execute("PRAGMA quick_check(1)").fetchone()
            return row is not None and row[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        log.warning("backup %s cannot be read", path.name, exc_info=True)
        return False


def _revision(conn: sqlite3.Connection) -> str | None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _info(path: Path, made: dt.datetime, reason: str) -> BackupInfo:
    size = path.stat().st_size
    programs: int | None = None
    ok = _healthy(path)
    if ok:
        try:
            conn = _open_backup(path)
            try:
                if _revision(conn) is None:
                    ok = False
                else:
                    row = conn.execute("SELECT count(*) FROM programs WHERE NOT deleted").fetchone()
                    programs = int(row[0])
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            log.warning("backup %s cannot be read", path.name, exc_info=True)
            ok = False
    return BackupInfo(path, made, reason, size, programs, ok)


def _check_restorable(backup: Path) -> None:
    if not backup.is_file():
        raise refuse("“{name}” does not exist.", name=backup.name)
    if not _healthy(backup):
        raise refuse(
            "“{name}” is damaged or not a database: choose another backup.", name=backup.name
        )
    conn = _open_backup(backup)
    try:
        revision = _revision(conn)
    finally:
        conn.close()
    if revision is None or not revision.startswith(schema.REVISION_PREFIX):
        raise refuse("“{name}” is not a Berdaya database.", name=backup.name)
    if revision not in schema.REVISIONS:
        raise refuse(
            "“{name}” was made by a newer version of Berdaya: install it to restore this backup.",
            name=backup.name,
        )


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
