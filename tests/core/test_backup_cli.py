"""``berdaya backup`` and ``berdaya restore``: the window's backups headless, in one sentence."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import backups


def _dump(path: Path, out: Path) -> str:
    assert main(["dump", "--db", str(path), "--out", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_backup_then_restore_gives_back_an_equal_dump(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desa.sqlite"
    assert main(["init", "--db", str(db), "--village", "32.01.01.1001"]) == 0
    before = _dump(db, tmp_path / "before.json")
    stick = tmp_path / "usb" / "desa-copy.sqlite"
    assert main(["backup", "--out", str(stick), "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db), "--keep", "3"]) == 0
    assert backups.kept_count(db) == 3
    assert [b.reason for b in backups.list_backups(db)] == ["manual"]
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO people (id, village_code, created_at, updated_at, deleted, name, sex,"
            " is_resident) VALUES ('0192f0c8e1c07000800000000000abcd', '32.01.01.1001',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0, 'Siti Aminah', 'female', 1)"
        )
    assert _dump(db, tmp_path / "changed.json") != before
    capsys.readouterr()
    assert main(["restore", "--db", str(db), str(stick)]) == 0
    said = capsys.readouterr().out
    assert "Restored desa.sqlite from desa-copy.sqlite" in said and "before-restore" in said
    assert _dump(db, tmp_path / "after.json") == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone() == (0,)


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["backup", "--db", "postgresql+psycopg://u@h/db"], "server's job"),
        (["backup", "--db", "{tmp}/missing.sqlite"], "does not exist"),
        (["restore", "--db", "{tmp}/x.sqlite", "{tmp}/missing.sqlite"], "does not exist"),
        (["restore", "{tmp}/notes.sqlite", "--db", "{tmp}/x.sqlite"], "damaged or not a database"),
    ],
    ids=["server", "no-database", "no-backup", "not-a-backup"],
)
def test_refusals_are_one_sentence_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    (tmp_path / "notes.sqlite").write_text("catatan rapat\n" * 50)
    code = main([part.format(tmp=tmp_path) for part in argv])
    err = capsys.readouterr().err
    assert code == 2
    assert words in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_writing_commands_make_the_days_backup_and_take_keep(tmp_path: Path) -> None:
    db = tmp_path / "desa.sqlite"
    assert main(["init", "--db", str(db), "--village", "32.01.01.1001"]) == 0
    assert backups.list_backups(db) == []  # nothing existed to back up
    assert main(["trust", "list", "--db", str(db), "--keep", "2"]) == 0
    assert [b.reason for b in backups.list_backups(db)] == ["daily"]
    assert backups.kept_count(db) == 2
