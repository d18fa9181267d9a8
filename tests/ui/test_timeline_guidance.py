"""The timeline guides: an empty one says how its bars appear (and opens the wizard that adds
them), and a move that would start an activity after work was recorded on it asks first."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.domain import PartyKind, Stage
from desktop.core.errors import Issue

HINT = {
    "en": (
        "No activities yet.",
        "step 2, “Activities, responsible groups and dates”",
        "“Formalising the action plan”",
    ),
    "id": (
        "Belum ada kegiatan.",
        "langkah 2, “Kegiatan, kelompok penanggung jawab, dan tanggal”",
        "“Formalisasi Rencana Aksi”",
    ),
}


def _open_timeline(window: Any, program_id: uuid.UUID, qtbot: Any) -> Any:
    assert window.navigator.select_program(program_id)
    view = window.show_timeline()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.is_loading, timeout=10_000)
    return view


@pytest.mark.parametrize("lang", ["en", "id"])
def test_an_empty_timeline_says_how_bars_appear(
    sample_db: Any, open_window: Any, qtbot: Any, lang: str
) -> None:
    path, ids = sample_db
    window = open_window(path, lang=lang)
    view = _open_timeline(window, ids["Kebun gizi keluarga"], qtbot)  # no activities
    assert view.empty_hint.isVisible()
    text = view.empty_hint.label.text()
    for part in HINT[lang]:
        assert part in text, text
    assert HINT[lang][2] in view.empty_hint.button.text()
    qtbot.mouseClick(view.empty_hint.button, Qt.MouseButton.LeftButton)
    wizards = window.__dict__.get("_wizards", {})
    assert (ids["Kebun gizi keluarga"], Stage.FORMALISATION) in wizards
    for wizard in list(wizards.values()):
        wizard.close()

    full = _open_timeline(window, ids["Air bersih Dusun Krajan"], qtbot)
    assert not full.empty_hint.isVisible()


def _log_progress(path: Path, program_id: uuid.UUID, title: str, day: dt.date) -> uuid.UUID:
    """Progress logged on ``day`` for the activity called ``title``; its id."""
    from sqlalchemy import select

    from desktop.core.database import open_database
    from desktop.core.models import Activity, ProgressLog

    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            activity = session.scalars(
                select(Activity).where(Activity.program_id == program_id, Activity.title == title)
            ).one()
            session.add(
                ProgressLog(
                    village_code=activity.village_code,
                    activity_id=activity.id,
                    logged_on=day,
                    progress=40,
                    party_kind=PartyKind.COMMUNITY_GROUP,
                )
            )
            return activity.id
    finally:
        database.dispose()


def test_a_move_past_recorded_work_asks_first(sample_db: Any, open_window: Any, qtbot: Any) -> None:
    path, ids = sample_db
    program_id = ids["Air bersih Dusun Krajan"]
    logged_on = dt.date(2024, 6, 10)  # the activity is planned from 31-05-2024
    activity_id = _log_progress(path, program_id, "Pengadaan pipa dan tandon", logged_on)
    window = open_window(path, lang="en")
    view = _open_timeline(window, program_id, qtbot)
    node = view.model.node_for_item(activity_id)
    start = node.item.start
    asked: list[Issue] = []
    answers = [False, True]
    view.edits.confirm_shift = lambda _shifts: False
    view.edits.confirm_contradiction = lambda found: asked.append(found) or answers.pop(0)

    # earlier: nothing contradicts the record, nothing is asked
    assert view.edits.request_move(node, start - dt.timedelta(days=7))
    assert asked == []
    node = view.model.node_for_item(activity_id)
    earlier = node.item.start
    assert earlier < start
    # after the logged day: asked, and "no" leaves the plan as it was
    assert not view.edits.request_move(node, dt.date(2024, 6, 24))
    assert len(asked) == 1 and "10-06-2024" in asked[0].message
    assert "Pengadaan pipa dan tandon" in asked[0].message
    assert view.model.node_for_item(activity_id).item.start == earlier
    # "yes" moves it
    assert view.edits.request_move(view.model.node_for_item(activity_id), dt.date(2024, 6, 24))
    assert view.model.node_for_item(activity_id).item.start == dt.date(2024, 6, 24)
    assert len(asked) == 2


def test_the_question_is_said_in_the_interface_language(
    sample_db: Any, open_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    path, ids = sample_db
    program_id = ids["Air bersih Dusun Krajan"]
    activity_id = _log_progress(path, program_id, "Pengadaan pipa dan tandon", dt.date(2024, 6, 10))
    window = open_window(path, lang="id")
    view = _open_timeline(window, program_id, qtbot)
    said: list[tuple[str, str]] = []

    def question(_parent: Any, title: str, text: str, *_args: Any) -> Any:
        said.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not view.edits.request_move(view.model.node_for_item(activity_id), dt.date(2024, 6, 24))
    ((title, text),) = said
    assert title == "Pindahkan setelah pekerjaan yang tercatat?"
    assert "Pekerjaan “Pengadaan pipa dan tandon” sudah tercatat pada 10-06-2024" in text


BAR = {
    "en": "Pengadaan pipa dan tandon: 31 May 2024 – 24 June 2024, 60% done",
    "id": "Pengadaan pipa dan tandon: 31 Mei 2024 – 24 Juni 2024, selesai 60%",
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_each_bar_reaches_a_screen_reader_by_name(
    sample_db: Any, open_window: Any, qtbot: Any, lang: str
) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleActionInterface

    path, ids = sample_db
    window = open_window(path, lang=lang)
    view = _open_timeline(window, ids["Air bersih Dusun Krajan"], qtbot)
    chart = QAccessible.queryAccessibleInterface(view.area)
    assert chart.role() == QAccessible.Role.List
    bars = [chart.child(i) for i in range(chart.childCount())]
    assert all(bar.role() == QAccessible.Role.ListItem for bar in bars)
    names = [bar.text(QAccessible.Text.Name) for bar in bars]
    assert BAR[lang] in names, names
    bar = bars[names.index(BAR[lang])]
    assert chart.indexOfChild(bar) == names.index(BAR[lang])
    assert not bar.rect().isEmpty()

    actions = bar.actionInterface()
    actions.doAction(QAccessibleActionInterface.setFocusAction())  # selects the bar
    assert view.selected_node().title == "Pengadaan pipa dan tandon"
    assert bar.state().selected
    with qtbot.waitSignal(view.activity_activated) as opened:
        actions.doAction(QAccessibleActionInterface.pressAction())  # opens its record
    assert opened.args == [view.selected_node().item.id]
    for wizard in list(window.__dict__.get("_wizards", {}).values()):
        wizard.close()
