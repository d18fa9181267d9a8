"""The inputs a person expects in the wizards: money in Rupiah and numbers read by the core's
one rule, dates with a calendar, a searchable picker of people, groups or villages, a count of
characters near a text's limit, and a message under a field.

Each is a small Qt widget with a plain Python value (``int``, ``datetime.date | None``,
``uuid.UUID | None``); none knows the database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.numbers import indonesian, parse_count, parse_number, parse_rupiah
from desktop.ui import theme
from desktop.ui.formatting import rupiah, translate_issue
from desktop.ui.wizards.popups import keep_clicks

if TYPE_CHECKING:
    from desktop.core.errors import Issue

_NO_DATE = QDate(2000, 1, 1)  # the "no date" sentinel: the minimum of an optional DateField
_MINUS = "-−"
_NEAR_LIMIT = 0.9  # a text's count shows from this share of its limit on
_Text = TypeVar("_Text", bound=QLineEdit | QPlainTextEdit)


def message_of(widget: QWidget) -> FieldMessage | None:
    """The FieldMessage a wizard page keeps for ``widget``: by its binding's field or its
    record list's input name (the page and lists are duck-typed: this module knows no page)."""
    names: list[str] = []
    node = widget.parentWidget()
    while node is not None:
        holders = [node, *getattr(node, "lists", [])]
        for holder in holders:
            inputs = getattr(holder, "inputs", None)
            if isinstance(inputs, dict):
                names += [name for name, w in inputs.items() if w is widget]
        bindings = getattr(node, "bindings", None)
        if isinstance(bindings, dict):
            for binding in bindings.values():
                if getattr(binding, "widget", None) is widget:
                    names += [binding.field, binding.field.rsplit(".", 1)[-1]]
        messages = getattr(node, "messages", None)
        if isinstance(messages, dict):
            for name in names:
                found = messages.get(name)
                if isinstance(found, FieldMessage):
                    return found
        node = node.parentWidget()
    return None


def _corner_label(edit: QWidget, *, left: bool) -> QLabel:
    """A small grey label inside a line edit, at one end: what was understood, or a count."""
    label = QLabel(edit)
    label.setObjectName("fieldEcho")
    label.setStyleSheet(f"color: {theme.TEXT_MUTED.name()}; {theme.font_size(8)};")
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    label.hide()
    label.setProperty("left", left)
    return label


def _place(edit: QLineEdit, label: QLabel) -> None:
    label.adjustSize()
    x = 6 if label.property("left") else edit.width() - label.width() - 6
    label.move(x, (edit.height() - label.height()) // 2)


class TypedNumber(QLineEdit):
    """A number typed as Indonesians write it and read by the core's one rule
    (:mod:`desktop.core.numbers`). What the rule understood shows inside the field as it is
    typed (``= 1.500``); what it refuses is said in words under the field, and the page saves
    nothing while it stands (see :func:`number_refusals`)."""

    refused = Signal(object)  # Issue | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problem: Issue | None = None
        self.message: FieldMessage | None = None  # where to say a refusal; None: the page's
        self._echo = _corner_label(self, left=True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textChanged.connect(self._understand)

    def problem(self) -> Issue | None:
        """Why the typed text is refused, None when it is understood (or empty)."""
        return self._problem

    def parse(self, text: str) -> int | float:
        raise NotImplementedError

    def shown(self, value: int | float) -> str:
        return indonesian(value)

    def _understand(self, _changed: str) -> None:
        # the current text: a slot of textEdited may have regrouped it since the signal
        text = self.text()
        if not text.strip():
            self._say(None, "")
            return
        try:
            value = self.parse(text)
        except ValidationError as error:
            self._say(error.issues[0], "")
            return
        echo = self.shown(value)
        self._say(None, "" if echo == text.strip() else f"= {echo}")

    def _say(self, problem: Issue | None, echo: str) -> None:
        self._echo.setText(echo)
        self._echo.setVisible(bool(echo))
        _place(self, self._echo)
        if problem != self._problem:
            self._problem = problem
            message = self.message or message_of(self)
            if message is not None:
                message.show_issues([problem] if problem is not None else [])
            self.setToolTip(translate_issue(problem) if problem is not None else "")
            self.refused.emit(problem)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        _place(self, self._echo)


class NumberEdit(TypedNumber):
    """A count or a quantity: ``decimals`` allows ``2,5``; ``maximum`` is a stated limit
    (refused beyond it, never clamped). :meth:`number` is None while empty or refused."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        decimals: bool = False,
        negative: bool = False,
        maximum: int | None = None,
    ) -> None:
        self._decimals, self._negative, self._maximum = decimals, negative, maximum
        super().__init__(parent)

    def parse(self, text: str) -> int | float:
        if self._decimals:
            return parse_number(text, negative_allowed=self._negative)
        if self._negative:
            return parse_number(text, decimals_allowed=False, negative_allowed=True)
        return parse_count(text, maximum=self._maximum)

    def number(self) -> int | float | None:
        if not self.text().strip() or self._problem is not None:
            return None
        return self.parse(self.text())


class CountEdit(NumberEdit):
    """A whole count with a spin box's ``value``/``setValue``/``valueChanged``, read by the
    core's rule instead of clamped: beyond ``maximum`` or below zero is refused under the
    field in words. Empty means ``empty`` (shown greyed as the placeholder); a refused text
    counts as ``empty`` too while the page saves nothing."""

    valueChanged = Signal(object)  # int: Rupiah and counts pass a C int's range

    def __init__(
        self, parent: QWidget | None = None, *, maximum: int | None = None, empty: int = 0
    ) -> None:
        super().__init__(parent, maximum=maximum)
        self._empty = self._last = empty
        self.setPlaceholderText(str(empty))
        self.textChanged.connect(self._changed)

    def value(self) -> int:
        number = self.number()
        return int(number) if number is not None else self._empty

    def setValue(self, value: int) -> None:
        self.setText("" if value == self._empty else str(value))

    def _changed(self, _text: str) -> None:
        if (value := self.value()) != self._last:
            self._last = value
            self.valueChanged.emit(value)


class RupiahEdit(TypedNumber):
    """Whole Rupiah. Plain digits are grouped while typing (``Rp 1.500.000``); ``1,5 juta``,
    ``75 rb`` or ``Rp 12.500`` show what was understood (``= Rp 1.500.000``) and take that
    form when the field is left. Sen, an ambiguous mark or anything else the core's rule
    refuses is said under the field, and the value stays what was last understood. A minus
    sign is never taken, and the field says so."""

    valueChanged = Signal(object)  # int: Rupiah and counts pass a C int's range

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0
        self._rendered = self._previous = ""
        self.setPlaceholderText("Rp 0")
        self.textEdited.connect(self._reformat)
        self.editingFinished.connect(self._settle)

    def value(self) -> int:
        return self._value

    def parse(self, text: str) -> int:
        return parse_rupiah(text)

    def shown(self, value: int | float) -> str:
        return rupiah(int(value))

    def setValue(self, value: int) -> None:
        if value < 0:
            raise ValueError("an amount of Rupiah cannot be negative")
        self._show(value, cursor_digits=None)

    def clear(self) -> None:
        self._show(0, cursor_digits=None, empty=True)

    def _understand(self, _changed: str) -> None:
        super()._understand(_changed)
        if self._problem is None and self.text().strip():
            self._take(parse_rupiah(self.text()))

    def _say(self, problem: Issue | None, echo: str) -> None:
        super()._say(problem, echo)
        if problem is None and getattr(self, "_minus_dropped", False):
            self._say_minus()  # a problem typed since, now gone, took the hint with it

    def _say_minus(self) -> None:
        message = message_of(self)
        if message is not None:
            message.show_text(
                QCoreApplication.translate(
                    "RupiahEdit", "A minus sign is not taken: this amount is never negative."
                ),
                FieldMessage.HINT,
            )

    def _reformat(self, text: str) -> None:
        previous, self._previous = self._previous, text
        if any(c in _MINUS for c in text):
            self.setText("".join(c for c in text if c not in _MINUS))
            self._minus_dropped = True  # said until the field is left
            self._say_minus()
            text = self.text()
        digits = "".join(c for c in text if c.isdigit())
        plain = text.strip().removeprefix("Rp").strip()
        # a space typed between digits may be a mistake ("1 5"): the rule reads it, not a regroup
        if plain and not plain.strip("0123456789.") and not text.endswith(" "):
            try:
                grouped = parse_rupiah(plain) == int(digits)
            except ValidationError:
                grouped = False
            if grouped or (previous == self._rendered and _digits_edited(previous, text)):
                before_cursor = sum(c.isdigit() for c in text[: self.cursorPosition()])
                self._show(int(digits), cursor_digits=before_cursor)
        elif not text.strip():
            self._show(0, cursor_digits=None, empty=True)

    def _settle(self) -> None:
        """Leaving the field: an understood ``1,5 juta`` takes the form ``Rp 1.500.000``."""
        self._minus_dropped = False
        if self.text().strip() and self._problem is None:
            self._show(self._value, cursor_digits=None)

    def _take(self, value: int) -> None:
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def _show(self, value: int, *, cursor_digits: int | None, empty: bool = False) -> None:
        shown = "" if empty else rupiah(value)
        self._rendered = self._previous = shown
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
        self._take(value)


def _digits_edited(before: str, after: str) -> bool:
    """Only digits typed or deleted (or a grouping dot deleted) in the field's own ``Rp 1.500``."""

    def marks(text: str) -> str:
        return "".join(c for c in text if not c.isdigit())

    old, new = marks(before), marks(after)
    return new.replace(".", "") == old.replace(".", "") and new.count(".") <= old.count(".")


def number_refusals(root: QWidget) -> list[Issue]:
    """What the number fields shown under ``root`` refuse, said again under each: while any
    stands nothing is saved, so a value the person did not mean never reaches the database."""
    found: list[Issue] = []
    for edit in root.findChildren(TypedNumber):
        problem = edit.problem()
        if problem is not None and edit.isVisibleTo(root):
            found.append(problem)
            message = edit.message or message_of(edit)
            if message is not None:
                message.show_issues([problem])
    return found


class LengthCount(QObject):
    """Shows ``118/120`` inside a text field once it nears the core's limit (red beyond it):
    the text is never cut, the core refuses what is too long in words. A multi-line field
    shows it in its bottom right corner."""

    def __init__(self, edit: QLineEdit | QPlainTextEdit, limit: int) -> None:
        super().__init__(edit)
        self.edit, self.limit = edit, limit
        self.label = _corner_label(edit, left=False)
        if isinstance(edit, QLineEdit):
            edit.textChanged.connect(self._count)
        else:
            edit.textChanged.connect(lambda: self._count(edit.toPlainText()))
        edit.installEventFilter(self)

    def _count(self, text: str) -> None:
        near = len(text) >= self.limit * _NEAR_LIMIT
        colour = theme.ERROR if len(text) > self.limit else theme.TEXT_MUTED
        self.label.setStyleSheet(f"color: {colour.name()}; {theme.font_size(8)};")
        self.label.setText(f"{len(text)}/{self.limit}")
        self.label.setVisible(near)
        self._place()

    def _place(self) -> None:
        if isinstance(self.edit, QLineEdit):
            _place(self.edit, self.label)
            return
        self.label.adjustSize()
        corner = self.edit.viewport().geometry().bottomRight()
        self.label.move(corner.x() - self.label.width() - 4, corner.y() - self.label.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False


def count_length(edit: _Text, limit: int) -> _Text:
    """Give ``edit`` a :class:`LengthCount` for the core's ``limit``; returns the edit."""
    LengthCount(edit, limit)
    return edit


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

    def focusNextPrevChild(self, next: bool) -> bool:
        # Qt's date edit keeps Tab while it shows "no date" (its special value): with no
        # sections to step through, Tab and Shift+Tab go on to the next or previous field
        if self.optional and self.date() is None:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


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
        self.setCompleter(keep_clicks(completer))
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
        exact = self.named(text)
        self._set(exact[0] if len(exact) == 1 else None)

    def named(self, text: str) -> list[uuid.UUID]:
        """The choices ``text`` names exactly (by name, or as the list shows it), any case."""
        typed = text.strip().casefold()
        return [
            c.id
            for c in self._choices.values()
            if typed in (c.label.casefold(), f"{c.label} — {c.detail}".casefold())
        ]

    def unmatched(self) -> str:
        """The text typed when it names no single choice ("" when a choice is picked or
        nothing is typed); a text naming exactly one choice picks it now."""
        if self._chosen is None and self.text().strip():
            self._edited(self.text())
        return self.text().strip() if self._chosen is None else ""

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
        self.setStyleSheet(f"color: {colour.name()}; {theme.font_size(9)};")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_text("")
