"""The office's report: its figures equal those computed here from the database rows (the
program overview, ``berdaya summary``'s data and plain SQL), the workbook read back with
python-calamine (not the openpyxl that wrote it), the CSV's header and encoding, and a write
that fails leaving the old report whole."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import os
import shutil
import sqlite3
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop.core import programs, summary
from desktop.core.database import open_database
from desktop.core.domain import DeviceKind, Principle, Stage, StageStatus
from desktop.core.errors import ValidationError
from desktop.core.models import AppliedBundle, Device, DeviceScope, LocalSetting
from desktop.core.office.area import read_area
from desktop.core.office.charts import area_charts
from desktop.core.office.figures import (
    DEMO_DAY_KEY,
    AreaFigures,
    Completeness,
    OfficeRules,
    ProgramFigures,
    Sending,
    VillageFigures,
)
from desktop.core.reports import workbook
from desktop.core.reports.office import (
    build_report,
    program_sheet,
    read_goals,
    status,
)

PROGRAM_HEADERS = [
    "Kode desa",
    "Desa",
    "Kecamatan",
    "Program",
    "Tahap",
    "Status",
    "Pertemuan",
    "Hadir perempuan",
    "Hadir laki-laki",
    "Anggaran swadaya",
    "Anggaran luar",
    "Swadaya masuk",
    "Dana luar masuk",
    "Kesetaraan",
    "Partisipasi",
    "Keberlanjutan",
    "Keswadayaan",
    "Kiriman terakhir",
]
VILLAGE_HEADERS = [
    "Kode desa",
    "Desa",
    "Kecamatan",
    "Program",
    "Kiriman terakhir",
    "Status kiriman",
]
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Demo:
    path: Path
    figures: AreaFigures
    sent: dict[str, dt.datetime]  # village code -> newest bundle made (UTC)


NEWEST_BUNDLES = """
    SELECT s.code, max(coalesce(b.created_at, b.applied_at))
    FROM applied_bundles b
    JOIN devices d ON d.id = b.sender_id
    JOIN device_scopes s ON s.device_id = d.id
    WHERE d.kind = 'village'
    GROUP BY s.code
"""


@pytest.fixture(scope="module")
def world(office_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """The session's three demo villages (tests/conftest.py) with the demo's history of
    bundles, and one more bundle made two days ago by a new laptop of the first village, read
    on the real today."""
    path = tmp_path_factory.mktemp("office") / "dinas.sqlite"
    shutil.copy(office_demo, path)
    db = open_database(path)
    try:
        with db.session() as session:
            code = min(p.village_code for p in summary.summarize(session))
            device = Device(id=uuid.uuid4(), label=f"laptop {code}", kind=DeviceKind.VILLAGE)
            device.scopes.append(DeviceScope(code=code))
            session.add(device)
            # read on the real today, not the demo's own day, so that bundle counts
            session.query(LocalSetting).filter(LocalSetting.key == DEMO_DAY_KEY).delete()
            session.add(
                AppliedBundle(
                    bundle_id=uuid.uuid4(),
                    sender_id=device.id,
                    created_at=NOW - dt.timedelta(days=2),
                    summary="{}",
                )
            )
            session.commit()
        with db.reading() as session:
            figures = read_area(session)
    finally:
        db.dispose()
    with sqlite3.connect(path) as conn:
        sent = {
            code: dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)
            for code, text in conn.execute(NEWEST_BUNDLES)
        }
    yield Demo(path, figures, sent)


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone().replace(tzinfo=None)


def _expected_program_rows(
    path: Path, sent: dict[str, dt.datetime]
) -> dict[tuple[str, str], list[object]]:
    """Every live program's row, computed from the rows: names by SQL, figures by the program
    overview, principles by ``berdaya summary``'s data."""
    with sqlite3.connect(path) as conn:
        places = dict(conn.execute("SELECT code, name FROM places"))
        stages: dict[str, dict[str, str]] = {}
        for program_id, stage, state in conn.execute(
            "SELECT program_id, stage, status FROM stage_states WHERE deleted = 0"
        ):
            stages.setdefault(program_id, {})[stage] = state
    db = open_database(path, create=False)
    try:
        with db.reading() as session:
            data = summary.to_data(summary.summarize(session))["programs"]
            out: dict[tuple[str, str], list[object]] = {}
            for p in data:
                overview = programs.overview(session, uuid.UUID(p["id"]))
                code = p["village"]["code"]
                done = [p["stages"][s.value] == "done" for s in Stage]
                number = done.index(False) + 1 if False in done else 7
                started = any(state != "not_started" for state in p["stages"].values())
                word = (
                    "Selesai"
                    if p["closed_on"] or all(done)
                    else "Berjalan"
                    if started
                    else "Belum mulai"
                )
                figure = [p["principles"][x.value]["figure"] for x in Principle]
                key = (code, p["name"])
                assert key not in out  # rows are told apart by village and name
                out[key] = [
                    code,
                    places[code],
                    places[code.rsplit(".", 1)[0]],
                    p["name"],
                    number,
                    word,
                    overview.meetings,
                    overview.attendance_women,
                    overview.attendance_men,
                    overview.budget_community,
                    overview.budget_outside,
                    overview.contributed_community,
                    overview.contributed_outside,
                    *figure,
                    _local(sent[code]) if code in sent else None,
                ]
    finally:
        db.dispose()
    return out


def _same(got: object, want: object) -> bool:
    if isinstance(want, float) and isinstance(got, float | int):
        return abs(got - want) < 1e-6
    if isinstance(want, dt.datetime) and isinstance(got, dt.datetime):
        return abs(got - want) < dt.timedelta(seconds=1)
    return got == want


def test_program_rows_equal_the_overview_and_the_summary(world: Demo) -> None:
    expected = _expected_program_rows(world.path, world.sent)
    sheet = build_report(world.figures).sheet("Program")
    assert list(sheet.headers) == PROGRAM_HEADERS
    got = {(str(row[0]), str(row[3])): list(row) for row in sheet.rows}
    assert got.keys() == expected.keys()
    for key, want in expected.items():
        row = got[key]
        assert all(_same(g, w) for g, w in zip(row, want, strict=True)), [
            (h, g, w) for h, g, w in zip(PROGRAM_HEADERS, row, want, strict=True) if not _same(g, w)
        ]
    assert {row[5] for row in sheet.rows} <= {"Selesai", "Berjalan", "Belum mulai"}


def test_workbook_read_back_by_another_reader(world: Demo, tmp_path: Path) -> None:
    db = open_database(world.path, create=False)
    try:
        with db.reading() as session:
            goals = read_goals(session, world.figures)
    finally:
        db.dispose()
    report = build_report(world.figures, goals)
    out = tmp_path / "laporan.xlsx"
    workbook.write_workbook(report, out)

    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names[:2] == ["Program", "Desa"]
    assert {"Kecamatan", "Kehadiran", "Indikator", "Tahap", "Dana", "Grafik"} <= set(
        book.sheet_names
    )
    rows = book.get_sheet_by_name("Program").to_python()
    assert rows[0] == PROGRAM_HEADERS
    expected = _expected_program_rows(world.path, world.sent)
    assert len(rows) - 1 == len(expected)
    for row in rows[1:]:
        want = expected[(str(row[0]), str(row[3]))]
        for header, got, value in zip(PROGRAM_HEADERS, row, want, strict=True):
            if value is None:
                assert got == "", header  # no figure: an empty cell, not a zero or a word
            elif isinstance(value, int):
                assert isinstance(got, int | float) and got == value, header  # a number
            elif isinstance(value, dt.datetime):
                assert isinstance(got, dt.datetime), header  # a date, not text
                assert abs(got - value) < dt.timedelta(seconds=1)
            else:
                assert _same(got, value), (header, got, value)

    villages = book.get_sheet_by_name("Desa").to_python()
    assert villages[0] == VILLAGE_HEADERS
    status_of = {row[0]: row[5] for row in villages[1:]}
    today = world.figures.today
    for code, word in status_of.items():
        if code not in world.sent:
            assert word == "Belum pernah mengirim"
        elif (today - world.sent[code].astimezone().date()).days <= 30:
            assert word == "Aktif"
        else:
            assert word == "Terlambat"
    assert "Aktif" in status_of.values()
    for row in villages[1:]:
        if row[0] in world.sent:
            assert isinstance(row[4], dt.datetime)
        else:
            assert row[4] == ""

    indicators = book.get_sheet_by_name("Indikator").to_python()
    total = sum(len(g.indicators) for statuses in goals.values() for g in statuses)
    assert total > 0 and len(indicators) - 1 == total
    assert all(
        isinstance(row[indicators[0].index("Target")], float | int) for row in indicators[1:]
    )

    stages = book.get_sheet_by_name("Tahap").to_python()
    assert [row[0] for row in stages[1:]] == [1, 2, 3, 4, 5, 6, 7]
    assert sum(float(str(row[2])) for row in stages[1:]) == len(expected)

    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        first = archive.read("xl/worksheets/sheet1.xml").decode()
    assert sum(1 for n in names if n.startswith("xl/charts/chart")) >= 4  # native charts
    assert 'ySplit="1"' in first and "<autoFilter" in first  # frozen header, filters


def test_cells_carry_rupiah_percent_and_date_formats(world: Demo, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "laporan.xlsx"
    workbook.write_workbook(build_report(world.figures), out)
    sheet = load_workbook(out)["Program"]
    second = {cell.value: sheet.cell(row=2, column=n) for n, cell in enumerate(sheet[1], start=1)}
    assert "Rp" in second["Anggaran swadaya"].number_format
    assert second["Kesetaraan"].number_format.endswith("%")
    assert second["Kiriman terakhir"].number_format.startswith("dd-mm-yyyy")


def test_csv_header_exact_and_utf8_with_bom(world: Demo, tmp_path: Path) -> None:
    out = tmp_path / "program.csv"
    workbook.write_csv(program_sheet(world.figures), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == PROGRAM_HEADERS
    expected = _expected_program_rows(world.path, world.sent)
    assert len(rows) - 1 == len(expected)
    for row in rows[1:]:
        want = expected[(row[0], row[3])]
        assert int(row[9]) == want[9] and int(row[6]) == want[6]  # whole numbers
        assert row[13] == "" or abs(float(row[13]) - float(want[13])) < 1e-6  # type: ignore[arg-type]


# --- on hand-made figures ---------------------------------------------------------------------


def _program(world: Demo, **changes: object) -> ProgramFigures:
    first = next(p for v in world.figures.villages for p in v.programs)
    return replace(first, **changes)  # type: ignore[arg-type]


def test_status_in_words(world: Demo) -> None:
    day = dt.date(2025, 3, 1)
    assert status(_program(world, closed_on=day)) == "Selesai"
    done = _program(world, stage=Stage.TERMINATION, stage_status=StageStatus.DONE, closed_on=None)
    assert status(done) == "Selesai"
    fresh = _program(
        world, stage=Stage.PREPARATION, stage_status=StageStatus.NOT_STARTED, closed_on=None
    )
    assert status(fresh) == "Belum mulai"
    going = _program(
        world, stage=Stage.PLANNING, stage_status=StageStatus.IN_PROGRESS, closed_on=None
    )
    assert status(going) == "Berjalan"


def test_subdistrict_roll_up_adds_its_villages(world: Demo) -> None:
    a = _program(
        world,
        stage=Stage.ASSESSMENT,
        attendance_women=30,
        attendance_men=10,
        budget_community=1_500_000,
        budget_outside=500_000,
        contributed_community=250_000,
        contributed_outside=0,
    )
    b = _program(
        world,
        stage=Stage.ASSESSMENT,
        attendance_women=10,
        attendance_men=30,
        budget_community=0,
        budget_outside=2_000_000,
        contributed_community=0,
        contributed_outside=1_000_000,
    )
    c = _program(
        world,
        stage=Stage.EVALUATION,
        attendance_women=0,
        attendance_men=0,
        budget_community=0,
        budget_outside=0,
        contributed_community=0,
        contributed_outside=0,
    )
    sent = dt.datetime(2025, 3, 5, 1, 30, tzinfo=dt.UTC)
    villages = (
        VillageFigures("32.05.19.2001", "Satu", "32.05.19", "Cilawu", (a, b), sent, Sending.ACTIVE),
        VillageFigures("32.05.19.2002", "Dua", "32.05.19", "Cilawu", (c,), None, Sending.NEVER),
    )
    figures = AreaFigures(
        area_code="32.05",
        area_name="Kabupaten Garut",
        month=dt.date(2025, 3, 1),
        today=dt.date(2025, 3, 20),
        rules=OfficeRules(office_name="Dinas PMD Kabupaten Garut"),
        villages=villages,
        completeness=(Completeness("32.05.19", "Cilawu", 2, 1, 1, 0, 1),),
    )
    report = build_report(figures)
    row = dict(
        zip(report.sheet("Kecamatan").headers, report.sheet("Kecamatan").rows[0], strict=True)
    )
    assert row["Desa diharapkan"] == 2 and row["Desa mengirim"] == 1
    assert row["Tingkat pelaporan"] == pytest.approx(0.5)
    assert row["Program"] == 3
    assert (row["Tahap 2"], row["Tahap 6"], row["Tahap 1"]) == (2, 1, 0)
    assert (row["Hadir perempuan"], row["Hadir laki-laki"]) == (40, 40)
    assert row["Porsi perempuan"] == pytest.approx(0.5)
    assert (row["Anggaran swadaya"], row["Anggaran luar"]) == (1_500_000, 2_500_000)
    assert (row["Swadaya masuk"], row["Dana luar masuk"]) == (250_000, 1_000_000)
    figure = a.principles.equality.figure
    assert row["Kesetaraan"] == (pytest.approx(figure) if figure is not None else None)

    desa = report.sheet("Desa").rows
    assert [r[5] for r in desa] == ["Aktif", "Belum pernah mengirim"]
    assert desa[0][4] == sent.astimezone().replace(tzinfo=None)  # local time, no zone
    assert desa[1][4] is None
    money = {r[0]: r for r in report.sheet("Dana").rows}
    assert money["Swadaya"][1:3] == (1_500_000, 250_000)
    assert money["Luar"][1:3] == (2_500_000, 1_000_000)
    charts = area_charts(figures)
    assert [s.programs for s in charts.stages] == [r[2] for r in report.sheet("Tahap").rows]


def test_a_failed_write_leaves_the_old_report_whole(
    world: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "laporan.xlsx"
    out.write_bytes(b"the report of last month")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ValidationError) as refused:
        workbook.write_workbook(build_report(world.figures), out)
    assert refused.value.messages == [
        "The disk is full: the report “laporan.xlsx” was not written."
    ]
    assert out.read_bytes() == b"the report of last month"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.xlsx"]  # no partial left


def test_a_missing_folder_is_said_in_words(world: Demo, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        workbook.write_csv(program_sheet(world.figures), tmp_path / "nowhere" / "program.csv")
    assert refused.value.messages[0].startswith("The folder ")
    assert refused.value.messages[0].endswith("“program.csv” was not written.")
