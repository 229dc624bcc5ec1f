"""The Placements screen: a paged list filtered by status, tutor and employer with a learner
search, the current tutor's caseload first; the chosen placement's details and history beside
it; create, edit, archive and restore."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import PlacementStatus
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.placements import PlacementDetail
from mentor_desktop.ui import labels
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.placement_detail_pane import PlacementDetailPane
from mentor_desktop.ui.placement_dialog import PlacementDialog, employer_matches
from mentor_desktop.ui.placement_lookup_combo import LookupCombo
from mentor_desktop.ui.placement_table_model import Column, PlacementTableModel
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import Settings

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
TIMELINE_SESSIONS = 500
TUTORS_LISTED = 500


class PlacementsScreen(QWidget):
    """Lists placements and shows the one chosen."""

    error_occurred = Signal(object)

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("placements_screen")
        self._services = services
        self._events = events
        self._settings = settings
        self._prompter = prompter
        self.model = PlacementTableModel(services.placements, self)
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("placement_search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.archived_check = QCheckBox()
        self.archived_check.setObjectName("placement_archived_check")
        self.count_label = QLabel()
        self.count_label.setObjectName("placement_count_label")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.archived_check)
        top.addWidget(self.count_label)

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

        self.new_button = QPushButton()
        self.new_button.setObjectName("placement_new_button")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("placement_edit_button")
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("placement_archive_button")
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.archive_button)
        actions.addStretch(1)

        self.placement_table = QTableView()
        self.placement_table.setObjectName("placement_table")
        self.placement_table.setModel(self.model)
        self.placement_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.placement_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.placement_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.placement_table.setAlternatingRowColors(True)
        self.placement_table.setWordWrap(False)
        self.placement_table.setTabKeyNavigation(False)
        self.placement_table.verticalHeader().setVisible(False)
        self.placement_table.verticalHeader().setDefaultSectionSize(
            self.placement_table.fontMetrics().height() + 10
        )
        self.placement_table.setSortingEnabled(True)
        self.placement_table.sortByColumn(Column.START, Qt.SortOrder.DescendingOrder)
        header = self.placement_table.horizontalHeader()
        header.setObjectName("placement_table_header")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.EMPLOYER, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.resizeSection(Column.LEARNER, 160)
        header.resizeSection(Column.TUTOR, 125)
        header.resizeSection(Column.STATUS, 90)
        header.resizeSection(Column.START, 85)
        header.resizeSection(Column.HOURS, 92)

        self.empty_list_label = QLabel()
        self.empty_list_label.setObjectName("placement_empty_list_label")
        self.empty_list_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_list_label.setWordWrap(True)

        list_widget = QWidget()
        list_layout = QVBoxLayout(list_widget)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addLayout(filters)
        list_layout.addLayout(actions)
        list_layout.addWidget(self.placement_table, 1)
        list_layout.addWidget(self.empty_list_label)

        self.detail_pane = PlacementDetailPane()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("placements_splitter")
        self.splitter.addWidget(list_widget)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([800, 400])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        self._settings.restore_state(self.splitter)
        self._settings.restore_state(header)
        if not self.model.is_sortable(header.sortIndicatorSection()):
            header.setSortIndicator(Column.START, Qt.SortOrder.DescendingOrder)
        self._fill_tutors()
        self.model.set_first_tutor(self._services.context.user_id)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_actions()

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_timer_timeout)
        self.search_timer.timeout.connect(self._on_search_timer_timeout)
        self.status_combo.currentIndexChanged.connect(self._apply_filters)
        self.tutor_combo.currentIndexChanged.connect(self._apply_filters)
        self.employer_combo.chosen.connect(self._apply_filters)
        self.archived_check.toggled.connect(self.model.set_include_archived)
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.load_failed.connect(self.error_occurred)
        self.placement_table.horizontalHeader().sortIndicatorChanged.connect(
            self._on_header_sort_indicator_changed
        )
        self.placement_table.selectionModel().selectionChanged.connect(
            self._on_placement_table_selection_changed
        )
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
        self.search_edit.setPlaceholderText(self.tr("Search by learner name or case reference"))
        self.search_edit.setAccessibleName(self.tr("Search placements"))
        self.search_edit.setToolTip(self.tr("Search by learner name or case reference (Ctrl+F)"))
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self.model.first_tutor_id != self._services.context.user_id:
            self.reload()
        super().showEvent(event)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def reload(self) -> None:
        """Read the tutors and the list again (the current user may have changed)."""
        self._fill_tutors()
        self.model.set_first_tutor(self._services.context.user_id)
        self.model.reload()

    def save_state(self) -> None:
        self._settings.save_state(self.splitter)
        self._settings.save_state(self.placement_table.horizontalHeader())

    def select_placement(self, placement_id: int) -> bool:
        """Select ``placement_id`` if it is among the rows loaded so far."""
        row = self.model.row_of(placement_id)
        if row is None:
            return False
        self.placement_table.selectRow(row)
        self.placement_table.scrollTo(self.model.index(row, 0))
        return True

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

    def _fill_tutors(self) -> None:
        current = self.tutor_combo.currentData()
        self.tutor_combo.blockSignals(True)
        self.tutor_combo.clear()
        self.tutor_combo.addItem(self.tr("All tutors"), None)
        try:
            users = self._services.users.list(limit=TUTORS_LISTED).rows
        except MentorError as error:
            self.error_occurred.emit(error)
            users = []
        for user in users:
            self.tutor_combo.addItem(user.name, user.id)
        self.tutor_combo.setCurrentIndex(max(0, self.tutor_combo.findData(current)))
        self.tutor_combo.blockSignals(False)

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
        detail = self._current_detail()
        self.edit_button.setEnabled(detail is not None and detail.archived_at is None)
        self.archive_button.setEnabled(detail is not None)
        if detail is not None and detail.archived_at is not None:
            self.archive_button.setText(self.tr("&Restore"))
        else:
            self.archive_button.setText(self.tr("&Archive"))

    def _update_count(self) -> None:
        total = self.model.total
        filtered = (
            self.model.query.strip()
            or self.model.status is not None
            or self.model.tutor_id is not None
            or self.model.employer_id is not None
        )
        if filtered:
            text = self.tr("%n placement(s) found", "", total)
        else:
            text = self.tr("%n placement(s)", "", total)
        self.count_label.setText(text)
        empty = self.model.rowCount() == 0
        self.empty_list_label.setVisible(empty)
        if empty and filtered:
            self.empty_list_label.setText(self.tr("No placement matches the search and filters."))
        elif empty:
            self.empty_list_label.setText(self.tr("There are no placements yet."))

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

    def _show_selected(self) -> None:
        rows = self.placement_table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            self._show_detail(None)
            return
        try:
            self._show_detail(self._services.placements.get(row.id))
        except MentorError as error:
            self._show_detail(None)
            self.error_occurred.emit(error)

    def _after_change(self, placement_id: int) -> None:
        self._events.placement_changed.emit(placement_id)
        if not self.select_placement(placement_id):
            try:
                self._show_detail(self._services.placements.get(placement_id))
            except MentorError as error:
                self.error_occurred.emit(error)

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self.search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.search_timer.stop()
        self.model.set_query(self.search_edit.text())

    def _on_model_total_changed(self, _total: int) -> None:
        self._update_count()

    def _on_model_reset(self) -> None:
        self._update_count()
        current = self.detail_pane.detail
        if current is not None and self.select_placement(current.id):
            self._show_selected()
            return
        if self.model.rowCount() == 1:
            self.placement_table.selectRow(0)
        else:
            self._show_detail(None)

    def _on_header_sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(section):
            header = self.placement_table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    def _on_placement_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._show_selected()

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
