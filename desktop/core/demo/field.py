"""What the demo's stories and simulated field work (``berdaya simulate``) write alike.

The minutes of a meeting, a field note's text, who carries a record already made.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from desktop.core.demo import names as words
from desktop.core.domain import Stage
from desktop.core.models.programs import Responsibility
from desktop.core.stages import Party


def minutes(title: str, total: int, women: int, leader: str | None = None) -> str:
    """The minutes' first line: who led, how many came and how many of them were women."""
    text = f"Hadir {total} orang, {women} di antaranya perempuan. {title}."
    return f"Dipimpin {leader}. {text}" if leader is not None else text


def fill(
    template: str, rng: random.Random, *, kades: str, hamlets: Sequence[str], group: str
) -> str:
    """A text of :mod:`~desktop.core.demo.names` with the village's own names put in."""
    text = template.format(kades=kades, dusun=rng.choice(hamlets), group=group)
    return text.replace("Kepala Desa  ", "Kepala Desa ")  # no head of village known


def field_note(
    rng: random.Random, stage: Stage, *, kades: str, hamlets: Sequence[str], group: str
) -> str:
    """A facilitator's note from the field in ``stage``."""
    template = rng.choice(words.FIELD_NOTES[stage.value])
    return fill(template, rng, kades=kades, hamlets=hamlets, group=group)


def carried_by(row: Responsibility) -> Party:
    """Who carries a record that is already there (an activity, to log its progress)."""
    return Party(row.party_kind, row.party_person_id, row.party_group_id, row.party_name)
