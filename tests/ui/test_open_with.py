"""A bundle handed over by the desktop (`berdaya FILE`, a double-click) opens the import dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def test_the_command_line_hands_bundles_to_the_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import desktop.ui.app as ui_app
    from desktop.app import main

    seen: dict[str, Any] = {}
    monkeypatch.setattr(ui_app, "run", lambda **options: seen.update(options) or 0)
    bundle = tmp_path / "desa.berdaya"
    database = tmp_path / "x.sqlite"
    assert main([str(bundle), "--db", str(database)]) == 0
    assert seen["files"] == [str(bundle)] and seen["db"] == str(database)
    assert main(["--db", str(database), "desa.berdaya"]) == 0
    assert seen["files"] == ["desa.berdaya"]
    with pytest.raises(SystemExit):  # a stray word after an option is no bundle
        main(["--db", str(database), "nonsense"])


def test_a_bundle_opens_the_import_dialog_once_the_database_is_open(
    qtbot: Any, tmp_path: Path
) -> None:
    from desktop.ui import i18n
    from desktop.ui.app import _import_when_open, application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sync.importing import ImportDialog

    i18n.install(application(), "en")
    window = MainWindow(language="en")
    qtbot.addWidget(window)
    bundle = tmp_path / "desa.berdaya"
    bundle.write_bytes(b"")
    _import_when_open(window, [bundle])
    window.show()
    with qtbot.waitSignal(window.device_shown, timeout=20_000):
        window.open_database(str(tmp_path / "new.sqlite"))
    dialogs = window.findChildren(ImportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].paths == [bundle]
    assert dialogs[0].import_button.isEnabled()

    dialogs[0].reject()
    with qtbot.waitSignal(window.database_opened, timeout=20_000):  # only the first opening
        window.open_database(str(tmp_path / "other.sqlite"))
    assert not [d for d in window.findChildren(ImportDialog) if d.isVisible()]


def test_on_a_new_laptop_the_bundle_waits_for_the_first_start_walk(
    qtbot: Any, tmp_path: Path
) -> None:
    """A double-clicked bundle on a laptop never set up: first the walk that binds the laptop to
    its places, then the import dialog, not both at once."""
    from desktop.ui import i18n
    from desktop.ui.app import _import_when_open, application
    from desktop.ui.dialogs.first_start import FirstStartWizard
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sync.importing import ImportDialog

    i18n.install(application(), "en")
    window = MainWindow(language="en")
    window.asks_first_start = True
    qtbot.addWidget(window)
    bundle = tmp_path / "desa.berdaya"
    bundle.write_bytes(b"")
    _import_when_open(window, [bundle])
    window.show()
    with qtbot.waitSignal(window.device_shown, timeout=20_000):
        window.open_database(str(tmp_path / "new.sqlite"))
    walk = window.first_start
    assert isinstance(walk, FirstStartWizard) and walk.isVisible()
    assert not [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    walk.reject()  # "Later"
    qtbot.waitUntil(lambda: bool([d for d in window.findChildren(ImportDialog) if d.isVisible()]))
    assert window.first_start is None


def test_a_language_chosen_in_the_walk_asks_for_a_window_in_that_language(
    qtbot: Any, tmp_path: Path
) -> None:
    from desktop.ui import i18n, settings
    from desktop.ui.app import application
    from desktop.ui.dialogs.first_start import FirstStartWizard
    from desktop.ui.main_window import MainWindow

    i18n.install(application(), "id")
    before = settings.saved_language()
    window = MainWindow(language="id")
    window.asks_first_start = True
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.device_shown, timeout=20_000):
        window.open_database(str(tmp_path / "new.sqlite"))
    walk = window.first_start
    assert isinstance(walk, FirstStartWizard) and walk.language_page is not None
    walk.language_page.choose("en")
    assert settings.saved_language() == "en"
    with qtbot.waitSignal(window.language_switched, timeout=5_000) as switched:
        walk.reject()
    assert switched.args == ["en"]
    i18n.install(application(), "en")
    if before is None:
        settings.app_settings().remove(settings.LANGUAGE_KEY)
    else:
        settings.save_language(before)
