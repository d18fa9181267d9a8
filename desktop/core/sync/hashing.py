"""A file seen through a SHA-256 and a byte count: what bundles are checked and sealed with."""

from __future__ import annotations

import hashlib
from typing import IO, Any

PIECE = 256 * 1024


class Hashing:
    """A file seen through a SHA-256 and a byte count of what passes: writes pass through (a
    zip member, an encrypted bundle); reads stop after ``limit`` bytes (a sealed bundle's
    ciphertext, read by age, which must see nothing beyond it)."""

    def __init__(self, handle: IO[bytes], limit: int | None = None) -> None:
        self.handle = handle
        self.limit = limit
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        self.handle.write(data)
        return len(data)

    def flush(self) -> None:
        self.handle.flush()

    def read(self, wanted: int = -1) -> bytes:
        left = PIECE if self.limit is None else self.limit - self.size
        if wanted is not None and wanted >= 0:
            left = min(left, wanted)
        data = self.handle.read(max(left, 0))
        self.digest.update(data)
        self.size += len(data)
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def drain(self) -> None:
        """Read (and hash) the rest, up to ``limit``."""
        while self.read(PIECE):
            pass
