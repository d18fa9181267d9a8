"""What an operation changed, so each view can decide whether to redraw."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Returned by every core operation; the window broadcasts it once."""

    tables: frozenset[str] = frozenset()
    program_ids: frozenset[uuid.UUID] = frozenset()
    village_codes: frozenset[str] = frozenset()
    created: tuple[uuid.UUID, ...] = field(default=())

    def touches(self, table: str) -> bool:
        return table in self.tables

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.tables | other.tables,
            self.program_ids | other.program_ids,
            self.village_codes | other.village_codes,
            self.created + other.created,
        )
