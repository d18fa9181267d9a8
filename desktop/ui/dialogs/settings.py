"""Settings: the interface language, and where each of the four principles starts to warn
(both kept in the user's preferences); and this laptop's places and fingerprint."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import accessibility, i18n, settings
from desktop.ui.dialogs.device_places import DevicePlacesBox
from desktop.ui.settings import THRESHOLD_KEYS

if TYPE_CHECKING:
    from desktop.ui.context import WindowContext


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

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(principles)
        self.device: DevicePlacesBox | None = None
        if context is not None and context.workspace is not None:
            self.device = DevicePlacesBox(context, self)
            layout.addSpacing(8)
            layout.addWidget(self.device)
        layout.addStretch(1)
        layout.addWidget(buttons)
        accessibility.name_widgets(self)

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
