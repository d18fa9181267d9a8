"""Run on a 1366×768 virtual screen (the offscreen platform's config file): the first window,
and each stage's wizard, with their sizes and minimum sizes printed as JSON."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.core.database import open_database
from desktop.core.programs import create_program
from desktop.ui import i18n, theme
from desktop.ui.main_window import MainWindow
from desktop.ui.wizards.registry import WIZARDS
from desktop.ui.workspace import open_and_read


def _settle(seconds: float = 0.3) -> None:
    end = dt.datetime.now() + dt.timedelta(seconds=seconds)
    while dt.datetime.now() < end:
        QCoreApplication.processEvents()


def main(path: Path, language: str) -> None:
    database = open_database(path)
    with database.session() as session, session.begin():
        program_id = create_program(
            session,
            village_code="32.01.06.2008",
            name="Air bersih Dusun Krajan",
            start_date=dt.date(2026, 1, 5),
            end_date=dt.date(2026, 12, 31),
        ).created[0]
    database.dispose()
    app = QApplication(sys.argv[:1])
    i18n.install(app, language)
    theme.apply(app)
    window = MainWindow(language=language)
    window.show()
    window.adopt(open_and_read(str(path)), inline=True)
    assert window.navigator.select_program(program_id)
    _settle(1.0)
    found: dict[str, object] = {
        "screen": list(app.primaryScreen().geometry().getRect()),
        "window": list(window.frameGeometry().getRect()),
        "window_min": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    }
    for stage in WIZARDS:
        wizard = window.show_wizard(stage)
        assert wizard is not None
        _settle()
        shown = wizard.frameGeometry().getRect()
        wizard.resize(200, 200)  # it keeps the least its pages need
        _settle(0.05)
        found[f"wizard {stage.value}"] = [*shown, wizard.width(), wizard.height()]
        wizard.close()
        _settle(0.05)
    print(json.dumps(found))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
