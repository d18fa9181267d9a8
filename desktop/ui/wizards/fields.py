"""The inputs a person expects in the wizards: money in Rupiah, dates with a calendar, a
searchable picker of people, groups or villages, and a message under a field.

Each is a small Qt widget with a plain Python value (``int``, ``datetime.date | None``,
``uuid.UUID | None``); none knows the database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QDateEdit, QLabel, QLineEdit, QWidget

from desktop.ui import theme
from desktop.ui.formatting import rupiah, translate_issue

if TYPE_CHECKING:
    from desktop.core.errors import Issue

RUPIAH_DIGITS_MAX = 15  # a quadrillion Rupiah: more than any village program
_NO_DATE = QDate(2000, 1, 1)  # the "no date" sentinel: the minimum of an optional DateField


class RupiahEdit(QLineEdit):
    """Whole Rupiah, shown ``Rp 1.500.000`` while typing. Only digits are taken: a minus sign,
    letters or decimals are dropped, so the amount can never be negative."""

    valueChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("Rp 0")
        self.textEdited.connect(self._reformat)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        if value < 0:
            raise ValueError("an amount of Rupiah cannot be negative")
        self._show(value, cursor_digits=None)

    def clear(self) -> None:
        self._show(0, cursor_digits=None, empty=True)

    def _reformat(self, text: str) -> None:
        before_cursor = sum(c.isdigit() for c in text[: self.cursorPosition()])
        digits = "".join(c for c in text if c.isdigit()).lstrip("0")[:RUPIAH_DIGITS_MAX]
        empty = not any(c.isdigit() for c in text)
        self._show(int(digits or "0"), cursor_digits=before_cursor, empty=empty)

    def _show(self, value: int, *, cursor_digits: int | None, empty: bool = False) -> None:
        shown = "" if empty else rupiah(value)
        if shown != self.text():
            self.setText(shown)
        if cursor_digits is not None:
            position, seen = len(shown), 0
            for n, char in enumerate(shown):
                if seen == cursor_digits:
                    position = n
                    break
                seen += char.isdigit()
            # after the last typed digit, skipping the prefix when nothing came before
            self.setCursorPosition(max(position, 3) if shown else 0)
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DateField(QDateEdit):
    """A day, typed ``dd-MM-yyyy`` or picked on the calendar. With ``optional=True`` it can
    also hold "no date" (shown as a dash), which :meth:`date` gives as ``None``."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        value: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        if optional:
            self.setMinimumDate(_NO_DATE)
            self.setSpecialValueText("—")
        self.set_date(value if value is not None or optional else dt.date.today())

    def date(self) -> dt.date | None:  # type: ignore[override]
        day = super().date()
        if self.optional and day == _NO_DATE:
            return None
        return from_qdate(day)

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            if not self.optional:
                raise ValueError("this date is required")
            super().setDate(_NO_DATE)
        else:
            super().setDate(to_qdate(value))

    def clear_date(self) -> None:
        """Back to "no date" (optional fields) or today."""
        self.set_date(None if self.optional else dt.date.today())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Delete or Backspace on a whole optional date empties it, as in a text field
        empties = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if self.optional and empties and self.lineEdit().selectedText() == self.text():
            self.set_date(None)
            return
        if self.optional and self.date() is None and event.text().isdigit():
            self.set_date(dt.date.today())  # typing into "no date" starts from today
        super().keyPressEvent(event)


@dataclass(frozen=True)
class PickerChoice:
    """One thing a :class:`SearchPicker` offers: its id, its name and what tells it apart."""

    id: uuid.UUID
    label: str
    detail: str = ""


_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchPicker(QLineEdit):
    """Type a few letters of a name, pick from the list that narrows as you type (arrow keys
    and Enter, or the mouse). ``chosen`` gives the id, or None once the text no longer names
    a choice. Down on an empty field opens the whole list."""

    chosen = Signal(object)  # uuid.UUID | None

    def __init__(self, parent: QWidget | None = None, choices: Iterable[PickerChoice] = ()):
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._choices: dict[uuid.UUID, PickerChoice] = {}
        self._chosen: uuid.UUID | None = None
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(10)
        completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._edited)
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[PickerChoice]) -> None:
        """What can be picked; the current choice stays if it is still offered."""
        self._model.clear()
        self._choices = {}
        for choice in choices:
            shown = f"{choice.label} — {choice.detail}" if choice.detail else choice.label
            item = QStandardItem(shown)
            item.setData(choice.id, _ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
            self._choices[choice.id] = choice
        if self._chosen is not None and self._chosen not in self._choices:
            self.choose(None)

    def choices(self) -> Sequence[PickerChoice]:
        return list(self._choices.values())

    def chosen_id(self) -> uuid.UUID | None:
        return self._chosen

    def choose(self, choice_id: uuid.UUID | None) -> None:
        """Pick by id (None clears the field)."""
        choice = self._choices.get(choice_id) if choice_id is not None else None
        self.setText(choice.label if choice is not None else "")
        self._set(choice.id if choice is not None else None)

    def _set(self, choice_id: uuid.UUID | None) -> None:
        if choice_id != self._chosen:
            self._chosen = choice_id
            self.chosen.emit(choice_id)

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(_ID_ROLE)
        if isinstance(value, uuid.UUID):
            self.choose(value)

    def _edited(self, text: str) -> None:
        typed = text.strip().casefold()
        exact = [c.id for c in self._choices.values() if c.label.casefold() == typed]
        self._set(exact[0] if len(exact) == 1 else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        completer = self.completer()
        popup = completer.popup()
        if event.key() == Qt.Key.Key_Down and popup is not None and not popup.isVisible():
            completer.setCompletionPrefix(self.text() if self._chosen is None else "")
            completer.complete()
            return
        super().keyPressEvent(event)


class FieldMessage(QLabel):
    """A short sentence under a field: red when something was refused, amber for what the
    page still lacks. Hidden while there is nothing to say."""

    ERROR = "error"
    HINT = "hint"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldMessage")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level = self.HINT
        self.hide()

    def show_issues(self, issues: Sequence[Issue], level: str = ERROR) -> None:
        self.show_text("\n".join(translate_issue(i) for i in issues), level)

    def show_text(self, text: str, level: str = ERROR) -> None:
        self.level = level
        colour = theme.ERROR if level == self.ERROR else theme.IN_PROGRESS
        self.setStyleSheet(f"color: {colour.name()}; font-size: 9pt;")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_text("")
