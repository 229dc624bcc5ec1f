"""The Vocabulary screen: the centre's word lists on the left (per sector, some adapted for
one employer), the chosen list's words with their glosses on the right. Create, edit, copy
and archive lists; add, edit and archive words; import a list from CSV or XLSX through a
preview, and export it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
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
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.domain.languages import LANGUAGES
from mentor_desktop.services.vocabulary import VocabularyItemRow, VocabularyListDetail
from mentor_desktop.ui import labels
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import Settings
from mentor_desktop.ui.tasks import TaskRunner
from mentor_desktop.ui.vocabulary_item_dialog import VocabularyItemDialog
from mentor_desktop.ui.vocabulary_list_dialog import ListMode, VocabularyListDialog
from mentor_desktop.ui.vocabulary_models import (
    ItemColumn,
    ListColumn,
    VocabularyItemModel,
    VocabularyListModel,
)
from mentor_desktop.ui.vocabulary_transfer_flow import VocabularyTransferFlow


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    return table


class VocabularyScreen(QWidget):
    """Word lists and their words."""

    error_occurred = Signal(object)

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("vocabulary_screen")
        self._services = services
        self._events = events
        self._settings = settings
        self._prompter = prompter
        self.tasks = tasks or TaskRunner(self)
        self.detail: VocabularyListDetail | None = None
        self.transfer = VocabularyTransferFlow(services, prompter, self.tasks, self)
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()
        self.reload()

    def _build_ui(self) -> None:
        self.lists_label = QLabel()
        self.list_model = VocabularyListModel(self)
        self.list_table = _table("vocabulary_list_table")
        self.list_table.setModel(self.list_model)
        self.lists_label.setBuddy(self.list_table)
        header = self.list_table.horizontalHeader()
        header.setSectionResizeMode(ListColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ListColumn.SECTOR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ListColumn.WORDS, QHeaderView.ResizeMode.ResizeToContents)
        self.archived_lists_check = QCheckBox()
        self.archived_lists_check.setObjectName("vocabulary_archived_lists_check")
        self.new_list_button = QPushButton()
        self.edit_list_button = QPushButton()
        self.copy_list_button = QPushButton()
        self.archive_list_button = QPushButton()
        list_buttons = QGridLayout()
        for n, (name, button) in enumerate(
            {
                "new_list": self.new_list_button,
                "edit_list": self.edit_list_button,
                "copy_list": self.copy_list_button,
                "archive_list": self.archive_list_button,
            }.items()
        ):
            button.setObjectName(f"vocabulary_{name}_button")
            list_buttons.addWidget(button, n // 2, n % 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.lists_label)
        left_layout.addWidget(self.list_table, 1)
        left_layout.addWidget(self.archived_lists_check)
        left_layout.addLayout(list_buttons)

        self.title_label = QLabel()
        self.title_label.setObjectName("vocabulary_title_label")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.info_label = QLabel()
        self.info_label.setObjectName("vocabulary_info_label")
        self.info_label.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("vocabulary_search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.archived_items_check = QCheckBox()
        self.archived_items_check.setObjectName("vocabulary_archived_items_check")
        self.count_label = QLabel()
        self.count_label.setObjectName("vocabulary_count_label")
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.archived_items_check)
        search_row.addWidget(self.count_label)
        self.item_model = VocabularyItemModel(self)
        # One list's words: a few hundred rows at most, filtered as the user types.
        self.item_proxy = QSortFilterProxyModel(self)
        self.item_proxy.setSourceModel(self.item_model)
        self.item_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.item_proxy.setFilterKeyColumn(-1)
        self.item_table = _table("vocabulary_item_table")
        self.item_table.setModel(self.item_proxy)
        self.item_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.new_item_button = QPushButton()
        self.edit_item_button = QPushButton()
        self.archive_item_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        item_buttons = QHBoxLayout()
        for name, button in {
            "new_item": self.new_item_button,
            "edit_item": self.edit_item_button,
            "archive_item": self.archive_item_button,
            "import": self.import_button,
            "export": self.export_button,
        }.items():
            button.setObjectName(f"vocabulary_{name}_button")
            if name == "import":
                item_buttons.addStretch(1)
            item_buttons.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.info_label)
        right_layout.addLayout(search_row)
        right_layout.addWidget(self.item_table, 1)
        right_layout.addLayout(item_buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("vocabulary_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._settings.restore_state(self.splitter)
        self.new_item_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_item_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setTabOrder(self.list_table, self.archived_lists_check)
        self.setTabOrder(self.archived_lists_check, self.new_list_button)
        self.setTabOrder(self.new_list_button, self.edit_list_button)
        self.setTabOrder(self.edit_list_button, self.copy_list_button)
        self.setTabOrder(self.copy_list_button, self.archive_list_button)
        self.setTabOrder(self.archive_list_button, self.search_edit)

    def _connect_signals(self) -> None:
        self.list_table.selectionModel().selectionChanged.connect(
            self._on_list_table_selection_changed
        )
        self.item_table.selectionModel().selectionChanged.connect(
            self._on_item_table_selection_changed
        )
        self.item_table.activated.connect(self._on_edit_item_button_clicked)
        self.list_table.activated.connect(lambda _index: self.item_table.setFocus())
        self.archived_lists_check.toggled.connect(self.reload)
        self.archived_items_check.toggled.connect(self._load_items)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.new_list_button.clicked.connect(self._on_new_list_button_clicked)
        self.edit_list_button.clicked.connect(self._on_edit_list_button_clicked)
        self.copy_list_button.clicked.connect(self._on_copy_list_button_clicked)
        self.archive_list_button.clicked.connect(self._on_archive_list_button_clicked)
        self.new_item_button.clicked.connect(self._on_new_item_button_clicked)
        self.new_item_shortcut.activated.connect(self._on_new_item_button_clicked)
        self.edit_item_button.clicked.connect(self._on_edit_item_button_clicked)
        self.archive_item_button.clicked.connect(self._on_archive_item_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.transfer.imported.connect(self._on_transfer_imported)
        self._events.employer_changed.connect(lambda _id: self.reload())
        self._events.data_reset.connect(self.reload)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Vocabulary"))
        self.lists_label.setText(self.tr("&Word lists"))
        self.list_table.setAccessibleName(self.tr("Word lists"))
        self.list_table.setToolTip(self.tr("Choose a list to see its words"))
        self.archived_lists_check.setText(self.tr("Show archived lists"))
        self.new_list_button.setText(self.tr("New &list…"))
        self.edit_list_button.setText(self.tr("Edit l&ist…"))
        self.copy_list_button.setText(self.tr("&Copy for employer…"))
        self.copy_list_button.setToolTip(
            self.tr("Copy the list with all its words, to adapt it for one workplace")
        )
        self.search_edit.setPlaceholderText(self.tr("Find a word or gloss in this list"))
        self.search_edit.setAccessibleName(self.tr("Find a word in this list"))
        self.search_edit.setToolTip(self.tr("Find a word or gloss in this list (Ctrl+F)"))
        self.archived_items_check.setText(self.tr("Show archived words"))
        self.item_table.setAccessibleName(self.tr("Words of the list"))
        self.item_table.setToolTip(self.tr("Press Enter to edit the chosen word"))
        self.new_item_button.setText(self.tr("&New word…"))
        self.new_item_button.setToolTip(self.tr("Add a word to this list (Ctrl+N)"))
        self.edit_item_button.setText(self.tr("&Edit word…"))
        self.import_button.setText(self.tr("I&mport…"))
        self.import_button.setToolTip(
            self.tr("Add words from a CSV file or an Excel workbook; you see a preview first")
        )
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save this list as an Excel workbook or CSV file"))
        self.list_model.retranslate()
        self.item_model.retranslate()
        self._show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_state(self) -> None:
        self._settings.save_state(self.splitter)

    # Loading.

    def reload(self) -> None:
        """Read the lists again, keeping the chosen one chosen."""
        keep = self.detail.id if self.detail else None
        try:
            rows = self._services.vocabulary.lists(
                include_archived=self.archived_lists_check.isChecked()
            )
        except MentorError as error:
            self.error_occurred.emit(error)
            rows = []
        self.list_model.set_rows(rows)
        row = self.list_model.row_of(keep) if keep is not None else -1
        self.list_table.selectRow(max(row, 0) if rows else -1)
        if not rows:
            self._show_list(None)

    def select_list(self, list_id: int) -> bool:
        row = self.list_model.row_of(list_id)
        if row < 0:
            return False
        self.list_table.selectRow(row)
        return True

    def select_item(self, item_id: int) -> bool:
        row = self.item_model.row_of(item_id)
        if row < 0:
            return False
        index = self.item_proxy.mapFromSource(self.item_model.index(row, 0))
        if not index.isValid():
            return False
        self.item_table.selectRow(index.row())
        self.item_table.scrollTo(index)
        return True

    def _show_list(self, list_id: int | None) -> None:
        self.detail = None
        if list_id is not None:
            try:
                self.detail = self._services.vocabulary.get_list(list_id)
            except MentorError as error:
                self.error_occurred.emit(error)
        self._load_items()

    def _load_items(self) -> None:
        rows: list[VocabularyItemRow] = []
        if self.detail is not None:
            try:
                rows = self._services.vocabulary.items(
                    self.detail.id, include_archived=self.archived_items_check.isChecked()
                )
            except MentorError as error:
                self.error_occurred.emit(error)
        used = {code for row in rows for code in row.glosses}
        # The learners' languages first, English (the tutor's help) last.
        languages = sorted((c for c in LANGUAGES if c in used), key=lambda c: c == "en")
        self.item_model.set_items(rows, languages)
        header = self.item_table.horizontalHeader()
        widths = {
            ItemColumn.TERM: 130,
            ItemColumn.ARTICLE: 75,
            ItemColumn.WORD_CLASS: 85,
            ItemColumn.SAFETY: 85,
            ItemColumn.EXAMPLE: 200,
        }
        for column in range(self.item_model.columnCount()):
            header.resizeSection(column, widths.get(column, 120))
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.detail
        if detail is None:
            self.title_label.setText(self.tr("No list chosen"))
            self.info_label.setText(
                self.tr("Choose a word list on the left, or make one with New list.")
            )
        else:
            self.title_label.setText(detail.data.name)
            parts = [labels.sector(detail.data.sector)]
            if detail.employer_name:
                parts.append(
                    self.tr("adapted for {employer}").format(employer=detail.employer_name)
                )
            if detail.copied_from_name:
                parts.append(self.tr("copied from {name}").format(name=detail.copied_from_name))
            if detail.archived_at is not None:
                parts.append(self.tr("archived"))
            if detail.data.description:
                parts.append(detail.data.description)
            self.info_label.setText(" · ".join(parts))
        self.title_label.setAccessibleName(self.title_label.text())
        self.info_label.setAccessibleName(self.info_label.text())
        shown = self.item_proxy.rowCount()
        self.count_label.setText(self.tr("%n word(s)", "", shown))
        self._update_actions()

    def _current_item(self) -> VocabularyItemRow | None:
        indexes = self.item_table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.item_model.row_at(self.item_proxy.mapToSource(indexes[0]).row())

    def _update_actions(self) -> None:
        detail = self.detail
        open_list = detail is not None and detail.archived_at is None
        item = self._current_item()
        self.edit_list_button.setEnabled(open_list)
        self.copy_list_button.setEnabled(detail is not None)
        self.archive_list_button.setEnabled(detail is not None)
        archived = detail is not None and detail.archived_at is not None
        self.archive_list_button.setText(
            self.tr("&Restore list") if archived else self.tr("&Archive list")
        )
        self.new_item_button.setEnabled(open_list)
        self.new_item_shortcut.setEnabled(open_list)
        self.import_button.setEnabled(open_list)
        self.export_button.setEnabled(detail is not None)
        self.edit_item_button.setEnabled(open_list and item is not None and not item.archived)
        self.archive_item_button.setEnabled(open_list and item is not None)
        self.archive_item_button.setText(
            self.tr("Restore w&ord")
            if item is not None and item.archived
            else self.tr("Archi&ve word")
        )

    # Lists.

    def _on_list_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        indexes = self.list_table.selectionModel().selectedRows()
        row = self.list_model.row_at(indexes[0].row()) if indexes else None
        self._show_list(row.id if row else None)

    def _after_list_change(self, list_id: int) -> None:
        self._events.vocabulary_changed.emit(list_id)
        self.detail = None
        self.reload()
        self.select_list(list_id)

    def _run_list_dialog(self, mode: ListMode) -> None:
        dialog = VocabularyListDialog(self._services, self._prompter, mode, self.detail, self)
        if dialog.exec() and dialog.saved_value is not None:
            self._after_list_change(dialog.saved_value.id)

    def _on_new_list_button_clicked(self) -> None:
        self._run_list_dialog(ListMode.NEW)

    def _on_edit_list_button_clicked(self) -> None:
        if self.detail is not None and self.detail.archived_at is None:
            self._run_list_dialog(ListMode.EDIT)

    def _on_copy_list_button_clicked(self) -> None:
        if self.detail is not None:
            self._run_list_dialog(ListMode.COPY)

    def _on_archive_list_button_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        lists = self._services.vocabulary
        name = detail.data.name
        try:
            if detail.archived_at is None:
                question = self.tr(
                    "Archive the list {name}? It leaves the lists, its words stay in learners' "
                    "goals, and it can be restored."
                ).format(name=name)
                if not self._prompter.confirm(self, self.tr("Archive list"), question):
                    return
                lists.archive_list(detail.id, expected_version=detail.version)
            else:
                question = self.tr("Restore the list {name}?").format(name=name)
                if not self._prompter.confirm(self, self.tr("Restore list"), question):
                    return
                lists.restore_list(detail.id, expected_version=detail.version)
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        if detail.archived_at is None and not self.archived_lists_check.isChecked():
            self._events.vocabulary_changed.emit(detail.id)
            self.detail = None
            self.reload()
        else:
            self._after_list_change(detail.id)

    # Words.

    def _on_item_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._update_actions()

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.item_proxy.setFilterFixedString(text.strip())
        self._show_detail()

    def _after_item_change(self, item_id: int) -> None:
        assert self.detail is not None
        list_id = self.detail.id
        self._events.vocabulary_changed.emit(list_id)
        self.reload()
        self.select_item(item_id)
        self.item_table.setFocus()

    def _on_new_item_button_clicked(self) -> None:
        if self.detail is None or self.detail.archived_at is not None:
            return
        dialog = VocabularyItemDialog(
            self._services, self._prompter, self.detail.id, None, self.detail.languages, self
        )
        if dialog.exec() and dialog.saved_value is not None:
            self._after_item_change(dialog.saved_value.id)

    def _on_edit_item_button_clicked(self) -> None:
        item = self._current_item()
        if self.detail is None or item is None or item.archived or self.detail.archived_at:
            return
        try:
            detail = self._services.vocabulary.get_item(item.id)
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        dialog = VocabularyItemDialog(
            self._services, self._prompter, self.detail.id, detail, self.detail.languages, self
        )
        if dialog.exec() and dialog.saved_value is not None:
            self._after_item_change(item.id)

    def _on_archive_item_button_clicked(self) -> None:
        item = self._current_item()
        if item is None or self.detail is None:
            return
        words = self._services.vocabulary
        try:
            if not item.archived:
                question = self.tr(
                    "Archive the word {term}? It leaves the list but stays in learners' goals, "
                    "and can be restored."
                ).format(term=item.term)
                if not self._prompter.confirm(self, self.tr("Archive word"), question):
                    return
                words.archive_item(item.id, expected_version=item.version)
            else:
                words.restore_item(item.id, expected_version=item.version)
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        self._after_item_change(item.id)

    # Import and export.

    def _on_import_button_clicked(self) -> None:
        if self.detail is not None and self.detail.archived_at is None:
            self.transfer.choose_and_import(self.detail.id)

    def _on_export_button_clicked(self) -> None:
        if self.detail is not None:
            self.transfer.choose_and_export(self.detail.id, self.detail.data.name)

    def _on_transfer_imported(self, list_id: int) -> None:
        self._after_list_change(list_id)
