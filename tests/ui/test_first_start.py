"""The first start in the window: language, places, the laptop's name and fingerprint; then a
program made, a bundle exported from the window, and an office accepting it."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from desktop.cli import main as cli

CIBODAS, BOGOR = "32.01.06.2008", "32.01"

WORDS = {
    "en": {
        "title": "Setting up Berdaya",
        "refused": "This laptop does not work for Srebegan",
        "status": "Choose your village from the list",
    },
    "id": {
        "title": "Menyiapkan Berdaya",
        "refused": "Laptop ini tidak bekerja untuk Srebegan",
        "status": "Pilih desa Anda dari daftar",
    },
}


def _window(qtbot: Any, path: Path, lang: str) -> Any:
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n, theme
    from desktop.ui.main_window import MainWindow

    i18n.install(QApplication.instance(), "id")  # as a new laptop starts: in Indonesian
    theme.apply(QApplication.instance())
    window = MainWindow(language="id")
    window.asks_first_start = True
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.open_database(str(path))
    return window


def _walk(qtbot: Any, window: Any) -> Any:
    from desktop.ui.dialogs.first_start import FirstStartWizard

    qtbot.waitUntil(lambda: window.findChild(FirstStartWizard) is not None, timeout=20_000)
    return window.findChild(FirstStartWizard)


def _pick(qtbot: Any, picker: Any, text: str, code: str) -> None:
    picker.line.setText(text)
    qtbot.waitUntil(lambda: any(c.code == code for c in picker.choices()), timeout=10_000)
    picker.list.setCurrentRow([c.code for c in picker.choices()].index(code))


def _message_box(qtbot: Any, window: Any, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=20_000)
    return found[0]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_laptop_set_up_in_the_window_sends_bundles_an_office_accepts(
    qtbot, tmp_path: Path, lang: str
) -> None:
    from desktop.core.device_names import grouped
    from desktop.ui import settings
    from desktop.ui.sync.exporting import ExportDialog, show_export_dialog

    window = _window(qtbot, tmp_path / "laptop.sqlite", lang)
    walk = _walk(qtbot, window)
    shots = tmp_path / "shots"
    shots.mkdir()

    # language, applied at once and kept
    walk.language_page.buttons[lang].setChecked(True)
    assert walk.windowTitle() == WORDS[lang]["title"]
    walk.grab().save(str(shots / f"1-language-{lang}.png"))
    walk.next()
    assert settings.saved_language() == lang
    assert walk.currentPage() is walk.role_page and walk.role_page.facilitator.isChecked()
    walk.grab().save(str(shots / f"2-role-{lang}.png"))
    walk.next()

    # a village, typed, picked and added
    places = walk.places_page
    assert not walk.button(QWizard.WizardButton.NextButton).isEnabled()
    _pick(qtbot, places.picker, "Cibodas", CIBODAS)
    assert places.picker.status.text().startswith(WORDS[lang]["status"])
    qtbot.mouseClick(places.add_button, Qt.MouseButton.LeftButton)
    assert places.codes() == [CIBODAS]
    assert walk.button(QWizard.WizardButton.NextButton).isEnabled()
    walk.grab().save(str(shots / f"3-places-{lang}.png"))
    walk.next()

    # the laptop's name (the computer's by default), then the binding
    name = walk.name_page.name
    assert name.text()
    name.setText("Laptop Bu Sri")
    walk.grab().save(str(shots / f"4-name-{lang}.png"))
    with qtbot.waitSignal(walk.bound, timeout=10_000):
        walk.next()
    assert walk.currentPage() is walk.fingerprint_page
    device = window.workspace.execute(_read_device)
    assert device.scope == (CIBODAS,) and device.label == "Laptop Bu Sri"
    assert walk.fingerprint_page.fingerprint.text() == grouped(device.fingerprint)
    assert "Cibodas" in walk.fingerprint_page.bound_to.text()
    walk.grab().save(str(shots / f"5-fingerprint-{lang}.png"))
    walk.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: "Laptop Bu Sri" in window.device_label.text(), timeout=10_000)

    # the first program, in the laptop's own village (offered first)
    dialog = window.show_new_program_dialog()
    qtbot.waitUntil(lambda: [v.code for v in dialog.village_choices()] == [CIBODAS], timeout=10_000)
    _pick(qtbot, dialog.picker, "Srebegan", "33.10.11.2001")
    dialog.name.setText("Air bersih")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.village_error.text().startswith(WORDS[lang]["refused"])
    dialog.picker.line.clear()
    dialog.village_list.setCurrentRow(0)
    with qtbot.waitSignal(window.navigator_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    program_id = window.navigator.selected_program()
    assert program_id is not None

    # a little work, then the bundle, through the export dialog
    from desktop.core.people import add_person

    assert window.execute(add_person, program_id=program_id, name="Sri Wahyuni", sex="female")
    with qtbot.waitSignal(
        window.workspace.fetch(_read_device, lambda _d: None).finished, timeout=10_000
    ):
        pass
    show_export_dialog(window)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None, timeout=10_000)
    export = window.findChild(ExportDialog)
    assert not export.bind_button.isVisible()
    out = tmp_path / "to-office.berdaya"
    export.set_path(out)
    export.buttons.button(export.buttons.StandardButton.Save).click()
    box = _message_box(qtbot, window, "exportSummary")
    assert out.name in box.text()
    box.close()

    # an office of the regency accepts it
    office = tmp_path / "office.sqlite"
    assert cli(["init", "--db", str(office), "--area", BOGOR, "--label", "Kantor Bogor"]) == 0
    assert cli(["import", "--db", str(office), str(out), "--accept-new"]) == 0
    assert "Air bersih" in _dump(office)


def _read_device(session: Any) -> Any:
    from desktop.core.device import local_device

    return local_device(session)


def _dump(path: Path) -> str:
    import io

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


def test_an_old_unbound_database_is_asked_once(qtbot, sample_db, tmp_path: Path) -> None:
    from desktop.ui.dialogs.first_start import FirstStartWizard

    path, _ids = sample_db
    window = _window(qtbot, path, "id")
    walk = _walk(qtbot, window)
    assert walk.language_page is not None
    walk.reject()  # "Later"
    window.close()
    again = _window(qtbot, path, "id")
    qtbot.wait(500)
    assert again.findChild(FirstStartWizard) is None


def test_the_export_dialog_binds_an_unbound_laptop_in_the_window(
    qtbot, sample_db, tmp_path: Path
) -> None:
    from desktop.ui.dialogs.first_start import FirstStartWizard
    from desktop.ui.sync.exporting import ExportDialog, show_export_dialog

    path, _ids = sample_db
    window = _window(qtbot, path, "en")
    _walk(qtbot, window).reject()
    qtbot.waitUntil(lambda: window.findChild(FirstStartWizard) is None, timeout=5_000)
    show_export_dialog(window)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None, timeout=10_000)
    export = window.findChild(ExportDialog)
    assert export.bind_button.isVisible()
    assert not export.buttons.button(export.buttons.StandardButton.Save).isEnabled()
    export.bind_button.click()
    walk = _walk(qtbot, window)
    assert walk.language_page is None and walk.currentPage() is walk.role_page
    walk.role_page.office.setChecked(True)
    walk.next()
    _pick(qtbot, walk.places_page.picker, "Kabupaten Bogor", BOGOR)
    walk.places_page.add_current()
    walk.next()
    walk.name_page.name.setText("Kantor DPMD Bogor")
    with qtbot.waitSignal(walk.bound, timeout=10_000):
        walk.next()
    walk.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(ExportDialog)), timeout=10_000
    )
    export = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    assert not export.bind_button.isVisible()
    assert export.buttons.button(export.buttons.StandardButton.Save).isEnabled()
    assert hashlib.sha256(path.read_bytes()).hexdigest()  # the database is still a file
