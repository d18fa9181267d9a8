"""The four principles on the overview: a card each with the figure, its parts, a monthly
trend and, in words, whether it stays on the right side of the user's threshold."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import Principle
from desktop.ui import formatting, theme

if TYPE_CHECKING:
    from desktop.core.principles import (
        Equality,
        Participation,
        PrincipleScore,
        PrincipleScores,
        SelfReliance,
        Share,
        Sustainability,
    )

ORDER = (
    Principle.EQUALITY,
    Principle.PARTICIPATION,
    Principle.SUSTAINABILITY,
    Principle.SELF_RELIANCE,
)

NARROW = 620  # below this width (pixels) the cards stand one under the other

STYLE = f"""
QLabel#principleName {{ font-size: 11pt; font-weight: 600; color: {theme.TEXT.name()}; }}
QLabel#partValue {{ font-weight: 600; color: {theme.TEXT.name()}; }}
QLabel#partCount {{ font-size: 8.5pt; color: {theme.TEXT_MUTED.name()}; }}
QLabel#warning {{ color: {theme.ERROR.name()}; }}
QLabel#calm {{ font-size: 10.5pt; color: {theme.TEXT_MUTED.name()}; }}
"""


def principle_name(principle: Principle) -> str:
    names = {
        Principle.EQUALITY: QCoreApplication.translate("Principle", "Equality"),
        Principle.PARTICIPATION: QCoreApplication.translate("Principle", "Participation"),
        Principle.SUSTAINABILITY: QCoreApplication.translate("Principle", "Sustainability"),
        Principle.SELF_RELIANCE: QCoreApplication.translate("Principle", "Self-reliance"),
    }
    return names[principle]


def principle_question(principle: Principle) -> str:
    """What the principle asks, in one line under its name."""
    questions = {
        Principle.EQUALITY: QCoreApplication.translate(
            "Principles", "Do women attend, speak and decide as men do?"
        ),
        Principle.PARTICIPATION: QCoreApplication.translate(
            "Principles", "Does the community plan, do, monitor and evaluate itself?"
        ),
        Principle.SUSTAINABILITY: QCoreApplication.translate(
            "Principles", "Does the facilitator's part fade out to zero?"
        ),
        Principle.SELF_RELIANCE: QCoreApplication.translate(
            "Principles", "Does the community bring its own means first?"
        ),
    }
    return questions[principle]


# --- what a card shows, worked out from a score ---------------------------------------------


@dataclass(frozen=True)
class Part:
    name: str
    value: str
    count: str = ""


@dataclass(frozen=True)
class CardContent:
    """Everything a principle card shows, already in words (so it can be checked headless)."""

    figure: str
    caption: str
    parts: tuple[Part, ...] = ()
    trend: tuple[float | None, ...] = ()
    trend_caption: str = ""
    threshold: float | None = None
    warnings: tuple[str, ...] = ()
    fine: str = ""  # said when nothing warns
    empty: str = ""  # said instead of everything else when there is nothing to measure
    lower_is_better: bool = False
    months: tuple[dt.date, ...] = field(default=())


def _share(share: Share) -> str:
    return formatting.percent(share.value)


def _count(share: Share) -> str:
    if not share.whole:
        return QCoreApplication.translate("Principles", "nothing yet")
    return QCoreApplication.translate("Principles", "{part} of {whole}").format(
        part=formatting.number(share.part), whole=formatting.number(share.whole)
    )


def _month(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMM yyyy")


def _trend_caption(what: str, score: PrincipleScore) -> str:
    if not score.series:
        return what
    return QCoreApplication.translate("Principles", "{what}, {first} – {last}").format(
        what=what, first=_month(score.series[0].month), last=_month(score.series[-1].month)
    )


def _below(what: str, share: float | None, threshold: float) -> str:
    return what.format(share=formatting.percent(share), threshold=formatting.percent(threshold))


def _equality(score: Equality) -> CardContent:
    overall = score.overall
    if not (overall.attendance.whole or overall.voice.whole or overall.decisions.whole):
        return CardContent(
            formatting.NOTHING,
            "",
            empty=QCoreApplication.translate("Principles", "No meetings recorded yet"),
            months=_months(score),
        )
    texts = {
        "women_attendance": (
            QCoreApplication.translate(
                "Principles", "Women are {share} of the attendance — below the {threshold} you set."
            ),
            overall.attendance.value,
        ),
        "women_voice": (
            QCoreApplication.translate(
                "Principles",
                "Women are {share} of those who spoke or proposed — below the {threshold} you set.",
            ),
            overall.voice.value,
        ),
        "women_decisions": (
            QCoreApplication.translate(
                "Principles",
                "Women hold {share} of the decision roles — below the {threshold} you set.",
            ),
            overall.decisions.value,
        ),
    }
    return CardContent(
        figure=formatting.percent(score.figure),
        caption=QCoreApplication.translate("Principles", "women, on average over the three parts"),
        parts=(
            Part(
                QCoreApplication.translate("Principles", "Attendance"),
                _share(overall.attendance),
                _count(overall.attendance),
            ),
            Part(
                QCoreApplication.translate("Principles", "Speakers and proposers"),
                _share(overall.voice),
                _count(overall.voice),
            ),
            Part(
                QCoreApplication.translate("Principles", "Decision roles"),
                _share(overall.decisions),
                _count(overall.decisions),
            ),
        ),
        trend=_values(score),
        trend_caption=_trend_caption(
            QCoreApplication.translate("Principles", "Women's share of attendance by month"), score
        ),
        threshold=score.threshold,
        warnings=_warnings(score, texts),
        fine=QCoreApplication.translate(
            "Principles", "Women reach the {threshold} you set in every part."
        ).format(threshold=formatting.percent(score.threshold)),
        months=_months(score),
    )


def phase_name(phase: str) -> str:
    names = {
        "plan": QCoreApplication.translate("Principles", "planning"),
        "do": QCoreApplication.translate("Principles", "carrying out"),
        "monitor": QCoreApplication.translate("Principles", "monitoring"),
        "evaluate": QCoreApplication.translate("Principles", "evaluating"),
    }
    return names.get(phase, phase)


def _participation(score: Participation) -> CardContent:
    if not any(share.whole for share in score.phases.values()):
        return CardContent(
            formatting.NOTHING,
            "",
            empty=QCoreApplication.translate(
                "Principles", "No meetings or activities recorded yet"
            ),
            months=_months(score),
        )
    texts = {
        f"participation_{phase.value}": (
            QCoreApplication.translate(
                "Principles",
                "The community carries {share} of the {phase} — below the {threshold} you set.",
            ).replace("{phase}", phase_name(phase.value)),
            share.value,
        )
        for phase, share in score.phases.items()
    }
    return CardContent(
        figure=formatting.percent(score.figure),
        caption=QCoreApplication.translate(
            "Principles", "done by the community, on average over the four parts"
        ),
        parts=tuple(
            Part(phase_name(phase.value).capitalize(), _share(share), _count(share))
            for phase, share in score.phases.items()
        ),
        trend=_values(score),
        trend_caption=_trend_caption(
            QCoreApplication.translate("Principles", "Community's share by month"), score
        ),
        threshold=score.threshold,
        warnings=_warnings(score, texts),
        fine=QCoreApplication.translate(
            "Principles", "The community carries at least the {threshold} you set in every part."
        ).format(threshold=formatting.percent(score.threshold)),
        months=_months(score),
    )


def _slope(slope: float | None) -> str:
    if slope is None:
        return QCoreApplication.translate("Principles", "not enough months yet")
    points = formatting.number(abs(slope) * 100, 1)
    if abs(slope) < 0.005:
        return QCoreApplication.translate("Principles", "steady")
    if slope < 0:
        return QCoreApplication.translate("Principles", "falling {points} points a month").format(
            points=points
        )
    return QCoreApplication.translate("Principles", "rising {points} points a month").format(
        points=points
    )


def _sustainability(score: Sustainability, closed: bool) -> CardContent:
    if score.figure is None:
        return CardContent(
            formatting.NOTHING,
            "",
            empty=QCoreApplication.translate(
                "Principles", "No meetings or activities recorded yet"
            ),
            months=_months(score),
        )
    latest = score.figure_month
    zero = formatting.percent(score.threshold)
    texts = {
        "facilitator_rising": (
            QCoreApplication.translate(
                "Principles", "The facilitator's share is rising; it should fade out."
            ),
            None,
        ),
        "facilitator_not_zero": (
            (
                QCoreApplication.translate(
                    "Principles",
                    "The facilitator still carried {share} at closing; it should come to zero.",
                )
                if closed
                else QCoreApplication.translate(
                    "Principles",
                    "At this pace the facilitator still carries {share} at the planned end; "
                    "it should come down to {threshold} or less.",
                )
            ),
            score.at_end,
        ),
    }
    return CardContent(
        figure=formatting.percent(score.figure),
        caption=QCoreApplication.translate(
            "Principles", "carried by the facilitator in {month}; lower is better"
        ).format(month=_month(latest) if latest else formatting.NOTHING),
        parts=(
            Part(QCoreApplication.translate("Principles", "Trend"), _slope(score.slope)),
            Part(
                QCoreApplication.translate("Principles", "At closing")
                if closed
                else QCoreApplication.translate("Principles", "Expected at the planned end"),
                formatting.percent(score.at_end),
            ),
        ),
        trend=_values(score),
        trend_caption=_trend_caption(
            QCoreApplication.translate("Principles", "Facilitator's share by month"), score
        ),
        threshold=score.threshold,
        warnings=_warnings(score, texts),
        fine=QCoreApplication.translate(
            "Principles", "On its way to zero (at most {threshold})."
        ).format(threshold=zero),
        lower_is_better=True,
        months=_months(score),
    )


def _self_reliance(score: SelfReliance) -> CardContent:
    if not score.counted.whole:
        return CardContent(
            formatting.NOTHING,
            "",
            empty=QCoreApplication.translate(
                "Principles", "No budget or contributions recorded yet"
            ),
            months=_months(score),
        )

    def rupiah(share: Share) -> str:
        if not share.whole:
            return QCoreApplication.translate("Principles", "nothing yet")
        return QCoreApplication.translate("Principles", "{part} of {whole}").format(
            part=formatting.rupiah(round(share.part)), whole=formatting.rupiah(round(share.whole))
        )

    texts = {
        "self_reliance": (
            QCoreApplication.translate(
                "Principles",
                "The community brings {share} of the resources — below the {threshold} you set.",
            ),
            score.figure,
        )
    }
    return CardContent(
        figure=formatting.percent(score.figure),
        caption=QCoreApplication.translate(
            "Principles", "of the resources come from the community, valued in Rupiah"
        ),
        parts=(
            Part(
                QCoreApplication.translate("Principles", "Planned budget"),
                _share(score.planned),
                rupiah(score.planned),
            ),
            Part(
                QCoreApplication.translate("Principles", "Given so far"),
                _share(score.actual),
                rupiah(score.actual),
            ),
        ),
        trend=_values(score),
        trend_caption=_trend_caption(
            QCoreApplication.translate(
                "Principles", "Community's share of what was given by month"
            ),
            score,
        ),
        threshold=score.threshold,
        warnings=_warnings(score, texts),
        fine=QCoreApplication.translate(
            "Principles", "At or above the {threshold} you set."
        ).format(threshold=formatting.percent(score.threshold)),
        months=_months(score),
    )


def _values(score: PrincipleScore) -> tuple[float | None, ...]:
    return tuple(p.value for p in score.series)


def _months(score: PrincipleScore) -> tuple[dt.date, ...]:
    return tuple(p.month for p in score.series)


def _warnings(score: PrincipleScore, texts: dict[str, tuple[str, float | None]]) -> tuple[str, ...]:
    """The core's flags in the chosen language; a flag this view does not know keeps the
    core's own (English) words rather than going unsaid."""
    out = []
    for flag in score.warnings:
        if flag.key in texts:
            template, value = texts[flag.key]
            out.append(_below(template, value, score.threshold))
        else:
            out.append(flag.message)
    return tuple(out)


def card_content(score: PrincipleScore, *, closed: bool = False) -> CardContent:
    from desktop.core import principles as pr

    if isinstance(score, pr.Equality):
        return _equality(score)
    if isinstance(score, pr.Participation):
        return _participation(score)
    if isinstance(score, pr.Sustainability):
        return _sustainability(score, closed)
    if isinstance(score, pr.SelfReliance):
        return _self_reliance(score)
    raise TypeError(f"no card for {type(score).__name__}")


# --- drawing --------------------------------------------------------------------------------


def status_icon(warning: bool, size: int = 16) -> QPixmap:
    """A round mark drawn in the theme's colours: an exclamation for a warning, a tick when
    all is well. Always beside words, never the only signal."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.IN_PROGRESS if warning else theme.DONE)
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    pen = QPen(QColor("white"), size / 8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    s = float(size)
    if warning:
        painter.drawLine(QPointF(s / 2, s * 0.25), QPointF(s / 2, s * 0.56))
        painter.drawPoint(QPointF(s / 2, s * 0.75))
    else:
        tick = QPainterPath(QPointF(s * 0.28, s * 0.52))
        tick.lineTo(s * 0.44, s * 0.68)
        tick.lineTo(s * 0.73, s * 0.35)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    painter.end()
    return pixmap


class Sparkline(QWidget):
    """A month-by-month line (0..100%) with the threshold dashed across it. Months without
    data are skipped, not drawn as zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: tuple[float | None, ...] = ()
        self.threshold: float | None = None
        self.lower_is_better = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(80)

    def sizeHint(self) -> QSize:
        return QSize(200, 44)

    def set_series(
        self, values: Sequence[float | None], threshold: float | None, lower_is_better: bool
    ) -> None:
        self.values = tuple(values)
        self.threshold = threshold
        self.lower_is_better = lower_is_better
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 5, -4, -5)
        painter.setPen(QPen(theme.LINE, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        count = len(self.values)

        def x(index: int) -> float:
            return (
                area.center().x() if count < 2 else area.left() + area.width() * index / (count - 1)
            )

        def y(value: float) -> float:
            return area.bottom() - area.height() * min(1.0, max(0.0, value))

        if self.threshold is not None:
            dashed = QPen(theme.TEXT_MUTED, 1, Qt.PenStyle.DashLine)
            painter.setPen(dashed)
            level = y(self.threshold)
            painter.drawLine(QPointF(area.left(), level), QPointF(area.right(), level))
        points = [QPointF(x(i), y(v)) for i, v in enumerate(self.values) if v is not None]
        if points:
            line = QPen(theme.ACCENT, 2)
            line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            line.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(line)
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.ACCENT)
            for point in points[:-1]:
                painter.drawEllipse(point, 1.8, 1.8)
            painter.setBrush(theme.ACCENT_DARK)
            painter.drawEllipse(points[-1], 3.2, 3.2)
        painter.end()


class _StatusLine(QWidget):
    """A drawn mark beside a line of words that wraps."""

    def __init__(self, text: str, warning: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        mark = QLabel(self)
        mark.setPixmap(status_icon(warning))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setObjectName("warning" if warning else "muted")
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)


class PrincipleCard(QFrame):
    """One principle: name, question, figure, parts, trend and status in words."""

    def __init__(self, principle: Principle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.principle = principle
        self.content: CardContent | None = None
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(4)
        self.name = QLabel(principle_name(principle), self)
        self.name.setObjectName("principleName")
        self.question = QLabel(principle_question(principle), self)
        self.question.setObjectName("figureDetail")
        self.question.setWordWrap(True)
        layout.addWidget(self.name)
        layout.addWidget(self.question)
        layout.addSpacing(4)

        figure_row = QHBoxLayout()
        figure_row.setSpacing(10)
        self.value = QLabel(self)
        self.value.setObjectName("figureValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(self)
        self.caption.setObjectName("figureDetail")
        self.caption.setWordWrap(True)
        figure_row.addWidget(self.value, 0, Qt.AlignmentFlag.AlignVCenter)
        figure_row.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(figure_row)
        self.empty = QLabel(self)
        self.empty.setObjectName("calm")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        self.parts = QGridLayout()
        self.parts.setHorizontalSpacing(10)
        self.parts.setVerticalSpacing(2)
        self.parts.setColumnStretch(0, 1)
        layout.addLayout(self.parts)
        layout.addSpacing(6)
        self.sparkline = Sparkline(self)
        self.trend_caption = QLabel(self)
        self.trend_caption.setObjectName("partCount")
        self.trend_caption.setWordWrap(True)
        layout.addWidget(self.sparkline)
        layout.addWidget(self.trend_caption)
        layout.addSpacing(4)
        self.status = QVBoxLayout()
        self.status.setSpacing(4)
        layout.addLayout(self.status)
        layout.addStretch(1)

    def show_content(self, content: CardContent) -> None:
        self.content = content
        _clear(self.parts)
        _clear(self.status)
        empty = bool(content.empty)
        self.empty.setText(content.empty)
        self.empty.setVisible(empty)
        for widget in (self.value, self.caption, self.sparkline, self.trend_caption):
            widget.setVisible(not empty)
        self.value.setText(content.figure)
        self.caption.setText(content.caption)
        for row, part in enumerate(content.parts):
            name = QLabel(part.name, self)
            name.setObjectName("muted")
            name.setWordWrap(True)
            value = QLabel(part.value, self)
            value.setObjectName("partValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.parts.addWidget(name, row, 0)
            self.parts.addWidget(value, row, 1)
            if part.count:
                count = QLabel(part.count, self)
                count.setObjectName("partCount")
                count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.parts.addWidget(count, row, 2)
        self.sparkline.set_series(content.trend, content.threshold, content.lower_is_better)
        self.sparkline.setAccessibleName(content.trend_caption)
        self.sparkline.setToolTip(self._trend_tip(content))
        self.trend_caption.setText(content.trend_caption)
        if not empty:
            for text in content.warnings:
                self.status.addWidget(_StatusLine(text, True, self))
            if not content.warnings and content.fine:
                self.status.addWidget(_StatusLine(content.fine, False, self))
        said = content.empty or f"{content.figure} {content.caption}"
        self.setAccessibleName(f"{self.name.text()}: {said}")
        self.setAccessibleDescription(" ".join(content.warnings or (content.fine,)))

    def warnings(self) -> list[str]:
        return list(self.content.warnings) if self.content and not self.content.empty else []

    @staticmethod
    def _trend_tip(content: CardContent) -> str:
        return "\n".join(
            f"{_month(month)}: {formatting.percent(value)}"
            for month, value in zip(content.months, content.trend, strict=False)
            if value is not None
        )


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class PrinciplesPanel(QWidget):
    """The four cards, two by two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.cards = {p: PrincipleCard(p, self) for p in ORDER}
        self.columns = 0
        self._arrange(2)
        self.clear()

    def _arrange(self, columns: int) -> None:
        """Two by two, or one under the other when the page is too narrow for two."""
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for index, principle in enumerate(ORDER):
            self.grid.addWidget(self.cards[principle], index // columns, index % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def fit_width(self, width: int) -> None:
        """Arrange for the width the page can give (not the panel's own width: two columns
        would widen the page they are meant to fit)."""
        self._arrange(1 if width < NARROW else 2)

    def clear(self) -> None:
        """While a program's figures are being counted."""
        for card in self.cards.values():
            card.show_content(
                CardContent(
                    formatting.NOTHING,
                    "",
                    empty=QCoreApplication.translate("Principles", "Counting…"),
                )
            )

    def show_scores(self, scores: PrincipleScores, *, closed: bool = False) -> None:
        by_principle = scores.by_principle()
        for principle, card in self.cards.items():
            card.show_content(card_content(by_principle[principle], closed=closed))
