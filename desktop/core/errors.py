"""The core's refusals: an :class:`Issue` found by a rule and the :class:`ValidationError` that
carries them. A leaf module: every layer of the core (stages, schedule, sync) may import it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.domain import Stage, stage_name


def show(value: object) -> str:
    """A value as a message shows it: dates day-first as Indonesians write them."""
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Stage):
        return stage_name(value)
    return str(value)


@dataclass(frozen=True)
class Issue:
    """Something missing or wrong, said in plain English for the person at the screen.

    ``field`` names the input (or the list) the issue is about, so a page can point at it.
    ``template`` and ``values`` let the UI translate the sentence and put the values back in."""

    field: str
    message: str
    template: str = ""
    values: tuple[tuple[str, str], ...] = ()


def issue(field_name: str, template: str, **values: object) -> Issue:
    """An issue whose message is ``template`` with ``{name}`` filled from ``values``."""
    shown = {key: show(value) for key, value in values.items()}
    return Issue(field_name, template.format(**shown), template, tuple(sorted(shown.items())))


class ValidationError(ValueError):
    """An operation refused: nothing was changed. ``issues`` says what to fix."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues: tuple[Issue, ...] = tuple(issues)
        super().__init__("; ".join(i.message for i in self.issues) or "Refused.")

    @property
    def messages(self) -> list[str]:
        return [i.message for i in self.issues]


class ProgramClosed(ValidationError):
    """The program was formally closed at termination: it is read-only."""


def refuse_if(issues: list[Issue]) -> None:
    """Raise the collected issues, if there are any."""
    if issues:
        raise ValidationError(issues)
