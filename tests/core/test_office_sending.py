"""Who has gone silent: the office's sending status and reporting completeness, from real bundles
exported by village laptops on simulated dates and imported into an office database, on SQLite
and PostgreSQL; and the office's rules kept in its database."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, select, text

from desktop.core import device, programs
from desktop.core.database import open_database
from desktop.core.db import Database
from desktop.core.domain import Sex
from desktop.core.errors import ValidationError
from desktop.core.ids import SimulatedTime, simulated
from desktop.core.models import AppliedBundle, Person
from desktop.core.office.area import office_rules, read_area
from desktop.core.office.figures import AreaFigures, OfficeRules, Sending
from desktop.core.office.rules import save_office_rules
from desktop.core.sync.bundle import read_structure
from desktop.core.sync.export import export_bundle
from desktop.core.sync.merge import import_files, made_at, record_applied
from desktop.core.sync.trust import add_from_bundle

REGENCY = "32.01"  # Kabupaten Bogor: the office's area
CIBINONG = "32.01.01"
PONDOK_RAJEG = "32.01.01.1001"  # in Cibinong
KARADENAN = "32.01.01.1002"  # in Cibinong
WANAHERANG = "32.01.02.2001"  # in Gunungputri
RULES = OfficeRules(office_name="Dinas PMD Kabupaten Bogor", late_days=30, due_day=10)

_seeds = itertools.count(1)


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys go to a folder of this test, never to the user's own config."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def office(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    with db.session() as session, session.begin():
        device.bind(session, [REGENCY])
    yield db
    db.dispose()


def _on(day: dt.date, hour: int = 3) -> SimulatedTime:
    """The clock of a laptop on ``day`` (03:00 UTC is 10:00 in western Indonesia)."""
    moment = dt.datetime.combine(day, dt.time(hour), dt.UTC)
    return SimulatedTime(start=moment, seed=next(_seeds))


class Laptop:
    """A village facilitator's laptop with its own database, working for one village."""

    def __init__(self, folder: Path, village: str, started: dt.date) -> None:
        self.village = village
        self.folder = folder
        self.db = open_database(folder / f"{village}.sqlite")
        with simulated(_on(started)), self.db.session() as session, session.begin():
            device.bind(session, [village])
            programs.create_program(
                session, village_code=village, name="Air bersih", start_date=started
            )
        self.sent = 0

    def send(self, day: dt.date, hour: int = 3) -> Path:
        """Record something on ``day`` and export a bundle then."""
        self.sent += 1
        out = self.folder / f"{self.village}-{self.sent}.berdaya"
        with simulated(_on(day, hour)):
            with self.db.session() as session, session.begin():
                session.add(
                    Person(name=f"Warga {self.sent}", sex=Sex.FEMALE, village_code=self.village)
                )
            export_bundle(self.db, out)
        return out


def _import(office: Database, *paths: Path, on: dt.date) -> None:
    with simulated(_on(on, hour=8)):
        accept = {read_structure(path).sender_id for path in paths}
        summaries = import_files(office, list(paths), accept=accept)
    assert [s.status for s in summaries] == ["applied"] * len(paths), summaries


def _read(office: Database, today: dt.date, **options: object) -> AreaFigures:
    with office.session() as session:
        return read_area(session, area=REGENCY, today=today, rules=RULES, **options)  # type: ignore[arg-type]


def _status(figures: AreaFigures) -> dict[str, tuple[Sending, dt.date | None]]:
    return {v.code: (v.sending, v.last_bundle_on) for v in figures.villages}


def test_the_status_follows_the_bundles_made_over_time(office: Database, tmp_path: Path) -> None:
    pondok = Laptop(tmp_path, PONDOK_RAJEG, dt.date(2026, 2, 2))
    wanaherang = Laptop(tmp_path, WANAHERANG, dt.date(2026, 2, 2))
    march = pondok.send(dt.date(2026, 3, 5))
    april = pondok.send(dt.date(2026, 4, 20))
    # the office knows Wanaherang's laptop (its fingerprint confirmed by phone) but got nothing
    with office.session() as session, session.begin():
        add_from_bundle(session, wanaherang.send(dt.date(2026, 3, 1)))
    _import(office, march, on=dt.date(2026, 3, 9))  # imported days after it was made
    _import(office, april, on=dt.date(2026, 4, 27))

    assert _status(_read(office, dt.date(2026, 3, 1))) == {
        PONDOK_RAJEG: (Sending.NEVER, None),  # nothing made yet on that day
        WANAHERANG: (Sending.NEVER, None),
    }
    made = dt.date(2026, 3, 5)
    for today, expected in (
        (dt.date(2026, 3, 5), Sending.ACTIVE),
        (dt.date(2026, 4, 4), Sending.ACTIVE),  # 30 days: the limit itself is still on time
        (dt.date(2026, 4, 5), Sending.LATE),
        (dt.date(2026, 4, 19), Sending.LATE),
    ):
        assert _status(_read(office, today))[PONDOK_RAJEG] == (expected, made), today
    assert _status(_read(office, dt.date(2026, 4, 20)))[PONDOK_RAJEG] == (
        Sending.ACTIVE,
        dt.date(2026, 4, 20),
    )
    assert _status(_read(office, dt.date(2026, 6, 1)))[PONDOK_RAJEG][0] is Sending.LATE
    longer = OfficeRules(late_days=60)
    with office.session() as session:
        figures = read_area(session, area=REGENCY, today=dt.date(2026, 6, 1), rules=longer)
    assert _status(figures)[PONDOK_RAJEG][0] is Sending.ACTIVE
    assert _status(figures)[WANAHERANG] == (Sending.NEVER, None)
    [village] = [v for v in figures.villages if v.code == PONDOK_RAJEG]
    assert village.last_bundle == dt.datetime(2026, 4, 20, 3, tzinfo=dt.UTC)
    assert (village.name, village.subdistrict_code, village.subdistrict_name) == (
        "Pondok Rajeg",
        CIBINONG,
        "Cibinong",
    )
    assert [p.name for p in village.programs] == ["Air bersih"]
    assert _status(_read(office, dt.date(2026, 6, 1)))[WANAHERANG] == (Sending.NEVER, None)


def test_completeness_counts_villages_that_sent_in_the_month_by_the_due_day(
    office: Database, tmp_path: Path
) -> None:
    pondok = Laptop(tmp_path, PONDOK_RAJEG, dt.date(2026, 2, 2))
    karadenan = Laptop(tmp_path, KARADENAN, dt.date(2026, 2, 2))
    wanaherang = Laptop(tmp_path, WANAHERANG, dt.date(2026, 2, 2))
    bundles = [
        pondok.send(dt.date(2026, 3, 10), hour=9),  # on the due day itself (16:00 WIB)
        karadenan.send(dt.date(2026, 3, 11)),  # a day late
        karadenan.send(dt.date(2026, 3, 25)),
        pondok.send(dt.date(2026, 4, 2)),
        wanaherang.send(dt.date(2026, 4, 12)),
    ]
    _import(office, *bundles, on=dt.date(2026, 4, 28))

    def rows(month: dt.date) -> list[tuple[str, str, int, int, int, int, int]]:
        figures = _read(office, dt.date(2026, 4, 30), month=month)
        assert figures.month == month.replace(day=1)
        return [
            (
                c.subdistrict_code,
                c.subdistrict_name,
                c.expected,
                c.sent,
                c.on_time,
                c.late,
                c.missing,
            )
            for c in figures.completeness
        ]

    assert rows(dt.date(2026, 3, 1)) == [
        (CIBINONG, "Cibinong", 2, 2, 1, 1, 0),
        ("32.01.02", "Gunungputri", 1, 0, 0, 0, 1),
    ]
    assert rows(dt.date(2026, 4, 17)) == [
        (CIBINONG, "Cibinong", 2, 1, 1, 0, 1),
        ("32.01.02", "Gunungputri", 1, 1, 0, 1, 0),
    ]
    assert rows(dt.date(2026, 2, 1)) == [
        (CIBINONG, "Cibinong", 2, 0, 0, 0, 2),
        ("32.01.02", "Gunungputri", 1, 0, 0, 0, 1),
    ]
    with office.session() as session:
        only = read_area(
            session, area=CIBINONG, month=dt.date(2026, 3, 1), today=dt.date(2026, 4, 30)
        )
    assert [v.code for v in only.villages] == [KARADENAN, PONDOK_RAJEG]  # by name
    assert only.area_name == "Cibinong"


def test_an_office_bundle_never_counts_as_the_village_sending(
    office: Database, tmp_path: Path
) -> None:
    """A sub-district office's bundle carries a village's program, but the village itself has
    sent nothing."""
    other = open_database(tmp_path / "kecamatan.sqlite")
    try:
        with simulated(_on(dt.date(2026, 3, 2))), other.session() as session, session.begin():
            device.bind(session, [CIBINONG])
            programs.create_program(
                session,
                village_code=KARADENAN,
                name="Jalan usaha tani",
                start_date=dt.date(2026, 3, 2),
            )
        out = tmp_path / "kecamatan.berdaya"
        with simulated(_on(dt.date(2026, 3, 3))):
            export_bundle(other, out)
    finally:
        other.dispose()
    _import(office, out, on=dt.date(2026, 3, 4))
    figures = _read(office, dt.date(2026, 3, 5))
    assert _status(figures) == {KARADENAN: (Sending.NEVER, None)}
    assert [p.name for p in figures.villages[0].programs] == ["Jalan usaha tani"]


def test_bundles_imported_before_their_time_was_kept_are_dated_by_their_import(
    office: Database, tmp_path: Path
) -> None:
    pondok = Laptop(tmp_path, PONDOK_RAJEG, dt.date(2026, 2, 2))
    _import(office, pondok.send(dt.date(2026, 3, 5)), on=dt.date(2026, 3, 9))
    with office.session() as session, session.begin():
        sender = session.scalar(select(AppliedBundle.sender_id))
        with simulated(_on(dt.date(2026, 5, 11))) as clock:
            record_applied(
                session.connection(),
                bundle_id=clock.new_id(),
                sender_id=sender,
                created_at=None,  # a row from before berdaya_0006
                counts={},
            )
    village = _read(office, dt.date(2026, 5, 20)).villages[0]
    assert (village.sending, village.last_bundle) == (
        Sending.ACTIVE,
        dt.datetime(2026, 5, 11, 3, tzinfo=dt.UTC),
    )


def test_a_manifest_time_is_read_in_utc_and_a_bad_one_is_none() -> None:
    assert made_at("2026-03-05T10:00:00+07:00") == dt.datetime(2026, 3, 5, 3, tzinfo=dt.UTC)
    assert made_at("2026-03-05T03:00:00") == dt.datetime(2026, 3, 5, 3, tzinfo=dt.UTC)
    assert made_at("") is None
    assert made_at("kemarin") is None


def test_the_office_rules_are_kept_in_the_database(office: Database) -> None:
    with office.session() as session:
        assert office_rules(session) == OfficeRules("", 30, 10)
    with office.session() as session, session.begin():
        changes = save_office_rules(
            session, office_name="  Dinas PMD Kabupaten Bogor ", late_days=45, due_day=5
        )
    assert changes.touches("local_settings")
    with office.session() as session:
        assert office_rules(session) == OfficeRules("Dinas PMD Kabupaten Bogor", 45, 5)
        assert read_area(session, area=REGENCY).rules == OfficeRules(
            "Dinas PMD Kabupaten Bogor", 45, 5
        )


@pytest.mark.parametrize(
    ("values", "fields"),
    [
        ({"late_days": 0}, ["late_days"]),
        ({"late_days": 367}, ["late_days"]),
        ({"due_day": 0}, ["due_day"]),
        ({"due_day": 29}, ["due_day"]),
        ({"office_name": "Dinas\x00PMD"}, ["office_name"]),
        ({"office_name": "Dinas\nPMD"}, ["office_name"]),
        ({"office_name": "D" * 121}, ["office_name"]),
        ({"late_days": -1, "due_day": 31}, ["late_days", "due_day"]),
    ],
)
def test_impossible_rules_are_refused_whole(
    sqlite_url: str, values: dict[str, object], fields: list[str]
) -> None:
    db = open_database(sqlite_url)
    try:
        wanted: dict[str, object] = {"office_name": "Dinas PMD", "late_days": 30, "due_day": 10}
        with db.session() as session, session.begin():
            with pytest.raises(ValidationError) as refused:
                save_office_rules(session, **{**wanted, **values})  # type: ignore[arg-type]
            assert [i.field for i in refused.value.issues] == fields
            assert all(i.template for i in refused.value.issues)
        with db.session() as session:
            assert office_rules(session) == OfficeRules()
    finally:
        db.dispose()


def test_a_bundle_imported_before_berdaya_0006_is_dated_by_its_import(tmp_path: Path) -> None:
    path = tmp_path / "office-0005.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", "desktop.core:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "berdaya_0005")
        conn.execute(
            text(
                "INSERT INTO devices (id, label, kind, first_seen, revoked) VALUES "
                "('0192f0c8e1c07000800000000000abcd', 'Laptop Bu Sri', 'village', "
                "'2026-01-01 00:00:00', 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO device_scopes (device_id, code) VALUES "
                f"('0192f0c8e1c07000800000000000abcd', '{PONDOK_RAJEG}')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO applied_bundles (bundle_id, sender_id, applied_at, summary) VALUES "
                "('0192f0c8e1c07000800000000000ffff', '0192f0c8e1c07000800000000000abcd', "
                "'2026-03-09 04:30:00.000000', '{}')"
            )
        )
    engine.dispose()
    office = open_database(path)
    try:
        with office.session() as session:
            assert session.scalar(select(AppliedBundle.created_at)) is None
            [village] = read_area(session, today=dt.date(2026, 3, 20)).villages
        assert (village.code, village.sending, village.last_bundle) == (
            PONDOK_RAJEG,
            Sending.ACTIVE,
            dt.datetime(2026, 3, 9, 4, 30, tzinfo=dt.UTC),
        )
    finally:
        office.dispose()
