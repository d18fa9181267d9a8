"""The program overview: name, place and dates, the stage stepper, the key figures, the four
principles and the six goals."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import Stage, StageStatus
from desktop.ui import accessibility, formatting, settings, theme
from desktop.ui.figures import FigureCard, ShareBar
from desktop.ui.goals_view import GoalsPanel
from desktop.ui.principles_view import PrinciplesPanel
from desktop.ui.stepper import StageStepper
from desktop.ui.verdict_badges import VerdictBadges
from desktop.ui.vocabulary import stage_name

if TYPE_CHECKING:
    from desktop.core.changes import Changes
    from desktop.core.goals import GoalStatus
    from desktop.core.overview_values import Overview
    from desktop.core.principles.results import PrincipleScores
    from desktop.core.quick_overview import Snapshot
    from desktop.ui.workspace import Workspace


WIDE_FIGURES = 640  # pixels for the key figures four a row; below, two a row


def _section_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text.upper(), parent)
    label.setObjectName("sectionTitle")
    return label


class OverviewPage(QScrollArea):
    """Shows one program. Loads it off the GUI thread and reloads when an operation touches it."""

    loaded = Signal(object)  # the program's id, once its figures are on screen
    program_missing = Signal(object)  # the id of a program that is gone
    # the program's id, once its key figures, stages and principles are on screen (the kept
    # ones at start, then each counted afresh)
    filled = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.workspace: Workspace | None = None
        self.program_id: uuid.UUID | None = None
        self.shown: Overview | None = None
        self.measured: tuple[PrincipleScores, tuple[GoalStatus, ...]] | None = None
        self._request = 0
        self._measure_request = 0
        self.quick = False  # showing the overview kept from the last start, until counted
        self._seen: dict[str, str] = {}  # the changes' digest each read was made at
        self._thresholds: dict[str, float] = {}  # the principles were counted with

        body = QWidget(self)
        body.setObjectName("overviewBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(28, 22, 28, 24)
        outer.setSpacing(10)

        title_row = QHBoxLayout()
        self.title = QLabel(body)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chip = QLabel(body)
        self.chip.setObjectName("chip")
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(title_row)

        self.place = QLabel(body)
        self.place.setObjectName("pageSubtitle")
        self.place.setWordWrap(True)
        self.dates = QLabel(body)
        self.dates.setObjectName("muted")
        self.description = QLabel(body)
        self.description.setWordWrap(True)
        self.description.setObjectName("muted")
        outer.addWidget(self.place)
        outer.addWidget(self.dates)
        outer.addWidget(self.description)
        outer.addSpacing(10)

        outer.addWidget(_section_title(self.tr("Stages"), body))
        stages_card = QFrame(body)
        stages_card.setObjectName("card")
        stages_layout = QVBoxLayout(stages_card)
        stages_layout.setContentsMargins(12, 16, 12, 14)
        self.stepper = StageStepper(stages_card)
        stages_layout.addWidget(self.stepper)
        self.verdicts = VerdictBadges(stages_card)  # the office's verdicts on the stages
        stages_layout.addWidget(self.verdicts)
        outer.addWidget(stages_card)
        outer.addSpacing(10)

        outer.addWidget(_section_title(self.tr("Key figures"), body))
        grid = QGridLayout()
        grid.setSpacing(12)
        self.meetings = FigureCard(self.tr("Meetings with the community"), body)
        self.women = FigureCard(self.tr("Women's share of attendance"), body)
        self.women_bar = ShareBar(theme.WOMEN, theme.MEN, self.women)
        self.women.add_bar(self.women_bar)
        self.activities = FigureCard(self.tr("Activities done"), body)
        self.progress = FigureCard(self.tr("Mean progress of activities"), body)
        self.progress_bar = ShareBar(theme.ACCENT, theme.LINE, self.progress)
        self.progress.add_bar(self.progress_bar)
        self.budget = FigureCard(self.tr("Planned budget"), body)
        self.budget_bar = ShareBar(theme.ACCENT, theme.OUTSIDE, self.budget)
        self.budget.add_bar(self.budget_bar)
        self.contributions = FigureCard(self.tr("Community contributions received"), body)
        self.labour = FigureCard(self.tr("Labour days given by the community"), body)
        self.figures = grid
        self._figure_columns = 0
        self._arrange_figures(4)
        outer.addLayout(grid)
        outer.addSpacing(10)

        outer.addWidget(_section_title(self.tr("The four principles"), body))
        self.principles = PrinciplesPanel(body)
        outer.addWidget(self.principles)
        outer.addSpacing(10)
        outer.addWidget(_section_title(self.tr("The six goals"), body))
        self.goals = GoalsPanel(body)
        outer.addWidget(self.goals)
        outer.addStretch(1)
        accessibility.name_widgets(self)

    def _arrange_figures(self, columns: int) -> None:
        """Four key figures a row, or two when the page is narrow (Rupiah do not wrap)."""
        if columns == self._figure_columns:
            return
        self._figure_columns = columns
        wide = [
            (self.meetings, 0, 0, 1),
            (self.women, 0, 1, 1),
            (self.activities, 0, 2, 1),
            (self.progress, 0, 3, 1),
            (self.budget, 1, 0, 2),
            (self.contributions, 1, 2, 1),
            (self.labour, 1, 3, 1),
        ]
        narrow = [
            (self.meetings, 0, 0, 1),
            (self.women, 0, 1, 1),
            (self.activities, 1, 0, 1),
            (self.progress, 1, 1, 1),
            (self.budget, 2, 0, 2),
            (self.contributions, 3, 0, 1),
            (self.labour, 3, 1, 1),
        ]
        for card, *_ in wide:
            self.figures.removeWidget(card)
        for card, row, column, span in wide if columns == 4 else narrow:
            self.figures.addWidget(card, row, column, 1, span)
        for column in range(4):
            self.figures.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the cards to the width the page gives, before it would scroll sideways."""
        body = self.widget()
        layout = body.layout() if body is not None else None
        if layout is not None:
            margins = layout.contentsMargins()
            width = self.viewport().width() - margins.left() - margins.right()
            self._arrange_figures(4 if width >= WIDE_FIGURES else 2)
            self.principles.fit_width(width)
        super().resizeEvent(event)

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        if not self.quick:  # the kept overview stays until its program is counted afresh
            self.program_id = None
            self.shown = None
        self.measured = None

    def show_kept(self, snapshot: Snapshot) -> None:
        """The overview kept from the last start, current as the database is now, shown
        before the database layer has loaded; counted afresh once it has."""
        self.quick = True
        self.program_id = snapshot.overview.id
        self.measured = None
        self.goals.clear()
        self.display(snapshot.overview)
        self.principles.show_scores(
            snapshot.principles, closed=snapshot.overview.closed_on is not None
        )
        self.filled.emit(self.program_id)

    def show_program(self, program_id: uuid.UUID) -> None:
        if program_id != self.program_id:
            self.measured = None
            self.principles.clear()
            self.goals.clear()
        self.program_id = program_id
        self.reload()

    def reload(self) -> None:
        if self.workspace is None or self.program_id is None:
            return
        from desktop.ui.workspace import read_overview, with_seen

        self._request += 1
        request, program_id = self._request, self.program_id
        self.workspace.fetch(
            with_seen(lambda session: read_overview(session, program_id)),
            lambda found: self._arrived(request, program_id, found[1], seen=found[0]),
            owner=self,
        )
        self.verdicts.load(self.workspace, program_id)
        self.reload_measures()

    def reload_measures(self) -> None:
        """Count the principles and goals again (a second read, so the figures above do not
        wait for them), with the thresholds the user has set now."""
        if self.workspace is None or self.program_id is None:
            return
        from desktop.ui.workspace import read_measures, with_seen

        self._measure_request += 1
        request, program_id = self._measure_request, self.program_id
        thresholds = settings.saved_thresholds()
        self.workspace.fetch(
            with_seen(lambda session: read_measures(session, program_id, thresholds)),
            lambda found: self._measured(request, found[1], seen=found[0], thresholds=thresholds),
            owner=self,
        )

    def _measured(
        self,
        request: int,
        found: tuple[PrincipleScores, tuple[GoalStatus, ...]] | None,
        *,
        seen: str = "",
        thresholds: dict[str, float] | None = None,
    ) -> None:
        if request != self._measure_request or found is None:
            return  # a newer request is on its way, or the program is gone (said above)
        self.measured = found
        self._seen["measures"] = seen
        self._thresholds = thresholds if thresholds is not None else settings.saved_thresholds()
        scores, goals = found
        closed = self.shown is not None and self.shown.closed_on is not None
        self.principles.show_scores(scores, closed=closed)
        self.goals.show_goals(goals)
        self._counted()

    def _counted(self) -> None:
        """Once the figures and the principles of one moment are both on screen: said, and
        kept for the next start."""
        if self.shown is None or self.measured is None or self.shown.id != self.program_id:
            return
        self.quick = False
        self.filled.emit(self.program_id)
        seen = self._seen.get("overview")
        if self.workspace is None or not seen or self._seen.get("measures") != seen:
            return  # read across a change: the next start counts afresh
        from desktop.core.quick_overview import Snapshot

        self.workspace.keep_overview(
            Snapshot(self.shown, self.measured[0]),
            thresholds=self._thresholds,
            seen_at=seen,
        )

    def on_operation_executed(self, changes: Changes) -> None:
        if self.program_id is not None and self.program_id in changes.program_ids:
            self.reload()

    def _arrived(
        self, request: int, program_id: uuid.UUID, found: Overview | None, *, seen: str = ""
    ) -> None:
        if request != self._request:
            return  # a newer request is on its way
        if found is None:
            self.shown = None
            self.quick = False
            self.program_missing.emit(program_id)
            return
        self._seen["overview"] = seen
        self.display(found)
        self.loaded.emit(program_id)
        self._counted()

    def display(self, view: Overview) -> None:
        self.shown = view
        self.title.setText(view.name)
        self.place.setText(
            f"{view.village_name} · {view.place_path}" if view.place_path else view.village_name
        )
        self.place.setToolTip(self.tr("Village code {code}").format(code=view.village_code))
        dates = [self.tr("Started {date}").format(date=formatting.long_date(view.start_date))]
        if view.end_date is not None:
            dates.append(
                self.tr("planned end {date}").format(date=formatting.long_date(view.end_date))
            )
        self.dates.setText(" · ".join(dates))
        self.description.setText(view.description or "")
        self.description.setVisible(bool(view.description))
        self.chip.setText(self._stage_chip(view))
        self.stepper.set_stages(view.stages)
        self._show_figures(view)
        if self.measured is not None:  # counted before the overview came: closed is known now
            self.principles.show_scores(self.measured[0], closed=view.closed_on is not None)

    def _stage_chip(self, view: Overview) -> str:
        if view.closed_on is not None:
            return self.tr("Closed {date}").format(date=formatting.short_date(view.closed_on))
        current = next((s.stage for s in view.stages if s.status is not StageStatus.DONE), None)
        if current is None:
            return self.tr("All stages done")
        return self.tr("Stage {number} of {total}: {name}").format(
            number=current.number, total=len(Stage), name=stage_name(current)
        )

    def _show_figures(self, view: Overview) -> None:
        attended = view.attendance_women + view.attendance_men
        if view.meetings:
            self.meetings.show_figure(
                formatting.number(view.meetings),
                self.tr("{women} women and {men} men attended").format(
                    women=formatting.number(view.attendance_women),
                    men=formatting.number(view.attendance_men),
                ),
            )
        else:
            self.meetings.show_figure("0", self.tr("No meetings recorded yet"))
        self.women.show_figure(
            formatting.percent(view.women_share),
            self.tr("{women} of {total} attendances").format(
                women=formatting.number(view.attendance_women),
                total=formatting.number(attended),
            )
            if attended
            else self.tr("No attendance recorded yet"),
        )
        self.women_bar.set_share(view.women_share)
        if view.activities:
            self.activities.show_figure(
                f"{formatting.number(view.activities_done)} / {formatting.number(view.activities)}",
                self.tr("activities finished, of all planned"),
            )
            progress = view.progress_percent / 100
            self.progress.show_figure(
                formatting.percent(progress), self.tr("averaged over all activities")
            )
            self.progress_bar.set_share(progress)
        else:
            self.activities.show_figure("0", self.tr("No activities planned yet"))
            self.progress.show_figure(formatting.NOTHING, self.tr("No activities planned yet"))
            self.progress_bar.set_share(None)
        budget = view.budget_community + view.budget_outside
        if budget:
            self.budget.show_figure(
                formatting.rupiah(budget),
                self.tr("community {community} ({share}) · outside {outside}").format(
                    community=formatting.rupiah(view.budget_community),
                    share=formatting.percent(view.community_budget_share),
                    outside=formatting.rupiah(view.budget_outside),
                ),
            )
        else:
            self.budget.show_figure(formatting.rupiah(0), self.tr("No budget planned yet"))
        self.budget_bar.set_share(view.community_budget_share)
        given = self.tr("money, labour and materials, valued in Rupiah")
        if view.contributed_outside:
            given += "\n" + self.tr("and {outside} from outside").format(
                outside=formatting.rupiah(view.contributed_outside)
            )
        self.contributions.show_figure(formatting.rupiah(view.contributed_community), given)
        self.labour.show_figure(
            formatting.number(view.labour_days_community, 1),
            self.tr("person-days of work (HOK)"),
        )
