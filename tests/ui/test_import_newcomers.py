"""The import dialog asks about laptops not trusted here: new ones, and one that now claims more
villages. Accept brings their bundles in; Refuse keeps them out, now and later."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest

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


def _database(path: Path, codes: list[str], label: str) -> Any:
    from desktop.core import device
    from desktop.core.database import open_database
    from desktop.core.models import Device

    database = open_database(path)
    with database.session() as session, session.begin():
        info = device.bind(session, codes)
        found = session.get(Device, info.id)
        assert found is not None
        found.label = label
    return database


def _laptop_bundle(
    folder: Path, monkeypatch: pytest.MonkeyPatch, name: str, codes: list[str], program: str
) -> tuple[Path, Any]:
    """A facilitator's laptop (its keys in its own config folder) that starts a program in its
    first village and sends everything it has."""
    from desktop.core import device
    from desktop.core.programs import create_program
    from desktop.core.sync.export import export_bundle

    with monkeypatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(folder / f"{name}-config"))
        database = _database(folder / f"{name}.sqlite", codes, f"Laptop {name}")
        try:
            with database.session() as session, session.begin():
                create_program(
                    session, village_code=codes[0], name=program, start_date=dt.date(2026, 3, 1)
                )
                info = device.local_device(session)
            out = folder / f"{name}-{len(codes)}.berdaya"
            export_bundle(database, out, full=True)
        finally:
            database.dispose()
    return out, info


def _card(dialog: Any, device: Any) -> Any:
    return dialog.cards[device.id.hex]


def test_newcomers_are_accepted_or_refused_in_the_import_dialog(
    qtbot, open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.sync import trust
    from desktop.ui.sync.importing import show_import_dialog

    here = tmp_path / "here.sqlite"
    _database(here, [CIBODAS, SREBEGAN], "Laptop kecamatan").dispose()
    sri, sri_device = _laptop_bundle(tmp_path, monkeypatch, "Sri", [CIBODAS], "Air bersih")
    odd, odd_device = _laptop_bundle(tmp_path, monkeypatch, "Asing", [SREBEGAN], "Kebun")
    window = open_window(here, lang="en")
    before = _dump(here)

    dialog = show_import_dialog(window, [sri, odd])
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.check_button.click()
    assert dialog.newcomer_scroll.isVisible()
    card = _card(dialog, sri_device)
    assert card.title.text() == "A laptop not known here sent bundles: “Laptop Sri”"
    fingerprint = card.fingerprint.text().splitlines()
    assert fingerprint[0] == " ".join(sri_device.fingerprint[i : i + 4] for i in range(0, 16, 4))
    assert "".join(fingerprint).replace(" ", "") == sri_device.fingerprint
    assert "It says it works for: Cibodas (32.01.06.2008)." in card.details.text()
    assert dialog.table.item(0, 1).text().startswith("Not imported yet: first decide")
    assert "2 laptop(s) not trusted here" in dialog.status.text()

    # the odd laptop is refused: remembered at once, nothing of it imported
    _card(dialog, odd_device).refuse_button.click()
    assert "will be refused here" in _card(dialog, odd_device).state.text()
    assert dialog.table.item(1, 1).text() == "Not imported: you refused the laptop that sent it."
    assert _dump(here) == before
    with window.workspace.database.session() as session:
        refused = {d.id: d for d in trust.list_devices(session)}[odd_device.id]
    assert refused.refused

    # Sri's laptop is accepted: checked again, then imported
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        card.accept_button.click()
    assert dialog.table.item(0, 1).text().startswith("Would bring")
    assert "refused here before" in dialog.table.item(1, 1).text()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert [s.status for s in dialog.results] == ["applied", "refused"]
    assert '"name":"Air bersih"' in _dump(here) and '"name":"Kebun"' not in _dump(here)
    dialog.close()

    # later Sri's laptop also works for Srebegan: asked again, the earlier village shown
    wider, _same = _laptop_bundle(tmp_path, monkeypatch, "Sri", [CIBODAS, SREBEGAN], "Air bersih")
    before = _dump(here)
    dialog = show_import_dialog(window, [wider])
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    card = _card(dialog, sri_device)
    assert card.title.text() == "“Laptop Sri” now says it works for more villages"
    assert "It was accepted here for: Cibodas (32.01.06.2008)." in card.details.text()
    assert "Now it also claims: Srebegan (33.10.11.2001)." in card.details.text()
    assert _dump(here) == before
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        card.accept_button.click()
    assert [s.status for s in dialog.results] == ["applied"]
    assert "its bundles were imported" in card.state.text()
