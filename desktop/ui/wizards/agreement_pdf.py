"""The berita acara of an action plan printed to PDF with Qt (QTextDocument on a QPdfWriter).

What it says comes from ``desktop.core.reports.agreement``; this lays it out, always in
Indonesian whatever the interface language: title, the day written out ("Pada hari Senin
tanggal dua puluh ..."), the plan's activities with their budget by source and totals in
Rupiah, the indicators, then a signature block for every signatory, two to a row.

Paper: F4 (215 x 330 mm, "folio", what most village and district offices load in their
printers) by default, or A4.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPdfWriter, QTextDocument

from desktop.core.reports.agreement import AgreementDocument
from desktop.ui.formatting import day_text, indonesian_number, rupiah
from desktop.ui.paper import PAPERS

DEFAULT_PAPER = "F4"
MARGINS_MM = QMarginsF(25, 20, 20, 20)  # a wider left margin for binding
SIGNED_BY = "Yang bertanda tangan,"
_LAYOUT_DPI = 96  # what QTextDocument lays out in without a paint device


def _rp(amount: int) -> str:
    """Grouped the Indonesian way without the "Rp", which the column's heading carries."""
    return rupiah(amount).removeprefix("Rp ")


def document_html(doc: AgreementDocument, *, signatures_on_new_page: bool = False) -> str:
    """The berita acara as the rich text QTextDocument lays out."""
    e = html.escape
    where = f" bertempat di {e(doc.location)}" if doc.location else ""
    group = f" oleh {e(doc.group)}" if doc.group else ""
    parts = [
        "<h3 align='center' style='margin:0'>BERITA ACARA<br>KESEPAKATAN RENCANA AKSI</h3>",
        f"<p align='center' style='margin-top:2px'>{e(doc.place_line)}</p>",
    ]
    if doc.number:
        parts.append(f"<p align='center'>Nomor: {e(doc.number)}</p>")
    parts.append(
        f"<p align='justify'>{doc.day_sentence} ({day_text(doc.signed_on)}){where}, "
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
            f"<td {money}>{day_text(a.start)}<br>s.d. {day_text(a.end)}</td>"
            f"<td {money} align='right'>{_rp(a.community)}</td>"
            f"<td {money} align='right'>{_rp(a.outside)}</td>"
            f"<td {money} align='right'>{_rp(a.total)}</td></tr>"
        )
    rows.append(
        f"<tr><td {cell} colspan='4' align='right'><b>Jumlah</b></td>"
        f"<td {money} align='right'><b>{_rp(doc.community)}</b></td>"
        f"<td {money} align='right'><b>{_rp(doc.outside)}</b></td>"
        f"<td {money} align='right'><b>{_rp(doc.total)}</b></td></tr>"
    )
    table = "border='1' cellspacing='0' cellpadding='3' width='100%' style='border-color:#555'"
    parts.append("<p><b>A. Kegiatan dan anggaran</b></p>")
    parts.append(f"<table {table}>{''.join(rows)}</table>")
    parts.append(
        f"<p align='justify'>Jumlah anggaran {rupiah(doc.total)} ({doc.total_words}), terdiri "
        f"dari swadaya masyarakat {rupiah(doc.community)} dan dana dari luar "
        f"{rupiah(doc.outside)}.</p>"
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
                f"<td {cell} align='right'>{indonesian_number(i.baseline)}</td>"
                f"<td {cell} align='right'>{indonesian_number(i.target)}</td></tr>"
            )
        parts.append(f"<table {table}>{''.join(rows)}</table>")
    else:
        parts.append("<p>—</p>")
    parts.append(
        "<p align='justify'>Demikian berita acara ini dibuat dengan sebenarnya untuk "
        "dilaksanakan bersama dan dipergunakan sebagaimana mestinya.</p>"
    )
    at = doc.signed_at
    new_page = " style='page-break-before:always'" if signatures_on_new_page else ""
    parts.append(f"<p align='right'{new_page}>{e(at)}{', ' if at else ''}{doc.written_date}</p>")
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
