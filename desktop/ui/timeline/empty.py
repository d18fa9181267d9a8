"""What an empty timeline says: where its bars come from, and a way to go and add them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.domain import Stage
from desktop.core.stages import flow_for
from desktop.core.timeline import Timeline
from desktop.core.timeline.data import EDITABLE_KINDS
from desktop.ui.vocabulary import stage_name

# where a program's activities (the timeline's bars) are planned
PLANNED_IN = (Stage.FORMALISATION, "activities")


class EmptyHint(QWidget):
    """Shown instead of silence while the programs shown have no activity to draw."""

    wizard_requested = Signal(object)  # the Stage whose wizard adds the activities

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineEmptyHint")
        stage, step_id = PLANNED_IN
        flow = flow_for(stage)
        number = flow.step_ids.index(step_id) + 1
        step = QCoreApplication.translate("Issues", flow.step(step_id).title)
        self.label = QLabel(
            QCoreApplication.translate(
                "Timeline",
                "No activities yet. The bars of this timeline are the program's activities: "
                "add them in step {number}, “{step}”, of the wizard of the stage “{stage}” "
                "(after the action plans of step 1), and each one appears here with its dates "
                "and progress.",
            ).format(number=number, step=step, stage=stage_name(stage)),
            self,
        )
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(
            QCoreApplication.translate("Timeline", "Open the wizard of “{stage}”").format(
                stage=stage_name(stage)
            ),
            self,
        )
        self.button.clicked.connect(lambda: self.wizard_requested.emit(stage))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def follow(self, timeline: Timeline, *, can_open: bool) -> None:
        """Show the hint while no program shown has an activity; ``can_open``: the window
        can open the wizard (one program is shown)."""
        empty = bool(timeline.programs) and not any(
            item.kind in EDITABLE_KINDS for program in timeline.programs for item in program.items()
        )
        self.button.setVisible(can_open)
        self.setVisible(empty)
