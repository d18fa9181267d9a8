"""Importing bundles: an office receiving every village's bundle, on SQLite and PostgreSQL.

Data: the demo data of ``VILLAGES`` (300) villages, generated once and cached under
``.bench-cache/merge-<key>/`` (the key hashes the demo, model, migration, capture and
bundle-format sources, so a change to any of them makes new data; the first run takes ~3 min
more). The demo makes one device for all its villages and works village by village, so each
village's changes are one contiguous range of that device's counters; each range is cut into
its own signed bundle with the real ``BundleWriter`` (what an incremental export after that
village's work carries). The demo's villages are richer than the issue assumed: about 8,700
changes each (2.6 million in all) instead of about 2,000; the data is kept as the demo makes it
(not cut down to the issue's size): the figures are ratios measured in the same run, and a
bigger office database only makes the import's B-tree work harder. The demo's row ids are
uuid7s of its simulated dates, so the villages' rows interleave in every key order, as those of
villages working at the same time do.

- ``merge.throughput_vs_raw_upsert``: changes per second of the cold import of all bundles into
  an empty office database (``import_files``, in a child process), divided by changes per
  second of plain ``sqlite3`` ``executemany`` upserts of the same change rows into a bare table
  with the same key (table, row, column; an ordinary rowid table, as a plain
  ``CREATE TABLE ... PRIMARY KEY`` makes), one transaction per bundle, same PRAGMAs
  (WAL, ``synchronous=FULL``, 32 MiB cache). Both timings end with closing the database (its
  last checkpoint). The baseline is timed from rows already parsed, while the import's time
  includes reading, verifying and checking every bundle (signature, checksums, each line), as
  well as keeping the synced tables and their indexes. Goal >= 0.33.
- ``merge.reimport_speedup``: the same import again (every bundle already applied): how many
  times faster. Goal >= 50.
- ``merge.peak_rss_mb``: peak resident memory of the child process that did the cold import
  (``VmHWM``, the interpreter and libraries included). Goal <= 250.
- ``bundle.month_kb``: one demo village after ``simulate(days=30)``, the incremental bundle of
  that month (no attachments), in KiB. Goal < 200. Skipped with a note while
  ``desktop.core.simulate`` does not exist.
- ``bundle.encrypted_vs_plain``: the office (after the cold import: all 300 villages) exports
  everything to a new device of its area and that device imports it (in a child process), once
  encrypted for it (``sealed``) and once plain, same run, each into its own copy of the new
  device's database: encrypted time / plain time. Goal <= 1.3.
- ``merge.pg_throughput_vs_copy``: the cold import into a throwaway PostgreSQL cluster (started
  as ``tests/conftest.py`` does), divided by ``COPY`` of the same change rows into a bare table
  with the same key, one transaction per bundle.

Set ``BERDAYA_BENCH_VILLAGES`` to use fewer villages (a quick look); the cache keeps each size.
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
VILLAGES = int(os.environ.get("BERDAYA_BENCH_VILLAGES", "300"))
SEED = 7
CACHE = ROOT / ".bench-cache"
_KEYED = [
    "desktop/core/demo",
    "desktop/core/sync/bundle.py",
    "desktop/core/sync/capture.py",
    "desktop/core/models",
    "desktop/core/migrations",
]


def _cache_key() -> str:
    digest = hashlib.sha256(f"{VILLAGES}/{SEED}".encode())
    for entry in _KEYED:
        path = ROOT / entry
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _folder() -> Path:
    return CACHE / f"merge-{_cache_key()}"


def _use_config(folder: Path) -> None:
    """Device keys of the bench live beside its data, never in the user's own config."""
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")


# --- data ----------------------------------------------------------------------------------


def _prepare() -> tuple[Path, list[Path]]:
    folder = _folder()
    bundles = folder / "bundles"
    done = folder / "done"
    _use_config(folder)
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        bundles.mkdir(parents=True)
        print(f"# making demo data of {VILLAGES} villages (cached in {folder})", flush=True)
        _make_bundles(folder / "demo.sqlite", bundles)
        done.write_text("ok\n")
    return folder, sorted(bundles.glob("*.berdaya"))


def _make_bundles(source: Path, out: Path) -> None:
    from sqlalchemy import select, text

    from desktop.core import demo
    from desktop.core.database import open_database
    from desktop.core.ids import new_id, utcnow
    from desktop.core.models import Device, DeviceScope
    from desktop.core.sync import bundle as fmt
    from desktop.core.sync import versions
    from desktop.core.sync.identity import local_identity

    database = open_database(source)
    demo.generate(database, villages=VILLAGES, seed=SEED)
    with database.engine.connect() as conn:
        identity = local_identity(conn)
        device = conn.execute(
            select(Device.label, Device.kind).where(Device.id == identity.device_id)
        ).one()
        scope = sorted(
            conn.execute(
                select(DeviceScope.code).where(DeviceScope.device_id == identity.device_id)
            ).scalars()
        )
        spans = conn.execute(
            text(
                "SELECT village_code, MIN(counter), MAX(counter) FROM sync_versions "
                "GROUP BY village_code ORDER BY 2"
            )
        ).all()
        for (_v, _a, last), (_w, first, _b) in itertools.pairwise(spans):
            assert last < first, "the demo's villages are expected one after another"
        start = 1
        for index, (village, _first, last) in enumerate(spans):
            header = {
                "format": fmt.FORMAT,
                "version": fmt.VERSION,
                "bundle_id": new_id().hex,
                "created_at": utcnow().isoformat(timespec="seconds"),
                "sender": {
                    "device_id": identity.device_id.hex,
                    "label": device.label,
                    "kind": str(device.kind.value),
                    "public_key": identity.public_key,
                    "fingerprint": identity.fingerprint,
                    "scope": scope,
                },
                "to": None,
                "full": False,
                "ranges": [{"device": identity.device_id.hex, "first": start, "last": last}],
                "knowledge": {identity.device_id.hex: last},
            }
            writer = fmt.BundleWriter(out / f"{index + 1:03d}-{village}.berdaya", header)
            for line in versions.changes(conn, identity.device_id, start, last=last):
                writer.add_line(line)
            writer.finish(identity.key)
            start = last + 1
    database.dispose()


def _lines(paths: Iterable[Path]) -> Iterator[list[list[Any]]]:
    """Each bundle's change rows, as parsed lists (what the raw baselines write)."""
    for path in paths:
        rows: list[list[Any]] = []
        with zipfile.ZipFile(path) as zf:
            for name in sorted(n for n in zf.namelist() if n.startswith("changes/")):
                rows.extend(json.loads(line) for line in zf.read(name).splitlines())
        yield rows


def _office_codes(paths: list[Path]) -> list[str]:
    return sorted({p.stem.split("-", 1)[1].split(".")[0] for p in paths})


# --- the import, in a child process ----------------------------------------------------------


def _senders(paths: Iterable[Path]) -> set[str]:
    """The devices the bundles come from, as their manifests say."""
    from desktop.core.sync import sealed

    found = set()
    for path in paths:
        if sealed.is_sealed(path):
            found.add(sealed.read_header(path).sender_id)
            continue
        with zipfile.ZipFile(path) as zf:
            found.add(str(json.loads(zf.read("manifest.json"))["sender"]["device_id"]))
    return found


def _child(url: str, folder: str, codes: list[str], bundle_list: str, bind: bool) -> None:
    """``python bench_merge.py --child``: import the bundles, print JSON of what it took."""
    _use_config(Path(folder))
    from desktop.core.database import open_database
    from desktop.core.device import bind as bind_device
    from desktop.core.sync.merge import import_files

    paths = [Path(p) for p in Path(bundle_list).read_text().split("\n") if p]
    database = open_database(url)
    if bind:
        with database.session() as session, session.begin():
            bind_device(session, codes)
    accept = _senders(paths)  # the office accepts the villages' laptops
    started = time.perf_counter()
    summaries = import_files(database, paths, accept=accept)
    database.dispose()  # closing folds the write-ahead log back in, as the baseline's close
    elapsed = time.perf_counter() - started
    statuses = sorted({s.status for s in summaries})
    changes = sum(s.changes for s in summaries)
    rss = _peak_rss_mb()
    print(json.dumps({"seconds": elapsed, "statuses": statuses, "changes": changes, "rss": rss}))


def _peak_rss_mb() -> float:
    """This process's own peak resident memory. Not ``ru_maxrss``: Linux keeps it across exec,
    so a child started by a large parent (one that just made the demo data) would report the
    parent's peak. ``VmHWM`` belongs to the address space exec made."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _import(url: str, folder: Path, paths: list[Path], *, bind: bool) -> dict[str, Any]:
    listing = folder / "bundles.txt"
    listing.write_text("\n".join(str(p) for p in paths))
    command = [
        sys.executable,
        __file__,
        "--child",
        url,
        str(folder),
        ",".join(_office_codes(paths)),
    ]
    command += [str(listing), "bind" if bind else "-"]
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"bench_merge: the import failed:\n{result.stderr[-4000:]}")
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


# --- baselines -----------------------------------------------------------------------------

_BARE = (
    "CREATE TABLE bare (table_name TEXT NOT NULL, row_id TEXT NOT NULL, column_name TEXT NOT "
    "NULL, hlc BIGINT NOT NULL, device_id TEXT NOT NULL, counter BIGINT NOT NULL, value TEXT "
    "NOT NULL, village_code TEXT NOT NULL, PRIMARY KEY (table_name, row_id, column_name))"
)


def _raw_sqlite(paths: list[Path], folder: Path) -> float:
    """Changes per second of bare ``executemany`` upserts, one transaction per bundle."""
    path = folder / "raw.sqlite"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA cache_size=-32768")
    conn.execute(_BARE)
    upsert = (
        "INSERT INTO bare VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, row_id, "
        "column_name) DO UPDATE SET hlc = excluded.hlc, device_id = excluded.device_id, "
        "counter = excluded.counter, value = excluded.value"
    )
    spent, count = 0.0, 0
    for rows in _lines(paths):
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(upsert, rows)
        conn.execute("COMMIT")
        spent += time.perf_counter() - started
        count += len(rows)
    started = time.perf_counter()
    conn.close()  # the last checkpoint, as closing the office database after its import
    spent += time.perf_counter() - started
    for leftover in folder.glob("raw.sqlite*"):
        leftover.unlink()
    return count / spent


def _copy_pg(paths: list[Path], url: str) -> float:
    """Changes per second of ``COPY`` into a bare table, one transaction per bundle."""
    import psycopg
    from sqlalchemy.engine import make_url

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    spent, count = 0.0, 0
    with psycopg.connect(conninfo) as conn:
        conn.execute(_BARE)
        conn.commit()
        for rows in _lines(paths):
            started = time.perf_counter()
            with conn.cursor() as cursor, cursor.copy("COPY bare FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            conn.commit()
            spent += time.perf_counter() - started
            count += len(rows)
    return count / spent


# --- the figures ---------------------------------------------------------------------------


def _sqlite_figures(folder: Path, paths: list[Path]) -> Iterator[tuple[str, float]]:
    office = folder / "office.sqlite"
    for leftover in folder.glob("office.sqlite*"):
        leftover.unlink()
    url = f"sqlite:///{office}"
    cold = _import(url, folder, paths, bind=True)
    assert cold["statuses"] == ["applied"], cold
    raw = _raw_sqlite(paths, folder)
    merged = cold["changes"] / cold["seconds"]
    print(
        f"# sqlite: {cold['changes']} changes in {cold['seconds']:.1f} s = {merged:.0f}/s; "
        f"raw upsert {raw:.0f}/s",
        flush=True,
    )
    yield "merge.throughput_vs_raw_upsert", merged / raw
    yield "storage.metadata_vs_data", metadata_vs_data(office)
    again = _import(url, folder, paths, bind=False)
    assert again["statuses"] == ["skipped"], again
    print(f"# re-import: {again['seconds']:.2f} s", flush=True)
    yield "merge.reimport_speedup", cold["seconds"] / again["seconds"]
    yield "merge.peak_rss_mb", cold["rss"]
    yield from _encrypted_vs_plain(folder, url, _office_codes(paths))
    for leftover in folder.glob("office.sqlite*"):
        leftover.unlink()


# the sync bookkeeping: every table of it that travels nowhere and describes the synced rows
BOOKKEEPING = (
    "sync_versions",
    "field_versions",  # before berdaya_0009
    "knowledge",
    "peer_knowledge",
    "applied_bundles",
    "conflicts",
    "held_changes",
    "sync_clock",
)


def metadata_vs_data(path: Path) -> float:
    """Bytes of the sync bookkeeping (tables and their indexes) over bytes of the synced tables
    (and theirs), from SQLite's ``dbstat``."""
    from desktop.core.models.base import synced_tables

    synced = set(synced_tables())
    with sqlite3.connect(path) as conn:
        owner = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master"))
        sizes = conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
    data = sum(size for name, size in sizes if owner.get(name) in synced)
    kept = sum(size for name, size in sizes if owner.get(name) in BOOKKEEPING)
    print(f"# storage: bookkeeping {kept / 1e6:.1f} MB, rows {data / 1e6:.1f} MB", flush=True)
    return kept / data


def _encrypted_vs_plain(
    folder: Path, office_url: str, codes: list[str]
) -> Iterator[tuple[str, float]]:
    from desktop.core.database import open_database
    from desktop.core.device import bind as bind_device
    from desktop.core.sync import sealed
    from desktop.core.sync.export import export_bundle
    from desktop.core.sync.identity import local_identity
    from desktop.core.sync.merge import import_files

    work = Path(tempfile.mkdtemp(prefix="sealed-", dir=folder))
    try:
        receiver = open_database(work / "receiver.sqlite")
        with receiver.session() as session, session.begin():
            bind_device(session, codes)
        with receiver.engine.begin() as conn:
            receiver_id = local_identity(conn).device_id.hex
        hello = export_bundle(receiver, work / "hello.berdaya", full=True, encrypt=False).path
        receiver.dispose()
        office = open_database(office_url)
        import_files(office, [hello], accept=_senders([hello]))  # the office learns its key
        timings: dict[bool, float] = {}
        for encrypt in (False, True):
            copy = work / f"receiver-{encrypt}.sqlite"
            shutil.copyfile(work / "receiver.sqlite", copy)
            out = work / f"everything-{encrypt}.berdaya"
            started = time.perf_counter()
            export_bundle(office, out, to=receiver_id, encrypt=encrypt)
            exported = time.perf_counter() - started
            assert sealed.is_sealed(out) == encrypt
            imported = _import(f"sqlite:///{copy}", folder, [out], bind=False)
            assert imported["statuses"] == ["applied"], imported
            timings[encrypt] = exported + imported["seconds"]
            print(
                f"# {'encrypted' if encrypt else 'plain'}: {out.stat().st_size / 2**20:.0f} MiB, "
                f"export {exported:.1f} s + import {imported['seconds']:.1f} s",
                flush=True,
            )
        office.dispose()
        yield "bundle.encrypted_vs_plain", timings[True] / timings[False]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _month_kb(folder: Path) -> Iterator[tuple[str, float]]:
    if importlib.util.find_spec("desktop.core.simulate") is None:
        print("# bundle.month_kb skipped: desktop.core.simulate does not exist yet", flush=True)
        return
    from desktop.core import demo
    from desktop.core.database import open_database
    from desktop.core.simulate import simulate
    from desktop.core.sync.export import export_bundle

    work = Path(tempfile.mkdtemp(prefix="month-", dir=folder))
    try:
        database = open_database(work / "village.sqlite")
        demo.generate(database, villages=1, seed=SEED)
        export_bundle(database, work / "before.berdaya")  # everything up to now: not counted
        _acknowledge(database, work / "before.berdaya")
        simulate(database, days=30, seed=SEED)
        month = work / "month.berdaya"
        export_bundle(database, month)
        database.dispose()
        yield "bundle.month_kb", month.stat().st_size / 1024
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _acknowledge(database: Any, before: Path) -> None:
    """An office imports ``before`` and its acknowledgement comes back to the village, whose
    next (default, incremental) export then carries only what happened since."""
    from desktop.core.database import open_database
    from desktop.core.device import bind as bind_device
    from desktop.core.sync.export import export_bundle
    from desktop.core.sync.merge import import_files

    office = open_database(before.parent / "office.sqlite")
    with database.engine.connect() as conn:
        codes = [c for (c,) in conn.exec_driver_sql("SELECT code FROM device_scopes")]
    with office.session() as session, session.begin():
        bind_device(session, sorted({c.split(".")[0] for c in codes}))
    import_files(office, [before], accept=_senders([before]))
    ack = before.parent / "ack.berdaya"
    export_bundle(office, ack)
    import_files(database, [ack], accept=_senders([ack]))
    office.dispose()


def _pg_figures(folder: Path, paths: list[Path]) -> Iterator[tuple[str, float]]:
    spec = importlib.util.spec_from_file_location(
        "berdaya_test_conftest", ROOT / "tests/conftest.py"
    )
    assert spec is not None and spec.loader is not None
    conftest = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = conftest
    spec.loader.exec_module(conftest)
    _use_config(folder)  # the conftest points the config elsewhere on import
    import psycopg

    workdir = Path(tempfile.mkdtemp(prefix="berdaya-bench-pg-"))
    cluster = conftest._start_cluster(workdir)
    try:
        admin = cluster.url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("CREATE DATABASE office")
            conn.execute("CREATE DATABASE bare")
        office = cluster.url.set(database="office").render_as_string(hide_password=False)
        cold = _import(office, folder, paths, bind=True)
        assert cold["statuses"] == ["applied"], cold
        copy = _copy_pg(
            paths, cluster.url.set(database="bare").render_as_string(hide_password=False)
        )
        merged = cold["changes"] / cold["seconds"]
        print(f"# postgresql: {merged:.0f}/s; COPY {copy:.0f}/s", flush=True)
        yield "merge.pg_throughput_vs_copy", merged / copy
    finally:
        cluster.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def run() -> Iterator[tuple[str, float]]:
    folder, paths = _prepare()
    yield from _sqlite_figures(folder, paths)
    yield from _month_kb(folder)
    yield from _pg_figures(folder, paths)


if __name__ == "__main__":
    if len(sys.argv) == 7 and sys.argv[1] == "--child":
        _, _, url, folder, codes, listing, bind = sys.argv
        _child(url, folder, codes.split(","), listing, bind == "bind")
    else:
        for name, value in run():
            print(name, value)
