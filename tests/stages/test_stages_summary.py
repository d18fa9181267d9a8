"""``berdaya summary``: every program's stages, principle figures and indicators, as stable
JSON and as a table; and the whole walk on SQLite and on PostgreSQL."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from stage_world import START, VILLAGE, World, open_world, walk_to_the_end

from desktop.commands import summary as command
from desktop.core import summary
from desktop.core.database import open_database
from desktop.core.models import Indicator, Program
from desktop.core.programs import create_program, set_program_deleted


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


def _walked(tmp_path: Path) -> tuple[Path, str, str]:
    """A database holding the walked program and a second, empty one in the same village."""
    with open_world(tmp_path) as w:
        walk_to_the_end(w)
        other = create_program(
            w.session, village_code=VILLAGE, name="Bank sampah", start_date=START
        ).created[0]
        gone = create_program(
            w.session, village_code=VILLAGE, name="Dihapus", start_date=START
        ).created[0]
        set_program_deleted(w.session, program_id=gone, deleted=True)
        indicator = w.session.scalars(select(Indicator.id)).one()
        return tmp_path / "world.sqlite", str(w.program_id), f"{other}|{indicator}"


def _run(capsys: pytest.CaptureFixture[str], db: Path, *, as_json: bool) -> str:
    code = command.run(argparse.Namespace(db=str(db), json=as_json))
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def _no_figure(lower: bool, threshold: float) -> dict[str, object]:
    return {"figure": None, "flagged": False, "lower_is_better": lower, "threshold": threshold}


def test_summary_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, walked, rest = _walked(tmp_path)
    other, indicator = rest.split("|")
    text = _run(capsys, db, as_json=True)
    empty_goals: dict[str, list[object]] = {
        g: []
        for g in ("kelembagaan", "usaha", "pendapatan", "lingkungan", "kehidupan", "masyarakat")
    }
    stages = ("persiapan", "pengkajian", "perencanaan", "formalisasi", "pelaksanaan")
    stages += ("evaluasi", "terminasi")
    assert json.loads(text) == {
        "programs": [
            {
                "id": walked,
                "name": "Air bersih untuk semua",
                "village": {"code": VILLAGE, "name": "Jaong"},
                "start_date": "2026-01-05",
                "closed_on": "2026-07-31",
                "stages": dict.fromkeys(stages, "done"),
                "principles": {
                    # attendance 4/8, voice 4/6, decisions 3/4: their mean is 23/36
                    "kesetaraan": {
                        "figure": round(23 / 36, 6),
                        "flagged": False,
                        "lower_is_better": False,
                        "threshold": 0.3,
                    },
                    # plan 4/5, do 2/4, monitor 1/1, evaluate 2/2
                    "partisipasi": {
                        "figure": 0.825,
                        "flagged": False,
                        "lower_is_better": False,
                        "threshold": 0.5,
                    },
                    # the facilitator's share in June, the last month with records
                    "keberlanjutan": {
                        "figure": 0.0,
                        "flagged": False,
                        "lower_is_better": True,
                        "threshold": 0.05,
                    },
                    # 2.0M of the 4.0M given to the trench; the training had no resources
                    "keswadayaan": {
                        "figure": 0.5,
                        "flagged": False,
                        "lower_is_better": False,
                        "threshold": 0.2,
                    },
                },
                "goals": {
                    **empty_goals,
                    "kehidupan": [
                        {
                            "id": indicator,
                            "name": "Rumah tangga dengan air bersih",
                            "unit": "households",
                            "direction": "increase",
                            "baseline": 20.0,
                            "target": 80.0,
                            "latest": 50.0,
                            "latest_on": "2026-06-10",
                            "progress": 0.5,
                            "on_track": True,
                        }
                    ],
                },
            },
            {
                "id": other,
                "name": "Bank sampah",
                "village": {"code": VILLAGE, "name": "Jaong"},
                "start_date": "2026-01-05",
                "closed_on": None,
                "stages": dict.fromkeys(stages, "not_started"),
                "principles": {
                    "kesetaraan": _no_figure(False, 0.3),
                    "partisipasi": _no_figure(False, 0.5),
                    "keberlanjutan": _no_figure(True, 0.05),
                    "keswadayaan": _no_figure(False, 0.2),
                },
                "goals": empty_goals,
            },
        ]
    }
    # sorted keys, and the same bytes every time
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2) + "\n"
    assert _run(capsys, db, as_json=True) == text


def test_summary_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _, _ = _walked(tmp_path)
    text = _run(capsys, db, as_json=False)
    lines = text.splitlines()
    assert lines[0].split() == [
        "Program",
        "Village",
        "Stages",
        "Equality",
        "Particip.",
        "Facilit.",
        "Self-rel.",
    ]
    walked = next(line for line in lines if line.startswith("Air bersih untuk semua"))
    assert walked.split()[-5:] == ["DDDDDDD", "64%", "82%", "0%", "50%"]
    assert "Jaong (53.10.05.2003)" in walked
    assert any(
        "kehidupan" in line and "20 -> 80 households, latest 50 (on track)" in line
        for line in lines
    )
    empty = next(line for line in lines if line.startswith("Bank sampah"))
    assert empty.split()[-5:] == ["-------", "-", "-", "-", "-"]
    assert "Dihapus" not in text


def test_summary_of_an_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_database(tmp_path / "kosong.sqlite").dispose()
    assert (
        _run(capsys, tmp_path / "kosong.sqlite", as_json=True).strip() == '{\n  "programs": []\n}'
    )
    assert _run(capsys, tmp_path / "kosong.sqlite", as_json=False).strip() == "No programs."


def test_summary_refuses_what_is_not_a_berdaya_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "catatan.txt").write_text("bukan basis data")
    code = command.run(argparse.Namespace(db=str(tmp_path / "catatan.txt"), json=True))
    assert code == 2
    assert "not a Berdaya database" in capsys.readouterr().err
    assert (tmp_path / "catatan.txt").read_text() == "bukan basis data"


def test_add_parser_makes_the_summary_command() -> None:
    parser = argparse.ArgumentParser(prog="berdaya")
    command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["summary", "--db", "x.sqlite", "--json"])
    assert (args.command, args.db, args.json) == ("summary", "x.sqlite", True)
    assert parser.parse_args(["summary", "--db", "x.sqlite"]).json is False


def test_the_walk_on_sqlite_and_postgresql(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.session() as session, session.begin():
            program_id = create_program(
                session, village_code=VILLAGE, name="Air bersih untuk semua", start_date=START
            ).created[0]
            walk_to_the_end(World(db, session, program_id))
        with db.session() as session:
            [walked] = summary.summarize(session)
            assert session.scalars(select(Program.closed_on)).one() is not None
            figures = {p.value: s.figure for p, s in walked.principles.by_principle().items()}
            assert figures == pytest.approx(
                {
                    "kesetaraan": 23 / 36,
                    "partisipasi": 0.825,
                    "keberlanjutan": 0.0,
                    "keswadayaan": 0.5,
                }
            )
    finally:
        db.dispose()


def test_the_summary_reads_every_programs_goals_as_each_program_alone_would(
    office_demo: Path, tmp_path: Path
) -> None:
    """The summary reads the goals of all programs at once; each is what the program's own
    goal report says (indicators, readings, on track or not)."""
    from desktop.core import goals

    copy = tmp_path / "office.sqlite"
    copy.write_bytes(office_demo.read_bytes())
    database = open_database(copy)
    try:
        with database.session() as session:
            programs = session.scalars(select(Program).where(Program.deleted.is_(False))).all()
            together = goals.goal_reports(session, programs)
            assert sum(len(status.indicators) for r in together.values() for status in r) > 10
            for program in programs:
                assert together[program.id] == goals.goal_report(session, program.id)
    finally:
        database.dispose()
