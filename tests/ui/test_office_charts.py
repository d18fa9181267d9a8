"""The office's charts: the bars and lines drawn are those of the figures, in both languages,
named for screen readers, and the same chart recorded for the PDF."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from desktop.core.domain import Principle, Stage, StageStatus
from desktop.core.office.charts import AreaCharts, area_charts
from desktop.core.office.figures import (
    AreaFigures,
    Completeness,
    OfficeRules,
    ProgramFigures,
    Sending,
    VillageFigures,
)
from desktop.core.principles.results import (
    Equality,
    Participation,
    PrincipleScores,
    SelfReliance,
    Sustainability,
    WomenShares,
)
from desktop.core.principles.shares import MonthValue, Share

MONTH = dt.date(2026, 12, 1)
# sub-district: villages (code, name, sending, programs: (stage, women, men, money, closed))
AREA = {
    ("32.01.06", "Jonggol"): [
        ("32.01.06.2008", "Cibodas", Sending.ACTIVE, [(Stage.IMPLEMENTATION, 54, 40, 1, False)]),
        ("32.01.06.2001", "Sukamaju", Sending.LATE, [(Stage.PLANNING, 12, 30, 2, False)]),
    ],
    ("32.01.08", "Cileungsi"): [
        (
            "32.01.08.2003",
            "Mampir",
            Sending.ACTIVE,
            [(Stage.IMPLEMENTATION, 20, 20, 3, False), (Stage.TERMINATION, 30, 10, 1, True)],
        ),
        ("32.01.08.2005", "Dayeuh", Sending.NEVER, []),
    ],
    ("32.01.10", "Gunung Putri"): [
        ("32.01.10.2002", "Bojong Nangka", Sending.ACTIVE, [(Stage.ASSESSMENT, 0, 0, 0, False)]),
    ],
}
MONEY = {  # planned community, planned outside, given community, given outside
    0: (0, 0, 0, 0),
    1: (2_500_000, 10_000_000, 1_000_000, 4_000_000),
    2: (1_500_000, 3_000_000, 750_000, 0),
    3: (4_000_000, 1_000_000, 4_000_000, 1_000_000),
}


def _score(cls: Any, principle: Principle, figure: float | None, **extra: Any) -> Any:
    months = (MONTH.replace(month=10), MONTH.replace(month=11), MONTH)
    series = tuple(
        MonthValue(month, Share(round(100 * figure) - 10 * (2 - i), 100) if figure else Share())
        for i, month in enumerate(months)
    )
    return cls(
        principle=principle,
        figure=figure,
        threshold={Principle.EQUALITY: 0.3, Principle.SELF_RELIANCE: 0.2}.get(principle, 0.5),
        series=series,
        warnings=(),
        lower_is_better=principle is Principle.SUSTAINABILITY,
        **extra,
    )


def _program(code: str, number: int, row: tuple[Stage, int, int, int, bool]) -> ProgramFigures:
    stage, women, men, money, closed = row
    planned_c, planned_o, given_c, given_o = MONEY[money]
    share = women / (women + men) if women + men else None
    resources = Share(planned_c, planned_c + planned_o)
    return ProgramFigures(
        program_id=uuid.uuid4(),
        name=f"Program {number} {code[-4:]}",
        village_code=code,
        stage=stage,
        stage_status=StageStatus.DONE if closed else StageStatus.IN_PROGRESS,
        stage_since=dt.date(2026, 9, 1),
        closed_on=dt.date(2026, 11, 20) if closed else None,
        meetings=3 if women + men else 0,
        attendance_women=women,
        attendance_men=men,
        budget_community=planned_c,
        budget_outside=planned_o,
        contributed_community=given_c,
        contributed_outside=given_o,
        principles=PrincipleScores(
            _score(
                Equality,
                Principle.EQUALITY,
                share,
                overall=WomenShares(),
                by_stage={},
                by_meeting=(),
                by_group=(),
            ),
            _score(Participation, Principle.PARTICIPATION, 0.6 if share else None, phases={}),
            _score(
                Sustainability,
                Principle.SUSTAINABILITY,
                0.25 if share else None,
                slope=None,
                at_end=None,
                reaches_zero=None,
            ),
            _score(
                SelfReliance,
                Principle.SELF_RELIANCE,
                resources.value,
                planned=resources,
                actual=Share(),
                counted=Share(),
            ),
        ),
    )


def sample_area(*, office_name: str = "Dinas PMD Kabupaten Bogor") -> AreaFigures:
    """Three sub-districts, five villages (one late, one that never sent), five programs."""
    villages = []
    completeness = []
    number = 0
    for (sub_code, sub_name), rows in AREA.items():
        sent = 0
        for code, name, sending, programs in rows:
            made = []
            for row in programs:
                number += 1
                made.append(_program(code, number, row))
            last = None if sending is Sending.NEVER else dt.datetime(2026, 12, 3, 9, 30)
            if sending is Sending.LATE:
                last = dt.datetime(2026, 9, 28, 15, 0)
            sent += last is not None and last.date() >= MONTH
            villages.append(
                VillageFigures(code, name, sub_code, sub_name, tuple(made), last, sending)
            )
        completeness.append(
            Completeness(sub_code, sub_name, len(rows), sent, sent, 0, len(rows) - sent)
        )
    return AreaFigures(
        area_code="32.01",
        area_name="Kabupaten Bogor",
        month=MONTH,
        today=dt.date(2026, 12, 15),
        rules=OfficeRules(office_name=office_name),
        villages=tuple(villages),
        completeness=tuple(completeness),
    )


@pytest.fixture
def charts() -> AreaCharts:
    return area_charts(sample_area())


def _language(qapp: Any, language: str) -> None:
    from desktop.ui import i18n

    i18n.install(qapp, language)


@pytest.mark.parametrize("language", ["id", "en"])
def test_each_chart_draws_the_figures_it_is_given(
    qtbot: Any, qapp: Any, charts: AreaCharts, language: str
) -> None:
    from desktop.ui.office.charts import ChartKind, OfficeChart

    _language(qapp, language)
    try:
        stages = OfficeChart(ChartKind.STAGES, charts)
        qtbot.addWidget(stages)
        # seven stages, a bar for every stage that has programs: implementation 2, planning 1,
        # assessment 1, termination 1 (closed)
        assert len(stages.bars) == 2 and all(len(b.opts["y"]) == 7 for b in stages.bars)
        assert list(stages.bars[0].opts["width"]) == [0, 1, 1, 0, 2, 0, 0]
        assert list(stages.bars[1].opts["width"]) == [0, 0, 0, 0, 0, 0, 1]
        left = stages.plots[0].getAxis("left")._tickLevels[0]
        first = "1. Persiapan" if language == "id" else "1. Preparation"
        assert left[0] == (0, first) and len(left) == 7
        stages.set_charts(charts)  # the dashboard redraws on new figures: nothing doubled
        assert len(stages.bars) == 2 and len(stages.plots) == 1

        principles = OfficeChart(ChartKind.PRINCIPLES, charts)
        qtbot.addWidget(principles)
        assert len(principles.plots) == 4
        for plot in principles.plots:  # one line per sub-district on each principle's plot
            assert len(plot.listDataItems()) == 3
        assert len(charts.months) == 3

        women = OfficeChart(ChartKind.WOMEN, charts)
        qtbot.addWidget(women)
        shares = list(women.bars[0].opts["width"])
        # Jonggol 66 of 136, Cileungsi 50 of 80, Gunung Putri nobody
        assert shares == pytest.approx([100 * 66 / 136, 100 * 50 / 80, 0])
        percent = "49%"
        assert f"Jonggol: {percent}" in women.accessibleDescription()
        assert "Gunung Putri: —" in women.accessibleDescription()

        money = OfficeChart(ChartKind.MONEY, charts)
        qtbot.addWidget(money)
        assert len(money.bars) == 4  # community and outside, planned and given
        planned_community = list(money.bars[0].opts["width"])
        assert planned_community == [2_500_000 + 1_500_000, 4_000_000 + 2_500_000, 0]
        assert list(money.bars[3].opts["width"]) == [4_000_000, 1_000_000 + 4_000_000, 0]
        assert "Rp 4.000.000" in money.accessibleDescription()
    finally:
        _language(qapp, "id")


def test_every_chart_is_named_for_a_screen_reader(
    qtbot: Any, qapp: Any, charts: AreaCharts
) -> None:
    from desktop.ui.office.charts import chart_widgets

    _language(qapp, "en")
    try:
        widgets = chart_widgets(charts)
        for widget in widgets:
            qtbot.addWidget(widget)
        assert [w.accessibleName() for w in widgets] == [
            "Programs per stage",
            "The four principles per sub-district",
            "Women's share of attendance per sub-district",
            "Community and outside money, planned and given",
        ]
        assert all(w.accessibleDescription() for w in widgets)
        assert "5. Implementation: 2" in widgets[0].accessibleDescription()
    finally:
        _language(qapp, "id")


def test_a_chart_with_nothing_to_show_still_draws(qtbot: Any) -> None:
    from desktop.ui.office.charts import ChartKind, OfficeChart

    empty = area_charts(
        AreaFigures(None, "", MONTH, MONTH, OfficeRules(), villages=(), completeness=())
    )
    for kind in ChartKind:
        chart = OfficeChart(kind, empty)
        qtbot.addWidget(chart)
        chart.resize(600, 300)
        assert not chart.grab().isNull()


def test_the_recorded_chart_is_the_window_chart(
    qtbot: Any, charts: AreaCharts, tmp_path: Path
) -> None:
    """The picture the PDF replays holds the chart's words as text and fills its rectangle."""
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QColor, QImage, QPainter

    from desktop.ui.office.charts import ChartKind, OfficeChart, chart_picture, draw_picture

    size = QSize(640, 320)
    picture = chart_picture(ChartKind.WOMEN, charts, size)
    image = QImage(1280, 640, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_picture(painter, picture, size, QRectF(0, 0, 1280, 640))
    painter.end()
    image.save(str(tmp_path / "women.png"))
    # the women's bars (plum) reach into the right half: the picture was scaled to the target
    plum = QColor("#a0457e").rgb()
    columns = {x for x in range(0, 1280, 4) for y in range(0, 640, 4) if image.pixel(x, y) == plum}
    assert columns and max(columns) > 640
    shown = OfficeChart(ChartKind.WOMEN, charts)
    qtbot.addWidget(shown)
    shown.resize(size)
    shown.show()
    qtbot.waitExposed(shown)
    assert not shown.grab().isNull()


def test_the_window_starts_without_pyqtgraph_or_numpy() -> None:
    code = (
        "import sys, desktop.ui.main_window, desktop.ui.app;"
        "print(sorted(m for m in ('pyqtgraph', 'numpy') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.stdout.strip() == "[]"
