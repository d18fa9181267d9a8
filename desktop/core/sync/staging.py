"""The stage of an import: a temporary table the bundle's changes are streamed into (changes
already known skipped, those dated in the future held), with the sender's knowledge beside it.
On PostgreSQL the lines go by ``COPY`` into a table without a key first (:data:`LINES`)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from desktop.core.ids import utcnow
from desktop.core.models import Base
from desktop.core.sync import bundle as fmt
from desktop.core.sync import clock
from desktop.core.sync.checks import Change
from desktop.core.sync.errors import BundleRefused
from desktop.core.sync.outcome import Progress, Summary
from desktop.core.sync.reading import Batch, copy_text
from desktop.core.sync.sql import dialect_insert, is_sqlite

BATCH = 5000
# of one bundle's share of the progress bar: reading its changes, then merging them in SQL
LOAD_SHARE = 0.7

# sync_stage.wins: a change of a row this database has never seen (FRESH), of a field with no
# version yet (NEW), one that beats the version here (WINS), or one that loses to it (LOSES:
# then only a conflict, maybe)
FRESH, NEW, WINS, LOSES = 3, 2, 1, 0


# where ``stage_changes`` writes the lines: on SQLite the stage itself; on PostgreSQL a table
# without a key, which ``COPY`` fills at about twice the speed of a keyed one. A stage of rows
# never seen here is merged from it directly (``fresh``), any other is keyed first (``winners``)
LINES = "sync_lines"
STAGE = "sync_stage"


def create_stage(conn: Connection) -> None:
    if is_sqlite(conn):
        # one B-tree, the key's, instead of a table and its key's index
        ident, suffix = "CHAR(32)", " WITHOUT ROWID"
        conn.execute(
            text(
                "CREATE TEMP TABLE IF NOT EXISTS sync_acks (origin_id CHAR(32) PRIMARY KEY, "
                "max_counter BIGINT NOT NULL)"
            )
        )
    else:
        # kept for the connection's life, emptied by each commit: made once, not per bundle
        ident, suffix = "UUID", " ON COMMIT DELETE ROWS"
        conn.execute(
            text(
                "CREATE TEMP TABLE IF NOT EXISTS sync_acks (origin_id UUID PRIMARY KEY, "
                "max_counter BIGINT NOT NULL) ON COMMIT DELETE ROWS"
            )
        )
    columns = (
        f"table_name VARCHAR(40) NOT NULL, row_id {ident} NOT NULL, "
        f"column_name VARCHAR(64) NOT NULL, hlc BIGINT NOT NULL, device_id {ident} NOT NULL, "
        "counter BIGINT NOT NULL, value TEXT NOT NULL, village_code VARCHAR(13) NOT NULL, "
        f"wins INTEGER NOT NULL DEFAULT {FRESH}"
    )
    conn.execute(
        text(
            f"CREATE TEMP TABLE IF NOT EXISTS {STAGE} ({columns}, "
            f"PRIMARY KEY (table_name, row_id, column_name)){suffix}"
        )
    )
    conn.execute(text(f"DELETE FROM {STAGE}"))
    if not is_sqlite(conn):
        conn.execute(text(f"CREATE TEMP TABLE IF NOT EXISTS {LINES} ({columns}){suffix}"))
        conn.execute(text(f"DELETE FROM {LINES}"))
    conn.execute(text("DELETE FROM sync_acks"))


def lines_table(conn: Connection) -> str:
    """The table ``stage_changes`` writes into."""
    return STAGE if is_sqlite(conn) else LINES


def key_lines(conn: Connection, refuse: str) -> None:
    """On PostgreSQL, the lines moved into the keyed stage (a field given twice refuses the
    bundle named ``refuse``, as its damage); on SQLite they are there already."""
    if is_sqlite(conn):
        return
    try:
        conn.execute(text(f"INSERT INTO {STAGE} SELECT * FROM {LINES}"))
    except IntegrityError as exc:
        raise fmt.damaged(Path(refuse), "a malformed or repeated change") from exc
    conn.execute(text(f"DELETE FROM {LINES}"))


def refuse_repeats(conn: Connection, refuse: str) -> None:
    """The check the keyed stage makes, for lines merged unkeyed: no field given twice."""
    repeated = conn.execute(
        text(
            f"SELECT 1 FROM {LINES} GROUP BY table_name, row_id, column_name "
            "HAVING COUNT(*) > 1 LIMIT 1"
        )
    ).first()
    if repeated is not None:
        raise fmt.damaged(Path(refuse), "a malformed or repeated change")


def _placeholders(conn: Connection, count: int) -> str:
    mark = "?" if is_sqlite(conn) else "%s"
    return ", ".join([mark] * count)


def stage_changes(
    conn: Connection,
    bundle: fmt.Bundle,
    batches: Iterable[Batch],
    knowledge: dict[str, int],
    summary: Summary,
    bundle_uuid: uuid.UUID,
    tell: Progress,
) -> dict[str, int]:
    """Stream the bundle's checked changes (``batches``, from :mod:`reading`) into the stage:
    known ones skipped, future ones held. Returns how many distinct rows of each table were
    staged (the merge need not count them)."""
    total = max(bundle.change_count, 1)
    limit = clock.future_limit(utcnow())
    held: list[dict[str, Any]] = []
    highest = 0
    staged: set[tuple[str, str]] = set()
    dbapi = conn.dialect.loaded_dbapi
    try:
        with _stage_writer(conn) as write:
            for batch in batches:
                summary.changes += len(batch.lines)
                if (
                    batch.top <= limit
                    and batch.device is not None
                    and batch.lowest > knowledge.get(batch.device, 0)
                ):  # the usual piece: one device's new changes, none from the future
                    highest = max(highest, batch.top)
                    staged |= batch.rows
                    write(batch.lines, batch.copy)
                else:
                    kept: list[Change] = []
                    for line in batch.lines:
                        if line[5] <= knowledge.get(line[4], 0):
                            summary.skipped += 1
                        elif line[3] > limit:
                            held.append(_held_row(line, bundle_uuid))
                        else:
                            highest = max(highest, line[3])
                            kept.append(line)
                    if kept:
                        staged.update((line[0], line[1]) for line in kept)
                        write(kept, None)
                tell(LOAD_SHARE * summary.changes / total, "Reading changes…")
    except BundleRefused:
        raise
    except (dbapi.IntegrityError, dbapi.DataError) as exc:  # a field twice, a row id no uuid
        raise fmt.damaged(bundle.path, "a malformed or repeated change") from exc
    # the stage is never analysed (that cost a tenth of a cold import on PostgreSQL): the merge
    # reads it by its key or groups it once, plans sound without its statistics
    if held:
        for start in range(0, len(held), BATCH):
            conn.execute(
                dialect_insert(conn, Base.metadata.tables["held_changes"]).on_conflict_do_nothing(),
                held[start : start + BATCH],
            )
    summary.held = len(held)
    conn.execute(
        text("UPDATE sync_clock SET hlc = CASE WHEN :m > hlc THEN :m ELSE hlc END WHERE id = 1"),
        {"m": highest},
    )
    return dict(Counter(table for table, _row in staged))


_COLUMNS = "table_name, row_id, column_name, hlc, device_id, counter, value, village_code"


@contextmanager
def _stage_writer(conn: Connection) -> Iterator[Callable[[list[Change], bytes | None], None]]:
    """A function writing lines into the stage, in the connection's transaction: on SQLite
    ``executemany`` on the driver's own cursor (it takes the lines as they are; SQLAlchemy
    would want each made a tuple first), on PostgreSQL one ``COPY`` for the whole bundle, a
    piece at a time (its ``COPY`` text, made while reading, when given)."""
    driver = conn.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        if is_sqlite(conn):
            statement = f"INSERT INTO {STAGE} ({_COLUMNS}) VALUES ({_placeholders(conn, 8)})"
            yield lambda lines, _text: cursor.executemany(statement, lines)
            return
        with cursor.copy(f"COPY {LINES} ({_COLUMNS}) FROM STDIN") as copy:
            yield lambda lines, text: copy.write(copy_text(lines) if text is None else text)
    finally:
        cursor.close()


def _held_row(line: Change, bundle_uuid: uuid.UUID) -> dict[str, Any]:
    table, row, column, hlc, device, counter, value, village = line
    return {
        "device_id": uuid.UUID(hex=device),
        "counter": counter,
        "table_name": table,
        "row_id": uuid.UUID(hex=row),
        "column_name": column,
        "hlc": hlc,
        "value": value,
        "village_code": village,
        "bundle_id": bundle_uuid,
        "held_at": utcnow(),
    }


def load_acks(conn: Connection, bundle: fmt.Bundle) -> None:
    if bundle.knowledge:
        conn.exec_driver_sql(
            f"INSERT INTO sync_acks (origin_id, max_counter) VALUES ({_placeholders(conn, 2)})",
            list(bundle.knowledge.items()),
        )
