"""The inputs of a wizard page bound to their drafts and saves, and every input's value as
draft text (ids as hex, a name typed but not picked as ``typed:`` and the text, dates ISO,
Rupiah as digits, other fields as typed) or as an operation takes it.

Typing is never lost: when the disk is full, the file read-only or another program holds the
write lock, the input keeps its text (and stays "typed since the last save"), the page says
what is wrong in one sentence, and the draft or save is tried again until it goes through.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.ui.wizards.fields import (
    CountEdit,
    DateField,
    FieldMessage,
    RupiahEdit,
    SearchPicker,
    TypedNumber,
    message_of,
)

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 300
RETRY_MS = 2000
TYPED = "typed:"  # a picker's draft of a name not picked (an id's hex never holds a colon)


def problem_text(kind: str) -> str:
    """What stands in the way of saving, in the interface's language, in one sentence."""
    texts = {
        "full": QCoreApplication.translate(
            "Binding", "The disk is full: what you typed is kept here, not saved yet."
        ),
        "read-only": QCoreApplication.translate(
            "Binding", "The database is read-only: what you typed is kept here, not saved yet."
        ),
        "busy": QCoreApplication.translate(
            "Binding",
            "Another program is writing to the database: what you typed is kept here and "
            "saved when it is done.",
        ),
        "damaged": QCoreApplication.translate(
            "Binding", "The database is damaged: what you typed is kept here, not saved."
        ),
    }
    return texts.get(
        kind,
        QCoreApplication.translate(
            "Binding", "The database cannot be written: what you typed is kept here, not saved."
        ),
    )


class Binding(QObject):
    """One input of a page: its text for drafts, and (optionally) how it is saved.

    ``write_draft(text)`` keeps (empty text: forgets) the input's draft; ``may_save()`` says
    whether the value may be saved now (the page is editable)."""

    def __init__(
        self,
        parent: QObject,
        widget: QWidget,
        field: str,
        save: Callable[[Any], object] | None,
        *,
        write_draft: Callable[[str], None],
        may_save: Callable[[], bool],
        report: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._write_draft = write_draft
        self._may_save = may_save
        self._report = report
        self.problem: str | None = None  # what stood in the way of the last write, if anything
        self._commit_pending = False
        self._saving = False
        self.widget = widget
        self.field = field
        self.save = save
        self.dirty = False  # typed since the last save
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self._due)
        self._quiet = False
        changed = _changed_signal(widget)
        if changed is not None:
            changed.connect(self._changed)
        if isinstance(widget, SearchPicker):
            widget.textChanged.connect(self._changed)  # a name typed, not picked, is kept too
        if save is not None:
            if isinstance(widget, QLineEdit | DateField):
                widget.editingFinished.connect(self.commit)
            else:
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def _changed(self, *_args: object) -> None:
        if self._quiet:
            return
        message = message_of(self.widget)
        if message is not None:
            _clear_unless_refusing(self.widget, message)
        self.dirty = True
        self.timer.start(DRAFT_DELAY_MS)

    def text(self) -> str:
        return widget_text(self.widget)

    def set_text(self, text: str) -> None:
        self._quiet = True
        try:
            set_widget_text(self.widget, text)
        finally:
            self._quiet = False

    def _due(self) -> None:
        if self._commit_pending:
            self.commit()
        else:
            self.write_draft()

    def write_draft(self) -> bool:
        """Keep the text as a draft; False (and a retry later) when storage refused it."""
        self.timer.stop()
        done, _result = self._attempt(self._write_draft, self.text())
        return done

    def flush(self) -> None:
        if self.timer.isActive():
            self.write_draft()

    def commit(self) -> None:
        """Save the value to its record (bound fields), then forget its draft. The input counts
        as typed-since-saved until the save went through."""
        if self.save is None or not self.dirty or self._saving or not self._may_save():
            return
        self.flush()
        self._saving = True  # a message box of the save may take the focus: no second save
        try:
            done, result = self._attempt(self.save, widget_value(self.widget))
        finally:
            self._saving = False
        self._commit_pending = not done
        if not done:
            return
        self.dirty = False
        if result is not False:
            # what was saved needs no draft; a name typed but not picked was not saved
            self._attempt(self._write_draft, unsaved_text(self.widget))

    def _attempt(self, write: Callable[[Any], object], value: Any) -> tuple[bool, object]:
        """Run ``write``; a storage problem is said on the page and retried, anything else is a
        bug and raised."""
        try:
            result = write(value)
        except Exception as error:
            from desktop.core.db import problem_kind

            kind = problem_kind(error)
            if kind is None:
                raise
            log.warning("a %s field could not be written (%s)", self.field, kind, exc_info=True)
            self._show(problem_text(kind))
            self.timer.start(RETRY_MS)
            return False, None
        if self.problem is not None:
            self._show(None)
        return True, result

    def _show(self, problem: str | None) -> None:
        self.problem = problem
        if self._report is not None:
            self._report(problem or "")


def clear_when_edited(widget: QWidget, message: FieldMessage) -> None:
    """The message under ``widget`` goes once the widget is edited: its cause is being fixed,
    and the next save says it again if it was not."""
    signal = widget.textChanged if isinstance(widget, QLineEdit) else _changed_signal(widget)
    if signal is not None:
        signal.connect(lambda *_: _clear_unless_refusing(widget, message))


def _clear_unless_refusing(widget: QWidget, message: FieldMessage) -> None:
    # a number field says its own refusal for as long as it stands
    if not (isinstance(widget, TypedNumber) and widget.problem() is not None):
        message.clear_message()


def _changed_signal(widget: QWidget) -> Any:
    if isinstance(widget, SearchPicker):
        return widget.chosen
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, DateField):
        return widget.dateChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    return None


def widget_text(widget: QWidget) -> str:
    """An input's value as draft text (see the module's docstring): a refused count stays the
    text typed, so reopening shows it with its refusal."""
    if isinstance(widget, SearchPicker):
        chosen = widget.chosen_id()
        return chosen.hex if chosen is not None else unsaved_text(widget)
    if isinstance(widget, RupiahEdit):
        return str(widget.value()) if widget.text() else ""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, DateField):
        day = widget.date()
        return day.isoformat() if day is not None else ""
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return str(data) if data is not None else ""
    if isinstance(widget, QCheckBox):
        return "1" if widget.isChecked() else ""
    raise TypeError(f"no draft text for {type(widget).__name__}")


def unsaved_text(widget: QWidget) -> str:
    """The draft a picker keeps after a save: the name typed but not picked, exactly as typed."""
    if isinstance(widget, SearchPicker) and widget.chosen_id() is None and widget.text():
        return TYPED + widget.text()
    return ""


def set_widget_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, SearchPicker):
        if text.startswith(TYPED):
            widget.choose(None)
            widget.setText(text.removeprefix(TYPED))  # shown again, still not picked
        else:
            widget.choose(uuid.UUID(hex=text) if text else None)
    elif isinstance(widget, RupiahEdit):
        if text:
            widget.setValue(int(text))
        else:
            widget.clear()
    elif isinstance(widget, QLineEdit):
        widget.setText(text)
    elif isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != text:
            widget.setPlainText(text)
    elif isinstance(widget, DateField):
        if text:
            widget.set_date(dt.date.fromisoformat(text))
        elif widget.optional:
            widget.set_date(None)
        # a required date keeps its day: the next record is often of the same day
    elif isinstance(widget, QComboBox):
        index = widget.findData(text) if text else 0
        widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(text))


def widget_value(widget: QWidget) -> Any:
    """An input's value as an operation takes it."""
    if isinstance(widget, SearchPicker):
        return widget.chosen_id()
    if isinstance(widget, RupiahEdit | CountEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, DateField):
        return widget.date()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(f"no value for {type(widget).__name__}")


def value_text(value: object) -> str:
    """A record's value as the form's draft text (see :func:`set_widget_text`)."""
    if value is None or value is False:
        return ""
    if value is True:
        return "1"
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
