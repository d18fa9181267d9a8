"""Progress and cancel of import and export: the window's progress bar and its Cancel button."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_support import (
    REGENCY,
    VILLAGE,
    add_person,
    bind,
    differences,
    dump_text,
    export,
    import_,
    senders,
    snapshot,
)

from desktop.core.domain import Sex
from desktop.core.models import Person
from desktop.core.sync.export import export_bundle
from desktop.core.sync.merge import import_files


class Cancelled(Exception):
    """What the window raises from the progress callback when the user presses Cancel."""


def test_import_reports_growing_progress_per_bundle(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village, VILLAGE)
    bind(office, REGENCY)
    add_person(village, "Siti")
    first = export(village, tmp_path / "Desa-1.berdaya")
    add_person(village, "Wayan")
    second = export(village, tmp_path / "Desa-2.berdaya")
    calls: list[tuple[float, str]] = []
    summaries = import_files(
        office, [first, second], progress=lambda f, t: calls.append((f, t)), accept=senders([first])
    )
    assert [s.status for s in summaries] == ["applied", "applied"]
    fractions = [f for f, _ in calls]
    assert fractions == sorted(fractions) and fractions[0] >= 0 and fractions[-1] == 1.0
    texts = [t for _, t in calls]
    assert "Checking Desa-1.berdaya" in texts and "Checking Desa-2.berdaya" in texts
    assert "Importing Desa-2.berdaya" in texts and "Applying changes…" in texts


def test_cancelling_an_import_keeps_what_was_applied_and_rolls_back_the_rest(
    make_db, tmp_path: Path
) -> None:
    village, office = make_db("village"), make_db("office")
    bind(village, VILLAGE)
    bind(office, REGENCY)
    add_person(village, "Siti")
    first = export(village, tmp_path / "Desa-1.berdaya")
    add_person(village, "Wayan")
    second = export(village, tmp_path / "Desa-2.berdaya")
    [applied] = import_(office, first)
    assert applied.status == "applied"
    before = snapshot(office)
    # now both again: the first is skipped, the second cancelled in the middle of its changes
    seen: list[str] = []

    def cancel_midway(fraction: float, what: str) -> None:
        seen.append(what)
        if what == "Reading changes…" and "Importing Desa-2.berdaya" in seen:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_files(office, [first, second], progress=cancel_midway)
    assert differences(before, snapshot(office)) == []
    # and the import can simply be run again later
    assert [s.status for s in import_(office, second)] == ["applied"]
    assert dump_text(office) == dump_text(village)


def test_cancelling_an_export_leaves_no_file(make_db, tmp_path: Path) -> None:
    village = make_db("village")
    bind(village, VILLAGE)
    with village.session() as session, session.begin():  # more than one progress step
        session.add_all(
            Person(name=f"Warga {i}", sex=Sex.MALE, village_code=VILLAGE) for i in range(300)
        )
    calls: list[tuple[float, str]] = []

    def cancel_when_writing(fraction: float, what: str) -> None:
        calls.append((fraction, what))
        if what == "Writing changes…":
            raise Cancelled

    out = tmp_path / "Desa.berdaya"
    with pytest.raises(Cancelled):
        export_bundle(village, out, progress=cancel_when_writing)
    assert calls[0] == (0.0, "Writing Desa.berdaya")
    assert sorted(p.name for p in tmp_path.iterdir() if "Desa" in p.name) == []
    # uncancelled, it reports up to the end and the file is there
    fractions: list[float] = []
    export_bundle(village, out, progress=lambda f, _t: fractions.append(f))
    assert out.exists() and fractions == sorted(fractions) and fractions[-1] == 1.0
