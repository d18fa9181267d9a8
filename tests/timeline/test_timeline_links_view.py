"""Arrows on the chart: click or key to pick one, edit its kind and lag or remove it, with undo;
the bar's menu; the district view's filters, read on a worker."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker
from test_timeline_view import open_view, viewport_point
from timeline_fixtures import SmallProgram

from desktop.core.domain import DependencyKind, Stage
from desktop.core.models import Dependency
from desktop.ui.timeline import TimelineView, Zoom
from desktop.ui.timeline.links import REMOVE
from desktop.ui.timeline.model import NodeKind

FS, SS = DependencyKind.FINISH_TO_START, DependencyKind.START_TO_START


def link_row(sessions: sessionmaker[Session], dep_id: uuid.UUID) -> tuple[object, int, bool]:
    with sessions() as s:
        row = s.get(Dependency, dep_id)
        assert row is not None
        return row.kind, row.lag_days, row.deleted


def click_arrow(qtbot: QtBot, view: TimelineView, dep_id: uuid.UUID) -> None:
    dep = view.dependencies.by_id[dep_id]
    pred_row = view.rows.row_of[dep.predecessor_id]
    succ_row = view.rows.row_of[dep.successor_id]
    points = view.chart.route(dep, pred_row, succ_row)
    assert points is not None
    a, b = points[1], points[2]  # the elbow going down to the successor's row
    middle = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
    view.area.horizontalScrollBar().setValue(int(middle.x() - 200))
    view.area.verticalScrollBar().setValue(max(0, int(middle.y() - 200)))
    qtbot.mouseClick(
        view.area.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, middle)
    )


def test_click_an_arrow_then_change_its_kind_and_lag_with_undo_and_redo(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.id, zoom=Zoom.WEEK)
    dep_id = small.ids["rencana>embung"]
    click_arrow(qtbot, view, dep_id)
    chosen = view.selected_link()
    assert chosen is not None and chosen.id == dep_id
    asked = []
    view.edits.ask_link = lambda link: asked.append(link) or (SS, 3)
    qtbot.keyClick(view.area, Qt.Key.Key_Return)
    assert [a.id for a in asked] == [dep_id]
    assert link_row(sessions, dep_id) == (SS, 3, False)
    assert view.dependencies.by_id[dep_id].kind is SS  # the arrow is drawn anew
    view.undo_stack.undo()
    assert link_row(sessions, dep_id) == (FS, 0, False)
    view.undo_stack.redo()
    assert link_row(sessions, dep_id) == (SS, 3, False)


def test_an_impossible_lead_is_refused_in_plain_words_and_nothing_changes(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.id)
    link = view.dependencies.by_id[small.ids["rencana>embung"]]
    with qtbot.waitSignal(view.edit_refused) as refused:
        assert not view.edits.request_set_link(link, FS, -40)
    assert "Penyusunan rencana aksi" in refused.args[0]
    assert view.banner.isVisibleTo(view)
    assert view.undo_stack.count() == 0
    assert link_row(sessions, link.id) == (FS, 0, False)


def test_keys_pick_a_link_and_delete_removes_it_with_undo(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.id)
    view.select_item(small.ids["survei"])
    view.area.setFocus()
    qtbot.keyClick(view.area, Qt.Key.Key_L)
    picked = view.selected_link()
    assert picked is not None and picked.id == small.ids["survei>rencana"]
    qtbot.keyClick(view.area, Qt.Key.Key_Delete)
    assert link_row(sessions, picked.id)[2] is True
    assert view.dependencies.between(small.ids["survei"], small.ids["rencana"]) is None
    view.undo_stack.undo()
    assert link_row(sessions, picked.id) == (FS, 5, False)  # kind and lag come back too
    # the dialog's Remove button answers REMOVE
    view.edits.ask_link = lambda link: REMOVE
    assert view.edits.edit_link(view.dependencies.by_id[picked.id])
    assert link_row(sessions, picked.id)[2] is True


def test_the_bar_menu_opens_moves_successors_and_removes_links(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = open_view(qtbot, sessions, small.id)
    view.edits.confirm_shift = lambda shifts: False  # move survei without its successors
    view.edits.confirm_contradiction = lambda _found: True  # meant to move
    node = view.model.node_for_item(small.ids["survei"])
    assert view.edits.request_move(node, node.start.replace(day=20))
    node = view.model.node_for_item(small.ids["survei"])
    menu = view.edits.item_menu(node)
    actions = {a.text(): a for a in menu.actions()}
    assert set(actions) >= {"Open activity", "Move successors", "Remove link"}
    with qtbot.waitSignal(view.activity_activated) as opened:
        actions["Open activity"].trigger()
    assert opened.args == [small.ids["survei"]]
    view.edits.confirm_shift = lambda shifts: True
    view.edits.confirm_contradiction = lambda _found: True  # meant to move
    before = view.model.node_for_item(small.ids["rencana"]).start
    actions["Move successors"].trigger()
    assert view.model.node_for_item(small.ids["rencana"]).start > before
    view.undo_stack.undo()
    assert view.model.node_for_item(small.ids["rencana"]).start == before
    removing = actions["Remove link"].menu()
    assert [a.text() for a in removing.actions()] == ["Survei lokasi → Penyusunan rencana aksi"]


def test_filters_narrow_the_district_view_off_the_gui_thread(
    qtbot: QtBot, sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    view = TimelineView(sessions, None, undo_stack=QUndoStack(), load=False, background=True)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
        assert view.loading.isVisible()

    def programs() -> set[object]:
        return {n.key for n in view.rows.nodes if n.kind is NodeKind.PROGRAM}

    assert programs() == {small.id, small.closed_id, small.other_id}
    assert view.filter_bar is not None
    bar = view.filter_bar
    qtbot.waitUntil(lambda: bar.place_box.count() > 1, timeout=10_000)
    codes = [bar.place_box.itemData(i) for i in range(bar.place_box.count())]
    assert {"53.10.05", "53.10", "32.01.01", "32.01"} <= set(codes)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        bar.place_box.setCurrentIndex(codes.index("32.01.01"))
    assert programs() == {small.other_id}
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        bar.place_box.setCurrentIndex(0)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        bar.stage_box.setCurrentIndex(bar.stage_box.findData(Stage.PREPARATION))
    assert programs() == {small.other_id}  # the only program with a preparation activity
    stages = {n.key[1] for n in view.rows.nodes if n.kind is NodeKind.STAGE}
    assert stages == {Stage.PREPARATION}
