"""The preview of an import: what the file holds and what will happen to each word (added,
already in the list, different from the list), or every problem with its line and column.
Nothing is saved until the user presses Import; a file with problems cannot be imported."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.services.vocabulary_transfer import ImportPreview, RowAction
from mentor_desktop.ui import labels
from mentor_desktop.ui.forms import error_color
from mentor_desktop.ui.vocabulary_models import (
    ImportIssueModel,
    ImportPreviewModel,
    IssueColumn,
    PreviewColumn,
)


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class VocabularyImportDialog(QDialog):
    """Shows ``preview``; accepted means "import it". ``update_existing()`` tells whether
    words the list has already should take the file's values."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vocabulary_import_dialog")
        self.preview = preview
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()
        self.resize(760, 520)

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("import_summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.format_label = QLabel()
        self.format_label.setObjectName("import_format_label")
        self.format_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.format_label)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("import_problem_label")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {error_color(self)}; font-weight: bold;")
        layout.addWidget(self.problem_label)

        self.issue_model = ImportIssueModel(self)
        self.issue_model.set_rows(self.preview.issues)
        self.issue_table = _table("import_issue_table")
        self.issue_table.setModel(self.issue_model)
        self.issue_table.horizontalHeader().resizeSection(IssueColumn.PLACE, 220)
        self.issue_table.setWordWrap(True)
        self.issue_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.row_model = ImportPreviewModel(self)
        self.row_model.set_rows(self.preview.rows)
        self.row_table = _table("import_row_table")
        self.row_table.setModel(self.row_model)
        header = self.row_table.horizontalHeader()
        header.resizeSection(PreviewColumn.LINE, 50)
        header.resizeSection(PreviewColumn.TERM, 150)
        header.resizeSection(PreviewColumn.WORD_CLASS, 90)
        header.resizeSection(PreviewColumn.ACTION, 250)
        header.setSectionResizeMode(PreviewColumn.GLOSSES, QHeaderView.ResizeMode.Stretch)
        self.update_check = QCheckBox()
        self.update_check.setObjectName("import_update_check")
        has_issues = bool(self.preview.issues)
        self.issue_table.setVisible(has_issues)
        self.problem_label.setVisible(has_issues)
        self.row_table.setVisible(not has_issues)
        self.update_check.setVisible(self.preview.count(RowAction.CHANGED) > 0)
        layout.addWidget(self.issue_table, 1)
        layout.addWidget(self.row_table, 1)
        layout.addWidget(self.update_check)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_button")
        self.button_box.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(not has_issues and self._has_work())
        layout.addWidget(self.button_box)
        (self.issue_table if has_issues else self.row_table).setFocus()

    def _connect_signals(self) -> None:
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.update_check.toggled.connect(self._on_update_check_toggled)

    def _has_work(self) -> bool:
        new = self.preview.count(RowAction.NEW)
        changed = self.preview.count(RowAction.CHANGED)
        return new > 0 or (changed > 0 and self.update_check.isChecked())

    def update_existing(self) -> bool:
        return self.update_check.isChecked()

    def retranslate_ui(self) -> None:
        preview = self.preview
        self.setWindowTitle(self.tr("Import into {name}").format(name=preview.list_name))
        self.import_button.setText(self.tr("&Import"))
        self.update_check.setText(
            self.tr("&Update the words the list has already with the file's values")
        )
        self.update_check.setToolTip(
            self.tr("Empty cells in the file change nothing; glosses are added or replaced.")
        )
        new = preview.count(RowAction.NEW)
        same = preview.count(RowAction.SAME)
        changed = preview.count(RowAction.CHANGED)
        if preview.issues:
            summary = self.tr("{file} cannot be imported into {name}.").format(
                file=preview.file_name, name=preview.list_name
            )
            self.problem_label.setText(
                self.tr(
                    "%n problem(s) found. Nothing has been imported. Correct the file in "
                    "your spreadsheet program and import it again.",
                    "",
                    len(preview.issues),
                )
            )
        else:
            lines = [
                self.tr("{file} into {name}:").format(
                    file=preview.file_name, name=preview.list_name
                ),
                self.tr("%n new word(s) will be added.", "", new),
            ]
            if same:
                lines.append(
                    self.tr("%n word(s) are in the list already and stay as they are.", "", same)
                )
            if changed:
                lines.append(self.tr("%n word(s) are in the list already but differ.", "", changed))
            summary = "\n".join(lines)
        self.summary_label.setText(summary)
        self.summary_label.setAccessibleName(summary)
        languages = ", ".join(labels.language_name(code) for code in preview.languages)
        if preview.file_format == "xlsx":
            read_as = self.tr("Read as an Excel workbook (.xlsx).")
        elif preview.encoding and preview.delimiter:
            separators = {";": self.tr("semicolons"), ",": self.tr("commas"), "\t": self.tr("tabs")}
            read_as = self.tr("Read as CSV in {encoding}, separated by {separator}.").format(
                encoding=preview.encoding, separator=separators.get(preview.delimiter, "?")
            )
        else:
            read_as = ""
        if languages:
            read_as = " ".join(
                [read_as, self.tr("Glosses in: {languages}.").format(languages=languages)]
            ).strip()
        self.format_label.setText(read_as)
        self.format_label.setVisible(bool(read_as))
        self.issue_table.setAccessibleName(self.tr("Problems in the file"))
        self.row_table.setAccessibleName(self.tr("Words in the file"))
        self.row_model.retranslate()
        self.issue_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_update_check_toggled(self, checked: bool) -> None:
        self.row_model.set_update_existing(checked)
        self.import_button.setEnabled(not self.preview.issues and self._has_work())
