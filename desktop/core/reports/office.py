"""The office's monthly report as plain values: the sheets of its workbook and its CSV, read off
:class:`~desktop.core.office.figures.AreaFigures` (and the goals' indicators of each program).

The sheet names, the column headers and the words in cells are Indonesian whatever the
interface language: they are a contract other tools (the next office up, its scripts) read, so
they never change with the language. The sheets ``Program`` and ``Desa`` are that contract;
``Kecamatan`` (reporting completeness and the roll-up by sub-district), ``Kehadiran``
(attendance by sex per village), ``Indikator`` (the goals' indicators), ``Tahap`` (programs per
stage), ``Dana`` (community vs outside money) and ``Tren prinsip`` (each principle per
sub-district over the months, as the dashboard draws it) are what an office reads besides.

``Status`` of a program, in words:
- ``Selesai`` when it was formally closed (``closed_on`` set) or its last stage is done;
- ``Belum mulai`` while not even its first stage has started;
- ``Berjalan`` otherwise (some stage started, not closed).

Figures mean what the program overview (``programs.overview``) and ``berdaya summary`` mean:
money in whole Rupiah, attendance as counts, principles as shares 0..1 (None: no data, an empty
cell). A sub-district's principle figure is the mean of its programs' figures that have data.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from desktop.core.domain import STAGE_NAMES, IndicatorDirection, Stage, StageStatus
from desktop.core.goals import GoalStatus, goal_report
from desktop.core.office.charts import AreaCharts, area_charts
from desktop.core.office.figures import AreaFigures, ProgramFigures, Sending, VillageFigures
from desktop.core.principles.shares import mean_of
from desktop.core.reports.agreement import GOALS, MONTHS


class Kind(StrEnum):
    """How a column's values are written: the writer picks the cell format from it."""

    TEXT = "text"
    COUNT = "count"  # a whole number
    NUMBER = "number"  # a measured value (an indicator's)
    RUPIAH = "rupiah"  # whole Rupiah
    SHARE = "share"  # 0..1, shown as a percentage
    DATE = "date"
    MOMENT = "moment"  # a date and a time of day (local time)


Value = str | int | float | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind
    width: int  # characters


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    def index(self, header: str) -> int:
        """The position (0-based) of the column ``header``."""
        return self.headers.index(header)


@dataclass(frozen=True)
class OfficeReport:
    office_name: str
    area_name: str
    month: dt.date  # the first day of the reported month
    today: dt.date
    sheets: tuple[Sheet, ...]

    def sheet(self, name: str) -> Sheet:
        return next(s for s in self.sheets if s.name == name)


PROGRAM_SHEET = "Program"
VILLAGE_SHEET = "Desa"
SUBDISTRICT_SHEET = "Kecamatan"
ATTENDANCE_SHEET = "Kehadiran"
INDICATOR_SHEET = "Indikator"
STAGE_SHEET = "Tahap"
MONEY_SHEET = "Dana"
TREND_SHEET = "Tren prinsip"

SENDING_WORDS = {
    Sending.ACTIVE: "Aktif",
    Sending.LATE: "Terlambat",
    Sending.NEVER: "Belum pernah mengirim",
}
DONE, RUNNING, NOT_STARTED = "Selesai", "Berjalan", "Belum mulai"
PRINCIPLE_HEADERS = ("Kesetaraan", "Partisipasi", "Keberlanjutan", "Keswadayaan")
MONEY_HEADERS = ("Anggaran swadaya", "Anggaran luar", "Swadaya masuk", "Dana luar masuk")
STAGE_HEADERS = tuple(f"Tahap {stage.number}" for stage in Stage)

T, C, N, R, S, D, M = (
    Kind.TEXT,
    Kind.COUNT,
    Kind.NUMBER,
    Kind.RUPIAH,
    Kind.SHARE,
    Kind.DATE,
    Kind.MOMENT,
)
_PLACE = (Column("Kode desa", T, 14), Column("Desa", T, 22), Column("Kecamatan", T, 20))
_ATTENDANCE = (Column("Hadir perempuan", C, 10), Column("Hadir laki-laki", C, 10))
_MONEY = tuple(Column(h, R, 16) for h in MONEY_HEADERS)
_PRINCIPLES = tuple(Column(h, S, 12) for h in PRINCIPLE_HEADERS)
_SENT = Column("Kiriman terakhir", M, 17)

PROGRAM_COLUMNS = (
    *_PLACE,
    Column("Program", T, 30),
    Column("Tahap", C, 7),
    Column("Status", T, 12),
    Column("Pertemuan", C, 10),
    *_ATTENDANCE,
    *_MONEY,
    *_PRINCIPLES,
    _SENT,
)
VILLAGE_COLUMNS = (*_PLACE, Column("Program", C, 9), _SENT, Column("Status kiriman", T, 22))
SUBDISTRICT_COLUMNS = (
    Column("Kode kecamatan", T, 14),
    Column("Kecamatan", T, 20),
    Column("Desa diharapkan", C, 10),
    Column("Desa mengirim", C, 10),
    Column("Tepat waktu", C, 10),
    Column("Lewat tenggat", C, 10),
    Column("Belum mengirim", C, 10),
    Column("Tingkat pelaporan", S, 11),
    Column("Tingkat tepat waktu", S, 11),
    Column("Program", C, 9),
    *(Column(h, C, 8) for h in STAGE_HEADERS),
    *_ATTENDANCE,
    Column("Porsi perempuan", S, 11),
    *_MONEY,
    *_PRINCIPLES,
)
ATTENDANCE_COLUMNS = (
    *_PLACE,
    Column("Program", C, 9),
    Column("Pertemuan", C, 10),
    *_ATTENDANCE,
    Column("Jumlah hadir", C, 10),
    Column("Porsi perempuan", S, 11),
)
INDICATOR_COLUMNS = (
    *_PLACE,
    Column("Program", T, 30),
    Column("Tujuan", T, 24),
    Column("Indikator", T, 40),
    Column("Satuan", T, 10),
    Column("Arah", T, 7),
    Column("Nilai awal", N, 11),
    Column("Tanggal awal", D, 12),
    Column("Target", N, 11),
    Column("Tanggal target", D, 12),
    Column("Nilai terakhir", N, 11),
    Column("Tanggal ukur", D, 12),
    Column("Kemajuan", S, 10),
    Column("Sesuai jadwal", T, 14),
)
STAGE_COLUMNS = (
    Column("Tahap", C, 7),
    Column("Nama tahap", T, 30),
    Column("Program", C, 9),
    Column("Ditutup", C, 9),
)
TREND_PLACE = (
    Column("Prinsip", T, 14),
    Column("Kode kecamatan", T, 14),
    Column("Kecamatan", T, 20),
)
MONEY_COLUMNS = (
    Column("Sumber", T, 12),
    Column("Anggaran", R, 18),
    Column("Masuk", R, 18),
    Column("Porsi masuk", S, 11),
)

Goals = Mapping[uuid.UUID, Sequence[GoalStatus]]


def period(month: dt.date) -> str:
    """The reported month in Indonesian words: ``Maret 2025``."""
    return f"{MONTHS[month.month - 1]} {month.year}"


def status(program: ProgramFigures) -> str:
    """The program's state in words (see the module's docstring)."""
    last_done = program.stage is Stage.TERMINATION and program.stage_status is StageStatus.DONE
    if program.closed_on is not None or last_done:
        return DONE
    if program.stage is Stage.PREPARATION and program.stage_status is StageStatus.NOT_STARTED:
        return NOT_STARTED
    return RUNNING


def read_goals(session: Session, figures: AreaFigures) -> dict[uuid.UUID, tuple[GoalStatus, ...]]:
    """The goals' indicators of every program of ``figures``, for the ``Indikator`` sheet."""
    return {
        program.program_id: goal_report(session, program.program_id)
        for village in figures.villages
        for program in village.programs
    }


def build_report(
    figures: AreaFigures, goals: Goals | None = None, charts: AreaCharts | None = None
) -> OfficeReport:
    """Every sheet of the report; without ``goals`` the ``Indikator`` sheet has no rows. The
    roll-ups come from ``charts`` (by default those of ``figures``), so the workbook, the PDF
    and the dashboard show the same numbers."""
    charts = charts or area_charts(figures)
    return OfficeReport(
        office_name=figures.rules.office_name,
        area_name=figures.area_name,
        month=figures.month,
        today=figures.today,
        sheets=(
            Sheet(PROGRAM_SHEET, PROGRAM_COLUMNS, tuple(program_rows(figures))),
            Sheet(VILLAGE_SHEET, VILLAGE_COLUMNS, tuple(_village_rows(figures))),
            Sheet(
                SUBDISTRICT_SHEET, SUBDISTRICT_COLUMNS, tuple(_subdistrict_rows(figures, charts))
            ),
            Sheet(ATTENDANCE_SHEET, ATTENDANCE_COLUMNS, tuple(_attendance_rows(figures))),
            Sheet(INDICATOR_SHEET, INDICATOR_COLUMNS, tuple(_indicator_rows(figures, goals or {}))),
            Sheet(STAGE_SHEET, STAGE_COLUMNS, tuple(_stage_rows(charts))),
            Sheet(MONEY_SHEET, MONEY_COLUMNS, tuple(_money_rows(charts))),
            _trend_sheet(charts),
        ),
    )


def program_sheet(figures: AreaFigures) -> Sheet:
    """The ``Program`` sheet alone (what the CSV holds)."""
    return Sheet(PROGRAM_SHEET, PROGRAM_COLUMNS, tuple(program_rows(figures)))


def _place(village: VillageFigures) -> tuple[Value, ...]:
    return (village.code, village.name, village.subdistrict_name)


def _money(program: ProgramFigures) -> tuple[int, int, int, int]:
    return (
        program.budget_community,
        program.budget_outside,
        program.contributed_community,
        program.contributed_outside,
    )


def _principles(program: ProgramFigures) -> tuple[float | None, ...]:
    return tuple(score.figure for score in program.principles)


def program_rows(figures: AreaFigures) -> Iterable[tuple[Value, ...]]:
    for village in figures.villages:
        for p in village.programs:
            yield (
                *_place(village),
                p.name,
                p.stage.number,
                status(p),
                p.meetings,
                p.attendance_women,
                p.attendance_men,
                *_money(p),
                *_principles(p),
                _local(village.last_bundle),
            )


def _local(moment: dt.datetime | None) -> dt.datetime | None:
    """A moment as the clock on the wall here shows it (a workbook knows no time zones)."""
    return moment.astimezone().replace(tzinfo=None) if moment is not None else None


def _village_rows(figures: AreaFigures) -> Iterable[tuple[Value, ...]]:
    for village in figures.villages:
        yield (
            *_place(village),
            len(village.programs),
            _local(village.last_bundle),
            SENDING_WORDS[village.sending],
        )


def _share(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def _sums(programs: Sequence[ProgramFigures]) -> tuple[int, int, int]:
    """Meetings, women and men of ``programs``."""
    return (
        sum(p.meetings for p in programs),
        sum(p.attendance_women for p in programs),
        sum(p.attendance_men for p in programs),
    )


def _subdistrict_rows(figures: AreaFigures, charts: AreaCharts) -> Iterable[tuple[Value, ...]]:
    programs: dict[str, list[ProgramFigures]] = {}
    for village in figures.villages:
        programs.setdefault(village.subdistrict_code, []).extend(village.programs)
    women = {w.subdistrict_code: w for w in charts.women}
    money = {m.subdistrict_code: m for m in charts.money}
    for c in figures.completeness:
        own = programs.get(c.subdistrict_code, [])
        attendance = women.get(c.subdistrict_code)
        cash = money.get(c.subdistrict_code)
        yield (
            c.subdistrict_code,
            c.subdistrict_name,
            c.expected,
            c.sent,
            c.on_time,
            c.late,
            c.missing,
            _share(c.sent, c.expected),
            _share(c.on_time, c.expected),
            len(own),
            *(sum(1 for p in own if p.stage is stage) for stage in Stage),
            *((attendance.women, attendance.men, attendance.share) if attendance else (0, 0, None)),
            *(
                (
                    cash.planned_community,
                    cash.planned_outside,
                    cash.given_community,
                    cash.given_outside,
                )
                if cash
                else (0, 0, 0, 0)
            ),
            *_principle_means(own),
        )


def _principle_means(programs: Sequence[ProgramFigures]) -> tuple[float | None, ...]:
    figures = [_principles(p) for p in programs]
    return tuple(mean_of(f[i] for f in figures) for i in range(len(PRINCIPLE_HEADERS)))


def _attendance_rows(figures: AreaFigures) -> Iterable[tuple[Value, ...]]:
    for village in figures.villages:
        meetings, women, men = _sums(village.programs)
        yield (
            *_place(village),
            len(village.programs),
            meetings,
            women,
            men,
            women + men,
            _share(women, women + men),
        )


def _on_track(value: bool | None) -> str:
    return {True: "Ya", False: "Tidak", None: "Belum diukur"}[value]


def _indicator_rows(figures: AreaFigures, goals: Goals) -> Iterable[tuple[Value, ...]]:
    for village in figures.villages:
        for program in village.programs:
            for goal in goals.get(program.program_id, ()):
                for i in goal.indicators:
                    yield (
                        *_place(village),
                        program.name,
                        GOALS[goal.goal.value],
                        i.name,
                        i.unit,
                        "Naik" if i.direction is IndicatorDirection.INCREASE else "Turun",
                        i.baseline,
                        i.baseline_on,
                        i.target,
                        i.target_on,
                        i.latest,
                        i.latest_on,
                        i.progress,
                        _on_track(i.on_track),
                    )


def _stage_rows(charts: AreaCharts) -> Iterable[tuple[Value, ...]]:
    for count in charts.stages:
        yield (count.stage.number, STAGE_NAMES["id"][count.stage], count.programs, count.closed)


def _money_rows(charts: AreaCharts) -> Iterable[tuple[Value, ...]]:
    planned_in = sum(m.planned_community for m in charts.money)
    planned_out = sum(m.planned_outside for m in charts.money)
    given_in = sum(m.given_community for m in charts.money)
    given_out = sum(m.given_outside for m in charts.money)
    yield ("Swadaya", planned_in, given_in, _share(given_in, planned_in))
    yield ("Luar", planned_out, given_out, _share(given_out, planned_out))


def _trend_sheet(charts: AreaCharts) -> Sheet:
    """Each principle per sub-district over the months (one block of rows per principle), as
    the dashboard draws them."""
    columns = (*TREND_PLACE, *(Column(f"{m:%Y-%m}", S, 9) for m in charts.months))
    rows = tuple(
        (PRINCIPLE_HEADERS[index], line.subdistrict_code, line.subdistrict_name, *line.values)
        for index, trend in enumerate(charts.principles)
        for line in trend.lines
    )
    return Sheet(TREND_SHEET, columns, rows)
