"""What the formalisation wizard's pages share: combo boxes, lists that keep dates in view, and
numbers typed the Indonesian way (read by the core's one rule)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.core import numbers
from desktop.core.errors import ValidationError
from desktop.ui.wizards.fields import PickerChoice
from desktop.ui.wizards.record_list import RecordList

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def parse_number(text: str) -> float | None:
    """A typed number read by the core's one rule (``12,5``, ``1.500``, ``1.500,75``; see
    :mod:`desktop.core.numbers`); None when it refuses the text."""
    try:
        return float(numbers.parse_number(text, negative_allowed=True))
    except ValidationError:
        return None


def typed_number(value: object) -> float | None:
    """A form's value (a number, or text as typed) as a number; None when it is not one."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return parse_number(str(value or ""))


def combo(parent: QWidget, items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox(parent)
    for text, data in items:
        box.addItem(text, data)
    return box


def fill_combo(box: QComboBox, items: list[tuple[str, str]]) -> None:
    """New items, keeping the chosen one when it is still offered."""
    kept = box.currentData()
    box.blockSignals(True)
    try:
        box.clear()
        for text, data in items:
            box.addItem(text, data)
        index = box.findData(kept) if kept is not None else -1
        box.setCurrentIndex(index if index >= 0 else (0 if items else -1))
    finally:
        box.blockSignals(False)


def compact(records: RecordList, widest: int = 230) -> None:
    """Long names are cut (with …) so the dates and amounts stay in view."""
    records.table.horizontalHeader().setMaximumSectionSize(widest)
    records.table.setTextElideMode(Qt.TextElideMode.ElideRight)
    records.table.setWordWrap(False)


def uuid_of(data: object) -> uuid.UUID | None:
    """The id a combo box keeps as hex text, None when nothing is chosen."""
    return uuid.UUID(hex=data) if isinstance(data, str) and data else None


def activity_choices(session: Session, program_id: uuid.UUID) -> list[PickerChoice]:
    """The planned activities to pick from, each with its action plan."""
    from desktop.core.readers.formalisation import activity_rows

    return [PickerChoice(a.id, a.title, a.plan) for a in activity_rows(session, program_id)]
