"""Settings: the interface language, and where each of the four principles starts to warn
(both kept in the user's preferences); this laptop's places and fingerprint; the office's rules
(its name, late limit and monthly due day) and the transfer folder, both kept in the database
(reports agree; a demo database and the real one each have their own folder)."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import accessibility, i18n, settings
from desktop.ui.dialogs.device_places import DevicePlacesBox
from desktop.ui.settings import THRESHOLD_KEYS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.office.figures import OfficeRules
    from desktop.ui.context import Operation, WindowContext


def default_thresholds() -> dict[str, float]:
    """The core's own thresholds, by field name (the keys the preferences use)."""
    from desktop.core.principles.shares import Thresholds

    defaults = Thresholds()
    return {f.name: float(getattr(defaults, f.name)) for f in fields(defaults)}


class SettingsDialog(QDialog):
    def __init__(
        self,
        current: str,
        parent: QWidget | None = None,
        *,
        thresholds: dict[str, float] | None = None,
        context: WindowContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.language = QComboBox(self)
        for code, name in i18n.language_names().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(self.tr("A new language is used from the next start of Berdaya."), self)
        note.setObjectName("figureDetail")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        self.keep_backups = QSpinBox(self)
        self.keep_backups.setRange(1, 100)
        self.keep_backups.setValue(settings.saved_backups_to_keep())
        self.keep_backups.setAccessibleName(self.tr("Backups to keep"))
        form.addRow(self.tr("Backups to keep"), self.keep_backups)
        self.accepted.connect(lambda: settings.save_backups_to_keep(self.keep_backups.value()))

        self.defaults = default_thresholds()
        chosen = {**self.defaults, **(thresholds or {})}
        labels = {
            "women": self.tr("Equality: women's share below"),
            "community_participation": self.tr("Participation: the community's share below"),
            "facilitator_zero": self.tr("Sustainability: the facilitator's share at the end above"),
            "self_reliance": self.tr("Self-reliance: the community's share of resources below"),
        }
        self.thresholds: dict[str, QSpinBox] = {}
        principles = QGroupBox(self.tr("Warn on the overview when"), self)
        warn_form = QFormLayout(principles)
        warn_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for key in THRESHOLD_KEYS:
            box = QSpinBox(principles)
            box.setRange(0, 100)
            box.setSuffix(" %")
            box.setMinimumWidth(84)
            box.setValue(round(chosen[key] * 100))
            box.setAccessibleName(labels[key])
            self.thresholds[key] = box
            label = QLabel(labels[key], principles)
            label.setBuddy(box)
            warn_form.addRow(label, box)
        explain = QLabel(
            self.tr(
                "The overview shows a warning in words when a principle is on the wrong side "
                "of its threshold. The change applies at once."
            ),
            principles,
        )
        explain.setObjectName("figureDetail")
        explain.setWordWrap(True)
        warn_form.addRow(explain)

        # the program's own preferences on the left; this database's (laptop, office) on the
        # right, so the dialog fits a 768-pixel-high screen
        # each column a widget of its own: a reader (and Tab) takes the left one first
        left_column = QWidget(self)
        left_column.setObjectName("leftColumn")
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(note)
        left.addSpacing(8)
        left.addWidget(principles)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(left_column, 1)
        self.device: DevicePlacesBox | None = None
        self.office: OfficeRulesBox | None = None
        self.transfer: TransferFolderBox | None = None
        if context is not None and context.workspace is not None:
            self.device = DevicePlacesBox(context, self)
            self.office = OfficeRulesBox(context, self)
            self.transfer = TransferFolderBox(context, self)
            right_column = QWidget(self)
            right_column.setObjectName("rightColumn")
            right = QVBoxLayout(right_column)
            right.setContentsMargins(0, 0, 0, 0)
            right.addWidget(self.device)
            right.addSpacing(8)
            right.addWidget(self.office)
            right.addSpacing(8)
            right.addWidget(self.transfer)
            right.addStretch(1)
            columns.addSpacing(12)
            columns.addWidget(right_column, 1)
            self.setMinimumWidth(1000)
        # made after the fields, so Tab reaches them after every field
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(self.tr("Usual thresholds"))
        restore.setToolTip(self.tr("Put the four thresholds back to the usual values."))
        restore.clicked.connect(self.restore_thresholds)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        accessibility.name_widgets(self)

    def accept(self) -> None:
        """Save; a refused office rule keeps the dialog open with the reason under the fields."""
        if self.office is not None and not self.office.save():
            return
        if self.transfer is not None and not self.transfer.save():
            return
        super().accept()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_thresholds(self) -> dict[str, float]:
        """The thresholds that differ from the usual ones, as shares 0..1 (the rest keep
        following the defaults)."""
        out = {}
        for key, box in self.thresholds.items():
            share = box.value() / 100
            if round(self.defaults[key] * 100) != box.value():
                out[key] = share
        return out

    def restore_thresholds(self) -> None:
        for key, box in self.thresholds.items():
            box.setValue(round(self.defaults[key] * 100))


class OfficeRulesBox(QGroupBox):
    """The office's name for its reports, how many silent days make a village late, and the day
    of the month a month's bundle is due; read from and saved in the open database."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        from desktop.core.office.figures import DUE_DAY_MAX, LATE_DAYS_MAX

        super().__init__(self.tr("Office"), parent)
        self.context = context
        self.loaded: OfficeRules | None = None
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Dinas PMD Kabupaten Bogor"))
        self.late_days = QSpinBox(self)
        self.late_days.setRange(1, LATE_DAYS_MAX)
        self.late_days.setSuffix(self.tr(" days"))
        self.late_days.setMinimumWidth(110)
        self.due_day = QSpinBox(self)
        self.due_day.setRange(1, DUE_DAY_MAX)
        self.due_day.setMinimumWidth(110)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        explain = QLabel(
            self.tr(
                "A village is late when nothing has come from it for longer than the limit; a "
                "month's bundle is on time when it arrives by the due day. Reports and the "
                "dashboard use these."
            ),
            self,
        )
        explain.setObjectName("figureDetail")
        explain.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Office name"), self.name)
        form.addRow(self.tr("Late after"), self.late_days)
        form.addRow(self.tr("Monthly due day"), self.due_day)
        form.addRow(explain)
        form.addRow(self.error)
        self.setEnabled(False)  # until the saved rules are read
        if context.workspace is not None:
            context.workspace.fetch(_read_rules, self.show_rules, owner=self)

    def show_rules(self, rules: OfficeRules) -> None:
        self.loaded = rules
        self.name.setText(rules.office_name)
        self.late_days.setValue(rules.late_days)
        self.due_day.setValue(rules.due_day)
        self.setEnabled(True)

    def chosen(self) -> tuple[str, int, int]:
        return self.name.text().strip(), self.late_days.value(), self.due_day.value()

    def save(self) -> bool:
        """Save what changed; False (the reason shown) when the core refuses it."""
        from desktop.core.office.rules import save_office_rules

        rules = self.loaded
        if rules is None:
            return True  # never read, so nothing was changed
        name, late_days, due_day = self.chosen()
        if (name, late_days, due_day) == (rules.office_name, rules.late_days, rules.due_day):
            return True
        return _saved(
            self.context,
            self.error,
            save_office_rules,
            office_name=name,
            late_days=late_days,
            due_day=due_day,
        )


def _saved(context: WindowContext, error: QLabel, operation: Operation, **arguments: Any) -> bool:
    """Run a save; False, with the core's reasons shown in ``error``, when it is refused."""
    from desktop.core.errors import ValidationError
    from desktop.ui.formatting import translate_issue

    try:
        context.attempt(operation, **arguments)
    except ValidationError as refused:
        error.setText("\n".join(translate_issue(i) for i in refused.issues))
        error.show()
        return False
    error.hide()
    return True


def _read_rules(session: Session) -> OfficeRules:
    from desktop.core.office.area import office_rules

    return office_rules(session)


class TransferFolderBox(QGroupBox):
    """The folder bundles travel through by themselves (empty: off), kept in the database."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Transfer folder"), parent)
        self.context = context
        self.loaded: str | None = None
        self.path = QLineEdit(self)
        self.path.setObjectName("transferFolder")
        self.path.setPlaceholderText(self.tr("Off"))
        self.path.setAccessibleName(self.tr("Transfer folder"))
        self.path.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        explain = QLabel(
            self.tr(
                "A USB stick, a shared drive or a folder a syncing program keeps: after work "
                "Berdaya puts a bundle there for each office and laptop it exchanges with, and "
                "imports the bundles that arrive for this laptop."
            ),
            self,
        )
        explain.setObjectName("figureDetail")
        explain.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(explain)
        layout.addWidget(self.error)
        self.setEnabled(False)  # until the saved folder is read
        if context.workspace is not None:
            context.workspace.fetch(_read_folder, self.show_folder, owner=self)

    def show_folder(self, folder: str) -> None:
        self.loaded = folder
        self.path.setText(folder)
        self.setEnabled(True)

    def browse(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the transfer folder"), self.path.text()
        )
        if chosen:
            self.path.setText(chosen)

    def save(self) -> bool:
        """Save a changed folder; False (the reason shown) when the core refuses it."""
        from desktop.core.sync.folder_state import save_transfer_folder

        if self.loaded is None or self.path.text().strip() == self.loaded:
            return True
        return _saved(self.context, self.error, save_transfer_folder, folder=self.path.text())


def _read_folder(session: Session) -> str:
    from desktop.core.sync.folder_state import transfer_folder

    folder = transfer_folder(session)
    return "" if folder is None else str(folder)
