"""What the berita acara says, read headless: the village and its district, the day and the
whole budget written out in Indonesian words, each activity's budget by source with the totals,
the indicators and the signatories in their order."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.readers.formalisation import plan_rows
from desktop.core.reports.agreement import (
    ActivityLine,
    AgreementDocument,
    day_sentence,
    read_agreement,
    spelled,
    written_date,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stages"))
D = dt.date


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def walked(tmp_path: Path) -> Iterator[Any]:
    from stage_world import open_world, walk_to_the_end

    with open_world(tmp_path) as world:
        walk_to_the_end(world)
        yield world


def test_the_berita_acara_of_a_signed_plan(walked: Any) -> None:
    plan = plan_rows(walked.session, walked.program_id)[0]
    doc = read_agreement(walked.session, plan.id)
    assert doc is not None
    assert (doc.program, doc.plan, doc.group) == (
        "Air bersih untuk semua",
        "Pipa dari mata air",
        "Kelompok Tani Maju",
    )
    assert doc.village and doc.district and doc.regency  # named from the official list
    assert doc.place_line == (
        f"Desa {doc.village}, Kecamatan {doc.district}, {doc.regency.title()}"
    )
    assert doc.signed_on == D(2026, 2, 27) and doc.signed_at == f"Desa {doc.village}"
    assert doc.day_sentence == (
        "Pada hari Jumat tanggal dua puluh tujuh bulan Februari tahun dua ribu dua puluh enam"
    )
    assert doc.written_date == "27 Februari 2026"
    assert [(a.title, a.responsible, a.community, a.outside) for a in doc.activities] == [
        ("Gali parit", "Kelompok Tani Maju", 3_000_000, 1_000_000),
        ("Pelatihan perawatan", "Pak Fasil", 0, 0),
    ]
    assert (doc.community, doc.outside, doc.total) == (3_000_000, 1_000_000, 4_000_000)
    assert doc.total_words == "empat juta rupiah"
    assert [(i.goal, i.name, i.baseline, i.target) for i in doc.indicators] == [
        ("Perbaikan kehidupan", "Rumah tangga dengan air bersih", 20, 80)
    ]
    assert list(doc.signatories) == [("Ani", "ketua kelompok"), ("Kepala Desa", "kepala desa")]


def test_a_plan_without_an_agreement_has_no_berita_acara(tmp_path: Path) -> None:
    from stage_world import open_world

    with open_world(tmp_path) as w:
        w.women("Ani")
        plan = w.plan()
        assert read_agreement(w.session, plan) is None


def test_totals_and_where_it_was_signed_follow_from_the_lines() -> None:
    doc = AgreementDocument(
        village="Sukamaju",
        district="",
        regency="",
        program="Air bersih",
        plan="Sumur bor",
        group="",
        number="",
        signed_on=D(2026, 3, 1),
        location="Balai desa",
        body="",
        activities=(
            ActivityLine("Gali", "Kelompok", D(2026, 3, 2), D(2026, 3, 9), 250_000, 12_500_000),
        ),
    )
    assert doc.activities[0].total == 12_750_000
    assert doc.total_words == "dua belas juta tujuh ratus lima puluh ribu rupiah"
    assert doc.place_line == "Desa Sukamaju" and doc.signed_at == "Balai desa"


def test_numbers_and_days_in_indonesian_words() -> None:
    assert [spelled(n) for n in (0, 11, 19, 26, 100, 115, 1000, 1001)] == [
        "nol",
        "sebelas",
        "sembilan belas",
        "dua puluh enam",
        "seratus",
        "seratus lima belas",
        "seribu",
        "seribu satu",
    ]
    assert spelled(2_000_000_000) == "dua miliar"
    assert spelled(-5) == "minus lima"
    assert day_sentence(D(2026, 11, 27)) == (
        "Pada hari Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam"
    )
    assert written_date(D(2026, 1, 5)) == "5 Januari 2026"
