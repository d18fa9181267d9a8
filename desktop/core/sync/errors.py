"""The one exception sync raises for the person at the screen: its message is one sentence."""

from __future__ import annotations


class SyncError(Exception):
    """A refusal or failure of sync; ``str(error)`` is one plain sentence for a facilitator."""


class BundleRefused(SyncError):
    """A bundle that must not be imported (damaged, forged, out of scope, out of order)."""


class HardDeleteRefused(SyncError):
    """A synced row was deleted from the database instead of being tombstoned."""
