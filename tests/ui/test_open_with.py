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
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.open_database(str(tmp_path / "new.sqlite"))
    dialogs = window.findChildren(ImportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].paths == [bundle]
    assert dialogs[0].import_button.isEnabled()

    dialogs[0].reject()
    with qtbot.waitSignal(window.database_opened, timeout=20_000):  # only the first opening
        window.open_database(str(tmp_path / "other.sqlite"))
    assert not [d for d in window.findChildren(ImportDialog) if d.isVisible()]
