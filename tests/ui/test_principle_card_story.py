"""The headline and the chart of a principle card tell the same story: the sustainability card
that says "100% carried by the facilitator" (work done so far) draws its chart solid up to
that month, with the big dot on 100%, and the planned months after it dashed and said to be
planned, so a chart ending at zero no longer contradicts its headline."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QApplication

from desktop.core.domain import Principle
from desktop.core.principles.results import Sustainability
from desktop.core.principles.shares import MonthValue, Share
from desktop.ui import i18n, theme
from desktop.ui.principle_cards import card_content
from desktop.ui.principles_view import PrincipleCard

MONTHS = [dt.date(2026, m, 1) for m in range(1, 7)]
PLANNED = {"en": "dashed: planned, not yet done", "id": "garis putus-putus: rencana"}
LATER = {"en": "(planned)", "id": "(rencana)"}


def _facilitator_then_community() -> Sustainability:
    """The facilitator carried everything up to March; the community's activities are planned
    from April on."""
    series = tuple(MonthValue(month, Share(1 if month <= MONTHS[2] else 0, 1)) for month in MONTHS)
    return Sustainability(
        principle=Principle.SUSTAINABILITY,
        figure=1.0,
        threshold=0.05,
        series=series,
        warnings=(),
        slope=-0.25,
        at_end=0.0,
        reaches_zero=True,
        figure_month=MONTHS[2],
    )


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_sustainability_headline_and_chart_agree(qtbot: Any, lang: str) -> None:
    i18n.install(QApplication.instance(), lang)
    card = PrincipleCard(Principle.SUSTAINABILITY)
    qtbot.addWidget(card)
    card.show_content(card_content(_facilitator_then_community()))
    card.resize(420, 360)
    card.show()
    qtbot.waitExposed(card)

    assert card.value.text() == "100%"
    line = card.sparkline
    assert line.now == 2 and line.values[line.now] == 1.0  # the headline's month, on the chart
    assert PLANNED[lang] in card.trend_caption.text()
    tip = card.sparkline.toolTip().splitlines()
    assert [LATER[lang] in row for row in tip] == [False, False, False, True, True, True]

    # the big dot is drawn at the headline's month and value (March, 100%), not at the end
    image = line.grab().toImage()
    area = QRectF(line.rect()).adjusted(4, 5, -4, -5)
    x = area.left() + area.width() * 2 / (len(MONTHS) - 1)
    dot = image.pixelColor(round(x), round(area.top()))
    assert dot == theme.ACCENT_DARK, dot.name()
    end = image.pixelColor(round(area.right()), round(area.bottom()))
    assert end != theme.ACCENT_DARK
    QCoreApplication.processEvents()
