"""Reading the compact bookkeeping: values read from the rows on SQLite as stored text (the fast
path an export takes) are exactly what SQLAlchemy's types and the codec make of them."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from desktop.core.database import open_database
from desktop.core.models import Base
from desktop.core.models.base import synced_tables
from desktop.core.sync.codec import encode
from desktop.core.sync.versions import fields_of, live_values


def test_values_read_as_stored_text_are_those_the_types_read(
    office_demo: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "office.sqlite"
    shutil.copy(office_demo, copy)
    database = open_database(copy)
    compared = 0
    try:
        with database.engine.connect() as conn:
            for name in synced_tables():
                table = Base.metadata.tables[name]
                typed = {
                    row.id: {field: encode(getattr(row, field)) for field in fields_of(name)}
                    for row in conn.execute(select(table))
                }
                assert live_values(conn, name, sorted(typed)) == typed, name
                compared += len(typed)
    finally:
        database.dispose()
    assert compared > 1000  # every kind of field of a demo office's rows was read both ways
