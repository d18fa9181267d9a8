"""The timeline opens from the main window for the chosen program, and renders headless."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from desktop.ui.screenshot import render


def test_the_timeline_needs_a_chosen_program(sample_db: Any, open_window: Any, monkeypatch: Any):
    path, _ids = sample_db
    window = open_window(path)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    assert window.show_timeline() is None
    assert said == ["Pilih dulu program di sebelah kiri."]


def test_the_timeline_shows_the_seven_stage_lanes_of_the_program(
    sample_db: Any, open_window: Any, qtbot: Any
) -> None:
    path, ids = sample_db
    window = open_window(path, lang="en")
    assert window.navigator.select_program(ids["Kebun gizi keluarga"])
    view = window.show_timeline()
    assert view is not None and view.isVisible()
    # read on a worker: "Loading…" first, then the rows
    assert view.loading.isVisible() and view.loading_label.text() == "Loading…"
    assert view.model.rowCount() == 0
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    assert not view.loading.isVisible()
    lanes = [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    assert len(lanes) == 7
    assert lanes[0].endswith("Preparation") and lanes[-1].endswith("Termination")
    everyone = window.show_timeline(every_program=True)
    assert everyone is not None
    qtbot.waitUntil(lambda: everyone.model.rowCount() == 2, timeout=10_000)  # one per program
    assert everyone.filter_bar is not None and view.filter_bar is None


def test_screenshot_of_the_timeline(sample_db: Any, tmp_path: Path) -> None:
    path, ids = sample_db
    out = tmp_path / "timeline.png"
    code = render(
        db=str(path),
        view="timeline",
        out=str(out),
        lang="id",
        program=str(ids["Air bersih Dusun Krajan"]),
        size=(1100, 600),
    )
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1100, 600)
    colours = {image.pixel(x, y) for x in range(0, 1100, 37) for y in range(0, 600, 23)}
    assert len(colours) > 5
