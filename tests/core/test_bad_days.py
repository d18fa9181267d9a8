"""Bad days at the storage level, made for real: damaged pages, a full disk, a read-only file and
folder (capabilities dropped: we run as root), another process holding the write lock, a failed
migration, an unreachable server. Each is met by one sentence and an exit code, never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop import cli
from desktop.core import backups, demo
from desktop.core.database import open_database
from desktop.core.db import DamagedDatabase, DatabaseError, StorageProblem, open_storage
from desktop.core.sync.merge import import_files

REPO = Path(__file__).resolve().parents[2]
# root without capabilities: file permissions apply to it like to anyone
NO_CAPABILITIES = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"]


def berdaya(*args: str, dropped: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desktop.app", *args]
    return subprocess.run(
        NO_CAPABILITIES + command if dropped else command,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


def one_sentence(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "berdaya.sqlite"
    db = open_database(path)
    demo.generate(db, villages=1, seed=1)
    db.dispose()
    return path


@pytest.fixture
def database(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "berdaya.sqlite"
    shutil.copyfile(demo_file, path)
    return path


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk or a bad copy would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2 - (size // 2) % 4096)
        handle.write(b"\xde\xad" * 8192)


def test_damaged_pages_are_said_and_the_newest_good_backup_restores(database: Path) -> None:
    good = backups.make_backup(database, reason="daily")
    before = berdaya("dump", "--db", str(database))
    assert before.returncode == 0
    damage(database)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(database)
    assert caught.value.backup is not None and caught.value.backup.path == good
    line = one_sentence(berdaya("dump", "--db", str(database)), "is damaged", good.name)
    assert line.startswith("berdaya: ")
    one_sentence(berdaya("summary", "--db", str(database)), "is damaged")

    backups.restore(database, good)
    after = berdaya("dump", "--db", str(database))
    assert after.returncode == 0 and after.stdout == before.stdout


def test_a_damaged_file_without_backups_says_so(database: Path) -> None:
    damage(database)
    one_sentence(berdaya("summary", "--db", str(database)), "is damaged", "no good backup")


def test_an_import_into_a_file_damaged_since_opening_is_refused(database: Path) -> None:
    db = open_database(database)
    try:
        damage(database)
        with pytest.raises(DamagedDatabase):
            import_files(db, [])
    finally:
        db.dispose()


def test_a_read_only_file_and_folder_are_named_as_such(database: Path, tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    database.chmod(0o444)
    one_sentence(berdaya("summary", "--db", str(database), dropped=True), "is read-only")
    database.chmod(0o644)
    os.chmod(tmp_path, 0o555)
    try:
        one_sentence(
            berdaya("summary", "--db", str(database), dropped=True), "read-only folder", "journal"
        )
    finally:
        os.chmod(tmp_path, 0o755)
    assert berdaya("summary", "--db", str(database), dropped=True).returncode == 0


@contextlib.contextmanager
def small_filesystem(tmp_path: Path, megabytes: int) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(mount)],
        capture_output=True,
    )
    if made.returncode != 0:
        pytest.fail(f"no tmpfs could be mounted here: {made.stderr!r}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path, leave: int) -> None:
    free = shutil.disk_usage(folder).free
    with (folder / "filler").open("wb") as handle:
        handle.truncate(0)
        os.posix_fallocate(handle.fileno(), 0, max(free - leave, 0))


def test_a_full_disk_is_said_in_one_sentence(database: Path, tmp_path: Path) -> None:
    with small_filesystem(tmp_path, 8) as disk:
        target = disk / "berdaya.sqlite"
        shutil.copyfile(database, target)
        fill(disk, leave=600 * 1024)
        one_sentence(berdaya("simulate", "--db", str(target), "--days", "200"), "disk is full")
        (disk / "filler").unlink()
        fill(disk, leave=64 * 1024)
        one_sentence(berdaya("summary", "--db", str(target)), "is full")
        (disk / "filler").unlink()
        assert berdaya("summary", "--db", str(target)).returncode == 0


def test_an_empty_file_is_not_a_new_database(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.sqlite"
    empty.touch()
    one_sentence(
        berdaya("screenshot", "--db", str(empty), "--out", str(tmp_path / "x.png")),
        "is empty, not a Berdaya database",
    )
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kosong.sqlite"]


def test_a_failed_migration_says_so_and_keeps_one_backup(database: Path) -> None:
    conn = sqlite3.connect(database)
    conn.execute("UPDATE alembic_version SET version_num = 'berdaya_0001'")  # tables say newer
    conn.commit()
    conn.close()
    for _attempt in range(3):
        one_sentence(berdaya("summary", "--db", str(database)), "could not be brought up")
    assert len(backups.list_backups(database)) == 1


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgres://user@localhost/berdaya", "postgresql+psycopg://"),
        ("postgresql+psycopg://user@127.0.0.1:1/berdaya", "cannot be reached"),
    ],
    ids=["postgres-typo", "unreachable-server"],
)
def test_a_server_that_cannot_be_had_is_one_sentence(url: str, words: str) -> None:
    one_sentence(berdaya("summary", "--db", url), words)
    with pytest.raises(DatabaseError, match=r"Berdaya knows|cannot be reached"):
        open_storage(url)


def test_an_unexpected_error_is_one_sentence_and_the_traceback_is_logged(
    database: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.core import summary

    def broken(_session: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(summary, "summarize", broken)
    logged: list[str] = []

    class Keep(__import__("logging").Handler):
        def emit(self, record: object) -> None:
            logged.append(self.format(record))  # type: ignore[arg-type]

    handler = Keep()
    cli.log.addHandler(handler)
    try:
        assert cli.main(["summary", "--db", str(database)]) == 70
    finally:
        cli.log.removeHandler(handler)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "RuntimeError: a bug" in err[0] and "log" in err[0]
    assert any("Traceback" in entry for entry in logged)


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE devices SET label = label")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


@contextlib.contextmanager
def lock_held(path: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    try:
        yield holder
    finally:
        holder.wait(timeout=30)


def test_a_write_waits_for_another_process_and_a_read_does_not(database: Path) -> None:
    db = open_database(database)
    waited: list[float] = []
    try:
        with lock_held(database, 2.0):
            start = time.monotonic()
            with db.reading() as session, session.begin():
                assert session.execute(text("SELECT count(*) FROM programs")).scalar()
            assert time.monotonic() - start < 0.5
            # a read, then a write, in one transaction: it used to fail at once with "locked"
            with (
                db.writing(on_wait=lambda: waited.append(time.monotonic() - start)) as session,
                session.begin(),
            ):
                label = session.execute(text("SELECT label FROM devices")).scalar()
                session.execute(text("UPDATE devices SET label = :l"), {"l": f"{label}!"})
            elapsed = time.monotonic() - start
        assert elapsed > 1.5
        assert len(waited) == 1 and waited[0] < 1.0
        with db.reading() as session:
            assert str(session.execute(text("SELECT label FROM devices")).scalar()).endswith("!")
    finally:
        db.dispose()


def test_an_import_and_an_edit_of_the_window_wait_for_each_other(database: Path) -> None:
    """Two writers in two threads of this process, each on its own connection: neither fails."""
    db = open_database(database)
    errors: list[BaseException] = []

    def edit() -> None:
        try:
            with db.writing() as session, session.begin():
                session.execute(text("SELECT count(*) FROM programs")).scalar()
                time.sleep(0.3)
                session.execute(text("UPDATE devices SET label = label || '.'"))
        except BaseException as exc:  # pragma: no cover - the failure this test is about
            errors.append(exc)

    try:
        threads = [threading.Thread(target=edit) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert errors == []
        with db.reading() as session:
            assert str(session.execute(text("SELECT label FROM devices")).scalar()).endswith("....")
    finally:
        db.dispose()


def test_storage_problems_are_refused_with_their_own_class(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "x.sqlite").touch()
    assert issubclass(StorageProblem, DatabaseError)
    with pytest.raises(DatabaseError, match="is empty"):
        open_database(folder / "x.sqlite", create=False)
    with pytest.raises(DatabaseError, match="not a Berdaya database yet"):
        open_database(folder / "y.sqlite", create=False)
