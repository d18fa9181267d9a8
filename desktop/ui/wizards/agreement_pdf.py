"""The berita acara of an action plan printed to PDF with Qt (QTextDocument on a QPdfWriter).

The document is an official village paper, so it is always written in Indonesian whatever the
interface language: title, the day written out ("Pada hari Senin tanggal dua puluh ..."), the
plan's activities with their budget by source and totals in Rupiah, the indicators, then a
signature block for every signatory, two to a row.

Paper: F4 (215 x 330 mm, "folio", what most village and district offices load in their
printers) by default, or A4.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.ui.formatting import rupiah

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.models import Activity

F4 = QPageSize(
    QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch
)
A4 = QPageSize(QPageSize.PageSizeId.A4)
PAPERS: dict[str, QPageSize] = {"F4": F4, "A4": A4}
DEFAULT_PAPER = "F4"
MARGINS_MM = QMarginsF(25, 20, 20, 20)  # a wider left margin for binding
SIGNED_BY = "Yang bertanda tangan,"
_LAYOUT_DPI = 96  # what QTextDocument lays out in without a paint device

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
GOALS = {
    "kelembagaan": "Perbaikan kelembagaan",
    "usaha": "Perbaikan usaha",
    "pendapatan": "Perbaikan pendapatan",
    "lingkungan": "Perbaikan lingkungan",
    "kehidupan": "Perbaikan kehidupan",
    "masyarakat": "Perbaikan masyarakat",
}
_ONES = (
    "",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)


def spelled(n: int) -> str:
    """A whole number in Indonesian words (terbilang): 2026 -> ``dua ribu dua puluh enam``."""
    if n < 0:
        return "minus " + spelled(-n)
    if n == 0:
        return "nol"
    if n < 12:
        return _ONES[n]
    if n < 20:
        return f"{_ONES[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_ONES[tens]} puluh" + (f" {_ONES[rest]}" if rest else "")
    if n < 200:
        return "seratus" + (f" {spelled(n - 100)}" if n > 100 else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} ratus" + (f" {spelled(rest)}" if rest else "")
    if n < 2000:
        return "seribu" + (f" {spelled(n - 1000)}" if n > 1000 else "")
    for size, word in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        if n >= size:
            big, rest = divmod(n, size)
            return f"{spelled(big)} {word}" + (f" {spelled(rest)}" if rest else "")
    raise AssertionError(n)


def day_sentence(day: dt.date) -> str:
    """``Pada hari Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam``"""
    return (
        f"Pada hari {DAYS[day.weekday()]} tanggal {spelled(day.day)} bulan "
        f"{MONTHS[day.month - 1]} tahun {spelled(day.year)}"
    )


def written_date(day: dt.date) -> str:
    """``27 November 2026``"""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_day(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


@dataclass(frozen=True)
class ActivityLine:
    title: str
    responsible: str
    start: dt.date
    end: dt.date
    community: int  # Rupiah
    outside: int


@dataclass(frozen=True)
class IndicatorLine:
    goal: str
    name: str
    unit: str
    baseline: float
    target: float


@dataclass(frozen=True)
class AgreementDocument:
    """What the printed berita acara says, read once from the database."""

    village: str
    district: str
    regency: str
    program: str
    plan: str
    group: str
    number: str
    signed_on: dt.date
    location: str
    body: str
    activities: Sequence[ActivityLine] = field(default_factory=tuple)
    indicators: Sequence[IndicatorLine] = field(default_factory=tuple)
    signatories: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (name, role)


def _place_name(session: Session, code: str | None) -> str:
    from desktop.core.models import Place

    if not code:
        return ""
    found = session.get(Place, code)
    if found is not None:
        return found.name
    from desktop.core.places import UnknownPlace, place

    try:
        return place(code).name
    except (UnknownPlace, LookupError):
        return ""


def responsible_name(session: Session, activity: Activity) -> str:
    """Who carries an activity: its group, its person or the agency named."""
    from desktop.core.models import CommunityGroup, Person

    if activity.party_group_id is not None:
        group = session.get(CommunityGroup, activity.party_group_id)
        return group.name if group is not None else ""
    if activity.party_person_id is not None:
        person = session.get(Person, activity.party_person_id)
        return person.name if person is not None else ""
    return activity.party_name or ""


def read_document(session: Session, plan_id: uuid.UUID) -> AgreementDocument | None:
    """The berita acara of a plan as it will be printed (None while it has no agreement)."""
    from sqlalchemy import select

    from desktop.core.models import ActionPlan, BudgetLine, CommunityGroup, Program
    from desktop.core.places import parent_code
    from desktop.core.stages import formalisation as fm

    plan = session.get(ActionPlan, plan_id)
    if plan is None or plan.deleted:
        return None
    agreement = fm.agreement_of(session, plan.id)
    program = session.get(Program, plan.program_id)
    if agreement is None or program is None:
        return None
    district_code = parent_code(program.village_code)
    group = session.get(CommunityGroup, plan.group_id) if plan.group_id else None
    activities = [a for a in fm.activities_of(session, program.id) if a.action_plan_id == plan.id]
    lines: dict[uuid.UUID, list[BudgetLine]] = {a.id: [] for a in activities}
    if activities:
        for line in session.scalars(
            select(BudgetLine).where(
                BudgetLine.activity_id.in_(list(lines)), BudgetLine.deleted.is_(False)
            )
        ):
            lines[line.activity_id].append(line)

    from desktop.core.domain import FundingSource

    return AgreementDocument(
        village=_place_name(session, program.village_code),
        district=_place_name(session, district_code),
        regency=_place_name(session, parent_code(district_code) if district_code else None),
        program=program.name,
        plan=plan.title,
        group=group.name if group is not None else "",
        number=agreement.number or "",
        signed_on=agreement.signed_on,
        location=agreement.location or "",
        body=agreement.body or "",
        activities=tuple(
            ActivityLine(
                a.title,
                responsible_name(session, a),
                a.planned_start,
                a.planned_end,
                sum(b.amount for b in lines[a.id] if b.source is FundingSource.COMMUNITY),
                sum(b.amount for b in lines[a.id] if b.source is FundingSource.OUTSIDE),
            )
            for a in activities
        ),
        indicators=tuple(
            IndicatorLine(
                GOALS.get(i.goal.value, i.goal.value),
                i.name,
                i.unit,
                i.baseline_value,
                i.target_value,
            )
            for i in fm.indicators_of(session, program.id)
        ),
        signatories=tuple((s.name, s.role) for s in fm.signatories_of(session, agreement.id)),
    )


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".replace(",", "#").replace(".", ",").replace("#", ".")


def _rp(amount: int) -> str:
    """Grouped the Indonesian way without the "Rp", which the column's heading carries."""
    return rupiah(amount).removeprefix("Rp ")


def document_html(doc: AgreementDocument, *, signatures_on_new_page: bool = False) -> str:
    """The berita acara as the rich text QTextDocument lays out."""
    e = html.escape
    place_line = ", ".join(
        p
        for p in (
            f"Desa {doc.village}" if doc.village else "",
            f"Kecamatan {doc.district}" if doc.district else "",
            doc.regency.title() if doc.regency else "",
        )
        if p
    )
    where = f" bertempat di {e(doc.location)}" if doc.location else ""
    group = f" oleh {e(doc.group)}" if doc.group else ""
    parts = [
        "<h3 align='center' style='margin:0'>BERITA ACARA<br>KESEPAKATAN RENCANA AKSI</h3>",
        f"<p align='center' style='margin-top:2px'>{e(place_line)}</p>",
    ]
    if doc.number:
        parts.append(f"<p align='center'>Nomor: {e(doc.number)}</p>")
    parts.append(
        f"<p align='justify'>{day_sentence(doc.signed_on)} ({short_day(doc.signed_on)}){where}, "
        f"masyarakat Desa {e(doc.village)} bermusyawarah dan menyepakati rencana aksi "
        f"<b>{e(doc.plan)}</b>{group} dalam program <i>{e(doc.program)}</i>, sebagai berikut:</p>"
    )
    if doc.body:
        body = "<br>".join(e(line) for line in doc.body.splitlines())
        parts.append(f"<p align='justify'>{body}</p>")
    cell = "style='padding:3px; font-size:9pt'"
    money = "style='padding:3px; font-size:9pt'"
    head = "bgcolor='#e8e8e8'"
    rows = [
        f"<tr><th {head} {cell} width='5%'>No</th><th {head} {cell} width='21%'>Kegiatan</th>"
        f"<th {head} {cell} width='15%'>Penanggung jawab</th>"
        f"<th {head} {cell} width='14%'>Waktu</th>"
        f"<th {head} {cell} width='15%'>Swadaya masyarakat (Rp)</th>"
        f"<th {head} {cell} width='15%'>Dana luar (Rp)</th>"
        f"<th {head} {cell} width='15%'>Jumlah (Rp)</th></tr>"
    ]
    for n, a in enumerate(doc.activities, 1):
        rows.append(
            f"<tr><td {cell} align='center'>{n}</td><td {cell}>{e(a.title)}</td>"
            f"<td {cell}>{e(a.responsible)}</td>"
            f"<td {money}>{short_day(a.start)}<br>s.d. {short_day(a.end)}</td>"
            f"<td {money} align='right'>{_rp(a.community)}</td>"
            f"<td {money} align='right'>{_rp(a.outside)}</td>"
            f"<td {money} align='right'>{_rp(a.community + a.outside)}</td></tr>"
        )
    community = sum(a.community for a in doc.activities)
    outside = sum(a.outside for a in doc.activities)
    rows.append(
        f"<tr><td {cell} colspan='4' align='right'><b>Jumlah</b></td>"
        f"<td {money} align='right'><b>{_rp(community)}</b></td>"
        f"<td {money} align='right'><b>{_rp(outside)}</b></td>"
        f"<td {money} align='right'><b>{_rp(community + outside)}</b></td></tr>"
    )
    table = "border='1' cellspacing='0' cellpadding='3' width='100%' style='border-color:#555'"
    parts.append("<p><b>A. Kegiatan dan anggaran</b></p>")
    parts.append(f"<table {table}>{''.join(rows)}</table>")
    total = community + outside
    parts.append(
        f"<p align='justify'>Jumlah anggaran {rupiah(total)} ({spelled(total)} rupiah), terdiri "
        f"dari swadaya masyarakat {rupiah(community)} dan dana dari luar {rupiah(outside)}.</p>"
    )
    parts.append("<p><b>B. Indikator keberhasilan</b></p>")
    if doc.indicators:
        rows = [
            f"<tr><th {head} {cell} width='5%'>No</th><th {head} {cell} width='22%'>Tujuan</th>"
            f"<th {head} {cell} width='35%'>Indikator</th>"
            f"<th {head} {cell} width='16%'>Satuan</th>"
            f"<th {head} {cell} width='11%'>Awal</th><th {head} {cell} width='11%'>Target</th></tr>"
        ]
        for n, i in enumerate(doc.indicators, 1):
            rows.append(
                f"<tr><td {cell} align='center'>{n}</td><td {cell}>{e(i.goal)}</td>"
                f"<td {cell}>{e(i.name)}</td><td {cell}>{e(i.unit)}</td>"
                f"<td {cell} align='right'>{_number(i.baseline)}</td>"
                f"<td {cell} align='right'>{_number(i.target)}</td></tr>"
            )
        parts.append(f"<table {table}>{''.join(rows)}</table>")
    else:
        parts.append("<p>—</p>")
    parts.append(
        "<p align='justify'>Demikian berita acara ini dibuat dengan sebenarnya untuk "
        "dilaksanakan bersama dan dipergunakan sebagaimana mestinya.</p>"
    )
    at = doc.location or (f"Desa {doc.village}" if doc.village else "")
    new_page = " style='page-break-before:always'" if signatures_on_new_page else ""
    parts.append(
        f"<p align='right'{new_page}>{e(at)}{', ' if at else ''}{written_date(doc.signed_on)}</p>"
    )
    parts.append(f"<p align='center'><b>{SIGNED_BY}</b></p>")
    blocks = []
    signers = list(doc.signatories)
    for start in range(0, len(signers), 2):
        pair = signers[start : start + 2]
        cells = []
        for name, role in pair:
            cells.append(
                f"<td width='50%' align='center' style='padding:6px'>{e(role)}"
                f"<br><br><br><br><br><b><u>{e(name)}</u></b></td>"
            )
        if len(pair) == 1:
            cells.append("<td width='50%'></td>")
        blocks.append(f"<tr>{''.join(cells)}</tr>")
    parts.append(f"<table width='100%' cellspacing='0' cellpadding='8'>{''.join(blocks)}</table>")
    return "".join(parts)


def write_pdf(doc: AgreementDocument, path: str | Path, paper: str = DEFAULT_PAPER) -> None:
    """Write the berita acara to ``path`` on ``paper`` ("F4" or "A4")."""
    writer = QPdfWriter(str(path))
    writer.setTitle(f"Berita Acara Kesepakatan Rencana Aksi — {doc.plan}")
    writer.setCreator("Berdaya")
    writer.setResolution(300)
    layout = QPageLayout(
        PAPERS[paper], QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )
    writer.setPageLayout(layout)
    text = QTextDocument()
    font = QFont("DejaVu Serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(10.5)
    text.setDefaultFont(font)
    text.setDocumentMargin(0)
    # paginated by us, in the layout's pixels (96 per inch): print_ then only scales it, and
    # the page's own margins are the only ones
    body = layout.paintRect(QPageLayout.Unit.Point)
    text.setPageSize(QSizeF(body.width() * _LAYOUT_DPI / 72, body.height() * _LAYOUT_DPI / 72))
    text.setHtml(document_html(doc))
    if _signatures_split(text):  # a signature cut from its name is no signature: next page
        text.setHtml(document_html(doc, signatures_on_new_page=True))
    text.print_(writer)


def _signatures_split(text: QTextDocument) -> bool:
    """Whether the signature blocks would start on one page and end on the next."""
    layout = text.documentLayout()
    page = text.pageSize().height()
    block = text.begin()
    while block.isValid() and not block.text().startswith(SIGNED_BY):
        block = block.next()
    if not block.isValid():
        return False
    top = layout.blockBoundingRect(block).top()
    bottom = layout.blockBoundingRect(text.lastBlock()).bottom()
    return int(top // page) != int((bottom - 1) // page) and bottom - top < page
