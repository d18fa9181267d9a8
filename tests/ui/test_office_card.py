"""The office card in the window: an office saves it from the File menu, a village laptop imports
it (confirming the fingerprint) from the File menu, from the export dialog's warning, or at its
first start; then the warning that bundles leave unencrypted is gone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton, QWizard

from desktop.cli import main as cli

CIBODAS, BOGOR = "32.01.06.2008", "32.01"


def _window(qtbot: Any, path: Path) -> Any:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(language="en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.open_database(str(path))
    return window


def _init(path: Path, *where: str) -> Path:
    assert cli(["init", "--db", str(path), *where]) == 0
    return path


@pytest.fixture
def card_file(tmp_path: Path) -> Path:
    """The card of the office of Bogor regency, written by the core."""
    from desktop.core.database import open_database
    from desktop.core.sync.card import write_card

    office = open_database(_init(tmp_path / "office.sqlite", "--area", BOGOR, "--label", "DPMD"))
    try:
        write_card(office, tmp_path / "DPMD.berdaya-card")
    finally:
        office.dispose()
    return tmp_path / "DPMD.berdaya-card"


def _file_menu(window: Any) -> Any:
    return window.menuBar().actions()[0].menu()


def _action(window: Any, name: str) -> Any:
    menu = _file_menu(window)
    menu.aboutToShow.emit()
    return next(a for a in menu.actions() if a.objectName() == name)


def _visible(qtbot: Any, window: Any, kind: type, name: str | None = None) -> Any:
    def found() -> Any:
        return next((w for w in window.findChildren(kind) if w.isVisible()), None)

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    return found()


def _confirm(qtbot: Any, window: Any, card_file: Path) -> Any:
    """The confirmation shows the office, its area and fingerprint; "Trust" trusts it."""
    from desktop.core.device_names import grouped
    from desktop.core.sync.card import read_card
    from desktop.ui.sync.card import ConfirmCard

    card = read_card(card_file)
    dialog = _visible(qtbot, window, ConfirmCard)
    assert "“DPMD”" in dialog.office.text() and "Kabupaten Bogor" in dialog.office.text()
    assert dialog.fingerprint.text() == grouped(card.fingerprint)
    assert "read their fingerprint" in dialog.ask.text()
    assert dialog.trust_button.text() == "Trust"
    dialog.trust_button.click()
    return card


def _trusted_office(window: Any) -> list[tuple[str, str, str | None]]:
    from desktop.core.models import Device

    def read(session: Any) -> list[tuple[str, str, str | None]]:
        return [
            (d.label, d.kind.value, d.recipient)
            for d in session.query(Device).filter_by(revoked=False)
            if d.kind.value == "office"
        ]

    return window.workspace.read(read)


def test_an_office_saves_its_card_from_the_file_menu(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.device_names import grouped
    from desktop.core.sync.card import read_card
    from desktop.ui.sync.card import CardSaved

    window = _window(qtbot, _init(tmp_path / "kantor.sqlite", "--area", BOGOR, "--label", "DPMD"))
    offered: list[str] = []

    def save_as(_parent: Any, _title: str, default: str, _filter: str) -> tuple[str, str]:
        offered.append(default)
        return str(tmp_path / "kartu"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    office = _action(window, "officeCardAction")
    assert office.isVisible() and office.text() == "Office &card…"
    assert not _action(window, "importOfficeCardAction").isVisible()
    office.trigger()
    saved = _visible(qtbot, window, CardSaved)
    assert Path(offered[0]).name == "DPMD.berdaya-card"
    card = read_card(tmp_path / "kartu.berdaya-card")
    assert card.label == "DPMD" and card.codes() == (BOGOR,)
    assert saved.fingerprint.text() == grouped(card.fingerprint)
    assert "kartu.berdaya-card" in saved.saved.text()


def test_a_village_imports_the_card_and_its_bundles_are_no_longer_sent_unencrypted(
    qtbot, tmp_path: Path, card_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.sync.exporting import ExportDialog, show_export_dialog

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(card_file), ""))
    )
    window = _window(qtbot, _init(tmp_path / "desa.sqlite", "--village", CIBODAS))
    assert not _action(window, "officeCardAction").isVisible()
    assert _action(window, "importOfficeCardAction").isVisible()

    # exporting before the office's card is known: said plainly, and the card offered
    show_export_dialog(window)
    export = _visible(qtbot, window, ExportDialog)
    save = export.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(lambda: export.findChild(QLabel, "unencryptedWarning") is not None)
    warning = export.findChild(QLabel, "unencryptedWarning")
    assert "will not be encrypted" in warning.text() and warning.isVisible()
    assert save.text() == "Export unencrypted"
    export.findChild(QPushButton, "importCardFirst").click()
    card = _confirm(qtbot, window, card_file)
    assert not warning.isVisible() and save.text() == "Export"
    assert _trusted_office(window) == [("DPMD", "office", card.recipient)]
    export.reject()

    # the same card again from the File menu: harmless; a new export dialog warns no more
    _action(window, "importOfficeCardAction").trigger()
    _confirm(qtbot, window, card_file)
    assert _trusted_office(window) == [("DPMD", "office", card.recipient)]
    show_export_dialog(window)
    qtbot.waitUntil(lambda: sum(d.isVisible() for d in window.findChildren(ExportDialog)) == 1)
    again = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    qtbot.wait(200)  # the job that decides on the warning has run
    assert again.findChild(QLabel, "unencryptedWarning") is None
    assert again.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Export"


def test_the_first_start_offers_the_card_to_a_village_only(
    qtbot, tmp_path: Path, card_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.dialogs.first_start import FirstStartWizard
    from desktop.ui.workspace import read_device

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(card_file), ""))
    )
    window = _window(qtbot, _init(tmp_path / "desa.sqlite", "--village", CIBODAS))
    device = window.workspace.read(read_device)

    def walk_from_fingerprint() -> FirstStartWizard:
        wizard = FirstStartWizard(window, device, language="en", ask_language=False, parent=window)
        qtbot.addWidget(wizard)
        wizard.setStartId(wizard.pages().index(wizard.fingerprint_page))
        wizard.show()
        return wizard

    wizard = walk_from_fingerprint()
    assert wizard.currentPage() is wizard.fingerprint_page
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()  # the card can wait
    wizard.next()
    page = wizard.card_page
    assert wizard.currentPage() is page
    assert "Import it now" in page.intro.text() and "File menu" in page.later.text()
    page.import_button.click()
    _confirm(qtbot, window, card_file)
    assert page.trusted.isVisible() and "“DPMD”" in page.trusted.text()
    assert [label for label, *_ in _trusted_office(window)] == ["DPMD"]
    wizard.done(0)

    office = walk_from_fingerprint()
    office.role_page.office.setChecked(True)
    assert office.fingerprint_page.nextId() == -1  # an office hands out its card instead
