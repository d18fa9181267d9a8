"""Fixtures for the whole suite: databases to run against (SQLite and a throwaway PostgreSQL).

PostgreSQL comes from Debian's ``postgresql`` package (``make system`` installs it): one cluster
is started per test session on a free loopback port and every ``pg_url`` gets a fresh database on
it. Set BERDAYA_TEST_PG_URL (a SQLAlchemy URL of a server where the user may create databases) to
use another server instead. A test that needs PostgreSQL fails when no server can be had; it is
never skipped.
"""

from __future__ import annotations

import atexit
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Device keys and settings go to a throwaway folder, never to the tester's own config.
_CONFIG_HOME = tempfile.mkdtemp(prefix="berdaya-test-config-")
os.environ["XDG_CONFIG_HOME"] = _CONFIG_HOME
os.environ["BERDAYA_LOG_DIR"] = os.path.join(_CONFIG_HOME, "log")  # the program's log, too
atexit.register(shutil.rmtree, _CONFIG_HOME, True)

PG_URL_ENV = "BERDAYA_TEST_PG_URL"
PG_USER = "berdaya"
PG_OS_USER = "postgres"  # initdb refuses to run as root; Debian's package creates this user


class PostgresUnavailable(RuntimeError):
    """The throwaway PostgreSQL server could not be set up."""


def _pg_bindir() -> Path:
    """The bin folder of the newest PostgreSQL that Debian installed."""
    found: list[tuple[tuple[int, ...], Path]] = []
    for initdb in Path("/usr/lib/postgresql").glob("*/bin/initdb"):
        version = initdb.parent.parent.name
        key = tuple(int(part) for part in version.split(".") if part.isdigit())
        if (initdb.parent / "pg_ctl").exists():
            found.append((key, initdb.parent))
    if not found:
        raise PostgresUnavailable(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: run "
            f"`make system` (or `apt-get install postgresql`), or set {PG_URL_ENV}"
        )
    return max(found)[1]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class _Runner:
    """Runs the server's programs as the ``postgres`` user when we are root, else as ourselves."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(PG_OS_USER)
            except KeyError as exc:
                raise PostgresUnavailable(
                    f"running as root, but there is no '{PG_OS_USER}' user to run PostgreSQL "
                    "(Debian's postgresql package creates it)"
                ) from exc
            shutil.chown(workdir, user=PG_OS_USER, group=None)
            self.prefix = ["runuser", "-u", PG_OS_USER, "--"]

    def run(self, args: Sequence[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.prefix, *args],
            cwd=self.workdir,  # the postgres user may not be allowed into our own cwd
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def _describe(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n{result.stdout}\n{result.stderr}".strip()


@dataclass(frozen=True)
class _Cluster:
    url: URL
    runner: _Runner
    pg_ctl: Path
    datadir: Path

    def stop(self) -> None:
        self.runner.run(
            [str(self.pg_ctl), "-D", str(self.datadir), "-m", "immediate", "-w", "stop"]
        )


def _start_cluster(workdir: Path) -> _Cluster:
    """initdb, then pg_ctl start, in ``workdir`` (which the server's user owns)."""
    bindir = _pg_bindir()
    runner = _Runner(workdir)
    datadir = workdir / "data"
    base = [str(bindir / "initdb"), "-D", str(datadir), "-A", "trust", "-U", PG_USER]
    base += ["--encoding", "UTF8", "--no-sync"]
    result = runner.run([*base, "--locale", "C.UTF-8"])
    if result.returncode != 0:
        # a machine without the C.UTF-8 locale: let the server use plain C
        shutil.rmtree(datadir, ignore_errors=True)
        result = runner.run([*base, "--no-locale"])
    if result.returncode != 0:
        raise PostgresUnavailable(f"initdb failed: {_describe(result)}")

    logfile = workdir / "server.log"
    pg_ctl = [str(bindir / "pg_ctl"), "-D", str(datadir), "-l", str(logfile), "-w", "-t", "60"]
    last = ""
    for _attempt in range(3):  # another process may take the port between bind and start
        port = _free_port()
        # -F: no fsync; a throwaway cluster need not survive a power cut
        options = f"-h 127.0.0.1 -p {port} -k {workdir} -F -c full_page_writes=off"
        result = runner.run([*pg_ctl, "-o", options, "start"])
        if result.returncode == 0:
            url = URL.create(
                "postgresql+psycopg",
                username=PG_USER,
                host="127.0.0.1",
                port=port,
                database="postgres",
            )
            return _Cluster(url=url, runner=runner, pg_ctl=bindir / "pg_ctl", datadir=datadir)
        log = logfile.read_text(errors="replace") if logfile.exists() else ""
        last = f"{_describe(result)}\n--- server log ---\n{log}"
    raise PostgresUnavailable(f"pg_ctl could not start the server: {last}")


def _url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


@pytest.fixture(autouse=True)
def _source_language_after_each_test() -> Iterator[None]:
    """A test (or an in-process command) that installed Indonesian does not leak it into the
    next test's assertions."""
    yield
    if "desktop.ui.i18n" in sys.modules:
        sys.modules["desktop.ui.i18n"].uninstall()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """SQLAlchemy URL of a PostgreSQL server's ``postgres`` database, for the whole session."""
    given = os.environ.get(PG_URL_ENV)
    if given:
        url = make_url(given)
        if url.drivername == "postgresql":  # the driver the project installs is psycopg 3
            url = url.set(drivername="postgresql+psycopg")
        yield _url_text(url)
        return

    workdir = Path(tempfile.mkdtemp(prefix="berdaya-pg-"))
    try:
        cluster = _start_cluster(workdir)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    try:
        yield _url_text(cluster.url)
    finally:
        cluster.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def _admin_conninfo(server_url: str) -> str:
    """A libpq URI for psycopg from the SQLAlchemy URL (which names the driver)."""
    return _url_text(make_url(server_url).set(drivername="postgresql"))


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test; dropped afterwards."""
    import psycopg
    from psycopg import sql

    name = f"t_{secrets.token_hex(8)}"
    admin = _admin_conninfo(pg_server)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield _url_text(make_url(pg_server).set(database=name))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            conn.execute(drop.format(sql.Identifier(name)))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> Iterator[str]:
    """A SQLite file in the test's own temporary folder (created on first connect)."""
    yield f"sqlite:///{tmp_path}/berdaya.sqlite"


@pytest.fixture(params=["sqlite", "postgresql"], ids=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Runs a test once on SQLite and once on PostgreSQL (the server starts only if needed)."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    url: str = request.getfixturevalue(name)
    return url


@pytest.fixture(scope="session")
def office_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo office of three villages (seed 7: ``berdaya demo``'s programs and its history of
    bundles received), built once per session for the office's and the reports' tests. Never
    written: the program writes to what it opens (its device, the day's backup), so a test
    copies the file (``shutil.copy``) before opening it, or reads it with ``sqlite3`` alone."""
    from desktop.core import demo
    from desktop.core.database import open_database

    path = tmp_path_factory.mktemp("office-demo") / "dinas.sqlite"
    db = open_database(path)
    try:
        demo.generate(db, villages=3, seed=7)
    finally:
        db.dispose()
    return path
