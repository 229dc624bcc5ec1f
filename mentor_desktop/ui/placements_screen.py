"""The Placements screen: a paged list filtered by status, tutor and employer with a search by
learner, employer or site, the current tutor's caseload first; the chosen placement's details
and history beside it; create, edit, archive and restore."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QWidget

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import PlacementStatus
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.drafts import Draft
from mentor_desktop.services.placements import PlacementDetail
from mentor_desktop.ui import labels
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.list_screen import ListScreen
from mentor_desktop.ui.placement_detail_pane import PlacementDetailPane
from mentor_desktop.ui.placement_dialog import NEW_KEY, PlacementDialog, employer_matches
from mentor_desktop.ui.placement_lookup_combo import LookupCombo
from mentor_desktop.ui.placement_table_model import Column, PlacementTableModel
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import Settings

log = logging.getLogger(__name__)

TIMELINE_SESSIONS = 500


class PlacementsScreen(ListScreen):
    """Lists placements and shows the one chosen."""

    model: PlacementTableModel
    detail_pane: PlacementDetailPane

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        super().__init__("placements_screen", services, events, settings, prompter, parent)

    def _create_model(self) -> PlacementTableModel:
        return PlacementTableModel(self._services.placements, self)

    def _build_ui(self) -> None:
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("placement_status_filter_combo")
        self.status_combo.addItem("", None)
        for status in PlacementStatus:
            self.status_combo.addItem("", status.value)
        self.tutor_combo = QComboBox()
        self.tutor_combo.setObjectName("placement_tutor_filter_combo")
        for combo in (self.status_combo, self.tutor_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(3)
        self.employer_combo = LookupCombo(lambda text: employer_matches(self._services, text))
        self.employer_combo.setObjectName("placement_employer_filter_combo")
        self.employer_combo.setMinimumContentsLength(3)
        filters = QHBoxLayout()
        filters.addWidget(self.status_combo, 2)
        filters.addWidget(self.tutor_combo, 2)
        filters.addWidget(self.employer_combo, 3)

        actions = self._build_record_buttons("placement")

        self.detail_pane = PlacementDetailPane()
        self.placement_table = self._build_list_ui(
            "placement",
            rows=[filters, actions],
            sort_column=Column.START,
            sort_order=Qt.SortOrder.DescendingOrder,
            stretch_column=Column.EMPLOYER,
            column_widths={
                Column.LEARNER: 160,
                Column.TUTOR: 125,
                Column.STATUS: 90,
                Column.START: 85,
                Column.HOURS: 92,
            },
            splitter_sizes=[800, 400],
        )

        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.fill_tutor_combo(self.tutor_combo)
        self.model.set_first_tutor(self._services.context.user_id)
        self._sort_as_header_shows()
        self._update_actions()

    def _connect_signals(self) -> None:
        self._connect_list_signals()
        self.status_combo.currentIndexChanged.connect(self._apply_filters)
        self.tutor_combo.currentIndexChanged.connect(self._apply_filters)
        self.employer_combo.chosen.connect(self._apply_filters)
        self.placement_table.activated.connect(self._on_edit_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.new_shortcut.activated.connect(self._on_new_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self._events.placement_changed.connect(self._on_events_changed)
        self._events.employer_changed.connect(self._on_events_changed)
        self._events.learner_changed.connect(self._on_events_changed)
        self._events.data_reset.connect(self._on_events_data_reset)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Placements"))
        self.search_edit.setPlaceholderText(
            self.tr("Search by learner, employer, site, CVR or case reference")
        )
        self.search_edit.setAccessibleName(self.tr("Search placements"))
        self.search_edit.setToolTip(
            self.tr("Search by learner, employer, site, CVR or case reference (Ctrl+F)")
        )
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(
                index, labels.placement_status(self.status_combo.itemData(index))
            )
        self.status_combo.setAccessibleName(self.tr("Status"))
        if self.tutor_combo.count():
            self.tutor_combo.setItemText(0, self.tr("All tutors"))
        self.tutor_combo.setAccessibleName(self.tr("Tutor"))
        self.employer_combo.setAccessibleName(self.tr("Employer"))
        self.employer_combo.line_edit.setPlaceholderText(self.tr("All employers"))
        self.employer_combo.setToolTip(self.tr("Type part of an employer's name"))
        self.archived_check.setText(self.tr("Show archived"))
        self.placement_table.setAccessibleName(self.tr("Placements"))
        self.placement_table.setToolTip(self.tr("Press Enter to edit the chosen placement"))
        self.new_button.setText(self.tr("&New placement…"))
        self.new_button.setToolTip(self.tr("Add a placement (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self._update_actions()
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        if self.model.first_tutor_id != self._services.context.user_id:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the tutors and the list again (the current user may have changed)."""
        self.fill_tutor_combo(self.tutor_combo)
        self.model.set_first_tutor(self._services.context.user_id)
        self.model.reload()

    def select_placement(self, placement_id: int) -> bool:
        """Select ``placement_id`` if it is among the rows loaded so far."""
        return self._select_row_of(placement_id)

    def open_placement(self, placement_id: int) -> None:
        """Show ``placement_id`` in the list and the details, clearing filters that hide it."""
        if self.select_placement(placement_id):
            self.placement_table.setFocus()
            return
        try:
            detail = self._services.placements.get(placement_id)
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        for widget in (self.status_combo, self.tutor_combo, self.search_edit):
            widget.blockSignals(True)
        self.status_combo.setCurrentIndex(0)
        self.tutor_combo.setCurrentIndex(0)
        self.search_timer.stop()
        self.search_edit.setText(detail.learner_name)
        for widget in (self.status_combo, self.tutor_combo, self.search_edit):
            widget.blockSignals(False)
        self.employer_combo.blockSignals(True)
        self.employer_combo.set_current(None)
        self.employer_combo.blockSignals(False)
        if detail.archived_at is not None:
            self.archived_check.setChecked(True)
        self.model.set_filters(status=None, tutor_id=None, employer_id=None)
        self.model.set_query(detail.learner_name)
        if not self.select_placement(placement_id):
            self._show_detail(detail)
        self.placement_table.setFocus()

    def open_draft(self, draft: Draft) -> PlacementDialog | None:
        """Open the placement form that ``draft`` was saved from, with the draft's values;
        without blocking."""
        detail = None
        try:
            if draft.key != NEW_KEY and draft.key.isascii() and draft.key.isdigit():
                detail = self._services.placements.get(int(draft.key))
                self.open_placement(detail.id)
            dialog = PlacementDialog(self._services, self._prompter, detail, self)
        except MentorError as error:
            self.error_occurred.emit(error)
            return None
        dialog.restore_draft(draft.payload)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_draft_dialog_finished)
        dialog.open()
        return dialog

    def _on_draft_dialog_finished(self, result: int) -> None:
        dialog = self.sender()
        if (
            result == QDialog.DialogCode.Accepted
            and isinstance(dialog, PlacementDialog)
            and dialog.saved_value is not None
        ):
            self._after_change(dialog.saved_value.id)

    def _apply_filters(self, *_args: object) -> None:
        status = self.status_combo.currentData()
        self.model.set_filters(
            status=PlacementStatus(status) if status else None,
            tutor_id=self.tutor_combo.currentData(),
            employer_id=self.employer_combo.current_id(),
        )

    def _current_detail(self) -> PlacementDetail | None:
        return self.detail_pane.detail

    def _update_actions(self) -> None:
        self._update_record_buttons(
            restore_text=self.tr("&Restore"), archive_text=self.tr("&Archive")
        )

    def _update_count(self) -> None:
        total = self.model.total
        filtered = (
            self.model.query.strip()
            or self.model.status is not None
            or self.model.tutor_id is not None
            or self.model.employer_id is not None
        )
        if filtered:
            self._show_count(
                self.tr("%n placement(s) found", "", total),
                self.tr("No placement matches the search and filters."),
            )
        else:
            self._show_count(
                self.tr("%n placement(s)", "", total), self.tr("There are no placements yet.")
            )

    def _show_detail(self, detail: PlacementDetail | None) -> None:
        sessions = []
        if detail is not None:
            try:
                sessions = self._services.sessions.list(
                    placement_id=detail.id,
                    limit=TIMELINE_SESSIONS,
                    descending=False,
                    count=False,
                ).rows
            except MentorError as error:
                self.error_occurred.emit(error)
        self.detail_pane.show_placement(detail, sessions)
        self._update_actions()

    def _get_detail(self, row_id: int) -> PlacementDetail:
        return self._services.placements.get(row_id)

    def _after_change(self, placement_id: int) -> None:
        self._events.placement_changed.emit(placement_id)
        self._show_record(placement_id)

    def _on_new_button_clicked(self) -> None:
        dialog = PlacementDialog(self._services, self._prompter, None, self)
        if dialog.exec() and dialog.saved_value is not None:
            self._after_change(dialog.saved_value.id)

    def _on_edit_button_clicked(self) -> None:
        detail = self._current_detail()
        if detail is None or detail.archived_at is not None:
            return
        dialog = PlacementDialog(self._services, self._prompter, detail, self)
        if dialog.exec() and dialog.saved_value is not None:
            self._after_change(detail.id)

    def _on_archive_button_clicked(self) -> None:
        detail = self._current_detail()
        if detail is None:
            return
        placements = self._services.placements
        name = detail.learner_name
        try:
            if detail.archived_at is None:
                question = self.tr(
                    "Archive the placement of {learner} at {employer}? It leaves the lists but "
                    "keeps its sessions and history, and can be restored."
                ).format(learner=name, employer=detail.employer_name)
                if not self._prompter.confirm(self, self.tr("Archive placement"), question):
                    return
                placements.archive(detail.id, expected_version=detail.version)
            else:
                question = self.tr(
                    "Restore the placement of {learner} at {employer} to the lists?"
                ).format(learner=name, employer=detail.employer_name)
                if not self._prompter.confirm(self, self.tr("Restore placement"), question):
                    return
                placements.restore(detail.id, expected_version=detail.version)
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        self._after_change(detail.id)

    def _on_events_changed(self, _record_id: int) -> None:
        self.model.reload()

    def _on_events_data_reset(self) -> None:
        self.reload()
