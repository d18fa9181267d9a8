"""What the implementation and evaluation pages share: who carried a record (picked, and named
in a list), a second input beside the first on a form row, and numbers as the forms show them."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui import formatting
from desktop.ui.wizards.fields import FieldMessage, NumberEdit, PickerChoice, SearchPicker

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.stages.guards import Party
    from desktop.ui.wizards.record_list import RecordList

FACILITATOR = uuid.UUID(int=0)  # the picker's choice for "the facilitator (outside worker)"
DATE_WIDTH, MONEY_WIDTH = 150, 220
COMPACT = 400  # pixels: inputs narrower than this keep their width beside another


def form_number(value: float) -> str:
    """A stored number as the form takes it back: no grouping, a decimal comma (``2,5``)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def number_text(value: float) -> str:
    return formatting.number(value, 2)


class PartyPicker(SearchPicker):
    """Who carries a record, searchable: the village's groups and people, and (optionally) the
    facilitator. :meth:`party` gives the core's ``Party`` (None while nothing is chosen)."""

    def reload(
        self,
        session: Session,
        village_code: str,
        *,
        people: bool = True,
        groups: bool = True,
        facilitator: bool = True,
    ) -> None:
        from desktop.ui.wizards.people import read_groups, read_people

        found: list[PickerChoice] = []
        self.group_ids: set[uuid.UUID] = set()
        if groups:
            for c in read_groups(session, village_code):
                found.append(PickerChoice(c.id, c.label, self.tr("community group")))
                self.group_ids.add(c.id)
        if people:
            found += read_people(session, village_code)
        if facilitator:
            found.append(PickerChoice(FACILITATOR, self.tr("The facilitator"), self.tr("outside")))
        self.set_choices(found)

    def party(self) -> Party | None:
        from desktop.core.stages.guards import Party

        chosen = self.chosen_id()
        if chosen is None:
            return None
        if chosen == FACILITATOR:
            return Party.facilitator()
        if chosen in getattr(self, "group_ids", set()):
            return Party.community_group(chosen)
        return Party.member(chosen)


def party_text(carried_by: str, by_facilitator: bool) -> str:
    """Who carried a record as a reader names it; the facilitator unnamed in words."""
    from PySide6.QtCore import QCoreApplication

    if by_facilitator and not carried_by:
        return QCoreApplication.translate("PartyPicker", "The facilitator")
    return carried_by


def side_input(lst: RecordList, name: str, label: str, widget: QWidget) -> QWidget:
    """A second input on a form row (put ``beside`` the first): label, input and its message,
    drafted and cleared with the rest of the form."""
    page = lst.page
    box = QWidget(lst)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 0, 0, 0)
    layout.setSpacing(2)
    row = QHBoxLayout()
    caption = QLabel(label, box)
    caption.setBuddy(widget)
    row.addWidget(caption)
    row.addWidget(widget, 1)
    if widget.maximumWidth() < COMPACT:
        row.addStretch(1)
    layout.addLayout(row)
    message = FieldMessage(box)
    layout.addWidget(message)
    lst.inputs[name] = widget
    page.messages[name] = message
    page.bind(widget, f"{lst.field}.{name}", message=False)
    if isinstance(widget, QLineEdit):
        widget.returnPressed.connect(lst._enter)
        widget.installEventFilter(lst)  # Enter adds (see RecordList.eventFilter)
    return box


def whole(edit: NumberEdit) -> int:
    """A count as typed; zero while empty. A refused text never gets this far: the page saves
    nothing while a number field refuses (see ``fields.number_refusals``)."""
    return int(edit.number() or 0)
