"""The ``.berdaya`` bundle file: a zip of a signed manifest, NDJSON change chunks and blobs.

Members, and nothing else:
- ``manifest.json``: format, bundle id, sender (device id, key, fingerprint, scope), the change
  ranges it carries per device (and so the ones it assumes), the sender's knowledge, and the
  SHA-256, size and change count of every other member;
- ``manifest.sig``: the sender's Ed25519 signature of the manifest's exact bytes;
- ``changes/NNNNNN.ndjson``: up to ``CHUNK`` changes each, one JSON array a line:
  ``[table, row id, column, hlc, device id, counter, JSON value, village code]``;
- ``blobs/<sha256>``: attachment bytes, named by their hash.

The manifest's ``sender.recipient`` is the sender's age recipient (how receivers learn where to
encrypt to) and ``sealed_for`` the devices the sender encrypted the bundle for (``sealed.py``):
such a bundle is only read from a copy decrypted here, never as a plain file someone served.

Reading never extracts: members are opened by expected name and read in bounded pieces, with
limits on sizes and compression ratios, and every check of ``read_structure`` passes before a
single change is looked at.

Why it passes 600 lines by a few: the manifest's parsing and its checks are one contract with
the writer above them; the hashing writer already moved out (``hashing.py``).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from desktop.core.device_names import short_fingerprint
from desktop.core.sync import hashing, keys
from desktop.core.sync.errors import BundleRefused

FORMAT = "berdaya-bundle"
VERSION = 1
CHUNK = 5000
# lines are written (compressed, hashed) a few hundred at a time: one call each cost a third of
# a large export
_WRITE_EVERY = 256
_LINE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
SUFFIX = ".berdaya"
SEALED_MAGIC = b"berdaya-sealed-bundle\n"  # the first line of an encrypted bundle (sealed.py)

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNATURE_SIZE = 64
MAX_MANIFEST = 16 * 1024 * 1024
MAX_CHANGE_MEMBER = 64 * 1024 * 1024
MAX_BLOB = 64 * 1024 * 1024
MAX_TOTAL = 8 * 1024 * 1024 * 1024
MAX_MEMBERS = 200_000
MAX_RATIO = 200  # uncompressed / compressed, checked for members above RATIO_FLOOR
RATIO_FLOOR = 64 * 1024
READ_PIECE = 256 * 1024

_CHANGES_NAME = re.compile(r"changes/[0-9]{6}\.ndjson")
_BLOB_NAME = re.compile(r"blobs/[0-9a-f]{64}")
HEX32 = re.compile(r"[0-9a-f]{32}")
_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")

# [table, row id, column, hlc, device id, counter, JSON value, village code]
Line = list[Any]


@dataclass(frozen=True)
class Member:
    name: str
    sha256: str
    size: int
    changes: int = 0


@dataclass(frozen=True)
class Range:
    """Changes ``first..last`` of a device: the bundle assumes the receiver has ``first - 1``."""

    device_id: str  # 32 hex digits
    first: int
    last: int


@dataclass
class Bundle:
    """A bundle whose structure, manifest and signature have been checked."""

    path: Path
    manifest: dict[str, Any]
    bundle_id: str
    sender_id: str
    sender_label: str
    sender_kind: str
    public_key: str
    fingerprint: str
    scope: tuple[str, ...]
    ranges: tuple[Range, ...]
    knowledge: dict[str, int]
    change_members: tuple[Member, ...]
    blob_members: tuple[Member, ...]
    change_count: int
    created_at: str
    to: str | None = None
    predecessor: str | None = None  # the device the sender took over from (a restored backup)
    recipient: str | None = None  # the sender's age recipient, when its manifest names one
    sealed_for: tuple[str, ...] = ()  # the devices it was encrypted for (hex ids)

    @property
    def name(self) -> str:
        return self.path.name

    def sender_text(self) -> str:
        return f"device “{self.sender_label}” ({short_fingerprint(self.fingerprint)})"

    def sender_values(self) -> dict[str, str]:
        """The values a refusal's ``device “{device}” ({fingerprint})`` is filled with."""
        return {"device": self.sender_label, "fingerprint": short_fingerprint(self.fingerprint)}


# --- writing ---------------------------------------------------------------------------------


@dataclass
class BundleWriter:
    """Writes a bundle chunk by chunk to ``<out>.partial``, then renames it into place."""

    out: Path
    header: dict[str, Any]
    _zip: zipfile.ZipFile = field(init=False)
    _partial: Path = field(init=False)
    _members: list[Member] = field(default_factory=list)
    _blobs: list[Member] = field(default_factory=list)
    _open: hashing.Hashing | None = None
    _open_handle: IO[bytes] | None = None
    _open_count: int = 0
    _changes: int = 0
    _pending: list[str] = field(default_factory=list)  # lines not yet written to the member

    def __post_init__(self) -> None:
        self._partial = self.out.with_name(self.out.name + ".partial")
        self._zip = zipfile.ZipFile(self._partial, "w", compression=zipfile.ZIP_DEFLATED)

    def add_line(self, line: Line) -> None:
        if self._open is None:
            name = f"changes/{len(self._members) + 1:06d}.ndjson"
            self._open_handle = self._zip.open(name, "w", force_zip64=True)
            self._open = hashing.Hashing(self._open_handle)
            self._open_name = name
        self._pending.append(_LINE(line))
        if len(self._pending) >= _WRITE_EVERY:
            self._write_pending()
        self._open_count += 1
        self._changes += 1
        if self._open_count >= CHUNK:
            self._close_member()

    def _write_pending(self) -> None:
        if self._pending and self._open is not None:
            self._open.write(("\n".join(self._pending) + "\n").encode("utf-8"))
        self._pending.clear()

    def _close_member(self) -> None:
        if self._open is None or self._open_handle is None:
            return
        self._write_pending()
        self._open_handle.close()
        self._members.append(
            Member(
                self._open_name, self._open.digest.hexdigest(), self._open.size, self._open_count
            )
        )
        self._open = None
        self._open_handle = None
        self._open_count = 0

    def add_blob(self, content_hash: str, data: bytes) -> None:
        if hashlib.sha256(data).hexdigest() != content_hash:
            return  # a damaged local blob is not sent on
        self._close_member()
        name = f"blobs/{content_hash}"
        self._zip.writestr(name, data)
        self._blobs.append(Member(name, content_hash, len(data)))

    def finish(self, key: Any) -> dict[str, Any]:
        """Write the manifest and its signature, close, and move the file into place."""
        self._close_member()
        manifest = dict(self.header)
        manifest["members"] = [
            {"name": m.name, "sha256": m.sha256, "size": m.size, "changes": m.changes}
            for m in self._members
        ]
        manifest["blobs"] = [
            {"name": m.name, "sha256": m.sha256, "size": m.size} for m in self._blobs
        ]
        manifest["counts"] = {"changes": self._changes, "blobs": len(self._blobs)}
        data = json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8")
        self._zip.writestr(MANIFEST, data)
        self._zip.writestr(SIGNATURE, keys.sign(key, data))
        self._zip.close()
        with open(self._partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(self._partial, self.out)
        return manifest

    def abort(self) -> None:
        try:
            if self._open_handle is not None:
                self._open_handle.close()
            self._zip.close()
        finally:
            self._partial.unlink(missing_ok=True)


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seal:
    """What a sealed bundle's signed header promises about the zip inside it."""

    bundle_id: str
    sender_id: str
    public_key: str
    receivers: frozenset[str]  # hex device ids


# The plain copies decrypted in this process from sealed files whose header was verified, and
# what that header said. A manifest that names ``sealed_for`` is read only from such a copy, so
# every reader (import, verify, trust, previews) refuses a sealed bundle served stripped.
_unsealed: dict[Path, Seal] = {}


def register_unsealed(path: Path, seal: Seal) -> None:
    _unsealed[path.resolve()] = seal


def forget_unsealed(path: Path) -> None:
    _unsealed.pop(path.resolve(), None)


def damaged(path: Path, why: str = "", kind: type[BundleRefused] = BundleRefused) -> BundleRefused:
    if why:
        return kind(
            "“{file}” is damaged or incomplete ({detail}), so it was not imported; "
            "ask for the bundle again.",
            file=path.name,
            detail=why,
        )
    return kind(
        "“{file}” is damaged or incomplete, so it was not imported; ask for the bundle again.",
        file=path.name,
    )


def _unsafe(path: Path, name: str) -> BundleRefused:
    return BundleRefused(
        "“{file}” was refused because it contains a file with an unsafe name "
        "({member}), which a real Berdaya bundle never has.",
        file=path.name,
        member=repr(name[:80]),
    )


def _name_is_unsafe(name: str) -> bool:
    if name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return True
    if re.match(r"^[A-Za-z]:", name):
        return True
    return any(part in ("..", ".") for part in name.split("/"))


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with zf.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"{info.filename} is larger than allowed")
    return data


def read_structure(path: Path) -> Bundle:
    """Check the zip, the manifest and the signature; raises BundleRefused saying why."""
    try:
        with zipfile.ZipFile(path) as zf:
            return _read_structure(path, zf)
    except BundleRefused:
        raise
    except FileNotFoundError as exc:
        raise BundleRefused("“{file}” does not exist.", file=path.name) from exc
    except zipfile.BadZipFile as exc:
        if is_sealed(path):
            raise BundleRefused(
                "“{file}” is encrypted, and this step reads only bundles opened with this "
                "device's key.",
                file=path.name,
            ) from exc
        if not _looks_like_zip(path):
            raise BundleRefused(
                "“{file}” is not a Berdaya bundle (it is not a bundle file at all).",
                file=path.name,
            ) from exc
        raise damaged(path, str(exc)) from exc
    except (zlib.error, EOFError, OSError, ValueError, KeyError, RuntimeError) as exc:
        raise damaged(path, str(exc)) from exc
    except NotImplementedError as exc:
        raise damaged(path, str(exc)) from exc


def _looks_like_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def is_sealed(path: Path) -> bool:
    """Whether the file starts as an encrypted bundle does (nothing else is checked)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SEALED_MAGIC)) == SEALED_MAGIC
    except OSError:
        return False


def _read_structure(path: Path, zf: zipfile.ZipFile) -> Bundle:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise damaged(path, "too many members")
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if _name_is_unsafe(name):
            raise _unsafe(path, name)
        if name in by_name:
            raise BundleRefused(
                "“{file}” was refused because it holds two files named {member}, "
                "which a real Berdaya bundle never has.",
                file=path.name,
                member=repr(name),
            )
        if not (
            name in (MANIFEST, SIGNATURE)
            or _CHANGES_NAME.fullmatch(name)
            or _BLOB_NAME.fullmatch(name)
        ):
            raise BundleRefused(
                "“{file}” was refused because it holds an unexpected file {member}.",
                file=path.name,
                member=repr(name[:80]),
            )
        if info.flag_bits & 0x1:
            raise damaged(path, "encrypted member")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise damaged(path, "unknown compression")
        limit = _limit_for(name)
        if info.file_size > limit:
            raise _bomb(path, name)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _bomb(path, name)
        total += info.file_size
        if total > MAX_TOTAL:
            raise _bomb(path, name)
        by_name[name] = info
    if MANIFEST not in by_name or SIGNATURE not in by_name:
        raise BundleRefused(
            "“{file}” is not a Berdaya bundle, or it is incomplete "
            "(its signed manifest is missing).",
            file=path.name,
        )
    manifest_bytes = _read_member(zf, by_name[MANIFEST], MAX_MANIFEST)
    signature = _read_member(zf, by_name[SIGNATURE], SIGNATURE_SIZE)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise damaged(path, "unreadable manifest") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleRefused("“{file}” is not a Berdaya bundle.", file=path.name)
    check_version(path, manifest.get("version"), VERSION)
    bundle = _parse_manifest(path, manifest)
    if len(signature) != SIGNATURE_SIZE or not keys.verify(
        bundle.public_key, signature, manifest_bytes
    ):
        raise BundleRefused(
            "“{file}” was refused because its signature does not match its content: "
            "it was changed after the sending device signed it.",
            file=path.name,
        )
    _check_seal(path, bundle)
    declared = {m.name: m for m in (*bundle.change_members, *bundle.blob_members)}
    for name, info in by_name.items():
        if name in (MANIFEST, SIGNATURE):
            continue
        member = declared.get(name)
        if member is None:
            raise BundleRefused(
                "“{file}” was refused because it holds a file its manifest does not list "
                "({member}).",
                file=path.name,
                member=name,
            )
        if info.file_size != member.size:
            raise damaged(path, f"{name} has the wrong size")
    missing = sorted(set(declared) - set(by_name))
    if missing:
        raise damaged(path, f"{missing[0]} is missing")
    return bundle


def check_version(path: Path, version: Any, expected: int) -> None:
    """Refuse a format this Berdaya does not read (a newer one: say to update)."""
    if version == expected:
        return
    if isinstance(version, int) and not isinstance(version, bool) and version > expected:
        raise BundleRefused(
            "“{file}” was made by a newer Berdaya (bundle format {version}); "
            "install the newer Berdaya to import it.",
            file=path.name,
            version=version,
        )
    raise BundleRefused(
        "“{file}” has an unknown bundle format ({version}).",
        file=path.name,
        version=repr(version),
    )


def _bomb(path: Path, name: str) -> BundleRefused:
    return BundleRefused(
        "“{file}” was refused because its file {member} would unpack far larger than any "
        "real bundle (a zip bomb).",
        file=path.name,
        member=name,
    )


def _limit_for(name: str) -> int:
    if name == MANIFEST:
        return MAX_MANIFEST
    if name == SIGNATURE:
        return SIGNATURE_SIZE
    if name.startswith("blobs/"):
        return MAX_BLOB
    return MAX_CHANGE_MEMBER


def _check_seal(path: Path, bundle: Bundle) -> None:
    """A bundle signed as encrypted comes decrypted from the seal its sender made, or not at all."""
    seal = _unsealed.get(path.resolve())
    if seal is None:
        if bundle.sealed_for:
            raise BundleRefused(
                "“{file}” was refused because its sender encrypted it but it arrived "
                "unencrypted: someone else removed the encryption.",
                file=path.name,
            )
        return
    signed = (frozenset(bundle.sealed_for), bundle.sender_id, bundle.public_key, bundle.bundle_id)
    if signed == (seal.receivers, seal.sender_id, seal.public_key, seal.bundle_id):
        return
    raise BundleRefused(
        "“{file}” was refused because it was encrypted by someone other than the device "
        "that signed it.",
        file=path.name,
    )


def _need(value: Any, kind: type | tuple[type, ...], path: Path, what: str) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise damaged(path, f"manifest: bad {what}")
    return value


def _hex_id(value: Any, path: Path, what: str) -> str:
    text = _need(value, str, path, what)
    if not HEX32.fullmatch(text):
        raise damaged(path, f"manifest: bad {what}")
    return str(text)


def _parse_manifest(path: Path, m: dict[str, Any]) -> Bundle:
    sender = _need(m.get("sender"), dict, path, "sender")
    public_key = _need(sender.get("public_key"), str, path, "public key")
    try:
        keys.decode_public(public_key)
    except ValueError as exc:
        raise damaged(path, "manifest: bad public key") from exc
    fingerprint = _need(sender.get("fingerprint"), str, path, "fingerprint")
    if fingerprint != keys.fingerprint(public_key):
        raise BundleRefused(
            "“{file}” was refused because the key fingerprint it names does not belong to its key.",
            file=path.name,
        )
    scope = tuple(_need(c, str, path, "scope") for c in _need(sender.get("scope"), list, path, ""))
    ranges = []
    for item in _need(m.get("ranges"), list, path, "ranges"):
        _need(item, dict, path, "range")
        first = _need(item.get("first"), int, path, "range")
        last = _need(item.get("last"), int, path, "range")
        if first < 1 or last < first:
            raise damaged(path, "manifest: bad range")
        ranges.append(Range(_hex_id(item.get("device"), path, "range device"), first, last))
    if len({r.device_id for r in ranges}) != len(ranges):
        raise damaged(path, "manifest: a device has two ranges")
    knowledge_raw = _need(m.get("knowledge"), dict, path, "knowledge")
    knowledge = {
        _hex_id(k, path, "knowledge"): int(_need(v, int, path, "knowledge"))
        for k, v in knowledge_raw.items()
    }
    members = []
    for item in _need(m.get("members"), list, path, "members"):
        _need(item, dict, path, "member")
        name = _need(item.get("name"), str, path, "member name")
        if not _CHANGES_NAME.fullmatch(name):
            raise damaged(path, "manifest: bad member name")
        members.append(
            Member(
                name,
                _need(item.get("sha256"), str, path, "checksum"),
                _need(item.get("size"), int, path, "size"),
                _need(item.get("changes"), int, path, "count"),
            )
        )
    blobs = []
    for item in _need(m.get("blobs"), list, path, "blobs"):
        _need(item, dict, path, "blob")
        name = _need(item.get("name"), str, path, "blob name")
        digest = _need(item.get("sha256"), str, path, "checksum")
        if not _BLOB_NAME.fullmatch(name) or name != f"blobs/{digest}":
            raise damaged(path, "manifest: bad blob name")
        blobs.append(Member(name, digest, _need(item.get("size"), int, path, "size")))
    counts = _need(m.get("counts"), dict, path, "counts")
    change_count = _need(counts.get("changes"), int, path, "count")
    if change_count != sum(x.changes for x in members):
        raise damaged(path, "manifest: counts do not add up")
    to = m.get("to")
    predecessor = sender.get("predecessor")
    recipient = sender.get("recipient")
    if recipient is not None and not _RECIPIENT.fullmatch(_need(recipient, str, path, "recipient")):
        raise damaged(path, "manifest: bad recipient")
    sealed_for = tuple(
        _hex_id(device, path, "receiver")
        for device in _need(m.get("sealed_for", []), list, path, "receivers")
    )
    return Bundle(
        path=path,
        manifest=m,
        bundle_id=_hex_id(m.get("bundle_id"), path, "bundle id"),
        sender_id=_hex_id(sender.get("device_id"), path, "sender"),
        sender_label=str(_need(sender.get("label"), str, path, "label"))[:200],
        sender_kind=str(_need(sender.get("kind"), str, path, "kind")),
        public_key=public_key,
        fingerprint=fingerprint,
        scope=scope,
        ranges=tuple(ranges),
        knowledge=knowledge,
        change_members=tuple(members),
        blob_members=tuple(blobs),
        change_count=change_count,
        predecessor=None if predecessor is None else _hex_id(predecessor, path, "predecessor"),
        created_at=str(m.get("created_at", "")),
        to=_hex_id(to, path, "receiver") if to is not None else None,
        recipient=recipient,
        sealed_for=sealed_for,
    )


def in_scope(code: str, scope: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether a village code lies inside one of the scope's places (itself or below).

    Looks up the code and each place above it (a handful) instead of walking the scope, which
    for an office or a demo device can hold hundreds of villages."""
    places = scope if isinstance(scope, frozenset) else frozenset(scope)
    parts = code.split(".")
    return any(".".join(parts[:depth]) in places for depth in range(1, len(parts) + 1))


def iter_member_lines(zf: zipfile.ZipFile, bundle: Bundle, member: Member) -> Iterator[list[str]]:
    """The lines of a change member, a piece's worth at a time, read in bounded pieces; its size
    and SHA-256 are checked when it ends (a caller applies inside a transaction it rolls back
    on refusal)."""
    digest = hashlib.sha256()
    size = 0
    rest = ""
    text = codecs.getincrementaldecoder("utf-8")()
    with zf.open(member.name) as handle:
        while True:
            piece = handle.read(READ_PIECE)
            if not piece:
                break
            size += len(piece)
            if size > member.size:
                raise damaged(bundle.path, f"{member.name} is longer than declared")
            digest.update(piece)
            lines = (rest + text.decode(piece)).split("\n")
            rest = lines.pop()
            if lines:
                yield lines
    rest += text.decode(b"", final=True)
    if rest:
        raise damaged(bundle.path, f"{member.name} ends in the middle of a line")
    if size != member.size or digest.hexdigest() != member.sha256:
        raise damaged(bundle.path, f"the checksum of {member.name} does not match")


def read_blob(zf: zipfile.ZipFile, bundle: Bundle, member: Member) -> bytes:
    data = _read_member(zf, zf.getinfo(member.name), MAX_BLOB)
    if len(data) != member.size or hashlib.sha256(data).hexdigest() != member.sha256:
        raise damaged(bundle.path, f"the checksum of {member.name} does not match")
    return data


def open_zip(bundle: Bundle) -> zipfile.ZipFile:
    return zipfile.ZipFile(bundle.path)


def reading_errors() -> tuple[type[BaseException], ...]:
    """What reading a checked bundle's members can still raise when the file is damaged."""
    return (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError)
