"""All four principles of one program."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.domain import Principle
from desktop.core.principles.equality import Equality, equality
from desktop.core.principles.participation import Participation, participation
from desktop.core.principles.self_reliance import SelfReliance, self_reliance
from desktop.core.principles.shares import PrincipleScore, Thresholds
from desktop.core.principles.sustainability import Sustainability, sustainability


@dataclass(frozen=True)
class PrincipleScores:
    equality: Equality
    participation: Participation
    sustainability: Sustainability
    self_reliance: SelfReliance

    def __iter__(self) -> Iterator[PrincipleScore]:
        return iter((self.equality, self.participation, self.sustainability, self.self_reliance))

    def by_principle(self) -> dict[Principle, PrincipleScore]:
        return {
            Principle.EQUALITY: self.equality,
            Principle.PARTICIPATION: self.participation,
            Principle.SUSTAINABILITY: self.sustainability,
            Principle.SELF_RELIANCE: self.self_reliance,
        }


def scores(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> PrincipleScores:
    """The four principles of one program."""
    return PrincipleScores(
        equality(session, program_id, thresholds),
        participation(session, program_id, thresholds),
        sustainability(session, program_id, thresholds),
        self_reliance(session, program_id, thresholds),
    )
