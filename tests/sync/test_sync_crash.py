"""Atomicity: an import killed (SIGKILL) at a random instant leaves the database as it was before
or as it is after the import, never in between.

The child says when it has begun applying (its first progress report comes from inside the
import's transaction, after the write lock is taken) and when it has finished; the kills are
spread over the import's measured duration after that mark, and the test demands that some of
them really landed while the transaction was open."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sync_support import REGENCY, VILLAGE, add_person, bind, dump_text, export, import_one

from desktop.core.database import open_database
from desktop.core.db import Database, sqlite_path
from desktop.core.domain import Sex
from desktop.core.models import AppliedBundle, Knowledge, Person, SyncVersion
from desktop.core.sync.merge import import_files

RUNNER = """
import sys
from pathlib import Path
from desktop.core.database import open_database
from desktop.core.sync.merge import import_files
database = open_database(sys.argv[1])
said = []


def progress(fraction, what):
    if what.startswith("Reading") and not said:  # inside the transaction, writes under way
        said.append(True)
        print("applying", flush=True)


print("ready", flush=True)
sys.stdin.readline()
import_files(database, [Path(sys.argv[2])], progress=progress)
print("done", flush=True)
"""


def _state(database: Database) -> tuple[str, int, int, int]:
    with database.session() as session:
        return (
            dump_text(database),
            session.scalar(select(func.count()).select_from(SyncVersion)) or 0,
            session.scalar(select(func.count()).select_from(AppliedBundle)) or 0,
            int(session.scalar(select(func.sum(Knowledge.max_counter))) or 0),
        )


def _copy(url: str, name: str, folder: Path) -> str:
    path = sqlite_path(url)
    if path is not None:
        target = folder / f"{name}.sqlite"
        shutil.copyfile(path, target)
        return f"sqlite:///{target}"
    admin = make_url(url).set(drivername="postgresql", database="postgres")
    real = f"crash_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(real), sql.Identifier(make_url(url).database or "")
            )
        )
    return make_url(url).set(database=real).render_as_string(hide_password=False)


def _drop(url: str) -> None:
    if sqlite_path(url) is None:
        admin = make_url(url).set(drivername="postgresql", database="postgres")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    sql.Identifier(make_url(url).database or "")
                )
            )


def test_an_import_killed_at_any_moment_leaves_before_or_after(
    make_db, tmp_path: Path, config_home: Path
) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village)
    bind(office, REGENCY)
    add_person(village, "Sudah ada")
    import_one(office, export(village, tmp_path / "first.berdaya"))
    with village.session() as session, session.begin():
        for i in range(1500):
            session.add(Person(name=f"Warga {i}", sex=Sex.MALE, village_code=VILLAGE))
    bundle = export(village, tmp_path / "big.berdaya")

    before = _state(office)
    office.dispose()
    expected_after = open_database(_copy(office.url, "after", tmp_path))
    applying: list[float] = []

    def progress(_fraction: float, what: str) -> None:
        if what.startswith("Reading") and not applying:
            applying.append(time.monotonic())

    [summary] = import_files(expected_after, [bundle], progress=progress)
    assert summary.status == "applied" and applying
    duration = time.monotonic() - applying[0]  # from the child's "applying" to the end
    after = _state(expected_after)
    expected_after.dispose()
    _drop(expected_after.url)
    assert before != after

    runs = 10 if sqlite_path(office.url) is not None else 4
    rng = random.Random(20260601)
    outcomes = {"before": 0, "after": 0}
    mid_import = {"before": 0, "after": 0}  # killed after "applying" and before "done"
    env = {**os.environ, "XDG_CONFIG_HOME": str(config_home)}
    for run in range(runs):
        url = _copy(office.url, f"run{run}", tmp_path)
        process = subprocess.Popen(
            [sys.executable, "-c", RUNNER, url, str(bundle)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert process.stdout is not None and process.stdin is not None
        assert process.stdout.readline().strip() == "ready"
        process.stdin.write("go\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "applying", f"run {run}: no import began"
        # spread over the import's measured duration (and a little past it), jittered
        time.sleep(duration * 1.2 * (run + rng.random()) / runs)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        finished = "done" in process.stdout.read()
        reopened = open_database(url)
        state = _state(reopened)
        reopened.dispose()
        _drop(url)
        assert state in (before, after), f"run {run}: the database is between before and after"
        outcome = "before" if state == before else "after"
        outcomes[outcome] += 1
        if not finished:
            mid_import[outcome] += 1
    assert sum(outcomes.values()) == runs
    # the kills must not all have missed: at least one landed with the transaction open (the
    # import had begun writing and the database came back exactly as before)
    assert mid_import["before"] >= 1, f"no kill landed inside the import: {mid_import}"
