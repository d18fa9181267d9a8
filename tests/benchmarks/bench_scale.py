"""Province scale (issue 14, item 4): an office of 1,000 villages costs per village what one of
100 does — merge throughput, database size and the office's figures, both sizes in one run.

Data: the first 1,000 desa (villages; not kelurahan) of Jawa Barat (province 32, all its
regencies) in an order shuffled once with ``SEED``, so any first ``n`` of them are spread over
the province's regencies and sub-districts as a province's program would be. Each village is
its own laptop, as in the field: its own database and device, the demo's story of that one
village (``demo.generate(villages=1)``, seed ``SEED + index``: the same full register and
programs as the demo's 300-village office, about 9,000 changes a village; nothing cut down), then
its first bundle by the real exporter (``export_bundle(full=True)``, plain: the laptop does not
know the office's key yet). The demo picks its villages itself; the bench hands it the one it
wants by replacing ``demo._pick_villages`` in the child process that generates (and checks
every bundle's sender scope is that village). Made in a fresh database each, the villages cost
a flat ~1.1 s each on a free core (the demo's own 300 villages in one database slow down as it
grows, to ~2 s each): ~18 min for 1,000 (29 min on a busy machine). They are generated once, one
bundle at a time (an interrupted run continues), and cached under ``.bench-cache/scale-<key>/``
(the key hashes the sources bench_merge keys on and the exporter; any first ``n`` villages are
the same for every size, so a smaller run reuses them). The villages' row ids are uuid7s of
their simulated dates (2025–2026), so their rows interleave in every key order, as those of
villages working at the same time do.

The 100-village set is the first 100 bundles of the 1,000. Each size is imported cold into an
empty office database bound to the province, in a child process by ``bench_merge``'s import
(the real ``import_files``, accepting the villages' laptops; timed to the database's close),
then measured and deleted:

- ``merge.scaling_1000_vs_100``: changes per second of the 1,000-village import over that of
  the 100-village one. Goal >= 0.8.
- ``storage.per_village_1000_vs_100``: the office database's file size (after the import's
  close, pages times page size) per village, 1,000 over 100. Goal: no worse (<= ~1.0).
- ``storage.metadata_vs_data``: at 1,000 villages, bytes of the sync bookkeeping tables and their
  indexes over bytes of the synced tables (``synced_tables()``) and their indexes, from SQLite's
  ``dbstat``, as ``bench_merge.metadata_vs_data`` counts them (``sync_versions`` or the
  ``field_versions`` before it, knowledge, conflicts, held changes...). Goal <= 1.0. The
  100-village figure is printed beside it.
- ``office.summary_per_village_1000_vs_100``: the time of ``summary.summarize`` (what ``berdaya
  summary`` reads: every program's stages, principles and goals) per village, 1,000 over 100.
- ``office.dashboard_per_village_1000_vs_100``: the same for ``office.area.read_area`` over the
  whole database without the office's cache (the dashboard's read after an import: every
  program counted). Both goals: no worse (<= ~1.2, allowing for noise); each time is the best of
  ``ROUNDS`` after one unmeasured read (the modules imported, the file in the disk cache).

Set ``BERDAYA_SCALE_VILLAGES=LARGE/SMALL`` (say ``50/5``) for a quick look; the figures' names
then say those sizes.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bench_merge

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench-cache"
PROVINCE = "32"  # Jawa Barat: Sundanese names throughout, as the demo tells them
SEED = 7
ROUNDS = 3
GENERATION = 1  # raised when the way the villages are made changes: new data
_KEYED = [*bench_merge._KEYED, "desktop/core/sync/export.py"]


def _sizes() -> tuple[int, int]:
    large, small = os.environ.get("BERDAYA_SCALE_VILLAGES", "1000/100").split("/")
    if not 0 < int(small) < int(large):
        raise SystemExit("bench_scale: BERDAYA_SCALE_VILLAGES is LARGE/SMALL, 0 < SMALL < LARGE")
    return int(large), int(small)


def _folder() -> Path:
    digest = hashlib.sha256(f"{PROVINCE}/{SEED}/{GENERATION}".encode())
    for entry in _KEYED:
        path = ROOT / entry
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    return CACHE / f"scale-{digest.hexdigest()[:16]}"


def _villages() -> list[str]:
    """The province's desa codes in the bench's order."""
    from desktop.core import places

    codes = [
        village.code
        for regency in places.children(PROVINCE)
        for district in places.children(regency.code)
        for village in places.children(district.code)
        if village.code.rsplit(".", 1)[1].startswith("2")  # a desa, not a town's kelurahan
    ]
    random.Random(SEED).shuffle(codes)
    return codes


# --- data: one laptop per village ----------------------------------------------------------


def _bundle_name(index: int, code: str) -> str:
    return f"{index + 1:04d}-{code}.berdaya"  # bench_merge binds the office to the code's province


def _prepare(count: int) -> tuple[Path, list[Path]]:
    folder = _folder()
    bundles = folder / "bundles"
    codes = _villages()[:count]
    wanted = [bundles / _bundle_name(i, code) for i, code in enumerate(codes)]
    missing = [i for i, path in enumerate(wanted) if not path.exists()]
    if missing:
        print(
            f"# making {len(missing)} villages' bundles (cached in {folder}, ~1 s each)",
            flush=True,
        )
        command = [sys.executable, __file__, "--make", str(folder), str(missing[0]), str(count)]
        subprocess.run(command, check=True, cwd=ROOT)
    return folder, wanted


def _make(folder: Path, first: int, last: int) -> None:
    """``python bench_scale.py --make FOLDER FIRST LAST``: villages FIRST..LAST-1, each told in
    its own database and exported as its laptop's first bundle."""
    os.environ["XDG_CONFIG_HOME"] = str(folder / "laptops")  # the villages' device keys
    from desktop.core import demo, places
    from desktop.core.database import open_database
    from desktop.core.demo import names as words
    from desktop.core.sync.export import export_bundle

    if not callable(getattr(demo, "_pick_villages", None)):
        raise SystemExit("bench_scale: desktop.core.demo no longer has _pick_villages")
    culture = next(c for c, regencies in words.REGENCIES.items() if regencies[0][:2] == PROVINCE)
    bundles = folder / "bundles"
    bundles.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for index, code in enumerate(_villages()[first:last], start=first):
        out = bundles / _bundle_name(index, code)
        if out.exists():
            continue
        pick = [(places.place(code), culture)]

        def chosen(
            rng: random.Random, count: int, pick: list[tuple[places.PlaceInfo, str]] = pick
        ) -> list[tuple[places.PlaceInfo, str]]:
            return pick

        demo._pick_villages = chosen  # the demo picks its own villages; this laptop has one
        laptop = folder / "laptop"
        shutil.rmtree(laptop, ignore_errors=True)
        laptop.mkdir()
        database = open_database(laptop / "village.sqlite")
        demo.generate(database, villages=1, seed=SEED + index)
        export_bundle(database, out, full=True, encrypt=False)
        database.dispose()
        shutil.rmtree(laptop)
        with zipfile.ZipFile(out) as zf:
            scope = json.loads(zf.read("manifest.json"))["sender"]["scope"]
        if scope != [code]:
            out.unlink()
            raise SystemExit(f"bench_scale: the demo told {scope}, not {code}")
        if (index + 1) % 50 == 0:
            elapsed = time.perf_counter() - started
            print(f"# {index + 1}/{last} villages made ({elapsed:.0f} s)", flush=True)


# --- one office ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Office:
    villages: int
    changes: int
    seconds: float
    size: int  # bytes
    metadata_vs_data: float
    summary_s: float
    dashboard_s: float

    @property
    def throughput(self) -> float:
        return self.changes / self.seconds


def _storage(path: Path) -> tuple[int, float]:
    """The file's size in bytes, and its bookkeeping over its synced data."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        size = int(pages * conn.execute("PRAGMA page_size").fetchone()[0])
    return size, bench_merge.metadata_vs_data(path)


def _best(read: Callable[[Any], object], database: Any) -> float:
    times = []
    for round_ in range(ROUNDS + 1):
        with database.reading() as session, session.begin():
            started = time.perf_counter()
            read(session)
            if round_:  # the first read only warms up
                times.append(time.perf_counter() - started)
    return min(times)


def _office(folder: Path, paths: list[Path]) -> Office:
    from desktop.core.database import open_database
    from desktop.core.office.area import read_area
    from desktop.core.summary import summarize

    work = folder / f"office-{len(paths)}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    path = work / "office.sqlite"
    try:
        cold = bench_merge._import(f"sqlite:///{path}", work, paths, bind=True)
        assert cold["statuses"] == ["applied"], cold
        size, meta = _storage(path)
        bench_merge._use_config(work)  # the office's own device keys, as its import had them
        database = open_database(path, create=False)
        try:
            summary_s = _best(summarize, database)
            dashboard_s = _best(read_area, database)
        finally:
            database.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    office = Office(
        len(paths), cold["changes"], cold["seconds"], size, meta, summary_s, dashboard_s
    )
    print(
        f"# {office.villages} villages: {office.changes} changes in {office.seconds:.1f} s = "
        f"{office.throughput:.0f}/s (peak {cold['rss']:.0f} MB); database "
        f"{size / 2**20:.0f} MiB = {size / 2**20 / office.villages:.2f} MiB a village, "
        f"bookkeeping/data {meta:.2f}; summary {summary_s:.2f} s, dashboard {dashboard_s:.2f} s",
        flush=True,
    )
    return office


def _describe(codes: list[str], large: int, small: int) -> str:
    def spread(n: int) -> str:
        regencies = len({code.rsplit(".", 2)[0] for code in codes[:n]})
        districts = len({code.rsplit(".", 1)[0] for code in codes[:n]})
        return f"{n} in {regencies} regencies, {districts} sub-districts"

    return (
        f"# data: desa of Jawa Barat (province {PROVINCE}), each its own laptop with the demo's "
        f"full story of it, one first bundle each; {spread(large)}; the first {spread(small)}"
    )


def run() -> Iterator[tuple[str, float]]:
    started = time.perf_counter()
    large, small = _sizes()
    folder, paths = _prepare(large)
    print(_describe(_villages(), large, small), flush=True)
    few = _office(folder, paths[:small])
    many = _office(folder, paths)
    tag = f"{large}_vs_{small}"
    yield f"merge.scaling_{tag}", many.throughput / few.throughput
    yield f"storage.per_village_{tag}", (many.size / large) / (few.size / small)
    print(f"# storage.metadata_vs_data at {small} villages: {few.metadata_vs_data:.3f}", flush=True)
    yield "storage.metadata_vs_data", many.metadata_vs_data
    yield f"office.summary_per_village_{tag}", (many.summary_s / large) / (few.summary_s / small)
    yield (
        f"office.dashboard_per_village_{tag}",
        (many.dashboard_s / large) / (few.dashboard_s / small),
    )
    print(f"# scale: {time.perf_counter() - started:.0f} s in all", flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--make":
        _make(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        for name, value in run():
            print(name, value)
