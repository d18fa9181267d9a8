"""Sync in the window: export a bundle, import bundles (checked first), review conflicts."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from desktop.cli import main as cli

KRAJAN = "Air bersih Dusun Krajan"
CIBODAS, SREBEGAN = "32.01.06.2008", "33.10.11.2001"


def _dump(path: Path) -> str:
    from desktop.core.database import open_database
    from desktop.core.dump import dump

    database = open_database(path, create=False)
    try:
        buffer = io.StringIO()
        with database.session() as session:
            dump(session, buffer)
        return buffer.getvalue()
    finally:
        database.dispose()


@pytest.fixture
def bound_sample(sample_db: tuple[Path, dict[str, uuid.UUID]]) -> tuple[Path, dict[str, Any]]:
    """The sample database, its device bound to both villages (as ``berdaya init`` does)."""
    from desktop.core import device
    from desktop.core.database import open_database

    path, ids = sample_db
    database = open_database(path, create=False)
    try:
        with database.session() as session, session.begin():
            device.bind(session, [CIBODAS, SREBEGAN])
    finally:
        database.dispose()
    return path, ids


def _laptop_bundle(
    sample: Path,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    program_id: uuid.UUID,
    new_name: str,
    *,
    days_ahead: float = 0,
) -> Path:
    """Another facilitator's laptop: a copy of the sample with its own device (its keys live in
    another config folder), bound to both villages, renames the program and exports everything."""
    from desktop.core import device
    from desktop.core.database import open_database
    from desktop.core.ids import SimulatedTime, simulated
    from desktop.core.models import Program
    from desktop.core.sync.export import export_bundle
    from desktop.core.sync.trust import add_from_bundle

    laptop = folder / "laptop.sqlite"
    shutil.copyfile(sample, laptop)
    with monkeypatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(folder / "laptop-config"))
        database = open_database(laptop)
        try:
            with database.session() as session, session.begin():
                device.bind(session, [CIBODAS, SREBEGAN])
            ahead = SimulatedTime(dt.datetime.now(dt.UTC) + dt.timedelta(days=days_ahead), seed=1)
            with simulated(ahead), database.session() as session, session.begin():
                program = session.get(Program, program_id)
                assert program is not None
                program.name = new_name
            out = folder / "laptop.berdaya"
            export_bundle(database, out, full=True)
        finally:
            database.dispose()
    office = open_database(sample, create=False)
    try:  # the office knows this laptop (its fingerprint confirmed): no newcomer to decide on
        with office.session() as session, session.begin():
            add_from_bundle(session, out)
    finally:
        office.dispose()
    return out


def _rename_here(path: Path, program_id: uuid.UUID, name: str) -> None:
    from desktop.core.database import open_database
    from desktop.core.models import Program

    database = open_database(path, create=False)
    try:
        with database.session() as session, session.begin():
            program = session.get(Program, program_id)
            assert program is not None
            program.name = name
    finally:
        database.dispose()


def _message_box(qtbot: Any, window: Any, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=20_000)
    return found[0]


def test_export_from_the_window_writes_a_bundle_that_verify_accepts(
    qtbot, bound_sample, open_window, tmp_path: Path
) -> None:
    from desktop.ui.sync.exporting import ExportDialog

    path, _ids = bound_sample
    window = open_window(path, lang="en")
    window.findChild(type(window.undo_action), "exportBundleAction").trigger()
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None, timeout=10_000)
    dialog = window.findChild(ExportDialog)
    default = dialog.path()
    assert default.parent == path.parent and default.suffix == ".berdaya"
    assert default.name.startswith("Cibodas-Srebegan-")  # the villages, then the date
    assert dialog.incremental.isChecked()
    out = tmp_path / "sent" / "to-office"
    dialog.set_path(out)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    box = _message_box(qtbot, window, "exportSummary")
    assert box.text().startswith("Saved ") and "to-office.berdaya" in box.text()
    assert " KB" in box.text()
    saved = tmp_path / "sent" / "to-office.berdaya"
    assert cli(["verify", str(saved)]) == 0


def test_cancelling_an_export_leaves_no_file(qtbot, bound_sample, open_window, tmp_path) -> None:
    from desktop.ui import jobs
    from desktop.ui.sync.exporting import _export, start_export

    path, _ids = bound_sample
    window = open_window(path, lang="en")
    out = tmp_path / "cancelled.berdaya"
    job = start_export(window, out)
    assert job is not None
    progress = window.findChild(QProgressDialog, "exportProgress")
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        progress.findChild(QPushButton).click()  # the person presses Cancel
    assert not out.exists() and list(tmp_path.glob("cancelled*")) == []
    assert "no file was saved" in window.statusBar().currentMessage()

    # cancelled in the middle, once the changes are written and the file is being finished
    class CancelLate(jobs.JobContext):
        def report(self, percent: int, text: str = "") -> None:
            super().report(percent, text)
            if percent >= 90:
                self.cancel()

    with pytest.raises(jobs.Cancelled):
        _export(window.workspace.database, out, False, None, CancelLate(None))
    assert list(tmp_path.glob("cancelled*")) == []


def test_a_good_bundle_is_checked_then_imported_and_the_overview_changes(
    qtbot, bound_sample, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.sync.importing import show_import_dialog

    path, ids = bound_sample
    bundle = _laptop_bundle(path, tmp_path, monkeypatch, ids[KRAJAN], "Air bersih Krajan Baru")
    window = open_window(path, lang="id")
    with qtbot.waitSignal(window.overview.loaded, timeout=10_000):
        assert window.navigator.select_program(ids[KRAJAN])
    assert window.overview.title.text() == KRAJAN
    before = _dump(path)

    dialog = show_import_dialog(window, [bundle])
    assert dialog is not None
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.check_button.click()
    assert dialog.table.item(0, 1).text().startswith("Akan membawa")
    assert dialog.status.text().startswith("Belum ada yang diubah")
    assert _dump(path) == before  # a dry run writes nothing

    with (
        qtbot.waitSignal(window.overview.loaded, timeout=20_000),
        qtbot.waitSignal(dialog.imported, timeout=20_000),
    ):
        dialog.import_button.click()
    [summary] = dialog.results
    assert summary.status == "applied" and summary.updated >= 1 and summary.conflicts == 0
    assert dialog.table.item(0, 1).text().startswith("Diimpor")
    assert dialog.table.item(0, 3).text() == str(summary.updated)  # the Updated column
    assert "riwayat urungkan" in dialog.status.text()
    assert window.overview.title.text() == "Air bersih Krajan Baru"
    assert not window.undo_stack.canUndo()
    assert _dump(path) != before


def test_a_truncated_bundle_is_refused_and_changes_nothing(
    qtbot, bound_sample, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.sync.importing import show_import_dialog

    path, ids = bound_sample
    good = _laptop_bundle(path, tmp_path, monkeypatch, ids[KRAJAN], "Nama lain")
    damaged = tmp_path / "damaged.berdaya"
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    window = open_window(path, lang="en")
    before = _dump(path)
    dialog = show_import_dialog(window, [damaged])
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    [summary] = dialog.results
    assert summary.status == "refused"
    result = dialog.table.item(0, 1).text()
    assert result.startswith("Not imported, nothing changed: ")
    assert len(result) < 250 and "Traceback" not in result
    assert dialog.table.item(0, 3).text() == ""
    assert "Refused bundles changed nothing" in dialog.status.text()
    assert not dialog.conflicts_button.isVisible()
    assert _dump(path) == before


def test_a_conflict_is_listed_and_the_other_value_chosen(
    qtbot, bound_sample, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.sync.importing import show_import_dialog
    from desktop.ui.sync.review import ConflictsDialog

    path, ids = bound_sample
    bundle = _laptop_bundle(path, tmp_path, monkeypatch, ids[KRAJAN], "Air bersih (laptop)")
    _rename_here(path, ids[KRAJAN], "Air bersih (kantor)")  # later, here: this one wins
    window = open_window(path, lang="en")
    dialog = show_import_dialog(window, [bundle])
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert dialog.results[0].conflicts == 1
    assert dialog.conflicts_button.isVisible()
    assert "1 edit(s) collided" in dialog.status.text()
    dialog.conflicts_button.click()  # on to the review
    qtbot.waitUntil(lambda: window.findChild(ConflictsDialog) is not None, timeout=10_000)
    review = window.findChild(ConflictsDialog)
    if not review.entries:
        with qtbot.waitSignal(review.loaded, timeout=10_000):
            pass
    table = review.table
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[:6] == [
        "Cibodas",
        "Air bersih (kantor)",
        "Program: Air bersih (kantor)",
        "Name",
        "Air bersih (kantor)",
        "Air bersih (laptop)",
    ]
    assert [review.village.itemText(i) for i in range(review.village.count())] == [
        "All villages",
        "Cibodas",
    ]
    with qtbot.waitSignal(review.loaded, timeout=10_000):
        review.other_button.click()
    assert review.entries == [] and review.empty.isVisible()
    assert '"name":"Air bersih (laptop)"' in _dump(path)
    assert '"name":"Air bersih (kantor)"' not in _dump(path)


def test_dropping_a_bundle_on_the_window_offers_to_import_it(
    qtbot, bound_sample, open_window, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from desktop.ui.sync.importing import ImportDialog
    from desktop.ui.sync.menu import BundleDrops

    path, _ids = bound_sample
    window = open_window(path, lang="en")
    dropped = tmp_path / "from-office.berdaya"
    dropped.write_bytes(b"")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped)), QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only inside a real drag; hand it to the window's drop handler as Qt would
    drops = window.findChild(BundleDrops)
    assert drops.eventFilter(window, event) and event.isAccepted()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.paths == [dropped]  # the database file is not a bundle


def test_changes_dated_in_the_future_are_held_and_can_be_released(
    qtbot, bound_sample, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.sync.importing import show_import_dialog
    from desktop.ui.sync.review import show_conflicts

    path, ids = bound_sample
    # the laptop's clock runs three days ahead
    bundle = _laptop_bundle(
        path, tmp_path, monkeypatch, ids[KRAJAN], "Dari masa depan", days_ahead=3
    )
    window = open_window(path, lang="en")
    dialog = show_import_dialog(window, [bundle])
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert dialog.results[0].held >= 1
    assert '"Dari masa depan"' not in _dump(path)
    review = show_conflicts(window)
    held = review.held
    qtbot.waitUntil(lambda: bool(held.groups), timeout=10_000)
    review.tabs.setCurrentWidget(held)
    assert held.table.item(0, 4).text() == "Still in the future"
    with qtbot.waitSignal(held.loaded, timeout=20_000):
        held.release_button.click()
    assert held.groups == [] and held.empty.isVisible()
    assert '"name":"Dari masa depan"' in _dump(path)


def test_a_truncated_bundle_is_refused_in_indonesian(
    qtbot, bound_sample, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The core refuses in English; the Indonesian window says why in Indonesian."""
    from desktop.ui.sync.importing import show_import_dialog

    path, ids = bound_sample
    good = _laptop_bundle(path, tmp_path, monkeypatch, ids[KRAJAN], "Nama lain")
    damaged = tmp_path / "terpotong.berdaya"
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    window = open_window(path, lang="id")
    dialog = show_import_dialog(window, [damaged])
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    [summary] = dialog.results
    assert summary.status == "refused" and "is damaged or incomplete" in summary.message
    result = dialog.table.item(0, 1).text()
    assert "“terpotong.berdaya” rusak atau tidak lengkap" in result
    assert "mintalah bundelnya dikirim ulang" in result
    english = ("damaged", "incomplete", "imported", "ask for", "bundle again", "refused")
    assert not [word for word in english if word in result], result
    assert dialog.table.item(0, 0).toolTip() == result.split(": ", 1)[1]
