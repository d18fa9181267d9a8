"""Edits made on the timeline: moves, resizes, links and their menus, each one an undoable
command of core operations; the core's refusals are shown in the person's language."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget
from sqlalchemy.orm import Session

from desktop.core import schedule
from desktop.core.calendar_id import WorkingCalendar
from desktop.core.changes import Changes
from desktop.core.domain import DependencyKind
from desktop.core.errors import Issue, ValidationError
from desktop.core.schedule_math import DateShift, Task
from desktop.core.timeline import DependencyItem, Timeline
from desktop.ui.formatting import translate_issue
from desktop.ui.timeline.commands import Operation, TimelineCommand
from desktop.ui.timeline.dependencies import DependencyModel
from desktop.ui.timeline.links import REMOVE, LinkDialog
from desktop.ui.timeline.loading import SessionFactory
from desktop.ui.timeline.model import Node

LinkAnswer = tuple[DependencyKind, int] | str | None  # new kind and lag, REMOVE, or None


class EditedView(Protocol):
    """What the editor needs of the view it edits."""

    @property
    def timeline(self) -> Timeline: ...

    def refuse(self, message: str) -> None: ...

    def show_changes(self, changes: Changes) -> None: ...

    def activate(self, node: Node) -> None: ...


def refusal_text(exc: ValidationError) -> str:
    """The core's refusal in the chosen language, as the wizards say it."""
    return " ".join(translate_issue(i) for i in exc.issues)


class TimelineEditor:
    """Turns what a person does on the chart into commands on the undo stack.

    ``confirm_shift``, ``confirm_contradiction`` and ``ask_link`` ask the person (question
    boxes and the link dialog); scripts and tests put their own answers in their place."""

    def __init__(
        self,
        view: EditedView,
        widget: QWidget,
        *,
        sessions: SessionFactory,
        writer: SessionFactory,
        calendar: WorkingCalendar,
        undo_stack: QUndoStack,
        dependencies: DependencyModel,
    ) -> None:
        self.view = view
        self.widget = widget  # parent of the menus and questions
        self.sessions = sessions  # reads
        self.writer = writer  # edits: on the window's SQLite, BEGIN IMMEDIATE
        self.calendar = calendar
        self.undo_stack = undo_stack
        self.dependencies = dependencies
        self.confirm_shift: Callable[[Sequence[DateShift]], bool] = self._ask_shift
        self.confirm_contradiction: Callable[[Issue], bool] = self._ask_contradiction
        self.ask_link: Callable[[DependencyItem], LinkAnswer] = self._ask_link

    # --- running commands -----------------------------------------------------------------

    def _run(self, operation: Callable[[Session], Changes]) -> Changes:
        """One transaction around an operation; nothing changes when it raises."""
        with self.writer() as session, session.begin():
            return operation(session)

    def _done(self, changes: Changes) -> None:
        # commands may outlive the view on a shared undo stack: the change is made, and only
        # the telling and showing are skipped once the view is gone
        if shiboken6.isValid(self.widget):
            self.view.show_changes(changes)

    def _refused(self, exc: Exception) -> None:
        if not shiboken6.isValid(self.widget):
            return
        if isinstance(exc, ValidationError):
            self.view.refuse(refusal_text(exc))
        else:
            self.view.refuse(
                QCoreApplication.translate("Timeline", "The change could not be made: %1").replace(
                    "%1", str(exc)
                )
            )

    def _push(self, text: str, steps: list[tuple[Operation, Operation]]) -> bool:
        command = TimelineCommand(
            text, self._run, steps, on_done=self._done, on_error=self._refused
        )
        try:
            command.execute()
        except ValidationError as exc:
            self.view.refuse(refusal_text(exc))
            return False
        self.undo_stack.push(command)
        return True

    # --- dates ----------------------------------------------------------------------------

    def request_move(self, node: Node, start: dt.date) -> bool:
        """Move an activity to start on ``start`` (keeping its working days), offering to
        push its successors later when they would now start too early."""
        item = node.item
        if item is None or not item.editable:
            return False
        activity_id = item.id
        old_start, old_end = item.start, item.end
        task = Task(item.id, item.start, item.end, item.is_milestone, item.title)
        new_start, new_end = schedule.moved_dates(self.calendar, task, start)
        if not self._agrees_with_progress(activity_id, new_start):
            return False
        with self.sessions() as session:
            shifts = schedule.propose_successor_shifts(
                session,
                activity_id=activity_id,
                start=new_start,
                end=new_end,
                calendar=self.calendar,
            )
        steps: list[tuple[Operation, Operation]] = [
            (
                lambda s: schedule.move_activity(
                    s, activity_id=activity_id, start=start, calendar=self.calendar
                ),
                lambda s: schedule.set_activity_dates(
                    s, activity_id=activity_id, start=old_start, end=old_end
                ),
            )
        ]
        if shifts and not node.read_only and self.confirm_shift(shifts):
            steps.append(_shift_steps(shifts))
        return self._push(
            QCoreApplication.translate("Timeline", "Move “%1”").replace("%1", item.title), steps
        )

    def request_resize(
        self, node: Node, *, start: dt.date | None = None, end: dt.date | None = None
    ) -> bool:
        item = node.item
        if item is None or not item.editable:
            return False
        activity_id = item.id
        old_start, old_end = item.start, item.end
        if start is not None and not self._agrees_with_progress(activity_id, start):
            return False
        return self._push(
            QCoreApplication.translate("Timeline", "Change the dates of “%1”").replace(
                "%1", item.title
            ),
            [
                (
                    lambda s: schedule.resize_activity(
                        s, activity_id=activity_id, start=start, end=end
                    ),
                    lambda s: schedule.set_activity_dates(
                        s, activity_id=activity_id, start=old_start, end=old_end
                    ),
                )
            ],
        )

    def move_selected(self, node: Node | None, step: int) -> bool:
        """Shift+arrow: the activity one working day later or earlier."""
        if node is None or node.item is None or not node.item.editable:
            return False
        item = node.item
        if item.is_milestone:
            start = item.start + dt.timedelta(days=step)
        else:
            start = self.calendar.add_working_days(item.start, step)
        return self.request_move(node, start)

    def move_successors(self, node: Node) -> bool:
        """Push later the successors that now start too early for their links."""
        item = node.item
        if item is None or not node.editable:
            return False
        with self.sessions() as session:
            shifts = schedule.propose_successor_shifts(
                session, activity_id=item.id, calendar=self.calendar
            )
        if not shifts:
            self.view.refuse(
                QCoreApplication.translate(
                    "Timeline", "Nothing to move: the activities after “%1” already wait for it."
                ).replace("%1", item.title)
            )
            return False
        if not self.confirm_shift(shifts):
            return False
        return self._push(
            QCoreApplication.translate("Timeline", "Move the activities after “%1”").replace(
                "%1", item.title
            ),
            [_shift_steps(shifts)],
        )

    def _agrees_with_progress(self, activity_id: uuid.UUID, start: dt.date) -> bool:
        """A start after work was already recorded is made only when the person says so."""
        with self.sessions() as session:
            found = schedule.progress_contradiction(session, activity_id=activity_id, start=start)
        return found is None or self.confirm_contradiction(found)

    def _ask_contradiction(self, found: Issue) -> bool:
        answer = QMessageBox.question(
            self.widget,
            QCoreApplication.translate("Timeline", "Move it after the recorded work?"),
            translate_issue(found)
            + "\n\n"
            + QCoreApplication.translate(
                "Timeline", "Move it anyway? The progress already logged stays as it is."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_shift(self, shifts: Sequence[DateShift]) -> bool:
        lines = [f"• {s.title}: {s.new_start:%d-%m-%Y} – {s.new_end:%d-%m-%Y}" for s in shifts[:12]]
        if len(shifts) > 12:
            lines.append(
                QCoreApplication.translate("Timeline", "… and %1 more").replace(
                    "%1", str(len(shifts) - 12)
                )
            )
        answer = QMessageBox.question(
            self.widget,
            QCoreApplication.translate("Timeline", "Shift the following activities?"),
            QCoreApplication.translate(
                "Timeline", "These activities would now start too early. Move them later as well?"
            )
            + "\n\n"
            + "\n".join(lines),
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- links ----------------------------------------------------------------------------

    def request_link(self, predecessor: Node, successor: Node) -> bool:
        if predecessor.item is None or successor.item is None:
            return False
        if not successor.item.editable:
            self.view.refuse(
                QCoreApplication.translate("Timeline", "Only activities can be linked.")
            )
            return False
        pred_id, succ_id = predecessor.item.id, successor.item.id
        made: list[uuid.UUID] = []

        def do(session: Session) -> Changes:
            changes = schedule.link(session, predecessor_id=pred_id, successor_id=succ_id)
            made[:] = list(changes.created)
            return changes

        def undo(session: Session) -> Changes:
            return schedule.unlink(session, dependency_id=made[0])

        text = (
            QCoreApplication.translate("Timeline", "Link “%1” → “%2”")
            .replace("%1", predecessor.title)
            .replace("%2", successor.title)
        )
        return self._push(text, [(do, undo)])

    def request_unlink(self, predecessor_id: uuid.UUID, successor_id: uuid.UUID) -> bool:
        dep = self.dependencies.between(predecessor_id, successor_id)
        if dep is None:
            return False
        kind, lag, dep_id = dep.kind, dep.lag_days, dep.id
        return self._push(
            QCoreApplication.translate("Timeline", "Remove a link"),
            [
                (
                    lambda s: schedule.unlink(s, dependency_id=dep_id),
                    lambda s: schedule.link(
                        s,
                        predecessor_id=predecessor_id,
                        successor_id=successor_id,
                        kind=kind,
                        lag_days=lag,
                    ),
                )
            ],
        )

    def request_set_link(self, link: DependencyItem, kind: DependencyKind, lag_days: int) -> bool:
        if (kind, lag_days) == (link.kind, link.lag_days):
            return False
        dep_id, old_kind, old_lag = link.id, link.kind, link.lag_days
        predecessor, successor = self.link_title(link)
        text = (
            QCoreApplication.translate("Timeline", "Change the link “%1” → “%2”")
            .replace("%1", predecessor)
            .replace("%2", successor)
        )
        return self._push(
            text,
            [
                (
                    lambda s: schedule.set_link(
                        s, dependency_id=dep_id, kind=kind, lag_days=lag_days
                    ),
                    lambda s: schedule.set_link(
                        s, dependency_id=dep_id, kind=old_kind, lag_days=old_lag
                    ),
                )
            ],
        )

    def link_title(self, link: DependencyItem) -> tuple[str, str]:
        titles = []
        for item_id in (link.predecessor_id, link.successor_id):
            item = self.view.timeline.item(item_id)
            titles.append(item.title if item is not None else "?")
        return titles[0], titles[1]

    def _ask_link(self, link: DependencyItem) -> LinkAnswer:
        predecessor, successor = self.link_title(link)
        dialog = LinkDialog(link, predecessor, successor, self.widget)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return REMOVE if dialog.remove_requested else dialog.chosen()
        finally:
            dialog.deleteLater()

    def edit_link(self, link: DependencyItem) -> bool:
        """Ask for the link's kind and lag (or its removal) and make the change."""
        answer = self.ask_link(link)
        if answer == REMOVE:
            return self.request_unlink(link.predecessor_id, link.successor_id)
        if isinstance(answer, tuple):
            return self.request_set_link(link, answer[0], answer[1])
        return False

    # --- menus ----------------------------------------------------------------------------

    def link_menu(self, link: DependencyItem) -> QMenu:
        menu = QMenu(self.widget)
        edit = menu.addAction(QCoreApplication.translate("Timeline", "Edit link…"))
        edit.triggered.connect(lambda: self.edit_link(link))
        remove = menu.addAction(QCoreApplication.translate("Timeline", "Remove link"))
        remove.triggered.connect(
            lambda: self.request_unlink(link.predecessor_id, link.successor_id)
        )
        return menu

    def item_menu(self, node: Node) -> QMenu:
        """A bar's menu: open it, push its successors, remove one of its links."""
        menu = QMenu(self.widget)
        item = node.item
        open_action = menu.addAction(QCoreApplication.translate("Timeline", "Open activity"))
        open_action.triggered.connect(lambda: self.view.activate(node))
        shift = menu.addAction(QCoreApplication.translate("Timeline", "Move successors"))
        shift.setEnabled(node.editable)
        shift.triggered.connect(lambda: self.move_successors(node))
        links = self.dependencies.of(item.id) if item is not None else []
        removing = menu.addMenu(QCoreApplication.translate("Timeline", "Remove link"))
        removing.setEnabled(bool(links) and not node.read_only)
        for link in links:
            predecessor, successor = self.link_title(link)
            action = removing.addAction(f"{predecessor} → {successor}")
            action.triggered.connect(
                lambda _checked=False, d=link: self.request_unlink(d.predecessor_id, d.successor_id)
            )
        return menu


def _shift_steps(shifts: Sequence[DateShift]) -> tuple[Operation, Operation]:
    """Moving successors later, and back."""
    chosen = list(shifts)
    return (
        lambda s: schedule.shift_successors(s, shifts=chosen),
        lambda s: schedule.shift_successors(s, shifts=[x.reversed() for x in chosen]),
    )
