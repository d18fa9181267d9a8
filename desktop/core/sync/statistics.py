"""PostgreSQL's planner statistics during a long import: the sync bookkeeping analysed as it grows.

PostgreSQL plans each merge statement from the statistics of the tables it reads, and autovacuum
refreshes them about once a minute at best. A cold import makes the bookkeeping grow from nothing
to millions of entries in that time, and a plan made from the statistics of a nearly empty table
(a nested loop over all of it for each staged change) costs more with every bundle. So between
bundles the import analyses the bookkeeping itself whenever its file has doubled since it was
last analysed: a handful of times in a whole cold import, none in an everyday one. SQLite plans
by its indexes, not by such statistics: nothing is done there.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from desktop.core.models import SyncVersion
from desktop.core.sync.sql import is_sqlite

# pages (8 KiB) the bookkeeping must reach before it is first analysed by an import: a small
# database keeps the statistics it has
FIRST_LOOK_PAGES = 128
_TABLE = SyncVersion.__tablename__


class GrowingTables:
    """Analyses the bookkeeping between bundles once it has doubled (:meth:`look`)."""

    def __init__(self, conn: Connection) -> None:
        self.active = not is_sqlite(conn)

    def look(self, conn: Connection) -> None:
        """After a bundle (committed, or inside a dry run's one transaction)."""
        if not self.active:
            return
        if conn.in_transaction():  # a dry run: all its bundles in one transaction
            _analyse_if_doubled(conn)
        else:
            with conn.begin():
                _analyse_if_doubled(conn)


def _analyse_if_doubled(conn: Connection) -> None:
    pages, analysed = conn.execute(
        text(
            "SELECT pg_relation_size(oid) / current_setting('block_size')::int, relpages "
            "FROM pg_class WHERE oid = to_regclass(:t)"
        ),
        {"t": _TABLE},
    ).one()
    if int(pages) >= max(FIRST_LOOK_PAGES, 2 * int(analysed)):
        conn.execute(text(f"ANALYZE {_TABLE}"))
