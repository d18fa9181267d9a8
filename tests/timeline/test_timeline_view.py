"""The Qt timeline: dragging, resizing and linking through core operations with undo and redo,
keys, painting only what shows, and printing to PDF pages and PNG."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker
from timeline_fixtures import SmallProgram

from desktop.core.calendar_id import WorkingCalendar
from desktop.core.db import make_engine
from desktop.core.models import Activity, Base, Dependency
from desktop.core.timeline.synthetic import build_program
from desktop.ui.timeline import TimelineView, Zoom
from desktop.ui.timeline.delegate import LINK_GAP, LINK_RADIUS, Hit
from desktop.ui.timeline.printing import plan_pages

D = dt.date
CAL = WorkingCalendar()


def dates(sessions: sessionmaker[Session], activity_id: uuid.UUID) -> tuple[dt.date, dt.date]:
    with sessions() as s:
        row = s.get(Activity, activity_id)
        assert row is not None
        return row.planned_start, row.planned_end


def open_view(
    qtbot: QtBot,
    sessions: sessionmaker[Session],
    program_id: uuid.UUID | None,
    zoom: Zoom = Zoom.DAY,
) -> TimelineView:
    view = TimelineView(sessions, program_id, undo_stack=QUndoStack(), zoom=zoom)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.show()
    qtbot.waitExposed(view)
    view.edits.confirm_shift = lambda shifts: True
    view.edits.confirm_contradiction = lambda _found: True  # meant to move
    return view


def viewport_point(view: TimelineView, chart: QPointF) -> QPoint:
    return (chart - view.area.offset()).toPoint()


def bar_of(view: TimelineView, item_id: uuid.UUID):
    node = view.model.node_for_item(item_id)
    assert node is not None
    view.scroll_to_date(node.start - dt.timedelta(days=3))
    view.ensure_visible(node)
    geom = view.area.geometry_of(node)
    assert geom is not None
    return node, geom


def drag(qtbot: QtBot, view: TimelineView, start: QPointF, end: QPointF) -> None:
    viewport = view.area.viewport()
    a, b = viewport_point(view, start), viewport_point(view, end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    middle = QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2)
    qtbot.mouseMove(viewport, middle)
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_drag_moves_over_a_holiday_offers_successors_and_undoes(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.id)
    offered = []
    view.edits.confirm_shift = lambda shifts: offered.extend(shifts) or True
    view.edits.confirm_contradiction = lambda _found: True  # meant to move
    changes = []
    view.changes_made.connect(changes.append)
    ids = small.ids
    before = {name: dates(sessions, ids[name]) for name in ("survei", "rencana", "embung")}
    _node, geom = bar_of(view, ids["survei"])
    assert view.area.hit_at(geom.bar.center())[1] is Hit.MOVE
    width = view.grid.day_width
    # Survei lokasi, Mon 9 - Fri 13 Feb 2026, dragged three days later
    drag(qtbot, view, geom.bar.center(), geom.bar.center() + QPointF(3 * width, 0))
    # Thu 12 Feb; five working days over cuti bersama (16) and Imlek (17): Fri 20
    assert dates(sessions, ids["survei"]) == (D(2026, 2, 12), D(2026, 2, 20))
    assert {s.title for s in offered} >= {"Penyusunan rencana aksi"}
    moved_rencana = dates(sessions, ids["rencana"])
    assert moved_rencana[0] > before["rencana"][0]
    assert changes and changes[-1].touches("activities")
    assert view.undo_stack.count() == 1

    view.undo_stack.undo()  # the move and the shifted successors, in one step
    for name, value in before.items():
        assert dates(sessions, ids[name]) == value
    view.undo_stack.redo()
    assert dates(sessions, ids["survei"]) == (D(2026, 2, 12), D(2026, 2, 20))
    assert dates(sessions, ids["rencana"]) == moved_rencana
    # the view shows what the database holds
    shown = view.model.node_for_item(ids["survei"])
    assert (shown.start, shown.end) == (D(2026, 2, 12), D(2026, 2, 20))


def test_declining_the_offer_moves_only_the_activity(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.id)
    view.edits.confirm_shift = lambda shifts: False
    view.edits.confirm_contradiction = lambda _found: True  # meant to move
    before = dates(sessions, small.ids["rencana"])
    node = view.model.node_for_item(small.ids["survei"])
    assert view.edits.request_move(node, D(2026, 2, 16))
    assert dates(sessions, small.ids["survei"])[0] == D(2026, 2, 18)  # after Imlek
    assert dates(sessions, small.ids["rencana"]) == before


def test_drag_an_end_resizes_and_undo_restores(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.id)
    kebun = small.ids["kebun"]
    before = dates(sessions, kebun)
    _node, geom = bar_of(view, kebun)
    edge = QPointF(geom.bar.right() - 2, geom.bar.center().y())
    assert view.area.hit_at(edge)[1] is Hit.RESIZE_END
    drag(qtbot, view, edge, edge + QPointF(3 * view.grid.day_width, 0))
    assert dates(sessions, kebun) == (before[0], before[1] + dt.timedelta(days=3))
    left = QPointF(geom.bar.left() + 2, geom.bar.center().y())
    assert view.area.hit_at(left)[1] is Hit.RESIZE_START
    drag(qtbot, view, left, left - QPointF(2 * view.grid.day_width, 0))
    assert dates(sessions, kebun) == (
        before[0] - dt.timedelta(days=2),
        before[1] + dt.timedelta(days=3),
    )
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert dates(sessions, kebun) == before
    view.undo_stack.redo()
    assert dates(sessions, kebun)[1] == before[1] + dt.timedelta(days=3)


def test_drag_from_bar_to_bar_links_and_undo_unlinks(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.id, zoom=Zoom.WEEK)
    ids = small.ids
    pred, geom = bar_of(view, ids["survei"])
    view.select_node(pred)
    handle = QPointF(geom.bar.right() + LINK_GAP + LINK_RADIUS, geom.mid_y)
    assert view.area.hit_at(handle)[1] is Hit.LINK
    target = view.model.node_for_item(ids["evaluasi"])
    row = view.rows.row_of[target.key]
    drop = QPointF(view.grid.x_of(target.start) + 2, view.rows.y_of(row) + 12)
    drag(qtbot, view, handle, drop)
    with sessions() as s:
        made = (
            s.query(Dependency)
            .filter_by(predecessor_id=ids["survei"], successor_id=ids["evaluasi"])
            .one()
        )
        dep_id = made.id
        assert not made.deleted
    assert view.dependencies.between(ids["survei"], ids["evaluasi"]) is not None
    view.undo_stack.undo()
    with sessions() as s:
        assert s.get(Dependency, dep_id).deleted
    assert view.dependencies.between(ids["survei"], ids["evaluasi"]) is None
    view.undo_stack.redo()
    with sessions() as s:
        assert not s.get(Dependency, dep_id).deleted  # the same row, brought back


def test_a_loop_is_refused_with_a_message_and_nothing_is_stacked(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.id)
    last = view.model.node_for_item(small.ids["evaluasi"])
    first = view.model.node_for_item(small.ids["survei"])
    with qtbot.waitSignal(view.edit_refused) as refused:
        assert not view.edits.request_link(last, first)
    assert "loop" in refused.args[0] and "Survei lokasi" in refused.args[0]
    assert view.banner.isVisibleTo(view)
    assert view.undo_stack.count() == 0


def test_keys_select_move_and_open(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.id)
    view.select_item(small.ids["survei"])
    view.area.setFocus()
    qtbot.keyClick(view.area, Qt.Key.Key_Down)
    assert view.selected_node().item.id == small.ids["meeting"]
    qtbot.keyClick(view.area, Qt.Key.Key_Up)
    assert view.selected_node().item.id == small.ids["survei"]
    with qtbot.waitSignal(view.activity_activated) as opened:
        qtbot.keyClick(view.area, Qt.Key.Key_Return)
    assert opened.args[0] == small.ids["survei"]
    view.edits.confirm_shift = lambda shifts: False
    view.edits.confirm_contradiction = lambda _found: True  # meant to move
    qtbot.keyClick(view.area, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    # Fri 13 Feb + one working day: Wed 18 (Imlek's cuti bersama and Imlek between)
    assert dates(sessions, small.ids["survei"]) == (D(2026, 2, 10), D(2026, 2, 18))
    qtbot.keyClick(view.area, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert dates(sessions, small.ids["survei"]) == (D(2026, 2, 9), D(2026, 2, 13))
    assert view.undo_stack.count() == 2


def test_a_closed_program_refuses_edits(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.closed_id)
    (node,) = [n for n in view.rows.nodes if n.item is not None and n.item.editable]
    view.select_node(node)
    with qtbot.waitSignal(view.edit_refused) as refused:
        qtbot.keyClick(view.area, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert "closed" in refused.args[0]
    assert view.undo_stack.count() == 0


def test_zoom_fit_and_folding(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.id, zoom=Zoom.WEEK)
    for zoom in (Zoom.DAY, Zoom.MONTH, Zoom.QUARTER, Zoom.WEEK):
        view.set_zoom(zoom)
        assert view.grid.zoom is zoom
        assert view.zoom_box.currentData() is zoom
    view.fit_to_program()
    first, last = view.timeline.span
    left = view.area.horizontalScrollBar().value()
    visible = view.area.viewport().width()
    assert left <= view.grid.x_of(first) and view.grid.x_end(last) <= left + visible
    rows = len(view.rows)
    stage = view.model.node_for_item(small.ids["embung"]).parent
    view.tree.collapse(view.model.index_of(stage))
    assert len(view.rows) == rows - len(stage.children)
    assert view.tree.verticalScrollBar().maximum() == view.area.verticalScrollBar().maximum()
    view.tree.expand(view.model.index_of(stage))
    assert len(view.rows) == rows


def test_pdf_pages_are_tiled_with_repeated_headers(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram, tmp_path: Path
) -> None:
    view = open_view(qtbot, sessions, small.id, zoom=Zoom.DAY)
    for paper, landscape in (("A4", True), ("F4", False)):
        path = tmp_path / f"plan-{paper}.pdf"
        pages = view.export_pdf(path, paper=paper, landscape=landscape)
        document = QPdfDocument()
        assert document.load(str(path)) == QPdfDocument.Error.None_
        assert document.pageCount() == pages
        assert pages > 1  # a day per 40 pixels spans many pages across
        size = document.pagePointSize(0)
        long_side, short_side = max(size.width(), size.height()), min(size.width(), size.height())
        expected = (842, 595) if paper == "A4" else (935, 609)  # points
        assert (round(long_side), round(short_side)) == pytest.approx(expected, abs=2)
        assert (size.width() > size.height()) == landscape
        text = document.getAllText(pages - 1).text()
        assert f"{pages}/{pages}" in text  # the title line on every page
        document.close()
    plan = plan_pages(3000, 100, 24, 1000, 1400, 1.0)
    assert (plan.columns, plan.rows) == (4, 2)


def test_png_export(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram, tmp_path: Path
) -> None:
    view = open_view(qtbot, sessions, small.id, zoom=Zoom.WEEK)
    path = tmp_path / "plan.png"
    view.export_png(path)
    image = QImage(str(path))
    assert image.width() > 1000 and image.height() == 40 + 24 * len(view.rows)


@pytest.fixture
def big(tmp_path: Path) -> tuple[sessionmaker[Session], uuid.UUID]:
    engine = make_engine(f"sqlite:///{tmp_path}/big.sqlite")
    Base.metadata.create_all(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions() as s, s.begin():
        program_id = build_program(s, activities=10_000, dependencies=5_000)
    yield sessions, program_id
    engine.dispose()


def test_only_visible_rows_are_painted(qtbot: QtBot, big) -> None:
    sessions, program_id = big
    view = open_view(qtbot, sessions, program_id, zoom=Zoom.WEEK)
    assert len(view.rows) > 10_000
    painted = []
    paint = view.chart.delegate.paint
    view.chart.delegate.paint = lambda painter, node, geom, selected=False: (
        painted.append(node),
        paint(painter, node, geom, selected=selected),
    )
    middle = len(view.rows) // 2
    view.area.verticalScrollBar().setValue(view.rows.y_of(middle))
    view.scroll_to_date(view.rows.nodes[middle].start)
    view.area.viewport().grab()  # paints now, whatever the window system does
    rows_on_screen = view.area.viewport().height() // view.rows.row_height + 2
    assert 0 < len(painted) <= rows_on_screen


def test_model_roles_and_reloading_on_the_windows_signal(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    from PySide6.QtCore import QDate

    from desktop.core import schedule
    from desktop.ui.timeline.model import NodeKind, Role

    view = open_view(qtbot, sessions, small.id)
    index = view.model.index_of(view.model.node_for_item(small.ids["embung"]))
    assert view.model.data(index, Role.START) == QDate(2026, 3, 9)
    assert view.model.data(index, Role.END) == QDate(2026, 4, 17)
    assert view.model.data(index, Role.PROGRESS) == 40
    assert view.model.data(index, Role.ACTUAL_START) == QDate(2026, 3, 10)
    assert view.model.data(index, Role.BASELINE_END) == QDate(2026, 4, 10)
    assert view.model.data(index, Role.CRITICAL) is True
    assert view.model.data(index, Role.KIND) == NodeKind.ITEM
    assert view.model.data(index.parent(), Role.KIND) == NodeKind.STAGE
    assert view.model.rowCount() == 7  # one program: the seven stages at the top
    # an edit made elsewhere (a wizard page), announced by the window
    with sessions() as s, s.begin():
        changes = schedule.resize_activity(s, activity_id=small.ids["kebun"], end=D(2026, 3, 31))
    view.on_changes(changes)
    assert view.model.node_for_item(small.ids["kebun"]).end == D(2026, 3, 31)


def test_commands_outlive_the_view_on_a_shared_stack(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    import shiboken6

    stack = QUndoStack()
    view = TimelineView(sessions, small.id, undo_stack=stack)
    view.edits.confirm_shift = lambda shifts: False
    view.edits.confirm_contradiction = lambda _found: True  # meant to move
    before = dates(sessions, small.ids["kebun"])
    assert view.edits.request_move(view.model.node_for_item(small.ids["kebun"]), D(2026, 4, 6))
    shiboken6.delete(view)
    stack.undo()
    assert dates(sessions, small.ids["kebun"]) == before


def test_the_view_does_not_reach_for_the_main_window() -> None:
    folder = Path(__file__).resolve().parents[2] / "desktop" / "ui" / "timeline"
    for module in folder.glob("*.py"):
        assert "main_window" not in module.read_text(encoding="utf-8"), module.name


def test_a_district_view_of_several_programs(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram, tmp_path: Path
) -> None:
    from desktop.core.timeline import TimelineFilter
    from desktop.ui.timeline.model import NodeKind

    view = TimelineView(
        sessions, None, undo_stack=QUndoStack(), narrow=TimelineFilter(place_prefix="53.10.05")
    )
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitExposed(view)
    programs = [n for n in view.rows.nodes if n.kind is NodeKind.PROGRAM]
    assert {n.key for n in programs} == {small.id, small.closed_id}
    assert view.model.rowCount() == 2
    view.fit_to_program()
    assert not view.area.viewport().grab().isNull()
    assert view.export_pdf(tmp_path / "district.pdf", paper="F4") >= 1
