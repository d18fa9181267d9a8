"""Completer lists that give back the clicks meant for other fields: Qt's completer eats the
click that closes its list, so without this a click on the next field left the focus (and the
typing after it) in the field with the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QCompleter, QWidget


class PopupClicks(QObject):
    """Lets a click outside a completer's suggestion list reach the field it was meant for.

    Qt's completer eats the click that closes its list, so a click on the next field left
    the focus (and the typing after it) in the field with the list. This filter, installed
    after the completer's own, closes the list, focuses the widget under the click as the
    click would have, and hands the click to it."""

    def __init__(self, popup: QWidget) -> None:
        super().__init__(popup)
        self.popup = popup
        popup.setAttribute(Qt.WidgetAttribute.WA_NoMouseReplay)  # the click arrives once, here
        popup.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(event, QMouseEvent):
            return False
        if self.popup.rect().contains(event.position().toPoint()):
            return False  # a click on a suggestion picks it
        self.popup.hide()
        point = event.globalPosition().toPoint()
        window = QApplication.activeWindow()  # the list's field's, under the list
        target = QApplication.widgetAt(point) or (
            window.childAt(window.mapFromGlobal(point)) if window is not None else None
        )
        if target is None:
            return True
        _click_focus(target)
        local = target.mapFromGlobal(point)
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            QApplication.postEvent(
                target,
                QMouseEvent(
                    kind,
                    local,
                    event.globalPosition(),
                    event.button(),
                    event.buttons(),
                    event.modifiers(),
                ),
            )
        return True


def _click_focus(widget: QWidget) -> None:
    """Focus ``widget`` (or the nearest ancestor taking focus by click) as a click would: a
    posted click moves no focus, only one from the window system does."""
    node: QWidget | None = widget
    click = Qt.FocusPolicy.ClickFocus
    while node is not None:
        if node.isEnabled() and (node.focusPolicy() & click) == click:
            node.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        node = None if node.isWindow() else node.parentWidget()


def keep_clicks(completer: QCompleter) -> QCompleter:
    """Give ``completer``'s list a :class:`PopupClicks` (once); returns the completer."""
    popup = completer.popup()
    if popup is not None and popup.findChild(PopupClicks) is None:
        PopupClicks(popup)
    return completer
