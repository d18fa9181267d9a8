"""The schema revisions this program knows, readable without importing Alembic (start-up is hot).

A test checks this list against the Alembic scripts, so the two cannot drift apart."""

from __future__ import annotations

# Oldest first. Every revision id starts with "berdaya_" so a foreign Alembic database is told
# apart from one made by a newer Berdaya.
REVISIONS: tuple[str, ...] = (
    "berdaya_0001",
    "berdaya_0002",
    "berdaya_0003",
    "berdaya_0004",
    "berdaya_0005",
    "berdaya_0006",
    "berdaya_0007",
    "berdaya_0008",
    "berdaya_0009",
)
HEAD = REVISIONS[-1]
REVISION_PREFIX = "berdaya_"
