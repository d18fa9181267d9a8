"""The office's monthly PDF report read back with QPdfDocument: paper, words, figures computed
here from the area's figures, charts drawn once each, page numbers; headless and threaded."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPdf import QPdfDocument
from test_office_charts import sample_area

from desktop.core.domain import Principle
from desktop.core.errors import ValidationError
from desktop.core.office.charts import area_charts
from desktop.core.office.figures import AreaFigures, Sending
from desktop.core.principles.shares import mean_of
from desktop.ui.formatting import rupiah

SIZES = {"F4": (609, 935), "A4": (595, 842)}  # points, as the PDF states them
WORDS = {
    "id": {
        "title": "LAPORAN BULANAN PROGRAM PEMBERDAYAAN MASYARAKAT",
        "month": "Desember 2026",
        "page": "Halaman {page} dari {pages}",
        "head": "Kepala {office}",
        "total": "Jumlah",
        "implementation": "5. Pelaksanaan",
        "women_chart": "Porsi perempuan dalam kehadiran per kecamatan",
        "default_office": "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
    },
    "en": {
        "title": "MONTHLY REPORT OF COMMUNITY EMPOWERMENT PROGRAMS",
        "month": "December 2026",
        "page": "Page {page} of {pages}",
        "head": "Head of {office}",
        "total": "Total",
        "implementation": "5. Implementation",
        "women_chart": "Women's share of attendance per sub-district",
        "default_office": "COMMUNITY AND VILLAGE EMPOWERMENT OFFICE",
    },
}


def _pages(path: Path) -> list[str]:
    pdf = QPdfDocument()
    pdf.load(str(path))
    assert pdf.status() is QPdfDocument.Status.Ready
    try:
        return [pdf.getAllText(n).text().replace("\r\n", "\n") for n in range(pdf.pageCount())]
    finally:
        pdf.close()


def _page_size(path: Path) -> tuple[int, int]:
    pdf = QPdfDocument()
    pdf.load(str(path))
    size = pdf.pagePointSize(0)
    pdf.close()
    return round(size.width()), round(size.height())


def _percent(share: float | None) -> str:
    return f"{round(share * 100)}%" if share is not None else "—"


def _expected_lines(figures: AreaFigures) -> list[str]:
    """Rows of the report's tables as the text of the PDF gives them, computed from the
    figures alone (not from the charts the report was given)."""
    lines = []
    for c in figures.completeness:
        rate = _percent(c.sent / c.expected)
        lines.append(
            f"{c.subdistrict_name} {c.expected} {c.sent} {c.on_time} {c.late} {c.missing} {rate}"
        )
    by_sub: dict[str, list[Any]] = {}
    for village in figures.villages:
        by_sub.setdefault(village.subdistrict_name, []).extend(village.programs)
    for name, programs in by_sub.items():
        shares = [
            _percent(mean_of(p.principles.by_principle()[principle].figure for p in programs))
            for principle in Principle
        ]
        lines.append(f"{name} {len(programs)} {' '.join(shares)}")
        money = [
            sum(p.budget_community for p in programs),
            sum(p.budget_outside for p in programs),
            sum(p.contributed_community for p in programs),
            sum(p.contributed_outside for p in programs),
        ]
        share = _percent(money[0] / (money[0] + money[1]) if money[0] + money[1] else None)
        lines.append(f"{name} {' '.join(rupiah(m) for m in money)} {share}")
    return lines


@pytest.mark.parametrize(("paper", "language"), [("A4", "id"), ("F4", "en"), ("F4", "id")])
def test_the_monthly_report_reads_back(
    qapp: Any, tmp_path: Path, paper: str, language: str
) -> None:
    from desktop.ui.office.report_pdf import write_report_pdf

    figures = sample_area()
    out = tmp_path / "laporan-2026-12.pdf"
    write_report_pdf(figures, area_charts(figures), out, paper=paper, language=language)

    assert _page_size(out) == SIZES[paper]
    pages = _pages(out)
    text = "\n".join(pages)
    words = WORDS[language]
    assert text.startswith("DINAS PMD KABUPATEN BOGOR\n" + words["title"])
    assert f"Kabupaten Bogor — {words['month']}" in text
    for line in _expected_lines(figures):
        assert line in text, line
    total_rate = _percent(3 / 5)
    assert f"{words['total']} 5 3 3 0 2 {total_rate}" in text
    assert f"{words['implementation']} 2 0" in text
    # the villages to chase: the late one and the one that never sent, not those that sent
    for village in figures.villages:
        listed = f"{village.code} {village.name} {village.subdistrict_name}" in text
        assert listed == (village.sending is not Sending.ACTIVE), village.name
    assert words["head"].format(office="Dinas PMD Kabupaten Bogor") in text
    # each chart once: a chart moved to the next page is not also drawn under the footer
    assert text.count(words["women_chart"]) == 1
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert words["page"].format(page=number, pages=len(pages)) in page


def test_an_office_without_a_name_gets_a_proper_header(qapp: Any, tmp_path: Path) -> None:
    from desktop.ui.office.report_pdf import write_report_pdf

    figures = sample_area(office_name="  ")
    out = tmp_path / "r.pdf"
    write_report_pdf(figures, area_charts(figures), out, language="en")
    assert _pages(out)[0].startswith(WORDS["en"]["default_office"])


def test_a_report_that_cannot_be_written_is_refused_in_words(qapp: Any, tmp_path: Path) -> None:
    from desktop.ui.office.report_pdf import write_report_pdf

    figures = sample_area()
    out = tmp_path / "gone" / "r.pdf"
    with pytest.raises(ValidationError) as refused:
        write_report_pdf(figures, area_charts(figures), out)
    assert len(refused.value.issues) == 1 and "does not exist" in str(refused.value)
    assert not out.parent.exists()


def test_an_older_report_stays_whole_until_the_new_one_is_written(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.office import report_pdf

    figures = sample_area()
    out = tmp_path / "r.pdf"
    out.write_bytes(b"%PDF-1.4 the report of last month")

    def broken(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_pdf, "_print", broken)
    with pytest.raises(ValidationError):
        report_pdf.write_report_pdf(figures, area_charts(figures), out)
    assert out.read_bytes() == b"%PDF-1.4 the report of last month"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_written_on_a_worker_thread_from_charts_recorded_before(qapp: Any, tmp_path: Path) -> None:
    """The dialog's way: charts recorded on the GUI thread, the PDF written on another."""
    from desktop.ui.office.report_pdf import chart_pictures, write_report_pdf

    figures = sample_area()
    charts = area_charts(figures)
    pictures = chart_pictures(charts, paper="F4", language="en")
    out = tmp_path / "r.pdf"
    failures: list[BaseException] = []

    def write() -> None:
        try:
            write_report_pdf(figures, charts, out, paper="F4", language="en", pictures=pictures)
        except BaseException as error:
            failures.append(error)

    worker = threading.Thread(target=write)
    worker.start()
    worker.join(20)
    assert not failures
    text = "\n".join(_pages(out))
    assert "Programs per stage" in text and "Community, given" in text
    assert text.count(WORDS["en"]["women_chart"]) == 1


def test_the_command_line_gets_an_application_of_its_own(tmp_path: Path) -> None:
    """``berdaya report --out x.pdf`` calls the writer in a process without any Qt application."""
    out = tmp_path / "r.pdf"
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from test_office_charts import sample_area;"
        "from desktop.core.office.charts import area_charts;"
        "from desktop.ui.office.report_pdf import write_report_pdf;"
        "f = sample_area(); write_report_pdf(f, area_charts(f), sys.argv[2], language='en')"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert WORDS["en"]["title"] in _pages(out)[0]
