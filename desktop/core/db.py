"""Opening a Berdaya database: SQLite under the user's data directory or any SQLAlchemy URL.

Opening checks what the file is before touching it: a foreign file, a damaged one, one in a
folder SQLite cannot write its journal to, or a database of a newer Berdaya is refused and left
exactly as it was, in one sentence; an older one is backed up, then migrated. Write transactions
(:meth:`Database.writing`, and the engine's own connections: imports, migrations) take SQLite's
write lock up front (``BEGIN IMMEDIATE``) so they wait for another writer instead of failing;
ORM sessions otherwise begin deferred and never wait.
"""

from __future__ import annotations

import errno
import filecmp
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import schema

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from desktop.core.backups import BackupInfo

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
APP_NAME = "Berdaya"
# PRAGMA quick_check reads every page: ~10 ms per MiB from a cold disk, ~1 ms from the cache
# (measured on demo databases of 11 and 31 MiB). Up to this size the check at start costs
# well under a second; a bigger file gets the header and schema checks only.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
# less free space than this and SQLite cannot even make its journal beside the file
MIN_FREE_BYTES = 256 * 1024
BUSY_TIMEOUT_MS = 30_000
# a write that has not got the lock after this long tells the window it is waiting
WAIT_NOTICE_MS = 250
READ_OPTION = "berdaya_read"
WAIT_OPTION = "berdaya_on_wait"


class DatabaseError(Exception):
    """A database that cannot be opened; the message is meant for the person at the screen."""


class NotBerdayaDatabase(DatabaseError):
    pass


class NewerDatabase(DatabaseError):
    pass


class DamagedDatabase(DatabaseError):
    """Pages of the file cannot be read: never shown as empty, a backup is offered instead."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.backup = newest_good_backup(path)
        super().__init__(damaged_message(path, self.backup))


class StorageProblem(DatabaseError):
    """The disk, the permissions or another program stand in the way of reading or writing."""


def newest_good_backup(path: Path) -> BackupInfo | None:
    """The newest backup of ``path`` that opens whole, or None."""
    from desktop.core import backups

    try:
        found = backups.list_backups(path)
    except Exception:
        log.warning("the backups of %s cannot be listed", path.name, exc_info=True)
        return None
    return next((backup for backup in found if backup.ok), None)


def damaged_message(path: Path, backup: BackupInfo | None) -> str:
    start = (
        f"“{path.name}” is damaged: some of its pages cannot be read, so what it shows "
        "could be incomplete"
    )
    if backup is None:
        return f"{start}, and no good backup of it was found."
    made = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{start}; restore the newest good backup, from {made}: {backup.path}."


# what stands in the way of the database, by kind; the window says the same in its language
PROBLEMS = {
    "full": "The disk is full: {name} cannot be written. Free some space.",
    "read-only": "{name} is read-only: Berdaya may read it but cannot save anything in it.",
    "busy": "{name} is busy: another program (an import?) is writing to it. Try again when "
    "it is done.",
    "damaged": "{name} is damaged: some of its pages cannot be read; restore a backup.",
    "unopenable": "{name} cannot be opened: its folder may be missing or not writable.",
}


def storage_problem(error: BaseException, name: str = "the database") -> str | None:
    """One sentence for a person saying what stands in the way of the database, or None when
    ``error`` is not a storage problem (a bug, to be logged with its traceback)."""
    current: BaseException | None = error
    while current is not None:
        if isinstance(current, DatabaseError):
            return str(current)
        current = getattr(current, "orig", None) or current.__cause__
    kind = problem_kind(error)
    return None if kind is None else PROBLEMS[kind].format(name=name)


def problem_kind(error: BaseException) -> str | None:
    """The kind of storage problem (a key of :data:`PROBLEMS`) behind ``error``, if any."""
    current: BaseException | None = error
    while current is not None:
        found = _kind(current)
        if found is not None:
            return found
        current = getattr(current, "orig", None) or current.__cause__
    return None


def _kind(error: BaseException) -> str | None:
    if isinstance(error, DamagedDatabase):
        return "damaged"
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return "full"
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "read-only"
        return None
    if not isinstance(error, sqlite3.Error):
        return None
    text = str(error).lower()
    for words, kind in (
        (("database or disk is full", "disk i/o error"), "full"),
        (("readonly", "read-only"), "read-only"),
        (("locked", "busy"), "busy"),
        (("malformed", "not a database", "corrupt"), "damaged"),
        (("unable to open",), "unopenable"),
    ):
        if any(word in text for word in words):
            return kind
    return None


def default_db_path() -> Path:
    """The facilitator's database: one SQLite file in the user's data directory."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "berdaya.sqlite"


def to_url(target: str | Path | None) -> str:
    """``--db`` takes a file path or any SQLAlchemy URL; nothing means the default file."""
    if target is None:
        target = default_db_path()
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix or ":memory:" in url:
        return None
    return Path(url[len(prefix) :].split("?", 1)[0])


def describe(url: str) -> str:
    """A short name of the database for the status bar, without any password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine with Berdaya's connection settings: on SQLite, WAL, foreign keys and
    ``synchronous=FULL`` (laptops lose power), with transactions begun explicitly: ``BEGIN
    IMMEDIATE`` (the write lock, waited for up to the busy timeout) unless the connection has
    the execution option ``berdaya_read`` (a deferred ``BEGIN``: a read never waits). A
    callable under ``berdaya_on_wait`` is called once when the write lock is not free at once."""
    from sqlalchemy import create_engine, event

    kwargs.setdefault("hide_parameters", True)  # a failing row's values are residents' data
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            # let SQLAlchemy, not the driver, decide where transactions start
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            # sync stages each bundle in temporary tables: keep them off the disk
            cursor.execute("PRAGMA temp_store=MEMORY")
            cursor.execute("PRAGMA cache_size=-32768")  # 32 MiB: merges touch many pages
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            options = connection.get_execution_options()
            if options.get(READ_OPTION):
                connection.exec_driver_sql("BEGIN")
            else:
                _begin_immediate(connection.connection.driver_connection, options.get(WAIT_OPTION))

        return engine
    return create_engine(url, **kwargs)


def _begin_immediate(dbapi: sqlite3.Connection, on_wait: Callable[[], object] | None) -> None:
    """Take the write lock now, so a read-then-write waits for another writer instead of
    failing with "database is locked" on its first write."""
    if on_wait is None:
        dbapi.execute("BEGIN IMMEDIATE")
        return
    dbapi.execute(f"PRAGMA busy_timeout={WAIT_NOTICE_MS}")
    try:
        dbapi.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        on_wait()
        dbapi.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS - WAIT_NOTICE_MS}")
        dbapi.execute("BEGIN IMMEDIATE")
    finally:
        dbapi.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


@dataclass(frozen=True)
class SchemaState:
    revision: str | None  # None: an empty database
    has_tables: bool


def _sqlite_schema_state(path: Path) -> SchemaState:
    """Look at a SQLite file without changing a byte of it (read-only, no journal)."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(None, False)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise StorageProblem(f"“{path.name}” cannot be read: you may not open it.") from exc
    if header != SQLITE_HEADER:
        raise NotBerdayaDatabase(
            f"“{path.name}” is not a Berdaya database (it is not a SQLite file). "
            "It was left untouched."
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _is_damage(exc):
            raise DamagedDatabase(path) from exc
        problem = storage_problem(exc, f"“{path.name}”")
        if problem is not None and "damaged" not in problem:
            raise StorageProblem(problem) from exc
        raise NotBerdayaDatabase(
            f"“{path.name}” cannot be read as a Berdaya database ({exc}). It was left untouched."
        ) from exc
    return SchemaState(revision, bool(tables))


def _is_damage(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "malformed" in text or "corrupt" in text


def check_writable(path: Path) -> None:
    """Refuse, saying why, a file SQLite could not write: a read-only file, or one in a folder
    it may not write in (SQLite keeps its journal beside the file, even to read in WAL mode)."""
    folder = path.parent
    if not folder.exists():
        return
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageProblem(
            f"“{path.name}” is in a read-only folder ({folder}): SQLite needs to write its journal "
            "beside the file; copy it to a folder you can write to."
        )
    if shutil.disk_usage(folder).free < MIN_FREE_BYTES:
        raise StorageProblem(
            f"The disk holding “{path.name}” is full: free some space, then open it again."
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StorageProblem(
            f"“{path.name}” is read-only: Berdaya needs to save to it; make it writable or "
            "open a copy."
        )


def check_health(path: Path) -> None:
    """Raise :class:`DamagedDatabase` when the file's pages do not hold together: the schema is
    read always, every page (``PRAGMA quick_check``) while the file is small enough for that to
    be quick. Cheap enough to run at start and before every import."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
                result = conn.execute("PRAGMA quick_check(1)").fetchone()
                if result is None or result[0] != "ok":
                    log.info("quick_check of %s: %s", path.name, result)
                    raise DamagedDatabase(path)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _is_damage(exc):
            raise DamagedDatabase(path) from exc
        raise


def check_before_import(url: str) -> None:
    """Refuse to import into a damaged SQLite file (:class:`DamagedDatabase`): the backup made
    before the import would copy the damage, and the merge would write on top of it."""
    path = sqlite_path(url)
    if path is not None:
        check_health(path)


def _server_schema_state(engine: Engine) -> SchemaState:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return SchemaState(revision, bool(tables))


def check_schema(state: SchemaState, name: str) -> bool:
    """Whether the database needs migrating; raises if it must not be opened at all."""
    if state.revision is None:
        if state.has_tables:
            raise NotBerdayaDatabase(
                f"“{name}” holds a database of another program, not Berdaya. It was left untouched."
            )
        return True
    if state.revision in schema.REVISIONS:
        return state.revision != schema.HEAD
    if state.revision.startswith(schema.REVISION_PREFIX):
        raise NewerDatabase(
            f"“{name}” was made by a newer version of Berdaya (schema {state.revision}). "
            "Install the newer Berdaya to open it; the database was left untouched."
        )
    raise NotBerdayaDatabase(
        f"“{name}” holds a database of another program, not Berdaya. It was left untouched."
    )


def backup_sqlite(path: Path, revision: str) -> Path:
    """Back a SQLite database up (online backup API, into its backups folder) before migrating
    it from ``revision``. A failed migration leaves the file as it was, so when the newest
    backup is an earlier attempt's copy of the very same file, that copy is kept and no new
    one is made: repeated attempts never pile up full-size copies."""
    from desktop.core import backups

    earlier = backups.newest(path)
    made = backups.make_backup(path, reason="before-migration", note=revision)
    if (
        earlier is not None
        and earlier[1] == "before-migration"
        and earlier[0].name.endswith(f".{revision}.sqlite")
        and earlier[0].exists()
        and filecmp.cmp(earlier[0], made, shallow=False)
    ):
        made.unlink()
        log.info("migration of %s (%s): the earlier attempt's backup is kept", path.name, revision)
        return earlier[0]
    return made


def upgrade(engine: Engine) -> None:
    """Bring the schema to the head revision (Alembic, in one transaction where possible)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "desktop.core:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


@dataclass
class Database:
    """An open database: its URL, engine and session factory, and the backup made on opening."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup: Path | None = None

    @property
    def name(self) -> str:
        return describe(self.url)

    def session(self) -> Session:
        """A session whose transactions begin deferred, as reads should: one that also
        writes is better begun with :meth:`writing`, which waits for another writer."""
        return self.sessions()

    def writing(self, *, on_wait: Callable[[], object] | None = None) -> Session:
        """A session to write in: its transactions take the write lock up front (``BEGIN
        IMMEDIATE``), waiting for another writer instead of failing on the first write after
        a read; ``on_wait`` is called once if that wait is not over at once."""
        options: dict[str, object] = {READ_OPTION: False}
        if on_wait is not None:
            options[WAIT_OPTION] = on_wait
        return self.sessions(bind=self.engine.execution_options(**options))

    def reading(self) -> Session:
        """A session to read in: it never waits for a writer (on SQLite, a deferred BEGIN)."""
        return self.sessions(bind=self.engine.execution_options(**{READ_OPTION: True}))

    def dispose(self) -> None:
        self.engine.dispose()


def open_storage(target: str | Path | None = None, *, create: bool = True) -> Database:
    """Open (or create) a Berdaya database, migrating an older schema after a backup.

    Storage only: the sessions it gives do not record changes for sync. The program opens
    databases through :func:`desktop.core.database.open_database`, which installs capture.
    Every refusal is a :class:`DatabaseError` whose message is one sentence for a person."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        return _open_sqlite(url, path, create=create)
    try:
        engine = make_engine(url)
        state = _server_schema_state(engine)
    except Exception as exc:
        raise _server_problem(url, exc) from exc
    needs_upgrade = check_schema(state, describe(url))
    if needs_upgrade:
        # PostgreSQL migrates in one transaction: a failed upgrade leaves it as it was.
        _upgrade_or_refuse(engine, describe(url), None)
    return _database(url, engine, None)


def _open_sqlite(url: str, path: Path, *, create: bool) -> Database:
    name = path.name
    if not create and path.exists() and path.stat().st_size == 0:
        raise NotBerdayaDatabase(f"“{name}” is empty, not a Berdaya database.")
    check_writable(path)
    state = _sqlite_schema_state(path)
    if state.revision is None and not create:
        raise DatabaseError(f"“{name}” is not a Berdaya database yet.")
    needs_upgrade = check_schema(state, name)
    check_health(path)
    backup: Path | None = None
    if needs_upgrade and state.revision is not None:
        backup = backup_sqlite(path, state.revision)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageProblem(f"The folder of “{name}” cannot be made ({exc.strerror}).") from exc
    engine = make_engine(url)
    if needs_upgrade:
        try:
            _upgrade_or_refuse(engine, name, backup)
        except DatabaseError:
            engine.dispose()
            raise
        if state.revision is not None:
            _give_back_freed_space(path)
    return _database(url, engine, backup)


# a migration that freed more than this share of the file's pages is followed by VACUUM
_FREED_SHARE = 0.25


def _give_back_freed_space(path: Path) -> None:
    """After a migration that left much of the file unused (berdaya_0009 drops the old
    bookkeeping, most of a busy office's file), rewrite the file at its new size. A file that
    cannot be rewritten (a full disk) is only larger than it needs to be."""
    conn = sqlite3.connect(path, isolation_level=None)  # VACUUM runs outside a transaction
    try:
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        if not pages or free / pages <= _FREED_SHARE:
            return
        conn.execute("VACUUM")
        log.info("%s rewritten after migrating: %d of %d pages were unused", path.name, free, pages)
    except sqlite3.Error:
        log.warning(
            "%s keeps its unused space: it could not be rewritten", path.name, exc_info=True
        )
    finally:
        conn.close()


def _upgrade_or_refuse(engine: Engine, name: str, backup: Path | None) -> None:
    try:
        upgrade(engine)
    except Exception as exc:
        log.exception("migrating %s failed", name)
        problem = storage_problem(exc, f"“{name}”")
        if problem is not None:
            raise StorageProblem(problem) from exc
        kept = f" (a copy from before is {backup.name})" if backup is not None else ""
        raise DatabaseError(
            f"“{name}” could not be brought up to this version of Berdaya and was left as it "
            f"was{kept}; the details are in the log."
        ) from exc


def _server_problem(url: str, error: Exception) -> DatabaseError:
    """One sentence for a server database that cannot be reached or a URL that names none."""
    log.debug("opening %s failed", describe(url), exc_info=True)
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    if isinstance(error, NoSuchModuleError):
        scheme = url.split("://", 1)[0]
        hint = " (write postgresql+psycopg://)" if scheme.startswith("postgres") else ""
        return DatabaseError(f"“{scheme}://” is not a kind of database Berdaya knows{hint}.")
    if isinstance(error, ArgumentError):
        return DatabaseError("The database address cannot be understood; check --db.")
    try:
        name = describe(url)
    except Exception:
        name = "the database server"
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()
    first = reason[0] if reason else type(error).__name__
    return DatabaseError(f"The database server of {name} cannot be reached ({first}).")


def _database(url: str, engine: Engine, backup: Path | None) -> Database:
    from sqlalchemy.orm import sessionmaker

    # sessions begin deferred unless asked to write (Database.writing): a session kept open
    # to read must never hold the write lock another session of the same program waits for
    reads = engine.execution_options(**{READ_OPTION: True})
    return Database(url, engine, sessionmaker(reads, expire_on_commit=False), backup)
