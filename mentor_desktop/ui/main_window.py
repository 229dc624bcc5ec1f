"""The main window: a shell with the navigation on the left, the screens on the right and
the database in use in the status bar. Screens live in their own modules.

The shell is cheap to build and is shown as soon as Qt is up, saying that the database is
being opened; ``attach`` then builds the screens over the open database. The screens (and
through them the database layer) are imported only there, so that the window paints before
SQLAlchemy and the services are loaded."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

import mentor_desktop
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from mentor_desktop.bootstrap import Services
    from mentor_desktop.services.drafts import Draft
    from mentor_desktop.ui.certificates_screen import CertificatesScreen
    from mentor_desktop.ui.employers_screen import EmployersScreen
    from mentor_desktop.ui.feedback_screen import FeedbackScreen
    from mentor_desktop.ui.learners_screen import LearnersScreen
    from mentor_desktop.ui.placements_screen import PlacementsScreen
    from mentor_desktop.ui.reports_screen import ReportsScreen
    from mentor_desktop.ui.search_dialog import Kind
    from mentor_desktop.ui.sessions_screen import SessionsScreen
    from mentor_desktop.ui.settings_screen import SettingsScreen
    from mentor_desktop.ui.today_screen import TodayScreen
    from mentor_desktop.ui.vocabulary_screen import VocabularyScreen

log = logging.getLogger(__name__)


class Section(StrEnum):
    TODAY = "today"
    LEARNERS = "learners"
    EMPLOYERS = "employers"
    PLACEMENTS = "placements"
    SESSIONS = "sessions"
    VOCABULARY = "vocabulary"
    FEEDBACK = "feedback"
    CERTIFICATES = "certificates"
    REPORTS = "reports"
    SETTINGS = "settings"


_SECTION_NAMES = {
    Section.TODAY: QT_TRANSLATE_NOOP("MainWindow", "Today"),
    Section.LEARNERS: QT_TRANSLATE_NOOP("MainWindow", "Learners"),
    Section.EMPLOYERS: QT_TRANSLATE_NOOP("MainWindow", "Employers"),
    Section.PLACEMENTS: QT_TRANSLATE_NOOP("MainWindow", "Placements"),
    Section.SESSIONS: QT_TRANSLATE_NOOP("MainWindow", "Sessions"),
    Section.VOCABULARY: QT_TRANSLATE_NOOP("MainWindow", "Vocabulary"),
    Section.FEEDBACK: QT_TRANSLATE_NOOP("MainWindow", "Feedback"),
    Section.CERTIFICATES: QT_TRANSLATE_NOOP("MainWindow", "Certificates"),
    Section.REPORTS: QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    Section.SETTINGS: QT_TRANSLATE_NOOP("MainWindow", "Settings"),
}


class MainWindow(QMainWindow):
    """Holds the screens; knows nothing of what they show. Built without ``services`` it is
    the shell shown while the database opens: ``attach`` adds the screens."""

    # The window has been painted for the first time (the shell is on the screen).
    first_painted = Signal()

    def __init__(
        self,
        services: Services | None,
        settings: Settings,
        prompter: Prompter,
        events: AppEvents | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.services: Services | None = None
        self.settings = settings
        self.prompter = prompter
        self.events = events or AppEvents(self)
        self.painted = False
        self._screens: dict[Section, QWidget] = {}
        self._build_shell()
        self._connect_shell_signals()
        self.retranslate_ui()
        self.resize(QSize(1200, 760))
        self.settings.restore_geometry(self)
        self.settings.restore_state(self.nav_splitter)
        if services is not None:
            self.attach(services)

    def _build_shell(self) -> None:
        self.nav_list = QListWidget()
        self.nav_list.setObjectName("nav_list")
        self.nav_list.setMinimumWidth(140)
        self.nav_list.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav_list.setStyleSheet("QListWidget::item { padding: 5px 8px; }")
        self._nav_items: dict[Section, QListWidgetItem] = {}
        for section in Section:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, section.value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.nav_list.addItem(item)
            self._nav_items[section] = item

        self.screen_stack = QStackedWidget()
        self.screen_stack.setObjectName("screen_stack")
        self.opening_label: QLabel | None = QLabel()
        self.opening_label.setObjectName("opening_label")
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screen_stack.addWidget(self.opening_label)

        self.nav_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.nav_splitter.setObjectName("nav_splitter")
        self.nav_splitter.addWidget(self.nav_list)
        self.nav_splitter.addWidget(self.screen_stack)
        self.nav_splitter.setStretchFactor(1, 1)
        self.nav_splitter.setChildrenCollapsible(False)
        self.nav_splitter.setSizes([170, 1030])
        self.setCentralWidget(self.nav_splitter)

        self.database_label = QLabel()
        self.database_label.setObjectName("database_label")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label, 1)

        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F))
        self.edit_menu.addAction(self.find_action)
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.search_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.search_action.setEnabled(False)
        self.edit_menu.addAction(self.search_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.help_menu.addAction(self.about_action)
        self.nav_shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_1), self)

    def _connect_shell_signals(self) -> None:
        self.nav_list.currentItemChanged.connect(self._on_nav_list_current_item_changed)
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.nav_shortcut.activated.connect(self.nav_list.setFocus)
        self.search_action.triggered.connect(self._on_search_action_triggered)

    def attach(self, services: Services) -> None:
        """Build the screens over the open database and show Today."""
        from mentor_desktop.ui.certificates_screen import CertificatesScreen
        from mentor_desktop.ui.employers_screen import EmployersScreen
        from mentor_desktop.ui.feedback_screen import FeedbackScreen
        from mentor_desktop.ui.learners_screen import LearnersScreen
        from mentor_desktop.ui.placements_screen import PlacementsScreen
        from mentor_desktop.ui.reports_screen import ReportsScreen
        from mentor_desktop.ui.sessions_screen import SessionsScreen
        from mentor_desktop.ui.settings_screen import SettingsScreen
        from mentor_desktop.ui.today_screen import TodayScreen
        from mentor_desktop.ui.vocabulary_screen import VocabularyScreen

        assert self.services is None, "the window shows one database"
        self.services = services
        parts = (self.services, self.events, self.settings, self.prompter, self)
        self.learners_screen: LearnersScreen = LearnersScreen(*parts)
        self.employers_screen: EmployersScreen = EmployersScreen(*parts)
        self.placements_screen: PlacementsScreen = PlacementsScreen(*parts)
        self.sessions_screen: SessionsScreen = SessionsScreen(*parts)
        self.vocabulary_screen: VocabularyScreen = VocabularyScreen(*parts)
        self.today_screen: TodayScreen = TodayScreen(*parts)
        self.feedback_screen: FeedbackScreen = FeedbackScreen(*parts)
        self.certificates_screen: CertificatesScreen = CertificatesScreen(*parts)
        self.reports_screen: ReportsScreen = ReportsScreen(*parts)
        self.settings_screen: SettingsScreen = SettingsScreen(*parts)
        self._screens = {
            Section.LEARNERS: self.learners_screen,
            Section.EMPLOYERS: self.employers_screen,
            Section.PLACEMENTS: self.placements_screen,
            Section.SESSIONS: self.sessions_screen,
            Section.VOCABULARY: self.vocabulary_screen,
            Section.TODAY: self.today_screen,
            Section.FEEDBACK: self.feedback_screen,
            Section.CERTIFICATES: self.certificates_screen,
            Section.REPORTS: self.reports_screen,
            Section.SETTINGS: self.settings_screen,
        }
        for section, item in self._nav_items.items():
            if section in self._screens:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)
        for screen in self._screens.values():
            self.screen_stack.addWidget(screen)
        if self.opening_label is not None:
            self.screen_stack.removeWidget(self.opening_label)
            self.opening_label.deleteLater()
            self.opening_label = None
        self.file_menu.insertAction(self.quit_action, self.today_screen.export_action)
        self.file_menu.insertSeparator(self.quit_action)
        self.search_action.setEnabled(True)
        self._connect_screen_signals()
        self.retranslate_ui()
        self.show_section(Section.TODAY)
        # The screens' own sizes have moved the divider the shell had restored.
        self.settings.restore_state(self.nav_splitter)

    def _connect_screen_signals(self) -> None:
        self.learners_screen.error_occurred.connect(self.show_error)
        self.learners_screen.log_session_requested.connect(self._on_log_session_requested)
        self.today_screen.error_occurred.connect(self.show_error)
        self.employers_screen.error_occurred.connect(self.show_error)
        self.employers_screen.placement_requested.connect(self._on_placement_requested)
        self.placements_screen.error_occurred.connect(self.show_error)
        self.feedback_screen.error_occurred.connect(self.show_error)
        self.sessions_screen.error_occurred.connect(self.show_error)
        self.vocabulary_screen.error_occurred.connect(self.show_error)
        self.certificates_screen.error_occurred.connect(self.show_error)
        self.reports_screen.error_occurred.connect(self.show_error)
        self.settings_screen.error_occurred.connect(self.show_error)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Mentor Desktop"))
        for section, item in self._nav_items.items():
            name = QCoreApplication.translate("MainWindow", _SECTION_NAMES[section])
            item.setText(name)
            if section in self._screens or self.services is None:
                item.setToolTip(name)
            else:
                item.setToolTip(self.tr("{section} is not available yet").format(section=name))
        self.nav_list.setAccessibleName(self.tr("Navigation"))
        self.nav_list.setToolTip(self.tr("Go to a part of the program (Ctrl+1)"))
        if self.opening_label is not None:
            self.opening_label.setText(self.tr("Opening the database…"))
        if self.services is not None:
            self.database_label.setText(
                self.tr("Database: {database}").format(database=self.services.description)
            )
        self.database_label.setAccessibleName(self.tr("Database in use"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("Edi&t"))
        self.find_action.setText(self.tr("&Find in this list"))
        self.search_action.setText(self.tr("&Search everything…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Mentor Desktop"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_section(self, section: Section) -> None:
        screen = self._screens.get(section)
        if screen is None:
            return
        self.screen_stack.setCurrentWidget(screen)
        self.nav_list.setCurrentItem(self._nav_items[section])

    def current_section(self) -> Section:
        item = self.nav_list.currentItem()
        return Section(item.data(Qt.ItemDataRole.UserRole)) if item else Section.LEARNERS

    def is_available(self, section: Section) -> bool:
        return bool(self._nav_items[section].flags() & Qt.ItemFlag.ItemIsEnabled)

    def show_error(self, error: MentorError) -> None:
        from mentor_desktop.ui.messages import error_text

        self.prompter.error(self, self.tr("Mentor Desktop"), error_text(error))

    def save_state(self) -> None:
        self.settings.save_geometry(self)
        self.settings.save_state(self.nav_splitter)
        if self.services is None:
            self.settings.sync()
            return
        self.learners_screen.save_state()
        self.today_screen.save_state()
        self.employers_screen.save_state()
        self.placements_screen.save_state()
        self.feedback_screen.save_state()
        self.sessions_screen.save_state()
        self.vocabulary_screen.save_state()
        self.certificates_screen.save_state()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def _on_nav_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.show_section(Section(current.data(Qt.ItemDataRole.UserRole)))

    def _on_find_action_triggered(self) -> None:
        screen = self.screen_stack.currentWidget()
        focus_search = getattr(screen, "focus_search", None)
        if focus_search is not None:
            focus_search()

    def _on_search_action_triggered(self) -> None:
        from mentor_desktop.ui.search_dialog import SearchDialog

        assert self.services is not None
        dialog = SearchDialog(self.services, self)
        if dialog.exec() and (hit := dialog.chosen()) is not None:
            self.open_record(hit.kind, hit.id)

    def open_record(self, kind: Kind, record_id: int) -> None:
        """Show the record in its screen: the row chosen and its details beside it."""
        from mentor_desktop.ui.search_dialog import Kind

        if kind == Kind.EMPLOYER:
            self.show_section(Section.EMPLOYERS)
            self.employers_screen.open_employer(record_id)
        elif kind == Kind.PLACEMENT:
            self._on_placement_requested(record_id)
        else:
            self.show_section(Section.LEARNERS)
            self._open_learner(record_id)

    def _open_learner(self, learner_id: int) -> None:
        screen = self.learners_screen
        if not screen.select_learner(learner_id):
            assert self.services is not None
            try:
                name = self.services.learners.get(learner_id).full_name
            except MentorError as error:
                self.show_error(error)
                return
            screen.search_edit.setText(name)
            screen.model.set_query(name)
            if not screen.select_learner(learner_id):
                screen.archived_check.setChecked(True)
                screen.select_learner(learner_id)
        screen.learner_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_placement_requested(self, placement_id: int) -> None:
        self.show_section(Section.PLACEMENTS)
        self.placements_screen.open_placement(placement_id)

    def open_draft(self, draft: Draft) -> QDialog | None:
        """Reopen the form that ``draft`` was saved from, on its screen, with its values."""
        from mentor_desktop.ui.employer_dialog import DRAFT_KIND as EMPLOYER_DRAFT
        from mentor_desktop.ui.employers_screen import PART_DIALOGS
        from mentor_desktop.ui.placement_dialog import DRAFT_KIND as PLACEMENT_DRAFT
        from mentor_desktop.ui.session_dialog import DRAFT_KIND as SESSION_DRAFT

        if draft.kind == SESSION_DRAFT:
            self.show_section(Section.TODAY)
            return self.today_screen.open_draft(draft)
        if draft.kind == EMPLOYER_DRAFT or draft.kind in PART_DIALOGS:
            self.show_section(Section.EMPLOYERS)
            return self.employers_screen.open_draft(draft)
        if draft.kind == PLACEMENT_DRAFT:
            self.show_section(Section.PLACEMENTS)
            return self.placements_screen.open_draft(draft)
        self.show_section(Section.LEARNERS)
        return self.learners_screen.open_draft(draft)

    def _on_log_session_requested(self, placement_id: int) -> None:
        self.today_screen.open_session(placement_id=placement_id)

    def _on_about_action_triggered(self) -> None:
        self.prompter.information(
            self,
            self.tr("About Mentor Desktop"),
            self.tr(
                "Mentor Desktop {version}\n\nFor the tutors of a language centre who teach "
                "Danish at the workplace."
            ).format(version=mentor_desktop.__version__),
        )
