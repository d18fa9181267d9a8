"""Binding a device from the window (places and name in one operation) and the rule that a
program is only made in the device's own places."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import device
from desktop.core.database import open_database
from desktop.core.db import Database
from desktop.core.domain import DeviceKind
from desktop.core.errors import ValidationError
from desktop.core.programs import create_program

CIBODAS, SUKAMAJU_JONGGOL = "32.01.06.2008", "32.01.06.2001"
SREBEGAN = "33.10.11.2001"
JONGGOL, BOGOR, JAWA_BARAT = "32.01.06", "32.01", "32"


@pytest.fixture
def database(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Database]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    opened = open_database(sqlite_url)
    yield opened
    opened.dispose()


def _bind(database: Database, codes: list[str], label: str | None = None) -> device.DeviceInfo:
    with database.session() as session, session.begin():
        device.bind_places(session, codes=codes, label=label)
        return device.local_device(session)


def _refusal(database: Database, codes: list[str], label: str | None = None) -> list[str]:
    with pytest.raises(ValidationError) as refused:
        _bind(database, codes, label)
    return refused.value.messages


def _create(database: Database, village: str) -> None:
    with database.session() as session, session.begin():
        create_program(
            session, village_code=village, name="Air bersih", start_date=dt.date(2024, 2, 5)
        )


def test_a_facilitator_binds_villages_and_names_the_laptop_then_adds_one(database) -> None:
    info = _bind(database, [CIBODAS], "  Laptop Bu Sri ")
    assert (info.label, info.kind, info.scope) == ("Laptop Bu Sri", DeviceKind.VILLAGE, (CIBODAS,))
    info = _bind(database, [SREBEGAN])  # settings: another village, the name kept
    assert (info.label, info.scope) == ("Laptop Bu Sri", (CIBODAS, SREBEGAN))
    with database.session() as session:
        assert device.own_scope(session) == (CIBODAS, SREBEGAN)
        assert [v.name for v in device.own_villages(session)] == ["Cibodas", "Srebegan"]


def test_an_office_binds_one_area(database) -> None:
    info = _bind(database, [BOGOR], "Kantor DPMD Bogor")
    assert (info.kind, info.scope) == (DeviceKind.OFFICE, (BOGOR,))
    assert _refusal(database, [JONGGOL]) == [
        "A laptop works either for villages or for one office area, not both."
    ]
    assert _refusal(database, [CIBODAS]) == [
        "A laptop works either for villages or for one office area, not both."
    ]


def test_bad_bindings_are_refused_and_change_nothing(database) -> None:
    assert _refusal(database, [], "Laptop") == [
        "Choose at least one village, or the office's area."
    ]
    assert _refusal(database, ["32.01.06.9999"], "Laptop") == [
        "32.01.06.9999 is not an official Kemendagri place code."
    ]
    assert _refusal(database, [CIBODAS, JONGGOL], "Laptop") == [
        "A laptop works either for villages or for one office area, not both."
    ]
    assert _refusal(database, [JAWA_BARAT], "Laptop") == [
        "An office works for a sub-district or a regency."
    ]
    assert _refusal(database, [CIBODAS], "   ") == [
        "Give this laptop a name, e.g. “Laptop Bu Sri”."
    ]
    with database.session() as session:
        assert device.own_scope(session) == ()


def test_a_program_is_only_made_in_the_devices_places(database) -> None:
    _create(database, SREBEGAN)  # an unbound device is not held back
    _bind(database, [CIBODAS], "Laptop Bu Sri")
    _create(database, CIBODAS)
    with pytest.raises(ValidationError) as refused:
        _create(database, SREBEGAN)
    assert refused.value.messages == [
        "This laptop works for Cibodas, so a program can only be made there. To work in "
        "Srebegan too, add it to this laptop in Settings first."
    ]
    assert refused.value.issues[0].field == "village_code"


def test_an_office_makes_programs_inside_its_area_only(database) -> None:
    _bind(database, [JONGGOL], "Kantor Kecamatan Jonggol")
    _create(database, CIBODAS)
    _create(database, SUKAMAJU_JONGGOL)
    with pytest.raises(ValidationError, match="works for Jonggol"):
        _create(database, SREBEGAN)
