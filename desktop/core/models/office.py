"""The office's cache of each program's computed figures, kept on this machine only (never
synced, dumped or exported): ``desktop.core.office.cache`` reads and writes it."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.models.base import Base


class CachedFigures(Base):
    """One program's figures as the office's dashboard shows them, computed on ``computed_on``
    with the thresholds whose key is ``thresholds_key``, serialized as JSON in ``format``.

    No tombstone, so change capture, dump and export pass it by: it is derived from the
    synced rows and made again from them whenever it is not provably current."""

    __tablename__ = "office_figures"

    program_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    thresholds_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(13), index=True)
    computed_on: Mapped[dt.date]
    format: Mapped[str] = mapped_column(String(100))
    figures: Mapped[str] = mapped_column(Text)


class CachedKnowledge(Base):
    """The sync knowledge (highest counter per origin device) the cached figures are current
    at: a change of a village counted beyond it makes that village's figures stale."""

    __tablename__ = "office_figures_knowledge"

    origin_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    max_counter: Mapped[int] = mapped_column(BigInteger)


class CachedState(Base):
    """One row: what else the cached figures were current with. Held changes are counted in
    the knowledge when their bundle comes but reach the data only when released, so the held
    changes then waiting are kept here; ``generation`` grows at every write, so two writers
    never interleave their caches."""

    __tablename__ = "office_figures_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    generation: Mapped[int] = mapped_column(BigInteger)
    held_count: Mapped[int] = mapped_column(BigInteger)
    held_sum: Mapped[int] = mapped_column(BigInteger)  # of their counters
    held_villages: Mapped[str] = mapped_column(Text)  # JSON list of village codes
