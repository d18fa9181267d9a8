"""Accessible names for a built widget tree, taken from what a sighted user reads beside each input.

``name_widgets(root)`` gives every interactive widget under ``root`` that has no accessible name
one: its label (a QLabel whose buddy it is, or its QFormLayout row label), a button's own text,
the placeholder, the tooltip, the group box or the label just above it; a tooltip that says more
becomes the accessible description. The texts are already translated, so the names follow the
interface's language. It runs once more whenever ``root`` is shown, for widgets made later.
``unnamed(root)`` lists what is still without a name (the tests walk every window with it).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QBoxLayout,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizardPage,
)

from desktop.ui.layouts import nested_layouts

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractSlider,
)
# parts Qt builds inside another control: the control itself carries the name
_INSIDE = (QAbstractSpinBox, QComboBox, QAbstractItemView, QCalendarWidget)
_AUTO = "berdayaAutoName"  # the name this module gave, so a later run may renew it
_TAGS = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    """A label's text as it is heard: no markup, no mnemonic '&', no trailing colon."""
    text = _TAGS.sub(" ", text.replace("<br>", ". ")).replace("&&", "\0").replace("&", "")
    text = " ".join(text.replace("\0", "&").split())
    return text.rstrip(" :").strip()


def is_interactive(widget: QWidget) -> bool:
    """A control a person operates (not one of the parts Qt makes inside another control)."""
    if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QScrollBar, QHeaderView)):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _INSIDE):
            return False
        parent = parent.parentWidget()
    return True


def _form_label(widget: QWidget) -> str:
    """The label of the QFormLayout row whose field holds ``widget`` (directly, in a nested
    layout or inside a container widget)."""
    parent = widget.parentWidget()
    while parent is not None:
        for form in nested_layouts(parent.layout(), QFormLayout):
            label = _row_label(form, widget)
            if label:
                return label
        if parent.isWindow():
            return ""
        parent = parent.parentWidget()
    return ""


def _row_label(form: QFormLayout, widget: QWidget) -> str:
    """The label text of the row of ``form`` whose field is ``widget``, one of its ancestors,
    or a layout nested in the row that holds one of them."""
    chain: list[QWidget] = []
    held: QWidget | None = widget
    while held is not None and held is not form.parentWidget():
        chain.append(held)
        held = held.parentWidget()
    for candidate in chain:
        label = form.labelForField(candidate)
        if isinstance(label, QLabel):
            return _plain(label.text())
    for inner in form.findChildren(QLayout):
        if not any(inner.indexOf(candidate) >= 0 for candidate in chain):
            continue
        row: QLayout = inner
        while (up := row.parent()) is not form and isinstance(up, QLayout):
            row = up
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            return _plain(label.text())
    return ""


def _label_above(widget: QWidget) -> str:
    """The text of a QLabel placed just before ``widget`` in its box layout."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    labels = parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
    for box in nested_layouts(parent.layout(), QBoxLayout):
        index = box.indexOf(widget)
        if index <= 0:
            continue
        for label in labels:
            if box.indexOf(label) == index - 1 and _plain(label.text()):
                return _plain(label.text())
    return ""


def _enclosing_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and _plain(parent.title()):
            return _plain(parent.title())
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is not None and page.isAncestorOf(widget) and parent.tabText(index):
                    return _plain(parent.tabText(index))
        if isinstance(parent, QWizardPage) and isinstance(widget, QAbstractItemView):
            return _plain(parent.title())  # a step's table is what the step's title names
        parent = parent.parentWidget()
    return ""


def _placeholder(widget: QWidget) -> str:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return _plain(widget.placeholderText())
    if isinstance(widget, QComboBox):
        edit = widget.lineEdit()
        return _plain(widget.placeholderText() or (edit.placeholderText() if edit else ""))
    return ""


def readable_name(widget: QWidget, buddies: dict[int, str] | None = None) -> str:
    """What a sighted person reads as the name of ``widget``, or "" when nothing is there."""
    if isinstance(widget, QAbstractButton) and _plain(widget.text()):
        return _plain(widget.text())
    for found in (
        (buddies or {}).get(id(widget), ""),
        _form_label(widget),
        _placeholder(widget),
        _plain(widget.toolTip()),
        _label_above(widget),
        _enclosing_title(widget),
    ):
        if found:
            return found
    return ""


def name_widgets(root: QWidget) -> None:
    """Give the interactive widgets under ``root`` a name and description where they lack one,
    now and each time ``root`` is shown again."""
    buddies: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and _plain(label.text()):
            buddies[id(buddy)] = _plain(label.text())
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_interactive(widget):
            continue
        given = widget.property(_AUTO)
        if not widget.accessibleName() or widget.accessibleName() == given:
            name = readable_name(widget, buddies)
            if name:
                widget.setAccessibleName(name)
                widget.setProperty(_AUTO, name)
        tip = _plain(widget.toolTip())
        if not widget.accessibleDescription() and tip and tip != widget.accessibleName():
            widget.setAccessibleDescription(tip)
    if root.property("berdayaNaming") is None:
        root.setProperty("berdayaNaming", True)
        root.installEventFilter(_RENAMER)


class _Renamer(QObject):
    """Names what was added to a root since its last showing."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            name_widgets(watched)
        return False


_RENAMER = _Renamer()


def unnamed(root: QWidget) -> list[QWidget]:
    """The visible, enabled interactive widgets under ``root`` still without a name."""
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if is_interactive(widget)
        and widget.isVisible()
        and widget.isEnabled()
        and not widget.accessibleName()
    ]


class PaintedPart(QAccessibleInterface):
    """A part a widget paints itself (a stage of the stepper, a bar of the timeline), as a
    screen reader sees it: no children and no object of its own, inside ``owner`` (the
    widget's own interface). Subclasses say its text, place, role and state."""

    def __init__(self, owner: QAccessibleInterface, widget: QWidget) -> None:
        super().__init__()
        self.owner = owner
        self.widget = widget

    def isValid(self) -> bool:
        return True

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> Any:
        return self.widget.window().windowHandle()

    def relations(self, match: Any = None) -> list[Any]:
        return []

    def focusChild(self) -> None:  # type: ignore[override]
        return None

    def childAt(self, x: int, y: int) -> None:  # type: ignore[override]
        return None

    def parent(self) -> QAccessibleInterface:
        return self.owner

    def child(self, index: int) -> None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1
