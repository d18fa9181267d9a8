"""Text scales with the system font without clipping: the overview, a wizard page and the
timeline drawn with the application font at 1.5 times its size; no label is cut (its size
hint fits the room it has), and screenshots are kept in the test's folder (and copied to
/tmp/berdaya-1.5x/ for a person to look at)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from desktop.core.domain import Stage
from desktop.ui import theme

SHOTS = Path("/tmp/berdaya-1.5x")


@pytest.fixture
def large_font() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, sheet = app.font(), app.styleSheet()
    bigger = app.font()
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        yield
    finally:
        app.setFont(before)
        app.setStyleSheet(sheet)  # its sizes were those of the normal font


def clipped(root: QWidget) -> list[str]:
    """Visible labels whose text needs more room than they were given."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or not label.pixmap().isNull():
            continue
        room = label.contentsRect()
        if label.wordWrap():
            needed_h = label.heightForWidth(label.width())
            short = needed_h > label.height() + 1
        else:
            hint = label.sizeHint()
            short = hint.width() > label.width() + 1 or hint.height() > label.height() + 1
        if short:
            where = label.objectName() or type(label.parent()).__name__
            found.append(f"{where}: {label.text()[:60]!r} in {room.width()}x{room.height()}")
    return found


def _cut_columns(tree: Any) -> list[str]:
    """Columns of a tree whose texts are cut short (elided) in their width."""
    return [
        f"column {column}: needs {tree.sizeHintForColumn(column)}, has {tree.columnWidth(column)}"
        for column in range(1, tree.model().columnCount())
        if tree.sizeHintForColumn(column) > tree.columnWidth(column)
    ]


def _shot(widget: QWidget, name: str, folder: Path) -> Path:
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    SHOTS.mkdir(exist_ok=True)
    shutil.copyfile(path, SHOTS / path.name)
    return path


def test_overview_wizard_and_timeline_at_one_and_a_half_times_the_font(
    large_font: None, sample_db: Any, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    path, ids = sample_db
    window = open_window(path, lang="id")
    window.resize(1200, 680)
    program = ids["Air bersih Dusun Krajan"]
    with qtbot.waitSignal(window.overview.loaded, timeout=20_000):
        assert window.navigator.select_program(program)
    qtbot.wait(200)
    _shot(window, "overview", tmp_path)
    heading = window.overview.title
    assert heading.isVisible() and heading.objectName() == "pageTitle"
    # 17 pt at a 9 pt application font: it keeps that ratio at 1.5 times the font
    ratio = heading.font().pointSizeF() / QApplication.font().pointSizeF()
    assert ratio == pytest.approx(17 / theme.DESIGN_PT, rel=0.01)
    problems = {"overview": clipped(window)}

    wizard = window.show_wizard(Stage.IMPLEMENTATION)
    qtbot.waitExposed(wizard)
    qtbot.wait(200)
    _shot(wizard, "wizard", tmp_path)
    problems["wizard"] = clipped(wizard)
    wizard.close()

    view = window.show_timeline()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.is_loading, timeout=10_000)
    qtbot.wait(200)
    _shot(view.window(), "timeline", tmp_path)
    problems["timeline"] = clipped(view.window()) + _cut_columns(view.tree)
    view.window().close()
    assert problems == {"overview": [], "wizard": [], "timeline": []}


def test_every_styled_text_grows_with_the_application_font(qtbot: Any) -> None:
    """Headings, the goals card's small print, a field's message and its character count:
    each grows by the factor the application font grew."""
    from desktop.ui.goals_view import GoalsPanel
    from desktop.ui.wizards.fields import FieldMessage, count_length

    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def sizes() -> dict[str, float]:
        theme.apply_style_sheet(app)  # as a window does when it opens
        root = QWidget()
        qtbot.addWidget(root)
        heading, empty = QLabel("Air bersih", root), QLabel("Belum ada", root)
        heading.setObjectName("pageTitle")
        empty.setObjectName("emptyTitle")
        goals = GoalsPanel(root)
        head = QLabel("Target", goals)
        head.setObjectName("columnHead")
        message = FieldMessage(root)
        message.show_text("Tulis judulnya.")
        edit = count_length(QLineEdit(root), 10)
        edit.setText("x" * 10)
        count = edit.findChild(QLabel, "fieldEcho")
        assert count is not None and count.text() == "10/10"
        labels = {"heading": heading, "empty": empty, "goals": head, "message": message}
        labels["count"] = count
        for label in labels.values():
            label.ensurePolished()
        return {name: label.font().pointSizeF() for name, label in labels.items()}

    normal = sizes()
    assert normal["heading"] > app.font().pointSizeF()  # a heading stands out
    before, sheet = app.font(), app.styleSheet()
    bigger = app.font()
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        large = sizes()
    finally:
        app.setFont(before)
        app.setStyleSheet(sheet)
    assert {name: large[name] / normal[name] for name in normal} == pytest.approx(
        dict.fromkeys(normal, 1.5), rel=0.01
    )
