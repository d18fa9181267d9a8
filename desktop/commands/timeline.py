"""``berdaya timeline``: write a program's timeline as PDF, PNG, iCalendar or MS Project XML.

The kind of file follows the extension of ``--out``: ``.pdf`` (pages tiled with repeated
headers), ``.png`` (one picture), ``.ics`` (calendar) or ``.xml`` (MS Project / ProjectLibre).
PDF and PNG are drawn by Qt offscreen; the other two need no Qt at all.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path
from typing import Any

FORMATS = (".pdf", ".png", ".ics", ".xml")
ZOOMS = ("day", "week", "month", "quarter")


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "timeline",
        help="write a program's timeline as .pdf, .png, .ics or .xml (MS Project)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", required=True, help="database file or URL")
    parser.add_argument(
        "--program",
        required=True,
        action="append",
        metavar="ID",
        help="program id (repeat for several programs in one file)",
    )
    parser.add_argument("--out", required=True, help="file to write: .pdf, .png, .ics or .xml")
    parser.add_argument("--zoom", choices=ZOOMS, default="week", help="time scale of PDF/PNG")
    parser.add_argument("--paper", choices=("A4", "F4"), default="A4", help="PDF paper size")
    parser.add_argument("--portrait", action="store_true", help="PDF pages upright")
    parser.add_argument("--lang", choices=("id", "en"), default="id", help="language of labels")
    return parser


def _fail(message: str) -> int:
    print(f"berdaya timeline: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        return _fail(f"--out must end in one of {', '.join(FORMATS)}, not “{out.name}”")
    try:
        program_ids = [uuid.UUID(text) for text in args.program]
    except ValueError:
        return _fail("--program takes a program id (a UUID)")

    from desktop.core.database import open_database
    from desktop.core.db import DatabaseError
    from desktop.core.timeline import load_timeline

    try:
        database = open_database(args.db, create=False)
    except DatabaseError as exc:
        return _fail(str(exc))
    try:
        with database.reading() as session:
            timeline = load_timeline(session, program_ids=program_ids)
        missing = set(program_ids) - {p.id for p in timeline.programs}
        if missing:
            return _fail(f"no program {', '.join(sorted(map(str, missing)))} in {database.name}")
        if suffix == ".ics":
            from desktop.core.timeline.ics import write_ics

            write_ics(timeline, out, language=args.lang)
        elif suffix == ".xml":
            from desktop.core.timeline.mspdi import write_mspdi

            write_mspdi(timeline, out, language=args.lang)
        else:
            code = _draw(args, database.session, program_ids, timeline, out)
            if code:
                return code
    finally:
        database.dispose()
    print(out)
    return 0


def _draw(
    args: argparse.Namespace, sessions: Any, program_ids: list[uuid.UUID], timeline: Any, out: Path
) -> int:
    """PDF and PNG: Qt offscreen, with an application made here and only here."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n
    from desktop.ui.timeline import TimelineView, Zoom

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "berdaya"])
    i18n.install(app, args.lang)
    view = TimelineView(sessions, program_ids, zoom=Zoom(args.zoom), load=False)
    try:
        view.chart.today = None  # a printed plan does not date itself by the printing day
        view.set_timeline(timeline)
        if out.suffix.lower() == ".pdf":
            view.export_pdf(out, paper=args.paper, landscape=not args.portrait)
        else:
            try:
                view.export_png(out)
            except ValueError as exc:
                return _fail(str(exc))
    finally:
        view.deleteLater()
    return 0
