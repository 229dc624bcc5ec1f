"""The Settings screen: the centre (what certificates print), the users of the program,
and the language of the window, one tab each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.ui.centre_pane import CentrePane
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import LANGUAGE_KEY, Settings
from mentor_desktop.ui.users_pane import UsersPane

# Each language named in itself, so that someone who cannot read the other finds their own.
LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}


class SettingsScreen(QWidget):
    """``language_chosen`` carries the language the user picked (stored in the settings);
    the program switches its translators on it."""

    error_occurred = Signal(object)
    language_chosen = Signal(str)

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("settings_screen")
        self._services = services
        self._events = events
        self._settings = settings
        self._build_ui(prompter)
        self._connect_signals()
        self.retranslate_ui()

    def _build_ui(self, prompter: Prompter) -> None:
        self.heading_label = QLabel()
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.centre_pane = CentrePane(self._services, prompter, self)
        self.users_pane = UsersPane(self._services, self._settings, prompter, self)
        self.language_page = QWidget()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.language_note_label = QLabel()
        self.language_note_label.setWordWrap(True)
        language_form = QFormLayout()
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_form.addRow(self.language_label, self.language_combo)
        language_layout = QVBoxLayout(self.language_page)
        language_layout.addLayout(language_form)
        language_layout.addWidget(self.language_note_label)
        language_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.tabs.addTab(self.centre_pane, "")
        self.tabs.addTab(self.users_pane, "")
        self.tabs.addTab(self.language_page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.centre_pane.error_occurred.connect(self.error_occurred)
        self.users_pane.error_occurred.connect(self.error_occurred)
        self.language_combo.activated.connect(self._on_language_combo_activated)
        self._events.data_reset.connect(self.reload)

    def retranslate_ui(self) -> None:
        self.heading_label.setText(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("Ce&ntre"))
        self.tabs.setTabText(1, self.tr("&Users"))
        self.tabs.setTabText(2, self.tr("Lan&guage"))
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language of the window:"))
        self.language_combo.setAccessibleName(self.tr("Language of the window"))
        self.language_note_label.setText(
            self.tr(
                "The window changes language at once and starts in it next time. "
                "Certificates choose their language when they are issued."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self.centre_pane.reload()
        self.users_pane.reload()
        stored = self._settings.value(LANGUAGE_KEY) or current_language()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(stored)))

    def _on_language_combo_activated(self, index: int) -> None:
        language = str(self.language_combo.itemData(index))
        self._settings.set_value(LANGUAGE_KEY, language)
        self._settings.sync()
        self.language_chosen.emit(language)


def current_language() -> str:
    """The language of the window now (its default locale follows the translators)."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"
