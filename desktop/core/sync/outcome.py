"""What importing one bundle did, and how an import tells its progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from desktop.core.sync.bookkeeping import MissingRanges
from desktop.core.sync.errors import SyncError
from desktop.core.sync.newcomers import DeviceClaim, NewcomerRefused

Progress = Callable[[float, str], None]
"""``progress(fraction done 0..1, short English text)``; raising from it cancels the bundle
being applied (rolled back) and propagates."""


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
    # a bundle refused until someone accepts its device: who it is and what it claims
    claim: DeviceClaim | None = None
    # refused for now: an earlier bundle must be imported first (another file may hold it)
    needs_earlier: bool = False

    @classmethod
    def refused(cls, bundle: str, error: SyncError) -> Summary:
        """The summary of a bundle that was refused with ``error``."""
        return cls(
            bundle,
            status="refused",
            message=str(error),
            template=error.template,
            values=error.values,
            claim=error.claim if isinstance(error, NewcomerRefused) else None,
            needs_earlier=isinstance(error, MissingRanges),
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
        data.pop("claim")
        data.pop("needs_earlier")
        for key in ("bundle", "status", "message"):
            data.pop(key)
        return data
