"""The berita acara printed to PDF on F4 and A4 paper, read back with QPdfDocument."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from test_wizard_formalisation import _program

from desktop.core.domain import Sex
from desktop.core.reports.agreement import (
    ActivityLine,
    AgreementDocument,
    IndicatorLine,
    day_sentence,
    read_agreement,
    spelled,
)
from desktop.ui.wizards.agreement_pdf import write_pdf

# page sizes in points (1/72 inch), as a PDF states them
SIZES = {"F4": (609, 935), "A4": (595, 842)}


def _open_pdf(path: Path) -> QPdfDocument:
    pdf = QPdfDocument()
    pdf.load(str(path))
    assert pdf.status() is QPdfDocument.Status.Ready
    return pdf


def _text(pdf: QPdfDocument) -> str:
    return "\n".join(pdf.getAllText(n).text() for n in range(pdf.pageCount()))


def _signed_plan(path: Path) -> Any:
    """The hand-made program's plan with its budget, an indicator and two signatories."""
    from desktop.core import stages as fm
    from desktop.core.database import open_database
    from desktop.core.domain import ContributionKind, FundingSource, Goal
    from desktop.core.stages import formalisation_reads as reads

    program_id = _program(path, activities=True)
    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            plan = reads.plans_of(session, program_id)[0]
            survey, dig = reads.activities_of(session, program_id, planned_only=True)
            for activity, source, value in (
                (survey, FundingSource.COMMUNITY, 250_000),
                (dig, FundingSource.OUTSIDE, 12_500_000),
            ):
                fm.add_budget_line(
                    session,
                    activity_id=activity.id,
                    description="Biaya",
                    source=source,
                    kind=ContributionKind.MONEY,
                    unit_value=value,
                )
            fm.add_indicator(
                session,
                program_id=program_id,
                goal=Goal.LIVING,
                name="Rumah tangga dengan air bersih",
                unit="KK",
                baseline_value=20,
                target_value=80,
            )
            fm.record_agreement(
                session,
                action_plan_id=plan.id,
                signed_on=dt.date(2026, 1, 26),
                location="Balai Desa Cidatar",
                signatories=[
                    fm.SignatoryInput("Ibu Euis Komariah", "Ketua kelompok", sex=Sex.FEMALE),
                    fm.SignatoryInput("Bapak Ujang Supriatna", "Kepala desa", sex=Sex.MALE),
                ],
            )
        with database.session() as session:
            return read_agreement(session, plan.id)
    finally:
        database.dispose()


@pytest.mark.parametrize("paper", ["F4", "A4"])
def test_the_berita_acara_is_written_on_the_chosen_paper(
    demo_db: Path, qapp: Any, tmp_path: Path, paper: str
) -> None:
    document = _signed_plan(demo_db)
    assert document is not None
    assert document.village == "Cidatar"
    path = tmp_path / f"berita-acara-{paper}.pdf"
    write_pdf(document, path, paper)

    pdf = _open_pdf(path)
    assert pdf.pageCount() == 1
    size = pdf.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == SIZES[paper]
    text = _text(pdf)
    assert "BERITA ACARA" in text and "KESEPAKATAN RENCANA AKSI" in text
    assert "Desa Cidatar" in text
    assert "Pada hari Senin tanggal dua puluh enam bulan Januari" in " ".join(text.split())
    assert "Bapak Ujang Supriatna" in text and "Kepala desa" in text
    assert "Survei lokasi" in text and "12.500.000" in text and "12.750.000" in text
    assert "Rumah tangga dengan air bersih" in text
    image = pdf.render(0, QSize(600, round(600 * size.height() / size.width())))
    assert not image.isNull()


def test_a_long_plan_runs_over_more_pages_on_a4_than_on_f4(qapp: Any, tmp_path: Path) -> None:
    activities = [
        ActivityLine(
            f"Kegiatan ke-{n}",
            "Kelompok Tani Maju",
            dt.date(2026, 3, 2),
            dt.date(2026, 3, 9),
            100_000 * n,
            1_000_000,
        )
        for n in range(1, 41)
    ]
    document = AgreementDocument(
        village="Sukamaju",
        district="Cibeber",
        regency="KABUPATEN CIANJUR",
        program="Air bersih",
        plan="Sumur bor",
        group="Kelompok Air",
        number="001/BA/III/2026",
        signed_on=dt.date(2026, 3, 1),
        location="Balai desa",
        body="",
        activities=activities,
        indicators=[IndicatorLine("Perbaikan kehidupan", "Air bersih", "KK", 20, 80)],
        signatories=[(f"Penanda tangan {n}", "Warga") for n in range(1, 6)],
    )
    pages = {}
    for paper in ("F4", "A4"):
        write_pdf(document, tmp_path / f"{paper}.pdf", paper)
        pdf = _open_pdf(tmp_path / f"{paper}.pdf")
        pages[paper] = pdf.pageCount()
        signing = [
            pdf.getAllText(n).text()
            for n in range(pdf.pageCount())
            if "Yang bertanda tangan" in pdf.getAllText(n).text()
        ]
        # the signature blocks stay together, on the page that says who signs
        assert len(signing) == 1
        assert all(f"Penanda tangan {n}" in signing[0] for n in range(1, 6))
    assert pages["A4"] >= pages["F4"] >= 2


def test_numbers_and_days_are_written_out_in_indonesian() -> None:
    assert spelled(11) == "sebelas"
    assert spelled(19) == "sembilan belas"
    assert spelled(26) == "dua puluh enam"
    assert spelled(100) == "seratus"
    assert spelled(1000) == "seribu"
    assert spelled(2026) == "dua ribu dua puluh enam"
    assert spelled(12_750_000) == "dua belas juta tujuh ratus lima puluh ribu"
    assert day_sentence(dt.date(2026, 11, 27)) == (
        "Pada hari Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam"
    )
