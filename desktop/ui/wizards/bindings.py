"""The inputs of a wizard page bound to their drafts and saves, and every input's value as
draft text (ids as hex, dates ISO, Rupiah as digits) or as an operation takes it.

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
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from desktop.ui.wizards.fields import DateField, RupiahEdit, SearchPicker

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 300
RETRY_MS = 2000


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
            self._attempt(self._write_draft, "")

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


def _changed_signal(widget: QWidget) -> Any:
    if isinstance(widget, SearchPicker):
        return widget.chosen
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, DateField):
        return widget.dateChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    return None


def widget_text(widget: QWidget) -> str:
    """An input's value as draft text (ids as hex, dates ISO, Rupiah as digits)."""
    if isinstance(widget, SearchPicker):
        chosen = widget.chosen_id()
        return chosen.hex if chosen is not None else ""
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
    if isinstance(widget, QSpinBox):  # the lowest value is "not given"
        return str(widget.value()) if widget.value() != widget.minimum() else ""
    raise TypeError(f"no draft text for {type(widget).__name__}")


def set_widget_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, SearchPicker):
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
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(text) if text else widget.minimum())


def widget_value(widget: QWidget) -> Any:
    """An input's value as an operation takes it."""
    if isinstance(widget, SearchPicker):
        return widget.chosen_id()
    if isinstance(widget, RupiahEdit):
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
    if isinstance(widget, QSpinBox):
        return widget.value()
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
