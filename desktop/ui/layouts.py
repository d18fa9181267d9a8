"""Reading what a layout holds without ``QLayout.itemAt``.

PySide keeps the Python wrapper of every item ``QLayout.itemAt(i)`` returns alive for as long as
the layout's wrapper lives, but Qt deletes the item itself when its widget leaves the layout. A
widget made later at the same address then comes back from ``parentWidget()`` as that stale
``QWidgetItem`` (seen once in CI as an AttributeError inside an event filter). These helpers ask
the layout only questions whose answers are QObjects or numbers.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLayout, QWidget

L = TypeVar("L", bound=QLayout)


def nested_layouts(layout: QLayout | None, kind: type[L]) -> list[L]:
    """``layout`` and the layouts nested in it that are of ``kind``."""
    if layout is None:
        return []
    found: list[L] = [layout] if isinstance(layout, kind) else []
    found.extend(layout.findChildren(kind))
    return found


def widgets_in(layout: QLayout) -> list[QWidget]:
    """The widgets placed in ``layout`` or in a layout nested in it."""
    owner = layout.parentWidget()
    if owner is None:
        return []
    layouts = [layout, *layout.findChildren(QLayout)]
    return [
        widget
        for widget in owner.findChildren(QWidget)
        if any(inner.indexOf(widget) >= 0 for inner in layouts)
    ]
