"""Sealed bundles: the signed zip encrypted with age for its receivers, behind a short signed
plaintext header that tells only that it is a Berdaya bundle, who sent it and for whom.

A sealed file (same ``.berdaya`` suffix) is:
- ``bundle.SEALED_MAGIC`` (``berdaya-sealed-bundle``), a line;
- the header: one line of ASCII JSON, padded with spaces to the room reserved for it:
  format, version, bundle id, sender (device id, label, key fingerprint, public key), receivers
  (device id, label, short fingerprint) and the ciphertext's SHA-256 and size;
- the sender's Ed25519 signature of the header line's exact bytes, base64, a line;
- the age ciphertext (binary, X25519 recipients) of the zip bundle.

The signature binds the header to the ciphertext, so a truncated ciphertext, a header swapped
from another bundle or a re-encryption by anyone but the signer is refused before anything
decrypted is read; inside, the signed manifest names the same receivers (``sealed_for``), so
the zip served without its encryption is refused too (``bundle._check_seal``). The header is
written after the ciphertext it describes, into the room reserved before it: a bundle of
hundreds of MB is streamed once, never copied. Decrypted copies go to a private temporary
folder on this machine, never beside the file (a USB stick, a shared drive).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from desktop.core.db import Database, sqlite_path
from desktop.core.device_names import device_name, short_fingerprint
from desktop.core.domain import DeviceKind
from desktop.core.models import Device, DeviceScope, LocalSetting
from desktop.core.sync import bundle as fmt
from desktop.core.sync import hashing, keys
from desktop.core.sync.errors import BundleRefused
from desktop.core.sync.identity import DEVICE_KEY, Identity, local_identity

if TYPE_CHECKING:
    from pyrage import x25519

FORMAT = "berdaya-sealed"
VERSION = 1
MAX_HEADER = 64 * 1024
_SIGNATURE_LINE = 89  # base64 of 64 bytes and its newline
_WIDEST_SIZE = 10**15  # the room reserved holds any ciphertext size up to this


class SealRefused(BundleRefused):
    """A sealed bundle that is not opened; the message is one sentence."""


class SealDamaged(SealRefused):
    """Truncated, or its ciphertext is not the one its header was signed for."""


class SealForged(SealRefused):
    """Its header's signature does not match: someone but the sender changed it."""


class NotForThisDevice(SealRefused):
    """Encrypted for other devices; the message names them."""


def _damaged(path: Path, why: str) -> BundleRefused:
    return fmt.damaged(path, why, SealDamaged)


@dataclass(frozen=True)
class Receiver:
    """A device a bundle is encrypted for."""

    device_id: str  # 32 hex digits
    label: str
    fingerprint: str  # of its signing key (the short form, in a header)
    recipient: str = ""  # its age recipient (known when sealing; not in the header)

    @property
    def name(self) -> str:
        return device_name(self.label, self.fingerprint)

    def text(self) -> str:
        return f"“{self.label}” ({short_fingerprint(self.fingerprint)})"


@dataclass(frozen=True)
class Header:
    """A sealed bundle's header, its signature checked."""

    path: Path
    bundle_id: str
    sender_id: str
    sender_label: str
    fingerprint: str
    public_key: str
    receivers: tuple[Receiver, ...]
    sha256: str
    size: int
    offset: int  # where the ciphertext starts

    def sender_values(self) -> dict[str, str]:
        """What a refusal's ``device “{device}” ({fingerprint})`` is filled with."""
        return {"device": self.sender_label, "fingerprint": short_fingerprint(self.fingerprint)}

    def receiver_names(self) -> str:
        return ", ".join(r.text() for r in self.receivers)

    def seal(self) -> fmt.Seal:
        return fmt.Seal(
            self.bundle_id,
            self.sender_id,
            self.public_key,
            frozenset(r.device_id for r in self.receivers),
        )


# --- who a bundle is for --------------------------------------------------------------------


@dataclass(frozen=True)
class Sealing:
    """Whom an export encrypts for (this device included), or why it stays unencrypted."""

    receivers: tuple[Receiver, ...]
    reason: str = ""  # why not, when ``receivers`` is empty

    def device_ids(self) -> list[str]:
        return sorted(r.device_id for r in self.receivers)

    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.receivers)


def recipients_for(conn: Connection, *, to: str | None, full: bool) -> Sealing:
    """The receivers whose recipient is known here: an office's bundle for a device, that
    device and every device within its places; an office's ``full`` bundle (its own backup),
    the office itself; an office's bundle for whoever asks, every device within its area; a
    village's bundle, the offices whose area covers it and the village's other devices, but its
    ``full`` bundle (for a laptop being set up) none. This device is always among them, so it
    can read what it wrote."""
    me = local_identity(conn)
    rows = conn.execute(
        select(
            Device.id,
            Device.label,
            Device.kind,
            Device.key_fingerprint,
            Device.recipient,
            Device.revoked,
        )
    ).all()
    scopes: dict[uuid.UUID, set[str]] = {}
    for device_id, code in conn.execute(select(DeviceScope.device_id, DeviceScope.code)):
        scopes.setdefault(device_id, set()).add(code)
    by_id = {row.id: row for row in rows}
    mine = frozenset(scopes.get(me.device_id, ()))
    office = by_id[me.device_id].kind is DeviceKind.OFFICE

    def within(device_id: uuid.UUID, places: frozenset[str]) -> bool:
        codes = scopes.get(device_id)
        return bool(codes) and all(fmt.in_scope(code, places) for code in codes or ())

    def covers(device_id: uuid.UUID) -> bool:
        codes = frozenset(scopes.get(device_id, ()))
        return bool(mine) and bool(codes) and all(fmt.in_scope(code, codes) for code in mine)

    try:
        target = uuid.UUID(to) if to else None
    except ValueError:
        return Sealing(())  # not a device id: the export refuses it in words
    if target is not None:
        found = by_id.get(target)
        if found is None or found.recipient is None:
            label = found.label if found is not None else to
            return Sealing((), f"the encryption key of device “{label}” is not known here yet")
    if full and target is None and not office:
        # a village's everything goes to a laptop being set up, whose key is not known yet
        return Sealing((), "a full bundle is for a device whose key is not known here yet")
    own_backup = office and full and target is None
    if own_backup:
        wanted: list[uuid.UUID] = []
    elif office and target is not None:
        places = frozenset(scopes.get(target, ()))
        wanted = [target, *(d for d in by_id if within(d, places))]
    elif office:
        wanted = [d for d in by_id if within(d, mine)]
    else:
        wanted = [
            d
            for d, row in by_id.items()
            if (row.kind is DeviceKind.OFFICE and covers(d)) or within(d, mine) or d == target
        ]
    others = sorted(
        {
            d
            for d in wanted
            if d != me.device_id and by_id[d].recipient is not None and not by_id[d].revoked
        }
    )
    if not others and not own_backup:
        return Sealing(
            (),
            "no receiver's encryption key is known here yet: it comes with an office card "
            "or a bundle from them",
        )
    return Sealing(
        tuple(
            Receiver(d.hex, by_id[d].label, by_id[d].key_fingerprint or "", by_id[d].recipient)
            for d in [me.device_id, *others]
        )
    )


# --- writing ---------------------------------------------------------------------------------


def _header_line(header: dict[str, Any], width: int = 0) -> bytes:
    text = json.dumps(header, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return text.ljust(width).encode("ascii")


def seal(plain: Path, out: Path, *, recipients: Sequence[Receiver], identity: Identity) -> None:
    """Encrypt the signed bundle ``plain`` for ``recipients`` into ``out``, behind a header
    signed by ``identity`` (atomically: a partial file never takes the name)."""
    from pyrage import encrypt_io, x25519

    with zipfile.ZipFile(plain) as zf:
        manifest = json.loads(zf.read(fmt.MANIFEST))
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "bundle_id": manifest["bundle_id"],
        "sender": {
            "device_id": identity.device_id.hex,
            "label": manifest["sender"]["label"],
            "fingerprint": identity.fingerprint,
            "public_key": identity.public_key,
        },
        "receivers": [
            {
                "device_id": r.device_id,
                "label": r.label,
                "fingerprint": short_fingerprint(r.fingerprint),
            }
            for r in recipients
        ],
        "ciphertext": {"sha256": "0" * 64, "size": _WIDEST_SIZE},
    }
    width = len(_header_line(header))
    partial = out.with_name(out.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(fmt.SEALED_MAGIC + b" " * (width + 1 + _SIGNATURE_LINE))
            sink = hashing.Hashing(handle)
            with plain.open("rb") as source:
                encrypt_io(
                    source,
                    sink,  # type: ignore[arg-type]
                    [x25519.Recipient.from_str(r.recipient) for r in recipients],
                )
            header["ciphertext"] = {"sha256": sink.digest.hexdigest(), "size": sink.size}
            line = _header_line(header, width)
            signature = base64.b64encode(keys.sign(identity.key, line))
            handle.seek(len(fmt.SEALED_MAGIC))
            handle.write(line + b"\n" + signature + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# --- reading ---------------------------------------------------------------------------------


def is_sealed(path: Path) -> bool:
    return fmt.is_sealed(path)


def read_header(path: Path) -> Header:
    """The header of a sealed file, its signature checked and the ciphertext's size matched
    against the file; raises SealRefused (or BundleRefused) saying why."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(fmt.SEALED_MAGIC)) != fmt.SEALED_MAGIC:
                raise BundleRefused("“{file}” is not a Berdaya bundle.", file=path.name)
            line = handle.readline(MAX_HEADER + 1)
            signature_line = handle.readline(_SIGNATURE_LINE + 1)
            offset = handle.tell()
            total = os.fstat(handle.fileno()).st_size
    except FileNotFoundError as exc:
        raise BundleRefused("“{file}” does not exist.", file=path.name) from exc
    except OSError as exc:
        raise _damaged(path, str(exc)) from exc
    if not line.endswith(b"\n") or not signature_line.endswith(b"\n"):
        raise _damaged(path, "its header is cut short")
    line = line[:-1]
    try:
        signature = base64.b64decode(signature_line[:-1], validate=True)
        document = json.loads(line.decode("ascii"))
    except (binascii.Error, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(path, "an unreadable header") from exc
    found = _parse_header(path, document, offset)
    if not keys.verify(found.public_key, signature, line):
        raise SealForged(
            "“{file}” was refused because its encryption does not match the signature of "
            "device “{device}” ({fingerprint}): someone else changed it after it was sealed.",
            file=path.name,
            **found.sender_values(),
        )
    if total != offset + found.size:
        raise _damaged(path, "its encrypted content is cut short or too long")
    return found


def _field(document: Any, key: str, kind: type, path: Path) -> Any:
    value = document.get(key) if isinstance(document, dict) else None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise _damaged(path, f"header: bad {key}")
    return value


def _hex32(value: Any, path: Path) -> str:
    if not isinstance(value, str) or not fmt.HEX32.fullmatch(value):
        raise _damaged(path, "header: bad device id")
    return value


def _parse_header(path: Path, document: Any, offset: int) -> Header:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleRefused("“{file}” is not a Berdaya bundle.", file=path.name)
    fmt.check_version(path, document.get("version"), VERSION)
    sender = _field(document, "sender", dict, path)
    public_key = _field(sender, "public_key", str, path)
    try:
        keys.decode_public(public_key)
    except ValueError as exc:
        raise _damaged(path, "header: bad public key") from exc
    fingerprint = _field(sender, "fingerprint", str, path)
    if fingerprint != keys.fingerprint(public_key):
        raise BundleRefused(
            "“{file}” was refused because the key fingerprint it names does not belong to its key.",
            file=path.name,
        )
    receivers = tuple(
        Receiver(
            _hex32(_field(item, "device_id", str, path), path),
            _field(item, "label", str, path)[:200],
            _field(item, "fingerprint", str, path)[:64],
        )
        for item in _field(document, "receivers", list, path)
    )
    if not receivers:
        raise _damaged(path, "header: no receivers")
    ciphertext = _field(document, "ciphertext", dict, path)
    digest = _field(ciphertext, "sha256", str, path)
    size = _field(ciphertext, "size", int, path)
    if len(digest) != 64 or size < 0:
        raise _damaged(path, "header: bad ciphertext")
    return Header(
        path=path,
        bundle_id=_hex32(document.get("bundle_id"), path),
        sender_id=_hex32(sender.get("device_id"), path),
        sender_label=_field(sender, "label", str, path)[:200],
        fingerprint=fingerprint,
        public_key=public_key,
        receivers=receivers,
        sha256=digest,
        size=size,
        offset=offset,
    )


@contextmanager
def open_sealed(
    path: Path, *, identities: Mapping[str, x25519.Identity], scratch: Path | None = None
) -> Iterator[Path]:
    """The zip inside a sealed file, decrypted with the identities of the devices here (hex id
    -> identity) into a private temporary folder (in ``scratch``, else the system's), under the
    file's own name so that refusals name the file a person chose; removed on exit."""
    from pyrage import DecryptError, decrypt_io

    header = read_header(path)
    usable = [identities[r.device_id] for r in header.receivers if r.device_id in identities]
    if not usable:
        raise NotForThisDevice(
            "“{file}” is encrypted for {receivers}, not for this device.",
            file=path.name,
            receivers=header.receiver_names(),
        )
    folder = Path(tempfile.mkdtemp(prefix="berdaya-open-", dir=scratch))
    plain = folder / path.name
    try:
        failed: Exception | None = None
        with path.open("rb") as handle, plain.open("wb") as sink:
            handle.seek(header.offset)
            source = hashing.Hashing(handle, header.size)
            try:
                decrypt_io(source, sink, usable)  # type: ignore[arg-type]
            except (DecryptError, OSError, ValueError, RuntimeError) as exc:
                failed = exc
            source.drain()  # the whole ciphertext is hashed, however early age stopped
        if source.size != header.size or source.digest.hexdigest() != header.sha256:
            raise _damaged(path, "its encrypted content is not what its sender sealed")
        if failed is not None:
            raise SealRefused(
                "“{file}” could not be decrypted with this device's key although it names this "
                "device; ask device “{device}” ({fingerprint}) to send it again.",
                file=path.name,
                **header.sender_values(),
            ) from failed
        fmt.register_unsealed(plain, header.seal())
        yield plain
    finally:
        fmt.forget_unsealed(plain)
        shutil.rmtree(folder, ignore_errors=True)


class Opener:
    """Opens the bundles of one import or verify: a sealed one is decrypted into a temporary
    copy that lives until ``close`` (the end of the ``with``)."""

    def __init__(
        self, identities: Mapping[str, x25519.Identity], scratch: Path | None = None
    ) -> None:
        self.identities = identities
        self.scratch = scratch
        self._opened = ExitStack()

    def plain(self, path: Path) -> Path:
        """The zip to read for ``path``: itself, or its decrypted copy."""
        if not fmt.is_sealed(path):
            return path
        return self._opened.enter_context(
            open_sealed(path, identities=self.identities, scratch=self.scratch)
        )

    def read(self, path: Path) -> fmt.Bundle:
        """``bundle.read_structure`` of the file, decrypted first when it is sealed."""
        return fmt.read_structure(self.plain(path))

    def close(self) -> None:
        self._opened.close()

    def __enter__(self) -> Opener:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def scratch_for(database: Database) -> Path | None:
    """Where decrypted and not yet encrypted bundles wait: beside a SQLite file (the same disk
    that already holds the data in the clear), else the system's temporary folder."""
    path = sqlite_path(database.url)
    return None if path is None else path.parent


def opener_for(database: Database) -> Opener:
    """An opener with this database's device's identity (none when it has no device or no key
    on this machine yet: nothing sealed opens)."""
    identities: dict[str, x25519.Identity] = {}
    with database.engine.connect() as conn:
        setting = conn.execute(
            select(LocalSetting.value).where(LocalSetting.key == DEVICE_KEY)
        ).scalar_one_or_none()
    if setting is not None:
        device_id = uuid.UUID(setting)
        if keys.load_private(device_id) is not None:
            identities[device_id.hex] = keys.age_identity(device_id)
    return Opener(identities, scratch_for(database))


def machine_opener() -> Opener:
    """An opener with every identity kept on this machine (``berdaya verify`` has no database)."""
    return Opener({device.hex: identity for device, identity in keys.age_identities().items()})


@contextmanager
def sealed_output(out: Path, database: Database, sealing: Sealing) -> Iterator[Path]:
    """Where an export writes its zip: ``out`` itself when it is not sealed, else a temporary
    file on this machine (never beside ``out``, which may be a USB stick) removed on exit."""
    if not sealing.receivers:
        yield out
        return
    folder = Path(tempfile.mkdtemp(prefix="berdaya-seal-", dir=scratch_for(database)))
    try:
        yield folder / out.name
    finally:
        shutil.rmtree(folder, ignore_errors=True)
