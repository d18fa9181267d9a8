"""`berdaya timeline`: each output kind from a real (migrated) database, and clear refusals."""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import pytest
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from timeline_fixtures import SmallProgram, build_small

from desktop.commands import timeline as command
from desktop.core.database import open_database


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="berdaya")
    sub = parser.add_subparsers(dest="command", required=True)
    command.add_parser(sub)
    return parser.parse_args(["timeline", *argv])


@pytest.fixture
def db_file(tmp_path: Path) -> tuple[Path, SmallProgram]:
    path = tmp_path / "berdaya.sqlite"
    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            small = build_small(session)
    finally:
        database.dispose()
    return path, small


@pytest.mark.parametrize("suffix", [".ics", ".xml", ".pdf", ".png"])
def test_writes_each_kind_by_extension(
    db_file: tuple[Path, SmallProgram],
    tmp_path: Path,
    suffix: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, small = db_file
    out = tmp_path / f"plan{suffix}"
    assert command.run(parse("--db", str(path), "--program", str(small.id), "--out", str(out))) == 0
    assert capsys.readouterr().out.strip() == str(out)
    if suffix == ".ics":
        events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        assert f"{small.ids['embung']}@berdaya" in {str(e["UID"]) for e in events}
    elif suffix == ".xml":
        root = ET.parse(out).getroot()
        names = {
            t.findtext("{http://schemas.microsoft.com/project}Name")
            for t in root.iter("{http://schemas.microsoft.com/project}Task")
        }
        assert "Survei lokasi" in names
    elif suffix == ".pdf":
        document = QPdfDocument()
        assert document.load(str(out)) == QPdfDocument.Error.None_
        assert document.pageCount() >= 1
        assert "Embung dan kebun gizi" in document.getAllText(0).text()
        document.close()
    else:
        assert not QImage(str(out)).isNull()


def test_refusals(db_file: tuple[Path, SmallProgram], tmp_path: Path, capsys) -> None:
    path, small = db_file
    assert command.run(parse("--db", str(path), "--program", str(small.id), "--out", "x.doc")) == 2
    assert ".pdf" in capsys.readouterr().err
    assert command.run(parse("--db", str(path), "--program", "nope", "--out", "x.ics")) == 2
    unknown = "01900000-0000-7000-8000-000000000000"
    assert (
        command.run(
            parse("--db", str(path), "--program", unknown, "--out", str(tmp_path / "x.ics"))
        )
        == 2
    )
    assert unknown in capsys.readouterr().err
    missing = tmp_path / "missing.sqlite"
    assert (
        command.run(parse("--db", str(missing), "--program", str(small.id), "--out", "x.ics")) == 2
    )
    assert not missing.exists() or missing.stat().st_size == 0
