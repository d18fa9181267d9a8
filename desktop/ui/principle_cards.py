"""What each principle card on the overview shows, worked out in words from the core's score
(so it can be checked without a screen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.core.principles.results import Equality, Participation, SelfReliance, Sustainability
from desktop.ui import formatting
from desktop.ui.vocabulary import phase_name

if TYPE_CHECKING:
    from desktop.core.principles.shares import PrincipleScore, Share


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
    now: int | None = None  # the month of ``trend`` the figure is of; later ones are planned


def _share(share: Share) -> str:
    return formatting.percent(share.value)


def _count(share: Share, amount: Callable[[float], str] = formatting.number) -> str:
    if not share.whole:
        return QCoreApplication.translate("Principles", "nothing yet")
    return QCoreApplication.translate("Principles", "{part} of {whole}").format(
        part=amount(share.part), whole=amount(share.whole)
    )


def _rupiah(amount: float) -> str:
    return formatting.rupiah(round(amount))


def _part(name: str, share: Share, amount: Callable[[float], str] = formatting.number) -> Part:
    """A part shown as its share, with how much of how much under it."""
    return Part(name, _share(share), _count(share, amount))


def _measured(
    score: PrincipleScore,
    texts: dict[str, tuple[str, float | None]],
    *,
    caption: str,
    parts: tuple[Part, ...],
    trend_caption: str,
    fine: str,
    figure_month: dt.date | None = None,
) -> CardContent:
    """A card with a figure: its words for the flags are ``texts`` (see ``_warnings``), and
    ``fine`` gets the threshold put in. The chart is drawn solid up to ``figure_month`` (by
    default this month) and dashed after it, so it never tells another story than the figure:
    months after it hold planned activities, not work done."""
    now = _now(score, figure_month or dt.date.today())
    return CardContent(
        figure=formatting.percent(score.figure),
        caption=caption,
        parts=parts,
        trend=_values(score),
        trend_caption=_trend_caption(
            trend_caption, score, planned=any(p.value is not None for p in score.series[now + 1 :])
        ),
        threshold=score.threshold,
        warnings=_warnings(score, texts),
        fine=fine.format(threshold=formatting.percent(score.threshold)),
        lower_is_better=score.lower_is_better,
        months=_months(score),
        now=now,
    )


def _now(score: PrincipleScore, month: dt.date) -> int:
    """The index of the last month up to ``month`` (-1: every month is later)."""
    return sum(1 for point in score.series if point.month <= month) - 1


def _empty(score: PrincipleScore, said: str) -> CardContent:
    """A card with nothing to measure yet: only ``said``."""
    return CardContent(formatting.NOTHING, "", empty=said, months=_months(score))


def month_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMM yyyy")


def _trend_caption(what: str, score: PrincipleScore, *, planned: bool = False) -> str:
    if not score.series:
        return what
    said = QCoreApplication.translate("Principles", "{what}, {first} – {last}").format(
        what=what, first=month_text(score.series[0].month), last=month_text(score.series[-1].month)
    )
    if planned:
        said = QCoreApplication.translate(
            "Principles", "{caption}; dashed: planned, not yet done"
        ).format(caption=said)
    return said


def _below(what: str, share: float | None, threshold: float) -> str:
    return what.format(share=formatting.percent(share), threshold=formatting.percent(threshold))


def _equality(score: Equality) -> CardContent:
    overall = score.overall
    if not (overall.attendance.whole or overall.voice.whole or overall.decisions.whole):
        return _empty(score, QCoreApplication.translate("Principles", "No meetings recorded yet"))
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
    return _measured(
        score,
        texts,
        caption=QCoreApplication.translate("Principles", "women, on average over the three parts"),
        parts=(
            _part(QCoreApplication.translate("Principles", "Attendance"), overall.attendance),
            _part(
                QCoreApplication.translate("Principles", "Speakers and proposers"), overall.voice
            ),
            _part(QCoreApplication.translate("Principles", "Decision roles"), overall.decisions),
        ),
        trend_caption=QCoreApplication.translate(
            "Principles", "Women's share of attendance by month"
        ),
        fine=QCoreApplication.translate(
            "Principles", "Women reach the {threshold} you set in every part."
        ),
    )


def _participation(score: Participation) -> CardContent:
    if not any(share.whole for share in score.phases.values()):
        return _empty(
            score,
            QCoreApplication.translate("Principles", "No meetings or activities recorded yet"),
        )
    texts = {
        f"participation_{phase.value}": (
            QCoreApplication.translate(
                "Principles",
                "The community carries {share} of the {phase} — below the {threshold} you set.",
            ).replace("{phase}", phase_name(phase)),
            share.value,
        )
        for phase, share in score.phases.items()
    }
    return _measured(
        score,
        texts,
        caption=QCoreApplication.translate(
            "Principles", "done by the community, on average over the four parts"
        ),
        parts=tuple(
            _part(phase_name(phase).capitalize(), share) for phase, share in score.phases.items()
        ),
        trend_caption=QCoreApplication.translate("Principles", "Community's share by month"),
        fine=QCoreApplication.translate(
            "Principles", "The community carries at least the {threshold} you set in every part."
        ),
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
        return _empty(
            score,
            QCoreApplication.translate("Principles", "No meetings or activities recorded yet"),
        )
    latest = score.figure_month
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
    return _measured(
        score,
        texts,
        caption=QCoreApplication.translate(
            "Principles", "carried by the facilitator in {month}; lower is better"
        ).format(month=month_text(latest) if latest else formatting.NOTHING),
        parts=(
            Part(QCoreApplication.translate("Principles", "Trend"), _slope(score.slope)),
            Part(
                QCoreApplication.translate("Principles", "At closing")
                if closed
                else QCoreApplication.translate("Principles", "Expected at the planned end"),
                formatting.percent(score.at_end),
            ),
        ),
        trend_caption=QCoreApplication.translate("Principles", "Facilitator's share by month"),
        fine=QCoreApplication.translate("Principles", "On its way to zero (at most {threshold})."),
        figure_month=latest,
    )


def _self_reliance(score: SelfReliance) -> CardContent:
    if not score.counted.whole:
        return _empty(
            score,
            QCoreApplication.translate("Principles", "No budget or contributions recorded yet"),
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
    return _measured(
        score,
        texts,
        caption=QCoreApplication.translate(
            "Principles", "of the resources come from the community, valued in Rupiah"
        ),
        parts=(
            _part(
                QCoreApplication.translate("Principles", "Planned budget"), score.planned, _rupiah
            ),
            _part(QCoreApplication.translate("Principles", "Given so far"), score.actual, _rupiah),
        ),
        trend_caption=QCoreApplication.translate(
            "Principles", "Community's share of what was given by month"
        ),
        fine=QCoreApplication.translate("Principles", "At or above the {threshold} you set."),
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
    if isinstance(score, Equality):
        return _equality(score)
    if isinstance(score, Participation):
        return _participation(score)
    if isinstance(score, Sustainability):
        return _sustainability(score, closed)
    if isinstance(score, SelfReliance):
        return _self_reliance(score)
    raise TypeError(f"no card for {type(score).__name__}")
