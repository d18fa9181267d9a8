"""This machine's device keys: an Ed25519 pair that signs, and an age (X25519) identity that
bundles for the device are encrypted to; the private halves only in the user's config folder.

A key file is named by the device id it signs for, so a database copied to another laptop finds
no key for its device there and that laptop makes its own device instead of borrowing one.
"""

from __future__ import annotations

import base64
import hashlib
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

if TYPE_CHECKING:
    from pyrage import x25519

APP_NAME = "Berdaya"


def keys_dir() -> Path:
    """``<user config>/Berdaya/keys`` (platformdirs; honours XDG_CONFIG_HOME on Linux)."""
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "keys"


def key_path(device_id: uuid.UUID) -> Path:
    return keys_dir() / f"{device_id}.pem"


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def encode_public(key: Ed25519PublicKey) -> str:
    """The public key as stored and sent: base64 of the 32 raw bytes."""
    return base64.b64encode(raw_public(key)).decode("ascii")


def decode_public(text: str) -> Ed25519PublicKey:
    """Raises ValueError for anything that is not a base64 Ed25519 public key."""
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def fingerprint(public_key: str) -> str:
    """SHA-256 of the raw public key, hex: what people compare when they trust a device."""
    return hashlib.sha256(base64.b64decode(public_key.encode("ascii"))).hexdigest()


def load_private(device_id: uuid.UUID) -> Ed25519PrivateKey | None:
    """This machine's key for a device, or None when this machine has none for it."""
    path = key_path(device_id)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        return None
    return key


def _write_secret(final: Path, data: bytes) -> None:
    """Write a private key readable by this user only (file 0600, folder 0700), atomically."""
    folder = final.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    partial = final.with_name(final.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(partial, 0o600)
    os.replace(partial, final)


def create_private(device_id: uuid.UUID) -> Ed25519PrivateKey:
    """A new signing key for a device."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    _write_secret(key_path(device_id), pem)
    return key


def age_path(device_id: uuid.UUID) -> Path:
    return keys_dir() / f"{device_id}.age"


def age_identity(device_id: uuid.UUID) -> x25519.Identity:
    """This machine's age identity for a device, made (and kept beside its signing key) on
    first use."""
    from pyrage import x25519

    path = age_path(device_id)
    try:
        return x25519.Identity.from_str(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        made = x25519.Identity.generate()
        _write_secret(path, (str(made) + "\n").encode("ascii"))
        return made


def age_identities() -> dict[uuid.UUID, x25519.Identity]:
    """Every age identity kept on this machine, by device (what ``berdaya verify``, which has no
    database, may decrypt with); an unreadable file is left out."""
    from pyrage import IdentityError, x25519

    found: dict[uuid.UUID, x25519.Identity] = {}
    folder = keys_dir()
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.age")):
        try:
            found[uuid.UUID(path.stem)] = x25519.Identity.from_str(
                path.read_text(encoding="ascii").strip()
            )
        except (ValueError, OSError, IdentityError):
            continue
    return found


def age_recipient(device_id: uuid.UUID) -> str:
    """The public half of the device's age identity ("age1…"), as manifests and cards carry it."""
    return str(age_identity(device_id).to_public())


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def verify(public_key: str, signature: bytes, data: bytes) -> bool:
    try:
        decode_public(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
