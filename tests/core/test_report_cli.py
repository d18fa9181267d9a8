"""``berdaya report`` headless: the workbook, the CSV and the PDF written for a demo database,
and every refusal (a damaged, foreign or missing database, a bad month, area or file name) in one
sentence with exit code 2 and no traceback."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop.cli import main
from desktop.core import summary
from desktop.core.database import open_database
from desktop.core.reports.office import period

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


@pytest.fixture(scope="module")
def demo_db(office_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The session's demo office (tests/conftest.py), copied: the report writes its cache."""
    path = tmp_path_factory.mktemp("report-cli") / "dinas.sqlite"
    shutil.copy(office_demo, path)
    yield path


def _programs(path: Path) -> list[tuple[str, str]]:
    db = open_database(path, create=False)
    try:
        with db.reading() as session:
            return sorted((p.village_code, p.name) for p in summary.summarize(session))
    finally:
        db.dispose()


def test_workbook_of_the_whole_database(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "laporan.xlsx"
    assert main(["report", "--db", str(demo_db), "--out", str(out), "--month", "2025-03"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    book = CalamineWorkbook.from_path(str(out))
    rows = book.get_sheet_by_name("Program").to_python()
    assert rows[0] == PROGRAM_HEADERS
    assert sorted((r[0], r[3]) for r in rows[1:]) == _programs(demo_db)
    assert str(book.get_sheet_by_name("Grafik").to_python()[1][0]).startswith(
        "Laporan bulan Maret 2025"
    )


def test_csv_of_one_area(demo_db: Path, tmp_path: Path) -> None:
    programs = _programs(demo_db)
    area = programs[0][0].rsplit(".", 2)[0]  # the first village's regency
    out = tmp_path / "program.csv"
    assert main(["report", "--db", str(demo_db), "--area", area, "--out", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == PROGRAM_HEADERS
    assert sorted((r[0], r[3]) for r in rows[1:]) == [p for p in programs if p[0].startswith(area)]


def test_pdf(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    assert main(["report", "--db", str(demo_db), "--out", str(out), "--paper", "F4"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def _damaged(folder: Path, good: Path) -> Path:
    path = folder / "rusak.sqlite"
    shutil.copy(good, path)
    with open(path, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(os.urandom(4096 * 20))
    return path


def _foreign(folder: Path, _good: Path) -> Path:
    path = folder / "catatan.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('rapat desa')")
    return path


def _text(folder: Path, _good: Path) -> Path:
    path = folder / "catatan.txt"
    path.write_text("catatan rapat\n" * 50)
    return path


def _missing(folder: Path, _good: Path) -> Path:
    return folder / "tidak-ada.sqlite"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_damaged, "is damaged"),
        (_foreign, "is not a Berdaya database"),
        (_text, "is not a Berdaya database"),
        (_missing, "does not exist"),
    ],
    ids=["damaged", "foreign-sqlite", "text-file", "missing"],
)
def test_a_bad_database_is_refused_in_one_sentence(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: object,
    words: str,
) -> None:
    db = make(tmp_path, demo_db)  # type: ignore[operator]
    before = db.read_bytes() if db.exists() else None
    out = tmp_path / "laporan.xlsx"
    assert main(["report", "--db", str(db), "--out", str(out)]) == 2
    said = capsys.readouterr()
    assert said.out == ""
    lines = said.err.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], said.err
    assert "Traceback" not in said.err
    assert not out.exists()
    if before is not None and words != "is damaged":
        assert db.read_bytes() == before  # a file that is not ours is left untouched


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--month", "2025-13"], "--month takes a month as YYYY-MM"),
        (["--month", "maret"], "--month takes a month as YYYY-MM"),
        (["--area", "99.99"], "--area takes an official Kemendagri place code"),
        (["--area", "garut"], "--area takes an official Kemendagri place code"),
    ],
)
def test_a_bad_month_or_area_is_refused_in_one_sentence(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    words: str,
) -> None:
    out = tmp_path / "laporan.xlsx"
    assert main(["report", "--db", str(demo_db), "--out", str(out), *options]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and words in err
    assert not out.exists()


def test_an_unknown_kind_of_file_and_a_missing_folder(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--db", str(demo_db), "--out", str(tmp_path / "laporan.docx")]) == 2
    assert "--out must end in one of .xlsx, .pdf, .csv" in capsys.readouterr().err
    out = tmp_path / "tidak" / "ada" / "laporan.xlsx"
    assert main(["report", "--db", str(demo_db), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.endswith("“laporan.xlsx” was not written.")


def _heading(workbook: Path) -> str:
    return str(
        CalamineWorkbook.from_path(str(workbook)).get_sheet_by_name("Grafik").to_python()[1][0]
    )


def test_the_default_month_is_this_month(demo_db: Path, tmp_path: Path) -> None:
    """Demo data stands on its own day, and reports that day's month; any other database
    reports the month of the real today."""
    from desktop.core.demo.story import TODAY
    from desktop.core.office.figures import DEMO_DAY_KEY

    out = tmp_path / "laporan.xlsx"
    assert main(["report", "--db", str(demo_db), "--out", str(out)]) == 0
    assert _heading(out).startswith(f"Laporan bulan {period(TODAY)}")
    own = tmp_path / "own.sqlite"
    shutil.copyfile(demo_db, own)
    with sqlite3.connect(own) as conn:
        conn.execute("DELETE FROM local_settings WHERE key = ?", (DEMO_DAY_KEY,))
    conn.close()
    assert main(["report", "--db", str(own), "--out", str(out)]) == 0
    assert _heading(out).startswith(f"Laporan bulan {period(dt.date.today())}")
