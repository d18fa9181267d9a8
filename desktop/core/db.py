"""Opening a Berdaya database: SQLite under the user's data directory or any SQLAlchemy URL.

Opening checks what the file is before touching it: a foreign file or a database of a newer
Berdaya is refused and left exactly as it was; an older one is backed up, then migrated.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import schema

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_HEADER = b"SQLite format 3\x00"
APP_NAME = "Berdaya"


class DatabaseError(Exception):
    """A database that cannot be opened; the message is meant for the person at the screen."""


class NotBerdayaDatabase(DatabaseError):
    pass


class NewerDatabase(DatabaseError):
    pass


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
    ``synchronous=FULL`` (laptops lose power), with transactions begun explicitly."""
    from sqlalchemy import create_engine, event

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
            cursor.execute("PRAGMA busy_timeout=30000")
            # sync stages each bundle in temporary tables: keep them off the disk
            cursor.execute("PRAGMA temp_store=MEMORY")
            cursor.execute("PRAGMA cache_size=-32768")  # 32 MiB: merges touch many pages
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN")

        return engine
    return create_engine(url, **kwargs)


@dataclass(frozen=True)
class SchemaState:
    revision: str | None  # None: an empty database
    has_tables: bool


def _sqlite_schema_state(path: Path) -> SchemaState:
    """Look at a SQLite file without changing a byte of it (read-only, no journal)."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(None, False)
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
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
        raise NotBerdayaDatabase(
            f"“{path.name}” cannot be read as a Berdaya database ({exc}). It was left untouched."
        ) from exc
    return SchemaState(revision, bool(tables))


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
    """Copy a SQLite database consistently (online backup API) before migrating it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{revision}-{stamp}.bak")
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


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
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def open_storage(target: str | Path | None = None, *, create: bool = True) -> Database:
    """Open (or create) a Berdaya database, migrating an older schema after a backup.

    Storage only: the sessions it gives do not record changes for sync. The program opens
    databases through :func:`desktop.core.database.open_database`, which installs capture."""
    from sqlalchemy.orm import sessionmaker

    url = to_url(target)
    path = sqlite_path(url)
    backup: Path | None = None
    if path is not None:
        state = _sqlite_schema_state(path)
        name = path.name
        if state.revision is None and not create:
            raise DatabaseError(f"“{name}” is not a Berdaya database yet.")
        needs_upgrade = check_schema(state, name)
        if needs_upgrade and state.revision is not None:
            backup = backup_sqlite(path, state.revision)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(url)
    else:
        engine = make_engine(url)
        state = _server_schema_state(engine)
        needs_upgrade = check_schema(state, describe(url))
        # PostgreSQL migrates in one transaction: a failed upgrade leaves it as it was.
    if needs_upgrade:
        upgrade(engine)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False), backup)
