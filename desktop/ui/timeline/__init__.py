"""The Gantt view of programs, in five parts after KD Gantt: the item model (model.py), the time
grid (grid.py), the row layout (rows.py), the bar delegate (delegate.py) and the dependency
model (dependencies.py), put together by the view (view.py) with the chart's scroll area
(area.py), the undoable edits (editing.py, commands.py, links.py) and the reading
(loading.py)."""

from desktop.ui.timeline.grid import Zoom
from desktop.ui.timeline.view import TimelineView

__all__ = ["TimelineView", "Zoom"]
