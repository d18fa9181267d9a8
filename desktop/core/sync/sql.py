"""Small helpers for SQL that differs between SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def dialect_insert(conn: Connection, table: Table) -> Any:
    """An INSERT that knows ``ON CONFLICT`` for this connection's database."""
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table)
    return postgresql.insert(table)


def is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def uuid_param(conn: Connection, value: uuid.UUID) -> Any:
    """A uuid as a raw parameter of a text() statement, in the form its column stores."""
    return value.hex if is_sqlite(conn) else value
