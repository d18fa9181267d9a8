"""The transfer folder: an outbox and an inbox that move bundles by themselves.

One folder (a USB stick, a shared drive, a folder a syncing tool keeps) serves every device that
uses it: two villages and their office may share one. Inside it each device has its own inbox,
named for it, which is every other device's outbox towards it::

    <folder>/to-<device id>/                     bundles meant for that device
        from-<sender id>-<UTC time>-<bundle>.berdaya
        .from-<sender id>-<token>.partial        being written by its sender (never read)
        .berdaya-state.json                      the inbox owner's own bookkeeping
        imported/<name> [+ <name>.txt]           taken in ("already imported" beside duplicates)
        refused/<name> + <name>.txt              refused, with the refusal sentence beside it

A round (:func:`sync_round`) first empties this device's inbox, then writes the outbox:

- IN: each ``*.berdaya`` in ``to-<me>/`` whose size and modification time stayed the same on two
  looks at least :data:`SETTLE_SECONDS` apart (a file being copied keeps changing) is checked as
  the import dialog checks it and moved to ``imported/`` or ``refused/``. Left in place: files
  still arriving; names that are not bundles, among them the temporary names of syncing tools
  and copies (they start with ``.`` or ``~`` or do not end in ``.berdaya``: Syncthing's
  ``.syncthing.*.tmp`` and ``~syncthing~*.tmp``, rsync's ``.name.XXXXXX``, Resilio's
  ``*.!sync``, Office's ``~$…``; Dropbox and Google Drive download into hidden folders); a bundle
  whose manifest names another receiver; a bundle from a device never seen here (a decision for
  the person, unless accepted); a bundle waiting for an earlier one.
- OUT: for each known device whose places overlap this device's (a village's office and its
  village's other laptops; an office's villages), a bundle cut for it, written only when this
  database has something new for it (changes it lacks, or news of what arrived from it) and not
  already in a bundle written for it earlier. It is written under a hidden ``.partial`` name,
  flushed to the disk and renamed: it appears whole or not at all. It replaces this device's
  older bundle for the same receiver when that one was not picked up yet.

Nothing is ever deleted but this device's own bundles and half-written files (a program killed
while writing leaves a ``.partial``, removed by its writer after :data:`PARTIAL_AGE_SECONDS`).
The state kept between rounds (the looks at arriving files; what went to whom) is a small JSON
file in the device's own inbox, so a round from the command line continues the window's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import time
import uuid
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from desktop.core.db import Database
from desktop.core.device_names import device_name
from desktop.core.models import Device, DeviceScope, Knowledge, PeerKnowledge
from desktop.core.sync import bundle as fmt
from desktop.core.sync import sealed
from desktop.core.sync.errors import BundleRefused, SyncError
from desktop.core.sync.export import export_bundle
from desktop.core.sync.folder_state import INBOX, FolderState
from desktop.core.sync.identity import local_identity
from desktop.core.sync.merge import import_files
from desktop.core.sync.outcome import Summary

Explain = Callable[[Summary], str]

SETTLE_SECONDS = 5.0  # a file unchanged this long between two looks has stopped growing
PARTIAL_AGE_SECONDS = 15 * 60  # a half-written file of this device older than this is a leftover
IMPORTED = "imported"
REFUSED = "refused"
ALREADY = "already imported"

log = logging.getLogger(__name__)


# --- what a round did ------------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    """A bundle written into a receiver's inbox."""

    path: Path
    receiver: str  # its device, in words
    changes: int
    blobs: int


@dataclass(frozen=True)
class Received:
    """A bundle of this device's inbox that was looked at and is settled.

    ``outcome``: imported, duplicate, refused (moved beside its reason), undecided (from a device
    never seen: left for the person), waiting (for an earlier bundle: left for a later round)."""

    path: Path  # where it is now
    outcome: str
    summary: Summary
    sender: str = ""  # hex id of its sender, when its manifest could be read


@dataclass
class FolderRound:
    """What one round did. ``arriving`` are files still being copied; ``elsewhere`` bundles in
    this inbox that name another receiver; ``problems`` files that could not be written or
    moved, in words."""

    folder: Path
    device: str = ""
    sent: list[Sent] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    arriving: list[Path] = field(default_factory=list)
    elsewhere: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    last_sent: dt.datetime | None = None  # the last time this device wrote a bundle here
    last_received: dt.datetime | None = None  # the last time it imported one from here

    def of(self, *outcomes: str) -> list[Received]:
        return [r for r in self.received if r.outcome in outcomes]

    @property
    def applied(self) -> bool:
        """Whether imported bundles brought changes (the views then reload)."""
        return any(r.summary.changes > r.summary.skipped for r in self.of("imported"))

    def lines(self) -> list[str]:
        """One line per thing done or waiting, for the command line."""
        out = [
            f"sent {s.path.parent.name}/{s.path.name}: {s.changes} changes, "
            f"{s.blobs} attachments, for {s.receiver}"
            for s in self.sent
        ]
        words = {
            "imported": "received",
            "duplicate": "already imported",
            "refused": "refused",
            "undecided": "needs a decision",
            "waiting": "waiting",
        }
        for got in self.received:
            text = got.summary.line() if got.outcome == "imported" else got.summary.message
            out.append(f"{words[got.outcome]} {got.path.name}: {text}")
        out += [
            f"arriving {p.name}: still being copied, left for the next round" for p in self.arriving
        ]
        out += [f"left alone {p.name}: meant for another device" for p in self.elsewhere]
        return out + self.problems


# --- the round -------------------------------------------------------------------------------


def sync_round(
    database: Database,
    folder: Path,
    *,
    accept: Collection[str] = (),
    accept_new: bool = False,
    receive: bool = True,
    send: bool = True,
    now: float | None = None,
    deadline: float | None = None,
    explain: Explain | None = None,
) -> FolderRound:
    """Take in what arrived in this device's inbox, then write what is new for each receiver.

    ``accept``: hex ids of devices never seen before whose bundles the person accepted
    (``accept_new`` accepts every one). ``now`` is the time of the looks (seconds since the
    epoch); after ``deadline`` (same clock) no further bundle is written (closing the window).
    ``explain`` words a refusal for the note beside a refused bundle (the window's language;
    the refusal's English sentence without it)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SyncError(
            "The transfer folder “{folder}” cannot be reached: plug in the drive or choose "
            "another folder in the settings.",
            folder=str(folder),
        )
    moment = time.time() if now is None else now
    with database.engine.connect() as conn, conn.begin():
        me = local_identity(conn).device_id.hex
    inbox = folder / f"{INBOX}{me}"
    result = FolderRound(folder, me)
    try:
        inbox.mkdir(exist_ok=True)
    except OSError as exc:
        raise _unwritable(folder, exc) from exc
    state = FolderState.load(inbox)
    if receive:
        _take_in(database, inbox, state, result, set(accept), accept_new, moment, explain)
    if send:
        _send_out(database, folder, me, state, result, deadline)
    try:
        state.save()
    except OSError as exc:
        result.problems.append(f"the folder's bookkeeping could not be saved ({exc.strerror})")
    result.last_sent, result.last_received = state.when("sent"), state.when("received")
    return result


def _unwritable(folder: Path, error: OSError) -> SyncError:
    return SyncError(
        "Berdaya may not write in the transfer folder “{folder}” ({reason}).",
        folder=str(folder),
        reason=error.strerror or type(error).__name__,
    )


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --- IN --------------------------------------------------------------------------------------


def _is_bundle_name(name: str) -> bool:
    return name.endswith(fmt.SUFFIX) and not name.startswith((".", "~"))


def _take_in(
    database: Database,
    inbox: Path,
    state: FolderState,
    result: FolderRound,
    accept: set[str],
    accept_new: bool,
    now: float,
    explain: Explain | None,
) -> None:
    settled: list[Path] = []
    names = set()
    for path in sorted(inbox.iterdir()):
        if not _is_bundle_name(path.name) or not path.is_file():
            continue
        names.add(path.name)
        try:
            ready = _settled(state, path, now)
        except OSError:
            continue  # gone between the listing and the look (picked up, replaced)
        (settled if ready else result.arriving).append(path)
    state.seen = {name: look for name, look in state.seen.items() if name in names}
    state.parked = {name: why for name, why in state.parked.items() if name in names}
    fresh: list[Path] = []
    parked: list[Path] = []
    senders: dict[Path, str] = {}
    with database.engine.connect() as conn:
        for path in settled:
            sender, for_me = _peek(path, result.device)
            if not for_me:
                result.elsewhere.append(path)
                continue
            senders[path] = sender
            if accept_new and sender:
                accept.add(sender)
            (parked if _still_parked(conn, state, path, sender, accept) else fresh).append(path)
    # bundles already waiting for an earlier one come along when others are imported (one of
    # them may be it); a decision still to be made is not asked again
    waiting = [p for p in parked if state.parked[p.name].get("why") == "waiting"]
    batch = fresh + waiting if fresh else []
    for path in parked:
        if path not in batch:
            result.received.append(_parked(path, state.parked[path.name], senders[path]))
    if not batch:
        return
    summaries = import_files(database, batch, accept=sorted(accept))
    with database.engine.connect() as conn:
        for path, summary in zip(batch, summaries, strict=True):
            _handled(conn, path, summary, senders.get(path, ""), inbox, state, result, accept)
            if explain is not None and result.received[-1].outcome == "refused":
                _explain(result.received[-1].path, explain(summary))


def _settled(state: FolderState, path: Path, now: float) -> bool:
    """Whether ``path`` looked the same on an earlier look at least SETTLE_SECONDS ago
    (recording this look otherwise)."""
    info = path.stat()
    look = [float(info.st_size), float(info.st_mtime_ns), now]
    earlier = state.seen.get(path.name)
    if earlier is not None and len(earlier) == 3 and earlier[:2] == look[:2]:
        return now - earlier[2] >= SETTLE_SECONDS
    state.seen[path.name] = look
    return False


def _peek(path: Path, me: str) -> tuple[str, bool]:
    """The sender (hex; "" when unreadable) and whether the bundle is meant for this device:
    a sealed one when sealed for it, a plain one when cut for it or for anyone."""
    try:
        if fmt.is_sealed(path):
            header = sealed.read_header(path)
            return header.sender_id, me in {r.device_id for r in header.receivers}
        found = fmt.read_structure(path)
    except BundleRefused:
        return "", True  # the import says why, in its own words
    return found.sender_id, found.to is None or found.to == me


def _still_parked(
    conn: Connection, state: FolderState, path: Path, sender: str, accept: set[str]
) -> bool:
    """Whether a bundle parked in an earlier round is unchanged and nothing it waits for came."""
    kept = state.parked.get(path.name)
    return (
        kept is not None
        and kept.get("look") == state.seen.get(path.name, [])[:2]
        and kept.get("token") == _token(conn, state, kept.get("why"), sender, accept)
    )


def _token(conn: Connection, state: FolderState, why: object, sender: str, accept: set[str]) -> str:
    """What must change before a parked bundle is tried again: for a decision, what is known
    of its sender (accepted, refused, its places); for a wait, whether anything came in."""
    if why == "waiting":
        return state.times.get("received", "")
    if sender in accept or not sender:
        return "accepted"
    device = uuid.UUID(hex=sender)
    revoked = conn.execute(select(Device.revoked).where(Device.id == device)).scalar()
    places = sorted(
        conn.execute(select(DeviceScope.code).where(DeviceScope.device_id == device)).scalars()
    )
    return json.dumps([revoked, places])


def _parked(path: Path, kept: dict[str, Any], sender: str) -> Received:
    summary = Summary(
        path.name,
        status="refused",
        message=str(kept.get("message", "")),
        template=str(kept.get("template", "")),
        values=tuple((str(k), str(v)) for k, v in kept.get("values", [])),
    )
    return Received(path, str(kept.get("why")), summary, sender)


def _handled(
    conn: Connection,
    path: Path,
    summary: Summary,
    sender: str,
    inbox: Path,
    state: FolderState,
    result: FolderRound,
    accept: set[str],
) -> None:
    """Park a bundle that waits (for a decision, for an earlier one); move the others into
    imported/ or refused/."""
    why = "undecided" if summary.claim is not None else ""
    if summary.status == "refused" and summary.needs_earlier:
        why = "waiting"
    if why:
        state.parked[path.name] = {
            "why": why,
            "look": state.seen.get(path.name, [])[:2],
            "token": _token(conn, state, why, sender, accept),
            "message": summary.message,
            "template": summary.template,
            "values": [list(pair) for pair in summary.values],
        }
        result.received.append(Received(path, why, summary, sender))
        return
    outcome = {"applied": "imported", "skipped": "duplicate"}.get(summary.status, "refused")
    where = IMPORTED if outcome != "refused" else REFUSED
    reason = ALREADY if outcome == "duplicate" else summary.message
    moved = _move(path, inbox / where, reason if outcome != "imported" else "", result)
    result.received.append(Received(moved, outcome, summary, sender))
    state.seen.pop(path.name, None)
    state.parked.pop(path.name, None)
    if outcome == "imported":
        state.times["received"] = _stamp()


def _explain(moved: Path, reason: str) -> None:
    """Put the refusal beside a refused bundle in the words of the person's language."""
    try:
        moved.with_name(moved.name + ".txt").write_text(reason + "\n", "utf-8")
    except OSError:
        log.warning("could not write the reason beside a refused bundle", exc_info=True)


def _move(path: Path, where: Path, reason: str, result: FolderRound) -> Path:
    """Move a handled bundle into ``where``, the reason beside it; its place on failure."""
    try:
        where.mkdir(exist_ok=True)
        target = where / path.name
        number = 1
        while target.exists():
            number += 1
            target = where / f"{path.stem} ({number}){path.suffix}"
        if reason:
            target.with_name(target.name + ".txt").write_text(reason + "\n", "utf-8")
        os.replace(path, target)
    except OSError as exc:
        log.warning("could not move a handled bundle into %s", where.name, exc_info=True)
        result.problems.append(
            f"{path.name} could not be moved into {where.name}/ ({exc.strerror or exc})"
        )
        return path
    return target


# --- OUT -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Receiver:
    device: str  # hex id
    label: str
    fingerprint: str | None


def receivers(conn: Connection, me: str) -> list[_Receiver]:
    """The devices this one sends to: known, trusted, not replaced by another, whose places
    overlap its own (a village's office and its village's other laptops; an office's villages)."""
    scopes: dict[str, set[str]] = {}
    for device_id, code in conn.execute(select(DeviceScope.device_id, DeviceScope.code)):
        scopes.setdefault(device_id.hex, set()).add(code)
    mine = frozenset(scopes.get(me, ()))
    rows = conn.execute(
        select(
            Device.id, Device.label, Device.key_fingerprint, Device.revoked, Device.predecessor_id
        )
    ).all()
    replaced = {row.predecessor_id.hex for row in rows if row.predecessor_id is not None}
    found = []
    for row in rows:
        hex_id = row.id.hex
        if hex_id == me or row.revoked or hex_id in replaced or not mine:
            continue
        theirs = frozenset(scopes.get(hex_id, ()))
        if any(fmt.in_scope(c, mine) for c in theirs) or any(fmt.in_scope(c, theirs) for c in mine):
            found.append(_Receiver(hex_id, row.label, row.key_fingerprint))
    return sorted(found, key=lambda r: r.device)


def _knowledge(conn: Connection) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """This database's knowledge, and each peer's acknowledged knowledge."""
    own = {
        o.hex: int(n) for o, n in conn.execute(select(Knowledge.origin_id, Knowledge.max_counter))
    }
    acks: dict[str, dict[str, int]] = {}
    for peer, origin, counter in conn.execute(
        select(PeerKnowledge.peer_id, PeerKnowledge.origin_id, PeerKnowledge.max_counter)
    ):
        acks.setdefault(peer.hex, {})[origin.hex] = int(counter)
    return own, acks


def _send_out(
    database: Database,
    folder: Path,
    me: str,
    state: FolderState,
    result: FolderRound,
    deadline: float | None,
) -> None:
    with database.engine.connect() as conn:
        targets = receivers(conn, me)
        knowledge, acks = _knowledge(conn)
    _clean_partials(folder, me)
    state.sent = {r: v for r, v in state.sent.items() if r in {t.device for t in targets}}
    for target in targets:
        if deadline is not None and time.time() > deadline:
            break
        inbox = folder / f"{INBOX}{target.device}"
        last = state.sent.get(target.device, {})
        told = _told(inbox, last)
        theirs = acks.get(target.device, {})
        lacking = any(n > theirs.get(o, 0) and n > told.get(o, 0) for o, n in knowledge.items())
        news = knowledge.get(target.device, 0) > told.get(target.device, 0)
        if not (lacking or news):
            continue
        try:
            sent = _write_for(database, inbox, me, target, news)
        except (OSError, SyncError) as exc:
            log.warning("could not write a bundle into the transfer folder", exc_info=True)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            result.problems.append(
                f"no bundle for {device_name(target.label, target.fingerprint)} could be "
                f"written ({reason})"
            )
            continue
        state.sent[target.device] = {
            "file": sent.path.name if sent is not None else "",
            "knowledge": knowledge,
        }
        if sent is not None:
            result.sent.append(sent)
            state.times["sent"] = _stamp()


def _told(inbox: Path, last: dict[str, Any]) -> dict[str, int]:
    """What the last bundle written for a receiver carried, while it is still there (waiting,
    imported or refused); nothing when it went missing (deleted by someone: written again)."""
    knowledge = last.get("knowledge")
    if not isinstance(knowledge, dict):
        return {}
    name = str(last.get("file", ""))
    if name and not any((place / name).exists() for place in _places(inbox)):
        return {}
    return {str(o): int(n) for o, n in knowledge.items() if isinstance(n, int)}


def _places(inbox: Path) -> Iterator[Path]:
    yield inbox
    yield inbox / IMPORTED
    yield inbox / REFUSED


def _write_for(
    database: Database, inbox: Path, me: str, target: _Receiver, news: bool
) -> Sent | None:
    """Cut a bundle for ``target`` under a hidden name; put it in place when it carries changes
    or news, replacing this device's older bundle there. None: nothing worth writing."""
    inbox.mkdir(exist_ok=True)
    partial = inbox / f".from-{me}-{uuid.uuid4().hex[:12]}.partial"
    try:
        done = export_bundle(database, partial, to=target.device)
        if done.changes == 0 and not news:
            return None
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        final = inbox / f"from-{me}-{stamp}-{done.bundle_id[-8:]}{fmt.SUFFIX}"
        os.replace(partial, final)  # the export flushed it to the disk before naming it
    finally:
        partial.unlink(missing_ok=True)
    _sync_folder(inbox)
    for older in inbox.glob(f"from-{me}-*{fmt.SUFFIX}"):
        if older != final:
            with contextlib.suppress(OSError):  # being read by its receiver right now
                older.unlink()
    return Sent(final, device_name(target.label, target.fingerprint), done.changes, done.blobs)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (where the system allows opening a folder)."""
    with contextlib.suppress(OSError, AttributeError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _clean_partials(folder: Path, me: str) -> None:
    """Remove this device's half-written bundles left by a program that was stopped while
    writing (only its own, only old ones: another round of its own may be writing now)."""
    cutoff = time.time() - PARTIAL_AGE_SECONDS
    for leftover in folder.glob(f"{INBOX}*/.from-{me}-*.partial*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


__all__ = ["FolderRound", "Received", "Sent", "receivers", "sync_round"]
