"""What every page of the termination wizard shares: its messages all in one language."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.wizards.base import StagePage
from desktop.ui.wizards.fields import FieldMessage

if TYPE_CHECKING:
    from desktop.core.errors import Issue


def localised(issues: Sequence[Issue]) -> list[Issue]:
    """Issues whose values (a default checklist item, a stage's name) are translated too, so
    the sentence is all in one language: the template stays for FieldMessage to translate."""
    out = []
    for found in issues:
        values = tuple(
            (name, QCoreApplication.translate("Issues", value) if value else value)
            for name, value in found.values
        )
        out.append(dataclasses.replace(found, values=values))
    return out


class TerminationPage(StagePage):
    """What every page of this wizard shares: its messages in one language."""

    def show_issues(self, issues: Sequence[Issue], level: str = FieldMessage.ERROR) -> None:
        super().show_issues(localised(issues), level)
