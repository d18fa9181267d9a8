"""The main window guides: File > Recent databases brings one back without typing its path
(the demo's included), and the device has one name, the same in the status bar as in what
the core says about it (refusals, conflicts, held changes)."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from desktop.ui import jobs, recent

MENU = {"en": "Recent &databases", "id": "&Database terakhir"}
MISSING = {"en": "(not found)", "id": "(tidak ditemukan)"}
DEMO = {"en": "Demo data (berdaya-demo.sqlite)", "id": "Data contoh (berdaya-demo.sqlite)"}


def _entries(window: Any) -> list[Any]:
    menu = window.recent_menu
    menu.aboutToShow.emit()
    return [a for a in menu.actions() if a.data()]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_recent_databases_bring_back_ones_own_after_the_demo(
    sample_db: Any, open_window: Any, qtbot: Any, tmp_path: Path, lang: str
) -> None:
    own, _ids = sample_db
    demo = tmp_path / "elsewhere" / "berdaya-demo.sqlite"
    other = tmp_path / "other.sqlite"
    demo.parent.mkdir()
    shutil.copyfile(own, demo)
    shutil.copyfile(own, other)
    window = open_window(own, lang=lang)
    assert window.recent_menu.title() == MENU[lang]
    for path in (other, demo):
        with qtbot.waitSignal(window.database_opened, timeout=20_000):
            window.open_database(str(path))

    entries = _entries(window)
    assert [a.data() for a in entries] == [str(demo), str(other), str(own)]  # latest first
    assert DEMO[lang] in entries[0].text() and entries[0].isChecked()  # the open one
    # a file gone since is greyed out, and can be taken off the list (once the reads of the
    # databases opened before have ended: a read still running could make the file again)
    assert jobs.wait_for_all()
    other.unlink()
    entries = _entries(window)
    assert not entries[1].isEnabled() and entries[1].text().endswith(MISSING[lang])
    assert entries[2].isEnabled()
    with qtbot.waitSignal(window.database_opened, timeout=20_000) as opened:
        entries[2].trigger()  # one's own database, without typing its path
    assert opened.args == [str(own)]
    forget = next(
        a for a in window.recent_menu.actions() if a.objectName() == "forgetMissingDatabases"
    )
    forget.trigger()
    assert [a.data() for a in _entries(window)] == [str(own), str(demo)]


def test_the_list_keeps_the_latest_eight() -> None:
    for n in range(12):
        recent.remember_database(f"/data/{n}.sqlite")
    recent.remember_database("/data/5.sqlite")  # opened again: back on top, not twice
    assert recent.recent_databases() == [
        "/data/5.sqlite",
        *(f"/data/{n}.sqlite" for n in (11, 10, 9, 8, 7, 6, 4)),
    ]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_device_has_one_name_everywhere(
    sample_db: Any, open_window: Any, qtbot: Any, lang: str
) -> None:
    from desktop.core.device import local_device
    from desktop.core.device_names import device_names
    from desktop.core.sync.bundle import Bundle

    path, _ids = sample_db
    window = open_window(path, lang=lang)
    qtbot.waitUntil(lambda: bool(window.device_label.text()), timeout=10_000)
    with window.workspace.database.session() as session:
        me = local_device(session)
        named = device_names(session, [me.id])[me.id]  # as conflicts and held changes say it
    word = {"en": "Device", "id": "Perangkat"}[lang]
    assert window.device_label.text() == f"{word}: {named}"
    assert named == f"{me.label} ({me.fingerprint[:12]})"
    assert me.id.hex[-8:] not in window.device_label.text()
    # a refusal about a bundle from this device names it the same way
    sent = SimpleNamespace(sender_label=me.label, fingerprint=me.fingerprint)
    values = Bundle.sender_values(sent)  # type: ignore[arg-type]
    assert f"{values['device']} ({values['fingerprint']})" == named
