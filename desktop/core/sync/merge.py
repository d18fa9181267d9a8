"""Importing bundles: verify whole, then apply in one transaction, last writer wins per field.

The database does the merge: changes are staged in a temporary table (on PostgreSQL by
``COPY``), compared with the winning versions in one statement, kept as conflicts when a
concurrent edit loses, stored as versions, and only then copied into the synced tables, batched
per table. A refusal raises before commit, so the database is as before.

On a PostgreSQL server several workstations may import at once: each bundle's transaction first
takes an advisory lock, so the bundles go in one at a time and each is checked against what the
others brought in; one that waits says so through the progress (:data:`WAITING`).

This module drives it (files, transactions, the lock, progress); the steps are ``staging``
(reading a bundle into the stage), ``bookkeeping`` (trust, ranges, knowledge), ``winners`` (last
writer wins, conflicts), ``rows`` (the synced tables), ``fresh`` (on PostgreSQL, a stage of rows
never seen here stored in one statement) and ``statistics`` (PostgreSQL's, kept up as the
bookkeeping grows).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
import uuid
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TextIO

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError

from desktop.core import backups
from desktop.core.db import Database, check_before_import
from desktop.core.device_names import device_name
from desktop.core.gc_pause import collector_paused
from desktop.core.ids import utcnow
from desktop.core.models import AppliedBundle, Base, Blob
from desktop.core.sync import bundle as fmt
from desktop.core.sync import sealed
from desktop.core.sync.bookkeeping import (
    MissingRanges,
    advance,
    check_assumed,
    known_ranges,
    own_places,
    whole_ranges,
)
from desktop.core.sync.capture import backfill
from desktop.core.sync.errors import BundleRefused
from desktop.core.sync.identity import local_identity
from desktop.core.sync.newcomers import check_trust
from desktop.core.sync.outcome import Progress, Summary
from desktop.core.sync.reading import ReadAhead
from desktop.core.sync.sql import is_sqlite
from desktop.core.sync.staging import LOAD_SHARE, create_stage, load_acks, stage_changes
from desktop.core.sync.statistics import GrowingTables
from desktop.core.sync.winners import merge_stage

# SQLite while importing: the write-ahead log folded back into the file every 10,000 pages
# (40 MiB) instead of 1,000, so a page many bundles touch is copied once. The page cache stays
# the connection's 32 MiB: a larger one bought no speed (the system's file cache holds the file)
# and cost its size in memory (300 villages: 210 MB peak with 96 MiB, 142 MB with 32)
IMPORT_CHECKPOINT_PAGES = 10_000

# PostgreSQL: the workstations of an office import into one server database one bundle at a
# time, under a transaction-level advisory lock (a key this program uses for nothing else)
IMPORT_LOCK = 0x42455244_494D504F
# while another workstation's bundle holds the lock: how often to look again (and to let the
# person cancel), and what the progress is told (the window shows it in its language)
LOCK_POLL_SECONDS = 0.25
WAITING = "Another workstation is importing into this database; waiting for it to finish…"

log = logging.getLogger(__name__)


def import_files(
    database: Database,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    accept: Collection[str] = (),
) -> list[Summary]:
    """Import bundles, each in its own transaction (a dry run: all in one, rolled back).

    A bundle from a device never seen here, or claiming places beyond its trust, is refused
    with the device's claim (``newcomers``) unless its id (hex) is in ``accept``: a decision.

    A bundle that needs another one first is retried after the others of the same call.
    ``progress`` is told the overall fraction done at the start of each bundle and after each
    batch; an exception it raises rolls back the bundle in flight and propagates (bundles
    already applied stay applied). A SQLite file is backed up first (not for a dry run, nor
    when every bundle is applied already)."""
    check_before_import(database.url)
    accepted = frozenset(device.replace("-", "").lower() for device in accept)
    report = _Reporter(progress, len(paths))
    checked: list[tuple[Path, fmt.Bundle | None, BundleRefused | None]] = []
    opener = sealed.opener_for(database)  # decrypted copies of sealed bundles, till the end
    for path in paths:
        report.checking(path.name)
        try:
            checked.append((path, opener.read(path), None))
        except BundleRefused as exc:
            checked.append((path, None, exc))
    results: dict[int, Summary] = {}
    for index, (path, _bundle, error) in enumerate(checked):
        if error is not None:
            results[index] = Summary.refused(path.name, error)
    pending = [i for i, (_p, b, _e) in enumerate(checked) if b is not None]
    if not dry_run and _anything_new(database, [checked[i][1] for i in pending]):
        backups.backup_before(database.url, "before-import")
    report.weigh([b.change_count if b is not None else 0 for _p, b, _e in checked])
    # parsed lines are lists (containers the collector tracks), thousands of them alive while
    # a bundle is read (and the next one read ahead): they kept reaching the oldest generation
    # and set off full collections over every object of the process (a tenth of the time)
    with opener, database.engine.connect() as conn, _import_checkpoints(conn), collector_paused():
        outer = conn.begin() if dry_run else None
        statistics = GrowingTables(conn)
        ahead = ReadAhead(copy=not is_sqlite(conn))
        try:
            while pending:
                waiting: list[int] = []
                last_error: dict[int, BundleRefused] = {}
                for position, index in enumerate(pending):
                    found = checked[index][1]
                    assert found is not None
                    later = pending[position + 1 :]
                    step = report.bundle(index, found.name)
                    try:
                        results[index] = _apply_one(
                            conn,
                            found,
                            nested=dry_run,
                            progress=step,
                            accept=accepted,
                            ahead=ahead,
                            after=checked[later[0]][1] if later else None,
                        )
                    except MissingRanges as exc:
                        waiting.append(index)
                        last_error[index] = exc
                    except BundleRefused as exc:
                        results[index] = Summary.refused(found.name, exc)
                    else:
                        report.done(index)
                        statistics.look(conn)
                if len(waiting) == len(pending):
                    for index in waiting:
                        results[index] = Summary.refused(checked[index][0].name, last_error[index])
                    break
                pending = waiting
        finally:
            ahead.close()
            if outer is not None:
                outer.rollback()
    report.finish()
    summaries = [results[i] for i in range(len(checked))]
    mode = " (dry run)" if dry_run else ""
    for number, summary in enumerate(summaries, 1):
        log.info("import%s %d/%d: %s", mode, number, len(summaries), _log_line(summary))
    return summaries


def _anything_new(database: Database, bundles: Sequence[fmt.Bundle | None]) -> bool:
    """Whether any of the bundles is not applied here yet: bundles imported again (a folder
    looked at twice, a file sent twice) need no copy of a large database first."""
    ids = {uuid.UUID(hex=b.bundle_id) for b in bundles if b is not None}
    if not ids:
        return False
    with database.engine.connect() as conn:
        applied = set(
            conn.execute(
                select(AppliedBundle.bundle_id).where(AppliedBundle.bundle_id.in_(ids))
            ).scalars()
        )
    return bool(ids - applied)


def _log_line(summary: Summary) -> str:
    """A bundle's outcome for the log: counts, or the refusal's template, never its values."""
    if summary.status == "refused":
        return f"refused: {summary.template or summary.status}"
    counts = {key: value for key, value in summary.counts().items() if isinstance(value, int)}
    return f"{summary.status}: " + ", ".join(f"{key} {value}" for key, value in counts.items())


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
    conn: Connection,
    bundle: fmt.Bundle,
    *,
    nested: bool,
    progress: Progress | None = None,
    accept: Collection[str] = (),
    ahead: ReadAhead | None = None,
    after: fmt.Bundle | None = None,
) -> Summary:
    transaction = conn.begin_nested() if nested else conn.begin()
    try:
        summary = apply_bundle(
            conn, bundle, progress=progress, accept=accept, ahead=ahead, after=after
        )
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
    except (OperationalError, DataError) as exc:
        if transaction.is_active:
            transaction.rollback()
        if not _unreadable_value(exc):
            raise  # a locked or full database, not the bundle's fault
        # a value that is not JSON as the database reads it (the checks read lines, not
        # values, to keep imports fast): the bundle is damaged, and nothing of it stays
        raise fmt.damaged(bundle.path, "an unreadable value") from exc
    except BaseException:
        if transaction.is_active:
            transaction.rollback()
        raise
    return summary


def _unreadable_value(error: DBAPIError) -> bool:
    """SQLite's ``malformed JSON``; PostgreSQL's invalid json text (a data error)."""
    return isinstance(error, DataError) or "malformed JSON" in str(error.orig)


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
    conn: Connection,
    bundle: fmt.Bundle,
    *,
    progress: Progress | None = None,
    accept: Collection[str] = (),
    ahead: ReadAhead | None = None,
    after: fmt.Bundle | None = None,
) -> Summary:
    """Apply a structurally checked bundle on ``conn``, inside the caller's transaction.

    ``progress`` gets this bundle's fraction done (0..1) after each batch; ``accept`` holds the
    ids (hex) of the devices whose new trust or wider places the person accepted. ``ahead``,
    the caller's reader, starts reading ``after`` (the bundle applied next) once this one's
    lines are staged, while it is merged."""
    tell: Progress = progress or (lambda _fraction, _what: None)
    summary = Summary(bundle.name, sender=device_name(bundle.sender_label, bundle.fingerprint))
    _wait_for_other_imports(conn, tell)
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
    check_trust(conn, bundle, sender, accepted=bundle.sender_id in accept)
    knowledge = known_ranges(conn)
    here = own_places(conn)
    whole = whole_ranges(conn, bundle, here)
    check_assumed(conn, bundle, knowledge, whole)
    backfill(conn)
    create_stage(conn)
    reader = ahead if ahead is not None else ReadAhead(copy=not is_sqlite(conn))
    batches = reader.batches(bundle, here)
    with collector_paused(), closing(batches):
        staged = stage_changes(conn, bundle, batches, knowledge, summary, bundle_uuid, tell)
    if ahead is not None and after is not None:
        ahead.prepare(after)
    load_acks(conn, bundle)
    tell(LOAD_SHARE, "Applying changes…")
    merge_stage(
        conn, summary, bundle_uuid, refuse=bundle.name, sender=bundle.sender_text(), rows=staged
    )
    tell(0.95, "Storing attachments…")
    _store_blobs(conn, bundle, summary)
    advance(conn, bundle, sender, whole)
    record_applied(
        conn,
        bundle_id=bundle_uuid,
        sender_id=sender,
        created_at=made_at(bundle.created_at),
        counts=summary.counts(),
    )
    return summary


def _wait_for_other_imports(conn: Connection, tell: Progress) -> None:
    """On a server, take the import lock for this bundle's transaction: every check that
    follows (applied already, trust, knowledge, ranges) then sees the other workstations'
    bundles committed before it. While another holds it, ``tell`` hears :data:`WAITING`
    every :data:`LOCK_POLL_SECONDS` (an exception it raises, a cancel, ends the wait). On
    SQLite the transaction's ``BEGIN IMMEDIATE`` holds the file's write lock already."""
    if is_sqlite(conn):
        return
    attempt = select(func.pg_try_advisory_xact_lock(IMPORT_LOCK))
    while not conn.execute(attempt).scalar():
        tell(0.0, WAITING)
        time.sleep(LOCK_POLL_SECONDS)


def waiting_notice(stream: TextIO) -> Progress:
    """A progress for a command line: silent, but says :data:`WAITING` once on ``stream``."""
    said: list[bool] = []

    def tell(_fraction: float, what: str) -> None:
        if what == WAITING and not said:
            said.append(True)
            print(f"berdaya: {what}", file=stream, flush=True)

    return tell


def made_at(created_at: str) -> dt.datetime | None:
    """A manifest's creation time, in UTC; None when it is missing or unreadable (the bundle
    is still imported: the time only dates what the office received)."""
    try:
        made = dt.datetime.fromisoformat(created_at)
    except ValueError:
        return None
    return made.replace(tzinfo=dt.UTC) if made.tzinfo is None else made.astimezone(dt.UTC)


def record_applied(
    conn: Connection,
    *,
    bundle_id: uuid.UUID,
    sender_id: uuid.UUID,
    created_at: dt.datetime | None,
    counts: Mapping[str, object],
) -> None:
    """Remember a bundle as imported: skipped if it comes again, and dated by when its sender
    made it (what an office's sending status reads)."""
    conn.execute(
        insert(AppliedBundle).values(
            bundle_id=bundle_id,
            sender_id=sender_id,
            applied_at=utcnow(),
            created_at=created_at,
            summary=json.dumps(dict(counts), sort_keys=True),
        )
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
