"""The centre's catalogue of can-do statements: every statement by sector and level, in
Danish and English; add one, edit one, retire one or bring it back. Goals already set keep
the wording they were set with."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import CefrLevel, Sector
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.can_do import StatementInput, StatementRow, validate_statement
from mentor_desktop.ui import labels
from mentor_desktop.ui.forms import FormDialog
from mentor_desktop.ui.goal_models import RowsModel
from mentor_desktop.ui.messages import error_text
from mentor_desktop.ui.prompter import Prompter


class StatementColumn(IntEnum):
    SECTOR = 0
    LEVEL = 1
    DANISH = 2
    ENGLISH = 3


class StatementTableModel(RowsModel[StatementRow]):
    columns = StatementColumn

    def header(self, column: StatementColumn) -> str:
        return {
            StatementColumn.SECTOR: self.tr("Sector"),
            StatementColumn.LEVEL: self.tr("Level (indicative)"),
            StatementColumn.DANISH: self.tr("Danish"),
            StatementColumn.ENGLISH: self.tr("English"),
        }[column]

    def text(self, row: StatementRow, column: StatementColumn) -> str:
        if column == StatementColumn.SECTOR:
            return labels.sector(row.sector)
        if column == StatementColumn.LEVEL:
            return labels.cefr_level(row.level)
        if column == StatementColumn.DANISH:
            text = row.text_da
            return text if row.active else self.tr("{text} (retired)").format(text=text)
        return row.text_en or ""

    def tooltip(self, row: StatementRow, column: StatementColumn) -> str | None:
        return self.text(row, column) or None


class StatementDialog(FormDialog):
    """Adds a statement (``statement`` None) or edits one; ``saved_value`` is the row."""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        statement: StatementRow | None,
        parent: QWidget | None = None,
    ):
        super().__init__(prompter, parent=parent)
        self.setObjectName("can_do_statement_dialog")
        self._services = services
        self.statement = statement
        self.expected_version = statement.version if statement else None
        self.sector_label, self.level_label = QLabel(), QLabel()
        self.danish_label, self.english_label = QLabel(), QLabel()
        self.sector_combo = QComboBox()
        for sector in Sector:
            self.sector_combo.addItem("", sector.value)
        self.level_combo = QComboBox()
        for level in CefrLevel:
            self.level_combo.addItem(labels.cefr_level(level), level.value)
        self.danish_edit = QPlainTextEdit()
        self.english_edit = QPlainTextEdit()
        layout = QFormLayout()
        for name, caption, widget in (
            ("sector", self.sector_label, self.sector_combo),
            ("level", self.level_label, self.level_combo),
            ("text_da", self.danish_label, self.danish_edit),
            ("text_en", self.english_label, self.english_edit),
        ):
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 3 + 12)
            layout.addRow(caption, self.form.add_field(name, widget, caption=caption))
        main = QVBoxLayout(self)
        main.addLayout(layout)
        main.addWidget(self.form.banner_label)
        main.addWidget(self.button_box)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        self.form.set_values(
            {
                "sector": (statement.sector if statement else Sector.OTHER).value,
                "level": (statement.level if statement else CefrLevel.A2).value,
                "text_da": statement.text_da if statement else "",
                "text_en": (statement.text_en or "") if statement else "",
            }
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("New can-do statement")
            if self.statement is None
            else self.tr("Edit can-do statement")
        )
        self.sector_label.setText(self.tr("&Sector:"))
        self.level_label.setText(self.tr("&Level (indicative):"))
        self.danish_label.setText(self.tr("&Danish:"))
        self.english_label.setText(self.tr("&English:"))
        for i in range(self.sector_combo.count()):
            self.sector_combo.setItemText(i, labels.sector(self.sector_combo.itemData(i)))

    def statement_input(self, values: dict[str, Any]) -> StatementInput:
        return StatementInput(
            sector=values.get("sector"),
            text_da=values.get("text_da"),
            text_en=values.get("text_en"),
            level=values.get("level"),
        )

    def check(self, values: dict[str, Any]) -> None:
        validate_statement(self.statement_input(values))

    def save(self, values: dict[str, Any]) -> StatementRow:
        data = self.statement_input(values)
        if self.statement is None:
            return self._services.can_do.create_statement(data)
        assert self.expected_version is not None
        return self._services.can_do.update_statement(
            self.statement.id, data, expected_version=self.expected_version
        )


class CanDoCatalogueDialog(QDialog):
    def __init__(self, services: Services, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("can_do_catalogue_dialog")
        self._services = services
        self._prompter = prompter
        self.statement_dialog: StatementDialog | None = None
        self.model = StatementTableModel(self)
        self.statement_table = QTableView()
        self.statement_table.setObjectName("statement_table")
        self.statement_table.setModel(self.model)
        self.statement_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statement_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statement_table.setWordWrap(True)
        self.statement_table.setTabKeyNavigation(False)
        self.statement_table.verticalHeader().hide()
        header = self.statement_table.horizontalHeader()
        for column in (StatementColumn.SECTOR, StatementColumn.LEVEL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (StatementColumn.DANISH, StatementColumn.ENGLISH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.new_button, self.edit_button, self.retire_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.statement_table, 1)
        layout.addWidget(self.button_box)
        self.resize(900, 560)
        self.statement_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.statement_table.activated.connect(self._on_edit_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.button_box.rejected.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Can-do catalogue"))
        self.statement_table.setAccessibleName(self.tr("Can-do statements"))
        self.new_button.setText(self.tr("&New statement…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self, select: int | None = None) -> None:
        current = self.current()
        wanted = select if select is not None else (current.id if current else None)
        try:
            rows = self._services.can_do.catalogue(include_inactive=True)
        except MentorError as error:
            self._prompter.error(self, self.windowTitle(), error_text(error))
            rows = []
        self.model.set_rows(rows)
        self.statement_table.resizeRowsToContents()
        row = next((i for i, r in enumerate(rows) if r.id == wanted), 0 if rows else None)
        if row is not None:
            self.statement_table.selectRow(row)
        self._update_buttons()

    def current(self) -> StatementRow | None:
        index = self.statement_table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        current = self.current()
        self.edit_button.setEnabled(current is not None)
        self.retire_button.setEnabled(current is not None)
        retired = current is not None and not current.active
        self.retire_button.setText(self.tr("&Bring back") if retired else self.tr("&Retire"))

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _open(self, statement: StatementRow | None) -> None:
        dialog = StatementDialog(self._services, self._prompter, statement, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_statement_dialog_finished)
        self.statement_dialog = dialog
        dialog.open()

    def _on_statement_dialog_finished(self, result: int) -> None:
        dialog, self.statement_dialog = self.statement_dialog, None
        if result == QDialog.DialogCode.Accepted and dialog is not None:
            self.reload(select=dialog.saved_value.id)
        self.statement_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_new_button_clicked(self) -> None:
        self._open(None)

    def _on_edit_button_clicked(self) -> None:
        current = self.current()
        if current is not None:
            self._open(current)

    def _on_retire_button_clicked(self) -> None:
        current = self.current()
        if current is None:
            return
        try:
            self._services.can_do.set_statement_active(
                current.id, not current.active, expected_version=current.version
            )
        except MentorError as error:
            self._prompter.error(self, self.windowTitle(), error_text(error))
        self.reload(select=current.id)
