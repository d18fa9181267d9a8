"""The office's verdict in the window: the facilitator sees it on the overview's stages and at the
top of the stage's wizard, and that the stage changed after it; the office records one from the
program's overview (and can undo it). The databases are made once, with real bundles."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from desktop.core import device, programs
from desktop.core import stages as st
from desktop.core.database import open_database
from desktop.core.domain import Goal, ReviewVerdict, Stage
from desktop.core.reviews import record_verdict
from desktop.core.sync.export import export_bundle
from desktop.core.sync.merge import import_files

VILLAGE = "32.01.01.1001"
NOTE = "The berita acara lacks the village head's signature; add it and send the plan again."
PLAN_DAYS = (dt.date(2026, 3, 2), dt.date(2026, 3, 20))


def _carry(source: Path, target: Path, bundle: Path, accept: set[str]) -> None:
    sender, receiver = open_database(source), open_database(target)
    try:
        export_bundle(sender, bundle)
        options: dict[str, Any] = {}
        if "accept" in import_files.__code__.co_varnames:
            options["accept"] = accept
        [summary] = import_files(receiver, [bundle], **options)
        assert summary.status == "applied", summary
    finally:
        sender.dispose()
        receiver.dispose()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, uuid.UUID, uuid.UUID]:
    """A village that reported its action plan, and its office that asked for changes; the
    verdict has come back to the village. (village file, office file, program, activity)"""
    folder = tmp_path_factory.mktemp("verdicts")
    village_path, office_path = folder / "village.sqlite", folder / "office.sqlite"
    village, office = open_database(village_path), open_database(office_path)
    with village.session() as session, session.begin():
        village_id = device.bind(session, [VILLAGE]).id.hex
        program_id = programs.create_program(
            session, village_code=VILLAGE, name="Air bersih", start_date=dt.date(2026, 1, 5)
        ).created[0]
        activity_id = st.add_activity(
            session,
            program_id=program_id,
            title="Dig the well",
            planned_start=PLAN_DAYS[0],
            planned_end=PLAN_DAYS[1],
            party=st.Party.facilitator(),
            stage=Stage.FORMALISATION,
        ).created[0]
        st.add_indicator(
            session,
            program_id=program_id,
            goal=Goal.LIVING,
            name="Homes with clean water",
            unit="homes",
            baseline_value=10,
            target_value=40,
        )
    with office.session() as session, session.begin():
        device.bind_places(session, codes=["32.01"], label="Dinas PMD")
        office_id = device.local_device(session).id.hex
    village.dispose()
    office.dispose()
    accept = {village_id, office_id}
    _carry(village_path, office_path, folder / "report.berdaya", accept)
    office = open_database(office_path)
    with office.session() as session, session.begin():
        record_verdict(
            session,
            program_id=program_id,
            stage=Stage.FORMALISATION,
            verdict=ReviewVerdict.NEEDS_CHANGES,
            note=NOTE,
        )
    office.dispose()
    _carry(office_path, village_path, folder / "verdict.berdaya", accept)
    return village_path, office_path, program_id, activity_id


@pytest.fixture
def window_on(qtbot: Any, tmp_path: Path) -> Iterator[Callable[[Path, uuid.UUID], Any]]:
    """A main window (in English) on a copy of a database, with the program selected."""
    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow
    from desktop.ui.workspace import open_and_read

    windows: list[Any] = []

    def make(source: Path, program_id: uuid.UUID) -> Any:
        path = tmp_path / source.name
        shutil.copyfile(source, path)
        app = QApplication.instance()
        assert app is not None
        i18n.install(app, "en")
        window = MainWindow(language="en")
        qtbot.addWidget(window)
        window.adopt(open_and_read(str(path)), inline=True)
        window.resize(1100, 760)
        window.show()
        assert window.navigator.select_program(program_id)
        qtbot.waitUntil(lambda: window.overview.verdicts.state is not None, timeout=5000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        for wizard in list(window.__dict__.get("_wizards", {}).values()):
            wizard.close()
        window.close()
        if window.workspace is not None:
            window.workspace.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_the_facilitator_sees_the_verdict_and_that_the_stage_changed_after_it(
    built: tuple[Path, Path, uuid.UUID, uuid.UUID], window_on: Any, qtbot: Any
) -> None:
    village, _office, program_id, activity_id = built
    window = window_on(village, program_id)
    badges = window.overview.verdicts
    line = badges.lines[Stage.FORMALISATION]
    assert badges.isVisible() and line.isVisible()
    assert line.text().startswith("4. Formalising the action plan — Needs changes: The berita")
    assert line.text().endswith("…") and NOTE in line.toolTip()
    assert "Dinas PMD (Kabupaten Bogor)" in line.toolTip()
    assert not any(badges.lines[s].isVisible() for s in Stage if s is not Stage.FORMALISATION)
    assert not badges.review_button.isVisible()  # a village laptop records no verdict

    wizard = window.show_wizard(Stage.FORMALISATION)
    banner = wizard.verdict.banners[0]
    assert wizard.currentPage().isAncestorOf(wizard.verdict.banners[wizard.currentId()])
    assert banner.isVisibleTo(wizard.page(0))
    assert (banner.headline.text(), banner.note.text()) == ("Needs changes", NOTE)
    assert banner.byline.text().startswith("Reviewed by Dinas PMD (Kabupaten Bogor) on ")

    window.execute(
        st.update_activity,
        activity_id=activity_id,
        title="Dig the well (berita acara signed)",
        planned_start=PLAN_DAYS[0],
        planned_end=PLAN_DAYS[1],
        party=st.Party.facilitator(),
    )
    assert banner.headline.text() == "Needs changes · changed after the review"
    qtbot.waitUntil(lambda: "changed after the review" in line.text(), timeout=5000)


def test_the_office_records_a_verdict_from_the_overview(
    built: tuple[Path, Path, uuid.UUID, uuid.UUID], window_on: Any, qtbot: Any
) -> None:
    from desktop.ui import accessibility
    from desktop.ui.review_verdict import VerdictDialog

    _village, office, program_id, _activity = built
    window = window_on(office, program_id)
    badges = window.overview.verdicts
    assert badges.review_button.isVisible() and badges.review_button.isEnabled()
    badges.review_button.click()
    dialog = badges.dialog
    assert isinstance(dialog, VerdictDialog)
    assert accessibility.unnamed(dialog) == []
    offered = [dialog.stage.itemText(i) for i in range(dialog.stage.count())]
    assert offered == ["1. Preparation", "4. Formalising the action plan"]
    assert dialog.stage.currentText() == "4. Formalising the action plan"

    dialog.needs_changes.setChecked(True)
    dialog.save()  # no note: refused in the dialog, which stays open
    assert dialog.isVisible()
    assert dialog.message.text() == "Say what needs to change, so the village knows what to fix."

    dialog.accepted_choice.setChecked(True)
    dialog.note.setPlainText("Thank you, the plan is complete.")
    dialog.save()
    assert not dialog.isVisible()
    line = badges.lines[Stage.FORMALISATION]
    qtbot.waitUntil(lambda: line.text().startswith("4. Formalising the action plan — Accepted"))

    window.undo_stack.undo()  # withdrawn: the earlier verdict shows again
    qtbot.waitUntil(lambda: "Needs changes" in line.text(), timeout=5000)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: "Accepted by the office" in line.text(), timeout=5000)
