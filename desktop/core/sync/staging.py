"""The stage of an import: a temporary table the bundle's changes are streamed into (changes
already known skipped, those dated in the future held), with the sender's knowledge beside it."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, text

from desktop.core.ids import utcnow
from desktop.core.models import Base
from desktop.core.sync import bundle as fmt
from desktop.core.sync import clock
from desktop.core.sync.checks import Change, iter_batches
from desktop.core.sync.errors import BundleRefused
from desktop.core.sync.outcome import Progress, Summary
from desktop.core.sync.sql import dialect_insert, is_sqlite

BATCH = 5000
# of one bundle's share of the progress bar: reading its changes, then merging them in SQL
LOAD_SHARE = 0.7

# sync_stage.wins: a change of a row this database has never seen (FRESH), of a field with no
# version yet (NEW), one that beats the version here (WINS), or one that loses to it (LOSES:
# then only a conflict, maybe)
FRESH, NEW, WINS, LOSES = 3, 2, 1, 0


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
    conn.execute(
        text(
            "CREATE TEMP TABLE IF NOT EXISTS sync_stage ("
            f"table_name VARCHAR(40) NOT NULL, row_id {ident} NOT NULL, "
            f"column_name VARCHAR(64) NOT NULL, hlc BIGINT NOT NULL, device_id {ident} NOT NULL, "
            "counter BIGINT NOT NULL, value TEXT NOT NULL, village_code VARCHAR(13) NOT NULL, "
            f"wins INTEGER NOT NULL DEFAULT {FRESH}, PRIMARY KEY (table_name, row_id, column_name))"
            f"{suffix}"
        )
    )
    conn.execute(text("DELETE FROM sync_stage"))
    conn.execute(text("DELETE FROM sync_acks"))


def _placeholders(conn: Connection, count: int) -> str:
    mark = "?" if is_sqlite(conn) else "%s"
    return ", ".join([mark] * count)


def stage_changes(
    conn: Connection,
    bundle: fmt.Bundle,
    knowledge: dict[str, int],
    summary: Summary,
    bundle_uuid: uuid.UUID,
    tell: Progress,
    here: frozenset[str] | None = None,
) -> dict[str, int]:
    """Stream the bundle's changes into the stage: known ones skipped, future ones held; a row
    beyond ``here`` (this device's places, unless None) refuses the bundle. Returns how many
    distinct rows of each table were staged (the merge need not count them)."""
    total = max(bundle.change_count, 1)
    limit = clock.future_limit(utcnow())
    batch: list[Change] = []
    held: list[dict[str, Any]] = []
    highest = 0
    staged: set[tuple[str, str]] = set()
    # PostgreSQL reads each piece (a quarter MiB of lines) while the next is parsed
    each = BATCH if is_sqlite(conn) else 1
    dbapi = conn.dialect.loaded_dbapi
    try:
        with _stage_writer(conn) as stage:

            def write(rows: list[Change]) -> None:
                staged.update(zip(map(_TABLE, rows), map(_ROW, rows), strict=True))
                stage(rows)

            for lines in iter_batches(bundle, here):
                summary.changes += len(lines)
                if not lines:
                    continue
                top = max(map(_HLC, lines))
                device = lines[0][4]
                if (
                    top <= limit
                    and min(map(_COUNTER, lines)) > knowledge.get(device, 0)
                    and len(set(map(_DEVICE, lines))) == 1
                ):  # the usual batch: one device's new changes, none from the future
                    highest = max(highest, top)
                    batch.extend(lines)
                else:
                    for line in lines:
                        if line[5] <= knowledge.get(line[4], 0):
                            summary.skipped += 1
                        elif line[3] > limit:
                            held.append(_held_row(line, bundle_uuid))
                        else:
                            highest = max(highest, line[3])
                            batch.append(line)
                if len(batch) >= each:
                    write(batch)
                    batch = []
                tell(LOAD_SHARE * summary.changes / total, "Reading changes…")
            if batch:
                write(batch)
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


_TABLE, _ROW, _HLC, _DEVICE, _COUNTER = (itemgetter(i) for i in (0, 1, 3, 4, 5))


_COLUMNS = "table_name, row_id, column_name, hlc, device_id, counter, value, village_code"


@contextmanager
def _stage_writer(conn: Connection) -> Iterator[Callable[[list[Change]], None]]:
    """A function writing batches of parsed lines into the stage, in the connection's
    transaction: on SQLite ``executemany`` on the driver's own cursor (it takes the lines as
    they are; SQLAlchemy would want each made a tuple first), on PostgreSQL one ``COPY`` for
    the whole bundle, which the server reads while the next batch is parsed."""
    driver = conn.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        if is_sqlite(conn):
            statement = f"INSERT INTO sync_stage ({_COLUMNS}) VALUES ({_placeholders(conn, 8)})"
            yield lambda rows: cursor.executemany(statement, rows)
            return
        with cursor.copy(f"COPY sync_stage ({_COLUMNS}) FROM STDIN") as copy:
            yield lambda rows: _copy_rows(copy, rows)
    finally:
        cursor.close()


def _copy_rows(copy: Any, rows: list[Change]) -> None:
    """A batch as ``COPY`` text, written at once: a call per row cost more than the server's
    reading of it. Texts a bundle may choose are escaped (a backslash, or a tab or line break
    in a damaged line, would end its field); tables and columns are known names, row ids were
    checked as hex, numbers as integers."""
    text = "".join(
        f"{t}\t{r}\t{c}\t{h}\t{_esc(d)}\t{n}\t{_esc(v)}\t{_esc(code)}\n"
        for t, r, c, h, d, n, v, code in rows
    )
    copy.write(text.encode("utf-8"))


def _esc(value: str) -> str:
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.translate(_COPY_ESCAPES)
    return value


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


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
