"""What every stage flow is made of: steps, the issues a rule finds, and the flow itself.

A flow is the base for any user interface, so it knows nothing of Qt: a wizard page binds to a
step, asks the step's rules what is still missing, and saves where it stands with
:func:`desktop.core.stages.lifecycle.save_step`. Rules read what is already saved, because every
page saves as the user goes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import Stage, stage_name
from desktop.core.errors import Issue
from desktop.core.models import Program

# A rule reads the saved data of one program and says what is still missing or wrong.
Rule = Callable[[Session, Program], list[Issue]]


@dataclass(frozen=True)
class Step:
    """One page of a stage's wizard.

    ``id`` is what :attr:`StageState.current_step` stores; ``captures`` names the tables the page
    writes; ``optional`` steps may stay empty without holding the stage back."""

    id: str
    title: str
    captures: tuple[str, ...]
    rules: tuple[Rule, ...] = ()
    optional: bool = False

    def issues(self, session: Session, program: Program) -> list[Issue]:
        found: list[Issue] = []
        for rule in self.rules:
            found.extend(rule(session, program))
        return found


@dataclass(frozen=True)
class Upstream:
    """A record of an earlier stage that this stage builds on (shown to choose from)."""

    table: str
    id: uuid.UUID
    title: str
    detail: str = ""


Feed = Callable[[Session, Program], list[Upstream]]


def _no_feed(_session: Session, _program: Program) -> list[Upstream]:
    return []


@dataclass(frozen=True)
class Flow:
    """The ordered steps of one stage, what makes the stage done, and what it builds on."""

    stage: Stage
    steps: tuple[Step, ...]
    builds_on: tuple[Stage, ...] = ()
    feed: Feed = _no_feed  # the earlier stage's records this one starts from
    done_rules: tuple[Rule, ...] = ()  # beyond every step's own rules
    summary: str = ""  # what "done" means, in plain English
    on_start: Callable[[Session, Program], Changes] | None = None  # e.g. seed a checklist
    _index: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {step.id: n for n, step in enumerate(self.steps)}
        if len(index) != len(self.steps):
            raise ValueError(f"{self.stage}: step ids must be unique")
        object.__setattr__(self, "_index", index)

    @property
    def name(self) -> str:
        return stage_name(self.stage)

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(step.id for step in self.steps)

    @property
    def first_step(self) -> str:
        return self.steps[0].id

    def has_step(self, step_id: str) -> bool:
        return step_id in self._index

    def step(self, step_id: str) -> Step:
        try:
            return self.steps[self._index[step_id]]
        except KeyError:
            raise KeyError(f"{step_id!r} is not a step of the {self.name} stage") from None

    def next_step(self, step_id: str) -> str | None:
        n = self._index[step_id] + 1
        return self.steps[n].id if n < len(self.steps) else None

    def previous_step(self, step_id: str) -> str | None:
        n = self._index[step_id] - 1
        return self.steps[n].id if n >= 0 else None

    def step_issues(self, session: Session, program: Program, step_id: str) -> list[Issue]:
        """What the page of ``step_id`` still lacks (an empty list: the page is valid)."""
        return self.step(step_id).issues(session, program)

    def all_issues(self, session: Session, program: Program) -> dict[str, list[Issue]]:
        """Every step's issues, by step id, in order (optional steps included)."""
        return {step.id: step.issues(session, program) for step in self.steps}

    def done_issues(self, session: Session, program: Program) -> list[Issue]:
        """Why the stage is not done yet: the required steps' issues and the stage's own rules."""
        found: list[Issue] = []
        for step in self.steps:
            if not step.optional:
                found.extend(step.issues(session, program))
        for rule in self.done_rules:
            found.extend(rule(session, program))
        return found

    def upstream(self, session: Session, program: Program) -> list[Upstream]:
        return self.feed(session, program)
