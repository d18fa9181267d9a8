"""Helpers of the sync tests: databases cloned from a migrated template, devices, snapshots."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import uuid
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from desktop.core import device
from desktop.core.database import open_database
from desktop.core.db import Database, sqlite_path
from desktop.core.domain import Sex
from desktop.core.dump import dump
from desktop.core.models import Base, Person
from desktop.core.sync import sealed
from desktop.core.sync.export import export_bundle
from desktop.core.sync.merge import import_files
from desktop.core.sync.outcome import Summary

VILLAGE = "32.01.01.1001"
OTHER_VILLAGE = "32.01.01.1002"
REGENCY = "32.01"

_templates: dict[str, str] = {}  # backend key -> template (a file path or a database name)


def _admin(url: str) -> str:
    return (
        make_url(url)
        .set(drivername="postgresql", database="postgres")
        .render_as_string(hide_password=False)
    )


class DatabaseFactory:
    """Empty migrated databases on one backend; copied from a template made once per run."""

    def __init__(self, db_url: str, folder: Path) -> None:
        self.db_url = db_url
        self.folder = folder
        self.is_sqlite = db_url.startswith("sqlite")
        self.opened: list[Database] = []
        self.made: list[str] = []

    def _template(self) -> str:
        if self.is_sqlite:
            key = "sqlite"
            if key not in _templates:
                path = Path(self.db_url.removeprefix("sqlite:///")).parent / "template.sqlite"
                database = open_database(path)
                database.dispose()
                _templates[key] = str(path)
            return _templates[key]
        server = _admin(self.db_url)
        if server not in _templates:
            name = f"tpl_{uuid.uuid4().hex[:12]}"
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            url = make_url(self.db_url).set(database=name).render_as_string(hide_password=False)
            database = open_database(url)
            database.dispose()
            _templates[server] = name
        return _templates[server]

    def new(self, name: str) -> Database:
        template = self._template()
        if self.is_sqlite:
            path = self.folder / f"{name}.sqlite"
            shutil.copyfile(template, path)
            database = open_database(path)
        else:
            server = _admin(self.db_url)
            real = f"t_{uuid.uuid4().hex[:12]}_{name}"
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(
                    sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                        sql.Identifier(real), sql.Identifier(template)
                    )
                )
            self.made.append(real)
            url = make_url(self.db_url).set(database=real).render_as_string(hide_password=False)
            database = open_database(url)
        self.opened.append(database)
        return database

    def close(self) -> None:
        for database in self.opened:
            database.dispose()
        if self.made:
            with psycopg.connect(_admin(self.db_url), autocommit=True) as conn:
                for name in self.made:
                    conn.execute(
                        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                            sql.Identifier(name)
                        )
                    )


def bind(database: Database, *codes: str) -> device.DeviceInfo:
    with database.session() as session, session.begin():
        return device.bind(session, codes or (VILLAGE,))


def add_person(database: Database, name: str, village: str = VILLAGE, **extra: Any) -> uuid.UUID:
    with database.session() as session, session.begin():
        person = Person(name=name, sex=Sex.FEMALE, village_code=village, **extra)
        session.add(person)
        session.flush()
        return person.id


def edit_person(database: Database, person_id: uuid.UUID, **values: Any) -> None:
    with database.session() as session, session.begin():
        person = session.get(Person, person_id)
        assert person is not None
        for key, value in values.items():
            setattr(person, key, value)


def people(database: Database) -> dict[uuid.UUID, tuple[str, bool]]:
    with database.session() as session:
        return {p.id: (p.name, p.deleted) for p in session.scalars(select(Person))}


def dump_text(database: Database) -> str:
    buffer = io.StringIO()
    with database.session() as session:
        dump(session, buffer)
    return buffer.getvalue()


def export(database: Database, out: Path, **options: Any) -> Path:
    """A plain bundle unless ``encrypt=True``: these tests look into the zip, and whoever
    imports it may not be one of its receivers (test_sync_sealed tests the encryption)."""
    export_bundle(database, out, **{"encrypt": False, **options})
    return out


def senders(paths: Iterable[Path]) -> set[str]:
    """The devices the bundles say they come from (unchecked; unreadable files left out)."""
    found = set()
    for path in paths:
        try:
            if sealed.is_sealed(path):
                found.add(sealed.read_header(path).sender_id)
                continue
            with zipfile.ZipFile(path) as zf:
                found.add(str(json.loads(zf.read("manifest.json"))["sender"]["device_id"]))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile, sealed.SealRefused):
            continue
    return found


def import_(
    database: Database, *paths: Path, dry_run: bool = False, accept: Iterable[str] | None = None
) -> list[Summary]:
    """Import as a person who accepts every device the test made (``accept`` to choose)."""
    chosen = senders(paths) if accept is None else set(accept)
    return import_files(database, list(paths), dry_run=dry_run, accept=chosen)


def import_one(database: Database, path: Path) -> Summary:
    [summary] = import_(database, path)
    return summary


def snapshot(database: Database) -> dict[str, Any]:
    """Everything a refused import must leave as it was: every table's rows, and on SQLite the
    file's bytes (taken with the database closed, so the write-ahead log is folded in)."""
    counts: dict[str, Any] = {}
    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table)).all()
            counts[table.name] = sorted(repr(tuple(r)) for r in rows)
        counts["alembic"] = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        counts["n"] = conn.execute(
            select(func.count()).select_from(Base.metadata.tables["people"])
        ).scalar()
    path = sqlite_path(database.url)
    if path is not None:
        database.engine.dispose()
        counts["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
        counts["files"] = sorted(
            p.name for p in path.parent.iterdir() if p.name.startswith(path.name)
        )
    return counts


def today() -> dt.date:
    return dt.date(2026, 3, 1)


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Which parts of two snapshots differ (for a readable failure)."""
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
