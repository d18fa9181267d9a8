"""The timeline on a synthetic program of 10,000 activities and 5,000 links.

- ``timeline.paint_vs_bare``: painting one 1920x1080 viewport of the chart, divided by painting
  exactly the same drawing calls (bars, lines, diamonds, texts, recorded from the chart's own
  paint) replayed as bare QPainter calls in the same run. The rest is the view's own overhead:
  finding the visible rows and links, geometry, culling. Target <= 2.
- ``timeline.open_s``: seconds to open the view on that program (load, model, first paint),
  after the modules are imported. Target < 1.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH, HEIGHT = 1920, 1080
ROUNDS = 15

_RECORDED = (
    "fillRect",
    "drawRect",
    "drawLine",
    "drawPolygon",
    "drawPolyline",
    "drawText",
    "drawEllipse",
    "setPen",
    "setBrush",
    "setFont",
)


def _recording_painter_class() -> type:
    from PySide6.QtGui import QPainter

    class RecordingPainter(QPainter):
        """Paints as usual and keeps every drawing call, to replay them bare."""

        def __init__(self, device: Any) -> None:
            super().__init__(device)
            self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def recorder(name: str) -> Callable[..., Any]:
        base = getattr(QPainter, name)

        def call(self: Any, *args: Any) -> Any:
            self.calls.append((name, args))
            return base(self, *args)

        return call

    for name in _RECORDED:
        setattr(RecordingPainter, name, recorder(name))
    return RecordingPainter


def _build(path: Path) -> tuple[Any, Any]:
    from sqlalchemy.orm import sessionmaker

    from desktop.core.db import make_engine
    from desktop.core.models import Base
    from desktop.core.timeline.synthetic import build_program

    engine = make_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions() as session, session.begin():
        program_id = build_program(session, activities=10_000, dependencies=5_000)
    return sessions, program_id


def _open(sessions: Any, program_id: Any, app: Any) -> tuple[Any, float]:
    from desktop.ui.timeline import TimelineView, Zoom

    started = time.perf_counter()
    view = TimelineView(sessions, program_id, zoom=Zoom.WEEK)
    view.resize(WIDTH, HEIGHT)
    view.show()
    app.processEvents()
    view.area.viewport().repaint()
    return view, time.perf_counter() - started


def run() -> Iterable[tuple[str, float]]:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="berdaya-bench-") as folder:
        sessions, program_id = _build(Path(folder) / "timeline.sqlite")

        # imports, the holiday tables and SQLite's cache are warmed by a first open
        view, _cold = _open(sessions, program_id, app)
        view.close()
        view.deleteLater()
        app.processEvents()
        opens = []
        for _ in range(3):
            view, seconds = _open(sessions, program_id, app)
            opens.append(seconds)
            view.close()
            view.deleteLater()
            app.processEvents()

        view, _seconds = _open(sessions, program_id, app)
        chart = view.chart
        middle = len(view.rows) // 2
        node = view.rows.nodes[middle]
        assert node.start is not None
        x0 = chart.grid.x_of(node.start) - WIDTH / 3
        area = QRectF(x0, view.rows.y_of(middle), WIDTH, HEIGHT)
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

        recorder = _recording_painter_class()(image)
        recorder.translate(-area.left(), -area.top())
        chart.paint_body(recorder, area)
        recorder.end()
        calls = recorder.calls

        def ours() -> None:
            painter = QPainter(image)
            painter.translate(-area.left(), -area.top())
            chart.paint_body(painter, area)
            painter.end()

        def bare() -> None:
            painter = QPainter(image)
            painter.translate(-area.left(), -area.top())
            bound = {name: getattr(painter, name) for name in _RECORDED}
            for name, args in calls:
                bound[name](*args)
            painter.end()

        timings: dict[str, list[float]] = {"ours": [], "bare": []}
        for _ in range(ROUNDS):  # interleaved, so both see the same machine
            for name, paint in (("ours", ours), ("bare", bare)):
                started = time.perf_counter()
                paint()
                timings[name].append(time.perf_counter() - started)
        view.close()
        view.deleteLater()
        app.processEvents()
        sessions.kw["bind"].dispose()

    yield (
        "timeline.paint_vs_bare",
        statistics.median(timings["ours"]) / statistics.median(timings["bare"]),
    )
    yield "timeline.open_s", statistics.median(opens)
