"""The Learners screen: search as you type, a paged list sorted by the database, the chosen
learner's details beside it, and New (Ctrl+N), Edit (Enter, double-click) and Archive or
Restore, each through the learner dialog or a confirmation."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.domain.placements import OPEN_STATUSES
from mentor_desktop.services.drafts import Draft
from mentor_desktop.services.learners import LearnerDetail
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.goals_dialog import GoalsDialog
from mentor_desktop.ui.learner_detail_pane import LearnerDetailPane
from mentor_desktop.ui.learner_dialog import NEW_KEY, LearnerDialog
from mentor_desktop.ui.learner_table_model import Column, LearnerTableModel
from mentor_desktop.ui.list_screen import ListScreen
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import Settings

log = logging.getLogger(__name__)


class LearnersScreen(ListScreen):
    """Lists learners and shows the one chosen."""

    log_session_requested = Signal(int)

    model: LearnerTableModel
    detail_pane: LearnerDetailPane

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        self._learners = services.learners
        self.learner_dialog: LearnerDialog | None = None
        self.goals_dialog: GoalsDialog | None = None
        self._select_after_reload: int | None = None
        super().__init__("learners_screen", services, events, settings, prompter, parent)

    def _create_model(self) -> LearnerTableModel:
        return LearnerTableModel(self._learners, self)

    def _build_ui(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N))
        self.addAction(self.new_action)
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_learner_button")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("edit_learner_button")
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archive_learner_button")
        self.log_session_button = QPushButton()
        self.log_session_button.setObjectName("log_session_button")
        self.goals_button = QPushButton()
        self.goals_button.setObjectName("goals_button")
        self.goals_action = QAction(self)
        self.goals_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_G))
        self.goals_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.goals_action)
        self.log_session_action = QAction(self)
        self.log_session_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.log_session_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.log_session_action)

        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.archive_button,
            self.log_session_button,
            self.goals_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.detail_pane = LearnerDetailPane()
        self.learner_table = self._build_list_ui(
            "learner",
            rows=[buttons],
            sort_column=Column.NAME,
            sort_order=Qt.SortOrder.AscendingOrder,
            stretch_column=Column.EMPLOYER,
            column_widths={
                Column.NAME: 190,
                Column.CASE_REFERENCE: 115,
                Column.FIRST_LANGUAGE: 135,
                Column.STATUS: 90,
            },
            splitter_sizes=[760, 400],
        )
        self.model.set_first_tutor(self._services.context.user_id)
        self._sort_as_header_shows()

    def _connect_signals(self) -> None:
        self._connect_list_signals()
        self._events.learner_changed.connect(self._on_events_learner_changed)
        self.new_action.triggered.connect(self.open_new)
        self.new_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.log_session_button.clicked.connect(self._on_log_session_button_clicked)
        self.log_session_action.triggered.connect(self._on_log_session_button_clicked)
        self.learner_table.activated.connect(self._on_learner_table_activated)
        self.goals_button.clicked.connect(self.open_goals)
        self.goals_action.triggered.connect(self.open_goals)
        self._events.data_reset.connect(self.reload)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Learners"))
        self.search_edit.setPlaceholderText(self.tr("Search by name or case reference"))
        self.search_edit.setAccessibleName(self.tr("Search learners"))
        self.search_edit.setToolTip(self.tr("Search by name or case reference (Ctrl+F)"))
        self.archived_check.setText(self.tr("Show archived"))
        self.learner_table.setAccessibleName(self.tr("Learners"))
        self.learner_table.setToolTip(self.tr("Press Enter or double-click to edit a learner"))
        self.new_action.setText(self.tr("New learner"))
        self.new_button.setText(self.tr("&New learner…"))
        self.new_button.setToolTip(self.tr("Add a learner (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the chosen learner (Enter)"))
        self.log_session_button.setText(self.tr("&Log session…"))
        self.log_session_button.setToolTip(
            self.tr("Log a session for the chosen learner's current placement (Ctrl+L)")
        )
        self.goals_button.setText(self.tr("&Goals…"))
        self.goals_button.setToolTip(
            self.tr("Vocabulary and can-do goals of the chosen learner (Ctrl+G)")
        )
        self._update_count()
        self._update_buttons()

    def select_learner(self, learner_id: int) -> bool:
        """Select ``learner_id`` if it is among the rows loaded so far."""
        return self._select_row_of(learner_id, scroll=False)

    def _update_count(self) -> None:
        total = self.model.total
        query = self.model.query.strip()
        if query:
            self._show_count(
                self.tr("%n learner(s) found", "", total),
                self.tr("No learner matches “{query}”.").format(query=query),
            )
        else:
            self._show_count(
                self.tr("%n learner(s)", "", total), self.tr("There are no learners yet.")
            )

    def _current_detail(self) -> LearnerDetail | None:
        return self.detail_pane.detail

    def _get_detail(self, row_id: int) -> LearnerDetail:
        return self._learners.get(row_id)

    def _show_detail(self, detail: LearnerDetail | None) -> None:
        self.detail_pane.show_learner(detail)
        self._update_buttons()

    def _update_buttons(self) -> None:
        detail = self.detail_pane.detail
        self.edit_button.setEnabled(detail is not None)
        self.archive_button.setEnabled(detail is not None)
        self.goals_button.setEnabled(detail is not None)
        self.log_session_button.setEnabled(self.current_placement_id() is not None)
        archived = detail is not None and detail.archived_at is not None
        self.archive_button.setText(self.tr("&Restore") if archived else self.tr("&Archive"))
        self.archive_button.setToolTip(
            self.tr("Bring the chosen learner back into the list")
            if archived
            else self.tr("Take the chosen learner out of the list; nothing is deleted")
        )

    def current_placement_id(self) -> int | None:
        """The chosen learner's placement that can still get a visit, newest first."""
        detail = self.detail_pane.detail
        if detail is None or detail.archived_at is not None:
            return None
        open_statuses = {s.value for s in OPEN_STATUSES}
        return next((p.id for p in detail.placements if p.status in open_statuses), None)

    def _on_log_session_button_clicked(self) -> None:
        placement_id = self.current_placement_id()
        if placement_id is not None:
            self.log_session_requested.emit(placement_id)

    def open_goals(self) -> GoalsDialog | None:
        """Open the goals of the chosen learner."""
        detail = self.detail_pane.detail
        if detail is None:
            return None
        if self.goals_dialog is not None:
            self.goals_dialog.close()
        try:
            dialog = GoalsDialog(self._services, self._prompter, detail.id, self)
        except MentorError as error:
            self.error_occurred.emit(error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_goals_dialog_finished)
        self.goals_dialog = dialog
        dialog.open()
        return dialog

    def _on_goals_dialog_finished(self, _result: int) -> None:
        if self.goals_dialog is self.sender():
            self.goals_dialog = None
        self.learner_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_new(self) -> LearnerDialog | None:
        """Open the dialog for a new learner."""
        return self._open_dialog(None)

    def open_edit(self, learner_id: int) -> LearnerDialog | None:
        """Open the dialog to edit ``learner_id``."""
        return self._open_dialog(learner_id)

    def open_draft(self, draft: Draft) -> LearnerDialog | None:
        """Open the learner form that ``draft`` was saved from, with the draft's values."""
        learner_id = None if draft.key == NEW_KEY else int(draft.key)
        dialog = self._open_dialog(learner_id)
        if dialog is not None:
            dialog.restore_draft(draft.payload)
        return dialog

    def _open_dialog(self, learner_id: int | None) -> LearnerDialog | None:
        if self.learner_dialog is not None and self.learner_dialog.isVisible():
            self.learner_dialog.raise_()
            self.learner_dialog.activateWindow()
            return None
        try:
            dialog = LearnerDialog(self._services, self._prompter, learner_id, self)
        except MentorError as error:
            self.error_occurred.emit(error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_learner_dialog_finished)
        self.learner_dialog = dialog
        dialog.open()
        return dialog

    def _on_learner_dialog_finished(self, result: int) -> None:
        dialog = self.sender()
        if self.learner_dialog is dialog:
            self.learner_dialog = None
        if result == QDialog.DialogCode.Accepted and isinstance(dialog, LearnerDialog):
            saved = dialog.saved_value
            self._select_after_reload = saved.id
            self._events.learner_changed.emit(saved.id)
        self.learner_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_edit_button_clicked(self) -> None:
        detail = self.detail_pane.detail
        if detail is not None:
            self.open_edit(detail.id)

    def _on_learner_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_edit(row.id)

    def _on_archive_button_clicked(self) -> None:
        detail = self.detail_pane.detail
        if detail is None:
            return
        if detail.archived_at is None:
            title = self.tr("Archive learner")
            text = self.tr(
                "Archive {name}? The learner leaves the list; sessions, placements and "
                "certificates are kept, and the learner can be restored."
            ).format(name=detail.full_name)
        else:
            title = self.tr("Restore learner")
            text = self.tr("Restore {name} to the list of learners?").format(name=detail.full_name)
        if not self._prompter.confirm(self, title, text):
            return
        try:
            if detail.archived_at is None:
                saved = self._learners.archive(detail.id, expected_version=detail.version)
            else:
                saved = self._learners.restore(detail.id, expected_version=detail.version)
        except MentorError as error:
            self.error_occurred.emit(error)
            self._events.learner_changed.emit(detail.id)
            return
        self._select_after_reload = saved.id
        self._events.learner_changed.emit(saved.id)

    def _on_model_reset(self) -> None:
        self._update_count()
        current = self.detail_pane.detail
        wanted = self._select_after_reload or (current.id if current is not None else None)
        self._select_after_reload = None
        if wanted is not None and self.select_learner(wanted):
            return
        if self.model.rowCount() == 1:
            self.learner_table.selectRow(0)
        else:
            self.detail_pane.show_learner(None)

    def showEvent(self, event: QShowEvent) -> None:
        if self.model.first_tutor_id != self._services.context.user_id:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the list again; the person working (whose caseload comes first) may have
        changed."""
        if self.model.first_tutor_id != self._services.context.user_id:
            self.model.set_first_tutor(self._services.context.user_id)
        else:
            self.model.reload()

    def _on_events_learner_changed(self, _learner_id: int) -> None:
        self.model.reload()
