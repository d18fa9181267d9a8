"""The first start: language, who works on this laptop and for which places, the laptop's name,
its fingerprint to confirm by phone, and (optional, for a village laptop) its office's card.
Binding the device to its places is what lets an office accept this laptop's bundles; the window
asks once for a database whose device has no place."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSysInfo, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.device import LABEL_LENGTH
from desktop.ui import accessibility, i18n, settings
from desktop.ui.dialogs.new_program import (
    PickerTexts,
    PlacePicker,
    VillageChoice,
    choice_of,
    search_villages,
)
from desktop.ui.sync.card import fingerprint_label, fingerprint_layout, import_office_card
from desktop.ui.wizards.fields import count_length

if TYPE_CHECKING:
    from desktop.core.device import DeviceInfo
    from desktop.core.sync.card import Card
    from desktop.ui.context import WindowContext

log = logging.getLogger(__name__)


def search_areas(text: str) -> list[VillageChoice]:
    """Sub-districts and regencies by name, for an office (runs in a job)."""
    from desktop.core.places import search_areas

    return [choice_of(place) for place in search_areas(text, limit=60)]


def _note(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class LanguagePage(QWizardPage):
    """The interface language, used at once and kept for the next start."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _note(self)
        self.buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for code, name in i18n.language_names().items():
            button = QRadioButton(name, self)  # each language in its own words
            button.setChecked(code == language)
            button.toggled.connect(lambda on, code=code: self._toggled(on, code))
            group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Berdaya"))
        self.setSubTitle(self.tr("First, the language of the program."))
        self.intro.setText(self.tr("Choose the language you want to work in."))

    def _toggled(self, on: bool, language: str) -> None:
        if on:
            self.choose(language)

    def validatePage(self) -> bool:
        """The language shown is the one chosen, also when it was left as it was."""
        for code, button in self.buttons.items():
            if button.isChecked():
                self.choose(code)
        return True

    def choose(self, language: str) -> None:
        app = QApplication.instance()
        if app is not None:
            i18n.install(app, language)
            # the language changes now, not after the next turn of the event loop
            app.sendPostedEvents(None, QEvent.Type.LanguageChange)
        settings.save_language(language)


class RolePage(QWizardPage):
    """Who works on this laptop: a village facilitator, or an office."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facilitator = QRadioButton(self)
        self.facilitator.setChecked(True)
        self.office = QRadioButton(self)
        self.facilitator_note = _note(self)
        self.facilitator_note.setObjectName("figureDetail")
        self.office_note = _note(self)
        self.office_note.setObjectName("figureDetail")
        group = QButtonGroup(self)
        group.addButton(self.facilitator)
        group.addButton(self.office)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facilitator)
        layout.addWidget(self.facilitator_note)
        layout.addSpacing(8)
        layout.addWidget(self.office)
        layout.addWidget(self.office_note)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who works on this laptop?"))
        self.setSubTitle(self.tr("The places you choose next are the ones this laptop works for."))
        self.facilitator.setText(self.tr("A village facilitator"))
        self.facilitator_note.setText(
            self.tr("You accompany the community of one village, or of a few villages.")
        )
        self.office.setText(self.tr("An office"))
        self.office_note.setText(
            self.tr("You follow the programs of a sub-district (kecamatan) or a regency.")
        )

    def is_office(self) -> bool:
        return self.office.isChecked()


class PlacesPage(QWizardPage):
    """The villages (or the one office area) this laptop works for, searched in the official
    list; a facilitator may add several villages."""

    def __init__(self, role: RolePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self._office = False
        self.picker = PlacePicker(search_villages, self._texts(), self)
        self.add_button = QPushButton(self)
        self.chosen_label = QLabel(self)
        self.chosen = QListWidget(self)
        self.chosen.setMaximumHeight(110)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_current)
        self.picker.activated.connect(lambda _place: self.add_current())
        self.picker.chosen.connect(self._update_buttons)
        self.remove_button.clicked.connect(self.remove_current)
        self.chosen.currentItemChanged.connect(lambda *_: self._update_buttons())
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.chosen_label)
        layout.addLayout(chosen_row)
        self.retranslate()
        self._update_buttons()

    def _texts(self) -> PickerTexts:
        if self._office:
            return PickerTexts(
                placeholder=self.tr("Type the name of the sub-district or regency"),
                too_short=self.tr("Type at least two letters of the name."),
                searching=self.tr("Searching…"),
                none_found=self.tr("No sub-district or regency called “{text}”."),
                failed=self.tr("The official list could not be searched: {error}"),
                known="",
                nothing_known=self.tr("Search among the sub-districts and regencies."),
                found=self.tr("Choose the office's area from the list ({count} found)."),
            )
        return PickerTexts(
            placeholder=self.tr("Type the village's name, e.g. Sukamaju"),
            too_short=self.tr("Type at least two letters of the name."),
            searching=self.tr("Searching…"),
            none_found=self.tr("No village called “{text}” in the official list."),
            failed=self.tr("The official list could not be searched: {error}"),
            known="",
            nothing_known=self.tr("Search among all villages of Indonesia."),
            found=self.tr("Choose your village from the list ({count} found)."),
        )

    def retranslate(self) -> None:
        if self._office:
            self.setTitle(self.tr("The office's area"))
            self.setSubTitle(self.tr("The sub-district or regency whose programs you follow."))
            self.add_button.setText(self.tr("Choose this area"))
            self.chosen_label.setText(self.tr("This laptop works for:"))
        else:
            self.setTitle(self.tr("Your villages"))
            self.setSubTitle(
                self.tr("Find each village you accompany, and add it. You can add more later.")
            )
            self.add_button.setText(self.tr("Add this village"))
            self.chosen_label.setText(self.tr("This laptop works for:"))
        self.remove_button.setText(self.tr("Remove"))
        self.picker.set_texts(self._texts())

    def initializePage(self) -> None:
        office = self.role.is_office()
        if office != self._office:
            self._office = office
            self.chosen.clear()
            self.picker.line.clear()
            self.picker.set_search(search_areas if office else search_villages)
            self.retranslate()
            self.completeChanged.emit()
        self.picker.line.setFocus()

    def add_current(self) -> None:
        place = self.picker.current()
        if place is None:
            return
        if self._office:
            self.chosen.clear()
        elif place.code in self.codes():
            return
        item = QListWidgetItem(f"{place.name} — {place.place}")
        item.setData(Qt.ItemDataRole.UserRole, place)
        self.chosen.addItem(item)
        self._update_buttons()
        self.completeChanged.emit()

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
        self._update_buttons()
        self.completeChanged.emit()

    def places(self) -> list[VillageChoice]:
        return [
            self.chosen.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.chosen.count())
        ]

    def codes(self) -> list[str]:
        return [place.code for place in self.places()]

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.picker.current() is not None)
        self.remove_button.setEnabled(self.chosen.currentItem() is not None)

    def isComplete(self) -> bool:
        return self.chosen.count() > 0


class NamePage(QWizardPage):
    """The laptop's name, as offices and other laptops will see it. Leaving this page binds the
    device (there is no way back: a bundle may already carry these places)."""

    bound = Signal()

    def __init__(
        self, window: WindowContext, places_page: PlacesPage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.window_context = window
        self.places_page = places_page
        self.setCommitPage(True)
        self.intro = _note(self)
        # never cut what is typed or pasted: the core refuses a longer name in words
        self.name = count_length(QLineEdit(self), LABEL_LENGTH)
        self.name.setText(QSysInfo.machineHostName())
        self.error = _note(self)
        self.error.setObjectName("fieldError")
        self.error.hide()
        self.name.textChanged.connect(lambda *_: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This laptop's name"))
        self.setSubTitle(self.tr("How the office and other laptops will know this one."))
        self.intro.setText(
            self.tr("A name people recognise, with the owner's name: for example “Laptop Bu Sri”.")
        )
        self.name.setPlaceholderText(self.tr("e.g. Laptop Bu Sri"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Save and continue"))

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def validatePage(self) -> bool:
        from desktop.core.device import bind_places
        from desktop.core.errors import ValidationError
        from desktop.ui.formatting import translate_issue

        try:
            self.window_context.attempt(
                bind_places, codes=self.places_page.codes(), label=self.name.text()
            )
        except ValidationError as error:
            self.error.setText("\n".join(translate_issue(i) for i in error.issues))
        except Exception as error:  # the database failed under us: say so, keep the page
            log.exception("binding the device failed")
            self.error.setText(
                self.tr("The database reported a problem: {error}").format(error=error)
            )
        else:
            self.error.hide()
            self.bound.emit()
            return True
        self.error.show()
        return False


class FingerprintPage(QWizardPage):
    """The laptop's fingerprint, large, to read out to the office on the phone."""

    def __init__(
        self, device: DeviceInfo, places_page: PlacesPage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.places_page = places_page
        self.bound_to = _note(self)
        self.intro = _note(self)
        self.fingerprint = fingerprint_label(device.fingerprint, self)
        self.setFinalPage(True)  # the office card's page after it is optional
        self.next_step = _note(self)
        layout = fingerprint_layout(
            self, [self.bound_to, self.intro], self.fingerprint, [self.next_step]
        )
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This laptop's fingerprint"))
        self.setSubTitle(self.tr("So the office knows the bundles really come from this laptop."))
        places = ", ".join(place.name for place in self.places_page.places())
        self.bound_to.setText(self.tr("This laptop now works for: {places}.").format(places=places))
        self.intro.setText(
            self.tr(
                "When the office first receives a bundle from this laptop, they may call you: "
                "read them these letters and numbers."
            )
        )
        self.next_step.setText(
            self.tr("Next: create your first program, or look around with the demo data.")
        )

    def initializePage(self) -> None:
        self.retranslate()

    def nextId(self) -> int:
        """An office hands out its card; only a village laptop is offered to import one."""
        return -1 if self.places_page.role.is_office() else super().nextId()


class CardPage(QWizardPage):
    """Optional, for a village laptop: the office's card, so bundles are encrypted for it."""

    def __init__(self, window: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_context = window
        self.intro = _note(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importCardButton")
        self.import_button.clicked.connect(self.import_card)
        self.later = _note(self)
        self.later.setObjectName("figureDetail")
        self.trusted = _note(self)
        self.trusted.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.trusted)
        layout.addSpacing(8)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The office's card"))
        self.setSubTitle(self.tr("So that only your office can read the bundles you send."))
        self.intro.setText(
            self.tr(
                "Have the office's card (a .berdaya-card file)? Import it now, and confirm its "
                "fingerprint with the office by phone."
            )
        )
        self.import_button.setText(self.tr("Import the office's card…"))
        self.later.setText(self.tr("No card yet? You can import it later from the File menu."))

    def import_card(self) -> None:
        import_office_card(self.window_context, parent=self, on_trusted=self.show_trusted)

    def show_trusted(self, card: Card) -> None:
        self.trusted.setText(
            self.tr("Trusted: the office “{office}”, for {area}.").format(
                office=card.label, area=card.area_names()
            )
        )
        self.trusted.show()


class FirstStartWizard(QWizard):
    """The walk, shown by the window (or by the export dialog, without the language)."""

    bound = Signal()  # the device was bound to its places

    def __init__(
        self,
        window: WindowContext,
        device: DeviceInfo,
        *,
        language: str,
        ask_language: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStart")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(640, 520)
        self.language_page = LanguagePage(language, self) if ask_language else None
        self.role_page = RolePage(self)
        self.places_page = PlacesPage(self.role_page, self)
        self.name_page = NamePage(window, self.places_page, self)
        self.fingerprint_page = FingerprintPage(device, self.places_page, self)
        self.card_page = CardPage(window, self)
        for page in self.pages():
            self.addPage(page)
        self.name_page.bound.connect(self.bound)
        self.retranslate()
        accessibility.name_widgets(self)

    def pages(self) -> list[QWizardPage]:
        found: list[QWizardPage] = [] if self.language_page is None else [self.language_page]
        return [
            *found,
            self.role_page,
            self.places_page,
            self.name_page,
            self.fingerprint_page,
            self.card_page,
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Setting up Berdaya"))
        buttons = QWizard.WizardButton
        self.setButtonText(buttons.NextButton, self.tr("Next"))
        self.setButtonText(buttons.BackButton, self.tr("Back"))
        self.setButtonText(buttons.FinishButton, self.tr("Done"))
        self.setButtonText(buttons.CancelButton, self.tr("Later"))
        for page in self.pages():
            page.retranslate()  # type: ignore[attr-defined]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _current_language() -> str:
    """The language installed now (the window's), as i18n names it."""
    english = QLocale().language() == QLocale.Language.English
    return "en" if english else "id"


def show_first_start(
    window: WindowContext, device: DeviceInfo, *, ask_language: bool = True
) -> FirstStartWizard:
    """Open the walk, window-modal; it deletes itself when closed."""
    wizard = FirstStartWizard(
        window,
        device,
        language=_current_language(),
        ask_language=ask_language,
        parent=window.window(),
    )
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def offer_first_start(window: WindowContext, device: DeviceInfo) -> FirstStartWizard | None:
    """The walk for a device bound to no place, asked once per device: who says "Later" binds
    it from the export dialog or settings."""
    if device.scope or settings.first_start_asked(device.id):
        return None
    settings.remember_first_start_asked(device.id)
    return show_first_start(window, device)
