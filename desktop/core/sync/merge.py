"""Importing bundles: verify whole, then apply in one transaction, last writer wins per field.

The database does the merge: changes are staged in a temporary table, compared with the winning
versions in one statement, kept as conflicts when a concurrent edit loses, upserted into
``field_versions`` with ``INSERT ... ON CONFLICT DO UPDATE``, and only then copied into the
synced tables, batched per table. A refusal raises before commit, so the database is as before.
"""

from __future__ import annotations

import gc
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BindParameter,
    Boolean,
    Column,
    Connection,
    Date,
    Float,
    Integer,
    Table,
    Uuid,
    bindparam,
    case,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError

from desktop.core.db import Database
from desktop.core.domain import DeviceKind
from desktop.core.ids import utcnow
from desktop.core.models import (
    AppliedBundle,
    Base,
    Blob,
    Device,
    DeviceScope,
    Knowledge,
)
from desktop.core.models.base import UTCDateTime, synced_tables
from desktop.core.sync import bundle as fmt
from desktop.core.sync import clock
from desktop.core.sync.capture import backfill
from desktop.core.sync.checks import Change, iter_batches
from desktop.core.sync.errors import BundleRefused, SyncError
from desktop.core.sync.identity import local_identity
from desktop.core.sync.sql import dialect_insert, is_sqlite

BATCH = 5000
# SQLite while importing: the write-ahead log folded back into the file every 10,000 pages
# (40 MiB) instead of 1,000, so a page many bundles touch is copied once. The page cache stays
# the connection's 32 MiB: a larger one bought no speed (the system's file cache holds the file)
# and cost its size in memory (300 villages: 210 MB peak with 96 MiB, 142 MB with 32)
IMPORT_CHECKPOINT_PAGES = 10_000
# of one bundle's share of the progress bar: reading its changes, then merging them in SQL
_LOAD_SHARE = 0.7

Progress = Callable[[float, str], None]
"""``progress(fraction done 0..1, short English text)``; raising from it cancels the bundle
being applied (rolled back) and propagates."""
_NO_CONFLICT_COLUMNS = ("created_at", "updated_at")


@dataclass
class Summary:
    """What importing one bundle did (or, in a dry run, would do)."""

    bundle: str
    sender: str = ""
    status: str = "applied"  # applied | skipped | refused
    message: str = ""
    changes: int = 0
    new_rows: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    held: int = 0
    skipped: int = 0
    waiting: int = 0  # rows still missing required fields (their creation was held)
    blobs: int = 0
    # a refusal's English template and the values put into it, for a translated message
    template: str = ""
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def refused(cls, bundle: str, error: SyncError) -> Summary:
        """The summary of a bundle that was refused with ``error``."""
        return cls(
            bundle,
            status="refused",
            message=str(error),
            template=error.template,
            values=error.values,
        )

    def line(self) -> str:
        if self.status != "applied":
            return f"{self.bundle}: {self.message}"
        return (
            f"{self.bundle}: {self.changes} changes from {self.sender}: "
            f"{self.new_rows} new rows, {self.updated} updated, {self.deleted} deleted, "
            f"{self.conflicts} conflicts, {self.held} held, {self.skipped} skipped"
        )

    def counts(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("bundle", "status", "message"):
            data.pop(key)
        return data


class _MissingRanges(BundleRefused):
    """Refused for now: an earlier bundle must be imported first (another file may hold it)."""


# --- applying --------------------------------------------------------------------------------


def import_files(
    database: Database,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> list[Summary]:
    """Import bundles, each in its own transaction (a dry run: all in one, rolled back).

    A bundle that needs another one first is retried after the others of the same call.
    ``progress`` is told the overall fraction done at the start of each bundle and after each
    batch; an exception it raises rolls back the bundle in flight and propagates (bundles
    already applied stay applied)."""
    report = _Reporter(progress, len(paths))
    checked: list[tuple[Path, fmt.Bundle | None, BundleRefused | None]] = []
    for path in paths:
        report.checking(path.name)
        try:
            checked.append((path, fmt.read_structure(path), None))
        except BundleRefused as exc:
            checked.append((path, None, exc))
    results: dict[int, Summary] = {}
    for index, (path, _bundle, error) in enumerate(checked):
        if error is not None:
            results[index] = Summary.refused(path.name, error)
    pending = [i for i, (_p, b, _e) in enumerate(checked) if b is not None]
    report.weigh([b.change_count if b is not None else 0 for _p, b, _e in checked])
    with database.engine.connect() as conn, _import_checkpoints(conn):
        outer = conn.begin() if dry_run else None
        try:
            while pending:
                waiting: list[int] = []
                last_error: dict[int, BundleRefused] = {}
                for index in pending:
                    found = checked[index][1]
                    assert found is not None
                    step = report.bundle(index, found.name)
                    try:
                        results[index] = _apply_one(conn, found, nested=dry_run, progress=step)
                    except _MissingRanges as exc:
                        waiting.append(index)
                        last_error[index] = exc
                    except BundleRefused as exc:
                        results[index] = Summary.refused(found.name, exc)
                    else:
                        report.done(index)
                if len(waiting) == len(pending):
                    for index in waiting:
                        results[index] = Summary.refused(checked[index][0].name, last_error[index])
                    break
                pending = waiting
        finally:
            if outer is not None:
                outer.rollback()
    report.finish()
    return [results[i] for i in range(len(checked))]


@contextmanager
def _import_checkpoints(conn: Connection) -> Iterator[None]:
    """On SQLite, fewer checkpoints while importing (the write-ahead log may grow to about
    40 MiB). Durability is untouched: each bundle still commits with ``synchronous=FULL``."""
    if not is_sqlite(conn):
        yield
        return
    driver = conn.connection.driver_connection  # outside SQLAlchemy's transaction
    assert driver is not None
    pages = driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    driver.execute(f"PRAGMA wal_autocheckpoint = {IMPORT_CHECKPOINT_PAGES}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")


class _Reporter:
    """Turns per-bundle steps into one overall fraction: checking the files takes the first
    few percent, then each bundle counts by its number of changes. Never goes backwards."""

    CHECKING = 0.05

    def __init__(self, progress: Progress | None, files: int) -> None:
        self.progress = progress
        self.files = max(files, 1)
        self.checked = 0
        self.weights: list[float] = []
        self.total = 1.0
        self.finished: set[int] = set()
        self.last = 0.0

    def _tell(self, fraction: float, what: str) -> None:
        if self.progress is not None:
            self.last = max(self.last, min(fraction, 1.0))
            self.progress(self.last, what)

    def checking(self, name: str) -> None:
        self._tell(self.CHECKING * self.checked / self.files, f"Checking {name}")
        self.checked += 1

    def weigh(self, changes: list[int]) -> None:
        self.weights = [c + 100.0 for c in changes]  # an empty bundle still takes a moment
        self.total = sum(self.weights) or 1.0

    def _base(self) -> float:
        return sum(self.weights[i] for i in self.finished)

    def bundle(self, index: int, name: str) -> Callable[[float, str], None]:
        base = self._base()
        share = (1 - self.CHECKING) / self.total

        def step(inner: float, what: str) -> None:
            self._tell(self.CHECKING + share * (base + self.weights[index] * inner), what)

        step(0.0, f"Importing {name}")
        return step

    def done(self, index: int) -> None:
        self.finished.add(index)

    def finish(self) -> None:
        self._tell(1.0, "Done")


def _apply_one(
    conn: Connection, bundle: fmt.Bundle, *, nested: bool, progress: Progress | None = None
) -> Summary:
    transaction = conn.begin_nested() if nested else conn.begin()
    try:
        summary = apply_bundle(conn, bundle, progress=progress)
        if nested:  # a dry run checks the references now, as a commit would
            _check_references_now(conn)
        transaction.commit()
    except IntegrityError as exc:
        if transaction.is_active:
            transaction.rollback()
        else:
            _end_failed_commit(conn)
        raise BundleRefused(
            "“{file}” could not be merged because its rows clash with rows here "
            "(the same record made twice, or a reference to a record this database does not "
            "have), so nothing of it was imported.",
            file=bundle.name,
        ) from exc
    except BaseException:
        if transaction.is_active:
            transaction.rollback()
        raise
    return summary


def _end_failed_commit(conn: Connection) -> None:
    """SQLite keeps a transaction open when its COMMIT fails on a deferred reference check,
    while SQLAlchemy considers it finished: roll it back for real."""
    driver = conn.connection.driver_connection
    if is_sqlite(conn) and getattr(driver, "in_transaction", False):
        driver.rollback()  # type: ignore[union-attr]


def _check_references_now(conn: Connection) -> None:
    if is_sqlite(conn):
        if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
            raise IntegrityError("PRAGMA foreign_key_check", None, Exception("dangling reference"))
    else:
        conn.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")


def apply_bundle(
    conn: Connection, bundle: fmt.Bundle, *, progress: Progress | None = None
) -> Summary:
    """Apply a structurally checked bundle on ``conn``, inside the caller's transaction.

    ``progress`` gets this bundle's fraction done (0..1) after each batch."""
    tell: Progress = progress or (lambda _fraction, _what: None)
    summary = Summary(bundle.name, sender=f"{bundle.sender_label} ({bundle.fingerprint[:12]})")
    # take the write lock first, so a long import never fails half way for a busy database
    conn.execute(text("UPDATE sync_clock SET hlc = hlc WHERE id = 1"))
    bundle_uuid = uuid.UUID(hex=bundle.bundle_id)
    if conn.execute(
        select(AppliedBundle.bundle_id).where(AppliedBundle.bundle_id == bundle_uuid)
    ).first():
        summary.status = "skipped"
        summary.message = "already imported, skipped."
        return summary
    identity = local_identity(conn)
    sender = uuid.UUID(hex=bundle.sender_id)
    if sender == identity.device_id:
        summary.status = "skipped"
        summary.message = "made by this device, nothing to import."
        return summary
    _check_trust(conn, bundle, sender)
    knowledge = _knowledge(conn)
    _check_assumed(conn, bundle, knowledge)
    backfill(conn)
    create_stage(conn)
    with _collector_paused():
        _load(conn, bundle, knowledge, summary, bundle_uuid, tell)
    _load_acks(conn, bundle)
    tell(_LOAD_SHARE, "Applying changes…")
    merge_stage(conn, summary, bundle_uuid, refuse=bundle.name, sender=bundle.sender_text())
    tell(0.95, "Storing attachments…")
    _store_blobs(conn, bundle, summary)
    _advance(conn, bundle, sender)
    conn.execute(
        insert(AppliedBundle).values(
            bundle_id=bundle_uuid,
            sender_id=sender,
            applied_at=utcnow(),
            summary=json.dumps(summary.counts(), sort_keys=True),
        )
    )
    return summary


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a bundle's lines are read: each parsed line is a
    list (a container the collector tracks), thousands are alive until their batch is staged,
    so they kept reaching the oldest generation and set off full collections over every object
    of the process (a tenth of a cold import's time). The lines form no cycles: counting
    references frees them as before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def merge_stage(
    conn: Connection, summary: Summary, bundle_uuid: uuid.UUID, *, refuse: str, sender: str
) -> None:
    """Merge what ``sync_stage`` holds (made by ``create_stage``, filled by the caller, with
    ``sync_acks`` holding what the sender had seen): last writer wins per field, losers kept as
    conflicts, winners copied into the synced tables. ``refuse`` and ``sender`` name the bundle
    and its sender in a refusal."""
    if _mark_winners(conn):  # changes of fields with a version here: compared, maybe lost
        _check_villages_of_rows(conn, refuse, sender)
        summary.conflicts += _record_conflicts(conn, bundle_uuid)
    _upsert_versions(conn)
    _apply_rows(conn, summary)


def _check_trust(conn: Connection, bundle: fmt.Bundle, sender: uuid.UUID) -> None:
    known = conn.execute(
        select(Device.public_key, Device.key_fingerprint, Device.revoked).where(Device.id == sender)
    ).first()
    if known is None:
        # trust on first use: remember the key and the places it speaks for
        conn.execute(
            insert(Device).values(
                id=sender,
                label=bundle.sender_label,
                kind=DeviceKind.OFFICE if bundle.sender_kind == "office" else DeviceKind.VILLAGE,
                public_key=bundle.public_key,
                key_fingerprint=bundle.fingerprint,
                first_seen=utcnow(),
                revoked=False,
            )
        )
        for code in sorted(set(bundle.scope)):
            conn.execute(insert(DeviceScope).values(device_id=sender, code=code))
        return
    public_key, fingerprint, revoked = known
    if public_key is None:
        conn.execute(
            update(Device)
            .where(Device.id == sender)
            .values(public_key=bundle.public_key, key_fingerprint=bundle.fingerprint)
        )
    elif public_key != bundle.public_key:
        raise BundleRefused(
            "“{file}” was refused because it claims to come from device "
            "“{device}” but is signed with another key ({fingerprint}) "
            "than the one trusted for it ({trusted}).",
            file=bundle.name,
            trusted=(fingerprint or "")[:12],
            **bundle.sender_values(),
        )
    if revoked:
        raise BundleRefused(
            "“{file}” was refused because trust in device “{device}” ({fingerprint}) was revoked.",
            file=bundle.name,
            **bundle.sender_values(),
        )
    scope = set(
        conn.execute(select(DeviceScope.code).where(DeviceScope.device_id == sender)).scalars()
    )
    if not scope:
        for code in sorted(set(bundle.scope)):
            conn.execute(insert(DeviceScope).values(device_id=sender, code=code))
        return
    trusted = frozenset(scope)
    wider = sorted(c for c in set(bundle.scope) - trusted if not fmt.in_scope(c, trusted))
    if wider:
        raise BundleRefused(
            "“{file}” was refused because device “{device}” ({fingerprint}) now claims places "
            "it was not trusted for ({places}).",
            file=bundle.name,
            places=", ".join(wider),
            **bundle.sender_values(),
        )


def _knowledge(conn: Connection) -> dict[str, int]:
    return {
        origin.hex: int(counter)
        for origin, counter in conn.execute(select(Knowledge.origin_id, Knowledge.max_counter))
    }


def _device_names(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    wanted = [uuid.UUID(hex=i) for i in ids]
    rows = conn.execute(select(Device.id, Device.label).where(Device.id.in_(wanted)))
    return {device_id.hex: label for device_id, label in rows}


def _check_assumed(conn: Connection, bundle: fmt.Bundle, knowledge: dict[str, int]) -> None:
    gaps = [
        (r.device_id, knowledge.get(r.device_id, 0) + 1, r.first - 1)
        for r in bundle.ranges
        if knowledge.get(r.device_id, 0) < r.first - 1
    ]
    if not gaps:
        return
    names = _device_names(conn, (g[0] for g in gaps))
    if len(gaps) == 1:
        device, start, end = gaps[0]
        raise _MissingRanges(
            "“{file}” builds on changes {first} to {last} of device “{device}” ({fingerprint}), "
            "which this database does not have yet: "
            "import the earlier bundle that carries them first.",
            file=bundle.name,
            first=start,
            last=end,
            device=names.get(device, "unknown"),
            fingerprint=device[:12],
        )
    parts = [
        f"changes {start} to {end} of device “{names.get(device, 'unknown')}” ({device[:12]})"
        for device, start, end in gaps
    ]
    raise _MissingRanges(
        "“{file}” builds on {parts}, which this database does not have yet: "
        "import the earlier bundle that carries them first.",
        file=bundle.name,
        parts="; ".join(parts),
    )


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
        ident, suffix = "UUID", " ON COMMIT DROP"
        conn.execute(
            text(
                "CREATE TEMP TABLE IF NOT EXISTS sync_acks (origin_id UUID PRIMARY KEY, "
                "max_counter BIGINT NOT NULL) ON COMMIT DROP"
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


def _load(
    conn: Connection,
    bundle: fmt.Bundle,
    knowledge: dict[str, int],
    summary: Summary,
    bundle_uuid: uuid.UUID,
    tell: Progress,
) -> None:
    """Stream the bundle's changes into the stage: known ones skipped, future ones held."""
    total = max(bundle.change_count, 1)
    limit = clock.future_limit(utcnow())
    statement = (
        "INSERT INTO sync_stage (table_name, row_id, column_name, hlc, device_id, counter, "
        f"value, village_code) VALUES ({_placeholders(conn, 8)})"
    )
    batch: list[Change] = []
    held: list[dict[str, Any]] = []
    highest = 0
    dbapi = conn.dialect.loaded_dbapi
    try:
        for lines in iter_batches(bundle):
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
            if len(batch) >= BATCH:
                _insert_many(conn, statement, batch)
                batch = []
            tell(_LOAD_SHARE * summary.changes / total, "Reading changes…")
        if batch:
            _insert_many(conn, statement, batch)
    except BundleRefused:
        raise
    except (dbapi.IntegrityError, dbapi.DataError) as exc:  # a field twice, a row id no uuid
        raise fmt.damaged(bundle.path, "a malformed or repeated change") from exc
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


_HLC, _DEVICE, _COUNTER = itemgetter(3), itemgetter(4), itemgetter(5)


def _insert_many(conn: Connection, statement: str, rows: list[Change]) -> None:
    """``executemany`` on the driver's own cursor, in the connection's transaction: it takes
    the parsed lines as they are (SQLAlchemy would want each made a tuple first)."""
    driver = conn.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        cursor.executemany(statement, rows)
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


def _collate(conn: Connection) -> str:
    # the tie-break on values must order the same everywhere: bytewise, as SQLite does
    return "" if is_sqlite(conn) else ' COLLATE "C"'


def _check_villages_of_rows(conn: Connection, name: str, sender: str) -> None:
    """A change must carry the village of the row it changes (no reaching into other villages
    by naming a foreign row under one's own village code)."""
    rows = conn.execute(
        text(
            "SELECT s.table_name, s.row_id FROM sync_stage s JOIN field_versions f "
            f"ON s.wins < {NEW} AND f.table_name = s.table_name AND f.row_id = s.row_id "
            "AND f.column_name = s.column_name WHERE f.village_code <> s.village_code LIMIT 5"
        )
    ).all()
    if rows:
        names = ", ".join(f"{t} {_hex(r)[:12]}…" for t, r in rows)
        raise BundleRefused(
            "“{file}” was refused because {sender} changes rows that "
            "belong to another village: {rows}.",
            file=name,
            sender=sender,
            rows=names,
        )


def _hex(value: Any) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value)


# sync_stage.wins: a change of a row this database has never seen (FRESH), of a field with no
# version yet (NEW), one that beats the version here (WINS), or one that loses to it (LOSES:
# then only a conflict, maybe)
FRESH, NEW, WINS, LOSES = 3, 2, 1, 0


def _mark_winners(conn: Connection) -> bool:
    """Every staged change starts FRESH; only those of rows with versions here are looked at
    again, found once per row, not per field (in a cold import: none, and nothing is
    rewritten). Returns whether any staged change is of a field that has a version here."""
    c = _collate(conn)
    known = conn.execute(
        text(
            "UPDATE sync_stage SET wins = COALESCE((SELECT CASE WHEN "
            f"(f.hlc, f.device_id, f.value{c}) >= "
            f"(sync_stage.hlc, sync_stage.device_id, sync_stage.value{c}) THEN {LOSES} "
            f"ELSE {WINS} END FROM field_versions f "
            "WHERE f.table_name = sync_stage.table_name AND f.row_id = sync_stage.row_id "
            f"AND f.column_name = sync_stage.column_name), {NEW}) "
            "WHERE (table_name, row_id) IN (SELECT r.table_name, r.row_id FROM (SELECT DISTINCT "
            "table_name, row_id FROM sync_stage) r WHERE EXISTS (SELECT 1 FROM field_versions f "
            "WHERE f.table_name = r.table_name AND f.row_id = r.row_id))"
        )
    ).rowcount
    if not known:
        return False
    return (
        conn.execute(text(f"SELECT 1 FROM sync_stage WHERE wins < {NEW} LIMIT 1")).first()
        is not None
    )


def _load_acks(conn: Connection, bundle: fmt.Bundle) -> None:
    if bundle.knowledge:
        conn.exec_driver_sql(
            f"INSERT INTO sync_acks (origin_id, max_counter) VALUES ({_placeholders(conn, 2)})",
            list(bundle.knowledge.items()),
        )


def _record_conflicts(conn: Connection, bundle_uuid: uuid.UUID) -> int:
    """Keep the losing side of concurrent edits: an incoming change older than ours, or ours
    overwritten by a sender that had not seen it."""
    skip = ", ".join(f"'{name}'" for name in _NO_CONFLICT_COLUMNS)
    common = (
        "INSERT INTO conflicts (table_name, row_id, column_name, village_code, winner_value, "
        "winner_hlc, winner_device, loser_value, loser_hlc, loser_device, bundle_id, "
        "detected_at, resolved) SELECT s.table_name, s.row_id, s.column_name, s.village_code, "
    )
    join = (
        f" FROM sync_stage s JOIN field_versions f ON s.wins < {NEW} "
        "AND f.table_name = s.table_name AND f.row_id = s.row_id AND f.column_name = s.column_name "
        f"WHERE f.device_id <> s.device_id AND f.value <> s.value AND s.column_name NOT IN ({skip})"
    )
    params: list[BindParameter[Any]] = [
        bindparam("bundle", bundle_uuid, type_=Uuid()),
        bindparam("now", utcnow(), type_=UTCDateTime()),
    ]
    false = "0" if is_sqlite(conn) else "false"
    lost = conn.execute(
        text(
            common + "f.value, f.hlc, f.device_id, s.value, s.hlc, s.device_id, :bundle, :now, "
            f"{false}" + join + f" AND s.wins = {LOSES}"
        ).bindparams(*params)
    ).rowcount
    overwritten = conn.execute(
        text(
            common + "s.value, s.hlc, s.device_id, f.value, f.hlc, f.device_id, :bundle, :now, "
            f"{false}" + join + f" AND s.wins = {WINS} AND NOT EXISTS (SELECT 1 FROM sync_acks a "
            "WHERE a.origin_id = f.device_id AND a.max_counter >= f.counter)"
        ).bindparams(*params)
    ).rowcount
    return int(lost) + int(overwritten)


def _upsert_versions(conn: Connection) -> None:
    c = _collate(conn)
    conn.execute(
        text(
            "INSERT INTO field_versions (table_name, row_id, column_name, hlc, device_id, counter, "
            "value, village_code) SELECT table_name, row_id, column_name, hlc, device_id, counter, "
            f"value, village_code FROM sync_stage WHERE wins > {LOSES} "
            "ON CONFLICT (table_name, row_id, column_name) DO UPDATE SET hlc = excluded.hlc, "
            "device_id = excluded.device_id, counter = excluded.counter, value = excluded.value, "
            "village_code = excluded.village_code "
            f"WHERE (excluded.hlc, excluded.device_id, excluded.value{c}) > "
            f"(field_versions.hlc, field_versions.device_id, field_versions.value{c})"
        )
    )


def _value_sql(conn: Connection, column: Column[Any], value: str) -> str:
    """SQL turning a JSON value text into what ``column`` stores, as the ORM would write it."""
    kind = column.type
    if is_sqlite(conn):
        scalar = f"json_extract({value}, '$')"
        if isinstance(kind, Uuid):
            return f"replace({scalar}, '-', '')"
        if isinstance(kind, UTCDateTime):  # always written as ...T..:..:..ffffff+00:00 (UTC)
            return f"replace(substr({scalar}, 1, 26), 'T', ' ')"
        return scalar
    scalar = f"(({value})::jsonb #>> '{{}}')"
    if isinstance(kind, Uuid):
        return f"{scalar}::uuid"
    if isinstance(kind, UTCDateTime):
        return f"({scalar}::timestamptz AT TIME ZONE 'UTC')"
    if isinstance(kind, Date):
        return f"{scalar}::date"
    if isinstance(kind, Boolean):
        return f"{scalar}::boolean"
    if isinstance(kind, Integer):
        return f"{scalar}::bigint"
    if isinstance(kind, Float):
        return f"{scalar}::double precision"
    return scalar


def _apply_rows(conn: Connection, summary: Summary) -> None:
    """Copy the winning fields into the synced tables, set-based: existing rows get the fields
    that changed (one UPDATE per column), new rows are pivoted whole from their versions."""
    # per table: how many rows never seen before came, and how many changes of known rows
    tables = {
        t: (int(came), int(others))
        for t, came, others in conn.execute(
            text(
                f"SELECT table_name, COUNT(DISTINCT CASE WHEN wins = {FRESH} THEN row_id END), "
                f"COUNT(CASE WHEN wins IN ({WINS}, {NEW}) THEN 1 END) FROM sync_stage "
                f"WHERE wins > {LOSES} GROUP BY table_name"
            )
        )
    }
    # parents before children: while a deferred reference is outstanding, SQLite checks every
    # row inserted into a parent table against its children (a scan where they have no index)
    for name in synced_tables():
        if name not in tables:  # only known table names are ever interpolated
            continue
        table = Base.metadata.tables[name]
        came, others = tables[name]
        if came:
            created = _insert_fresh_rows(conn, table)
            summary.new_rows += created
            summary.waiting += came - created
        if not others:
            continue
        touched, tombstoned, fresh = conn.execute(
            text(
                "SELECT COUNT(DISTINCT CASE WHEN e = 1 THEN row_id END), "
                "COUNT(CASE WHEN e = 1 AND column_name = 'deleted' AND value = 'true' THEN 1 END), "
                "COUNT(DISTINCT CASE WHEN e = 0 THEN row_id END) FROM (SELECT s.row_id, "
                "s.column_name, s.value, CASE WHEN EXISTS (SELECT 1 FROM "
                f"{name} d WHERE d.id = s.row_id) THEN 1 ELSE 0 END AS e FROM sync_stage s "
                f"WHERE s.wins IN ({WINS}, {NEW}) AND s.table_name = :t) AS x"
            ),
            {"t": name},
        ).one()
        summary.deleted += int(tombstoned)
        summary.updated += int(touched) - int(tombstoned)
        if touched:
            _update_rows(conn, table)
        if fresh:
            inserted = _insert_new_rows(conn, table)
            summary.new_rows += inserted
            summary.waiting += int(fresh) - inserted


def _update_rows(conn: Connection, table: Table) -> None:
    name = table.name
    columns = conn.execute(
        text(
            "SELECT DISTINCT s.column_name FROM sync_stage s "
            f"WHERE s.wins IN ({WINS}, {NEW}) AND s.table_name = :t "
            f"AND EXISTS (SELECT 1 FROM {name} d WHERE d.id = s.row_id)"
        ),
        {"t": name},
    ).scalars()
    for column_name in sorted(set(columns) & set(table.c.keys())):
        conn.execute(
            text(
                f"UPDATE {name} SET {column_name} = "
                f"{_value_sql(conn, table.c[column_name], 's.value')} FROM sync_stage s "
                f"WHERE s.row_id = {name}.id AND s.wins IN ({WINS}, {NEW}) AND s.table_name = :t "
                "AND s.column_name = :c"
            ),
            {"t": name, "c": column_name},
        )


def _pivot(conn: Connection, table: Table, alias: str) -> tuple[str, str]:
    """The SELECT list turning one row's field versions (grouped) into the table's columns, and
    the HAVING condition that every required field is there."""
    columns = [c for c in table.columns if c.name != "id"]
    picks = ", ".join(
        _value_sql(
            conn, c, f"MAX(CASE WHEN {alias}.column_name = '{c.name}' THEN {alias}.value END)"
        )
        for c in columns
    )
    required = [c.name for c in columns if not c.nullable]
    wanted = ", ".join(f"'{c}'" for c in required)
    having = f"COUNT(CASE WHEN {alias}.column_name IN ({wanted}) THEN 1 END) = {len(required)}"
    return picks, having


def _insert_fresh_rows(conn: Connection, table: Table) -> int:
    """Rows this database had never heard of, pivoted straight from the stage (which holds all
    their fields). Returns how many were made (a row missing a required field waits)."""
    name = table.name
    picks, having = _pivot(conn, table, "s")
    columns = ", ".join(c.name for c in table.columns if c.name != "id")
    made = conn.execute(
        text(
            f"INSERT INTO {name} (id, {columns}) SELECT s.row_id, {picks} FROM sync_stage s "
            f"WHERE s.wins = {FRESH} AND s.table_name = :t GROUP BY s.row_id HAVING {having} "
            f"AND NOT EXISTS (SELECT 1 FROM {name} d WHERE d.id = s.row_id)"  # per row, not field
        ),
        {"t": name},
    ).rowcount
    return int(made)


def _insert_new_rows(conn: Connection, table: Table) -> int:
    """Rows known before only in part (their creation was held, say) that this bundle
    completes: pivoted from all their field versions; a row still missing a required field
    waits for it."""
    name = table.name
    picks, having = _pivot(conn, table, "f")
    columns = ", ".join(c.name for c in table.columns if c.name != "id")
    return int(
        conn.execute(
            text(
                f"INSERT INTO {name} (id, {columns}) SELECT f.row_id, {picks} "
                "FROM field_versions f WHERE f.table_name = :t AND f.row_id IN (SELECT row_id "
                f"FROM sync_stage WHERE wins IN ({WINS}, {NEW}) AND table_name = :t) "
                f"AND NOT EXISTS (SELECT 1 FROM {name} d WHERE d.id = f.row_id) "
                f"GROUP BY f.row_id HAVING {having}"
            ),
            {"t": name},
        ).rowcount
    )


def _store_blobs(conn: Connection, bundle: fmt.Bundle, summary: Summary) -> None:
    if not bundle.blob_members:
        return
    blobs = Base.metadata.tables["blobs"]
    try:
        with fmt.open_zip(bundle) as zf:
            for member in bundle.blob_members:
                exists = conn.execute(
                    select(Blob.content_hash).where(Blob.content_hash == member.sha256)
                ).first()
                if exists:
                    continue
                data = fmt.read_blob(zf, bundle, member)
                conn.execute(
                    insert(blobs).values(content_hash=member.sha256, data=data, stored_at=utcnow())
                )
                summary.blobs += 1
    except BundleRefused:
        raise
    except fmt.reading_errors() as exc:
        raise fmt.damaged(bundle.path, str(exc)) from exc


def _raise_counter(
    conn: Connection, table: Table, values: list[dict[str, Any]], keys: list[str]
) -> None:
    statement = dialect_insert(conn, table)
    statement = statement.on_conflict_do_update(
        index_elements=keys,
        set_={
            "max_counter": case(
                (
                    statement.excluded.max_counter > table.c.max_counter,
                    statement.excluded.max_counter,
                ),
                else_=table.c.max_counter,
            )
        },
    )
    conn.execute(statement, values)


def _advance(conn: Connection, bundle: fmt.Bundle, sender: uuid.UUID) -> None:
    """This database now has the carried ranges; and it learnt what the sender has."""
    if bundle.ranges:
        _raise_counter(
            conn,
            Base.metadata.tables["knowledge"],
            [
                {"origin_id": uuid.UUID(hex=r.device_id), "max_counter": r.last}
                for r in bundle.ranges
            ],
            ["origin_id"],
        )
    if bundle.knowledge:
        _raise_counter(
            conn,
            Base.metadata.tables["peer_knowledge"],
            [
                {"peer_id": sender, "origin_id": uuid.UUID(hex=o), "max_counter": n}
                for o, n in sorted(bundle.knowledge.items())
            ],
            ["peer_id", "origin_id"],
        )
