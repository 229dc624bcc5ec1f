"""What the Learners, Employers and Placements screens share: a search field that waits for
typing to pause, a Show archived check, a count, a paged table sorted by the database and a
detail pane beside it in a splitter whose state (and the table's columns) are kept between
runs. The screens add their own filters, buttons, texts and actions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.paged_table_model import PagedTableModel
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import Settings

# The tutors a tutor filter offers, at most.
TUTORS_LISTED = 500

SEARCH_DELAY_MS = 150


class ListScreen(QWidget):
    """A searchable paged list with the chosen row's details beside it."""

    error_occurred = Signal(object)

    model: PagedTableModel[Any]
    detail_pane: QWidget

    def __init__(
        self,
        name: str,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(name)
        self._services = services
        self._events = events
        self._settings = settings
        self._prompter = prompter
        self.model = self._create_model()
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()

    def _build_list_ui(
        self,
        name: str,
        *,
        rows: Sequence[QLayout],
        sort_column: int,
        sort_order: Qt.SortOrder,
        stretch_column: int,
        column_widths: Mapping[int, int],
        splitter_sizes: list[int],
    ) -> QTableView:
        """Build the list for rows called ``name`` with ``rows`` (filters, buttons) between the
        search line and the table, restore the kept state and return the table."""
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName(f"{name}_search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.archived_check = QCheckBox()
        self.archived_check.setObjectName(f"{name}_archived_check")
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{name}_count_label")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.archived_check)
        top.addWidget(self.count_label)

        table = QTableView()
        table.setObjectName(f"{name}_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        # The order first, then sorting on: the model loads its first page once, in it.
        table.sortByColumn(sort_column, sort_order)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setObjectName(f"{name}_table_header")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        for column, width in column_widths.items():
            header.resizeSection(column, width)
        self._table = table

        self.empty_list_label = QLabel()
        self.empty_list_label.setObjectName(f"{name}_empty_list_label")
        self.empty_list_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_list_label.setWordWrap(True)

        list_widget = QWidget()
        list_layout = QVBoxLayout(list_widget)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        for row in rows:
            list_layout.addLayout(row)
        list_layout.addWidget(table, 1)
        list_layout.addWidget(self.empty_list_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{name}s_splitter")
        self.splitter.addWidget(list_widget)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes(splitter_sizes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        self._settings.restore_state(self.splitter)
        self._settings.restore_state(header)
        if not self.model.is_sortable(header.sortIndicatorSection()):
            header.setSortIndicator(sort_column, sort_order)
        return table

    def _build_record_buttons(self, name: str) -> QHBoxLayout:
        """New, Edit and Archive buttons, named ``{name}_new_button`` and so on, in a row."""
        self.new_button = QPushButton()
        self.new_button.setObjectName(f"{name}_new_button")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName(f"{name}_edit_button")
        self.archive_button = QPushButton()
        self.archive_button.setObjectName(f"{name}_archive_button")
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.archive_button)
        row.addStretch(1)
        return row

    def _update_record_buttons(self, *, restore_text: str, archive_text: str) -> None:
        """Edit for a chosen record that is not archived; Archive, or Restore for an archived
        one, for any chosen record."""
        detail = self._current_detail()
        self.edit_button.setEnabled(detail is not None and detail.archived_at is None)
        self.archive_button.setEnabled(detail is not None)
        if detail is not None and detail.archived_at is not None:
            self.archive_button.setText(restore_text)
        else:
            self.archive_button.setText(archive_text)

    def _sort_as_header_shows(self) -> None:
        header = self._table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _connect_list_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_timer_timeout)
        self.search_timer.timeout.connect(self._on_search_timer_timeout)
        self.archived_check.toggled.connect(self.model.set_include_archived)
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.load_failed.connect(self.error_occurred)
        self._table.horizontalHeader().sortIndicatorChanged.connect(
            self._on_header_sort_indicator_changed
        )
        self._table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    # What a screen provides

    def _create_model(self) -> PagedTableModel[Any]:
        raise NotImplementedError

    def _build_ui(self) -> None:
        raise NotImplementedError

    def _connect_signals(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def _update_count(self) -> None:
        raise NotImplementedError

    def _current_detail(self) -> Any:
        raise NotImplementedError

    def _get_detail(self, row_id: int) -> Any:
        raise NotImplementedError

    def _show_detail(self, detail: Any) -> None:
        raise NotImplementedError

    # Shared behaviour

    def showEvent(self, event: QShowEvent) -> None:
        # A screen not yet shown has read nothing: start-up only reads what it shows.
        if not self.model.loaded:
            self.model.reload()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def reload(self) -> None:
        self.model.reload()

    def save_state(self) -> None:
        self._settings.save_state(self.splitter)
        self._settings.save_state(self._table.horizontalHeader())

    def _select_row_of(self, row_id: int, *, scroll: bool = True) -> bool:
        """Select ``row_id`` if it is among the rows loaded so far."""
        row = self.model.row_of(row_id)
        if row is None:
            return False
        self._table.selectRow(row)
        if scroll:
            self._table.scrollTo(self.model.index(row, 0))
        return True

    def _show_count(self, count_text: str, empty_text: str) -> None:
        """Show ``count_text`` beside the search, and ``empty_text`` instead of the table when
        no row is loaded."""
        self.count_label.setText(count_text)
        empty = self.model.rowCount() == 0
        self.empty_list_label.setVisible(empty)
        if empty:
            self.empty_list_label.setText(empty_text)

    def _show_record(self, row_id: int) -> None:
        """Select ``row_id`` in the list, or show its details if the list does not hold it."""
        if not self._select_row_of(row_id):
            try:
                self._show_detail(self._get_detail(row_id))
            except MentorError as error:
                self.error_occurred.emit(error)

    def _show_selected(self) -> None:
        rows = self._table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            self._show_detail(None)
            return
        try:
            self._show_detail(self._get_detail(row.id))
        except MentorError as error:
            self._show_detail(None)
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
        current = self._current_detail()
        if current is not None and self._select_row_of(current.id):
            self._show_selected()
            return
        if self.model.rowCount() == 1:
            self._table.selectRow(0)
        else:
            self._show_detail(None)

    def _on_header_sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(section):
            header = self._table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    def _on_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._show_selected()

    def fill_tutor_combo(self, combo: QComboBox) -> None:
        """Offer "All tutors" and every tutor in ``combo``, keeping the one chosen; a
        failure to read them is reported and leaves only "All tutors"."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("ListScreen", "All tutors"), None)
        try:
            users = self._services.users.list(limit=TUTORS_LISTED).rows
        except MentorError as error:
            self.error_occurred.emit(error)
            users = []
        for user in users:
            combo.addItem(user.name, user.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
