"""Table models of the Vocabulary screen and the import preview: short lists (a centre's word
lists, one list's words, one file's rows) that the service already read and ordered."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from mentor_desktop.domain.languages import is_right_to_left
from mentor_desktop.domain.vocabulary import ImportIssue
from mentor_desktop.services.vocabulary import VocabularyItemRow, VocabularyListRow
from mentor_desktop.services.vocabulary_transfer import ImportRow, RowAction
from mentor_desktop.ui import labels
from mentor_desktop.ui.vocabulary_messages import issue_place, issue_problem

_Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

_CONTEXT = "VocabularyModels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class _RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows given whole; subclasses name the columns and say what each cell shows."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.column_names())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = self.column_names()
            return names[section] if 0 <= section < len(names) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, index.column())
        return self.extra(row, index.column(), role)

    def column_names(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def extra(self, row: Row, column: int, role: int) -> Any:
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )


class ListColumn(IntEnum):
    NAME = 0
    SECTOR = 1
    WORDS = 2


_LIST_HEADERS = {
    ListColumn.NAME: QT_TRANSLATE_NOOP("VocabularyModels", "Word list"),
    ListColumn.SECTOR: QT_TRANSLATE_NOOP("VocabularyModels", "Sector"),
    ListColumn.WORDS: QT_TRANSLATE_NOOP("VocabularyModels", "Words"),
}


class VocabularyListModel(_RowsModel[VocabularyListRow]):
    def column_names(self) -> list[str]:
        return [_tr(_LIST_HEADERS[c]) for c in ListColumn]

    def display(self, row: VocabularyListRow, column: int) -> str:
        match column:
            case ListColumn.NAME:
                if row.archived:
                    return QCoreApplication.translate(
                        "VocabularyModels", "{name} (archived)"
                    ).format(name=row.name)
                return row.name
            case ListColumn.SECTOR:
                return labels.sector(row.sector)
            case ListColumn.WORDS:
                return str(row.item_count)
        return ""

    def extra(self, row: VocabularyListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ListColumn.WORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def row_of(self, list_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == list_id), -1)


class ItemColumn(IntEnum):
    TERM = 0
    ARTICLE = 1
    WORD_CLASS = 2
    SAFETY = 3
    EXAMPLE = 4


_ITEM_HEADERS = {
    ItemColumn.TERM: QT_TRANSLATE_NOOP("VocabularyModels", "Danish term"),
    ItemColumn.ARTICLE: QT_TRANSLATE_NOOP("VocabularyModels", "Article"),
    ItemColumn.WORD_CLASS: QT_TRANSLATE_NOOP("VocabularyModels", "Word class"),
    ItemColumn.SAFETY: QT_TRANSLATE_NOOP("VocabularyModels", "Safety"),
    ItemColumn.EXAMPLE: QT_TRANSLATE_NOOP("VocabularyModels", "Example sentence"),
}


class VocabularyItemModel(_RowsModel[VocabularyItemRow]):
    """A list's words; after the fixed columns, one column per gloss language."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.languages: list[str] = []

    def set_items(self, rows: Sequence[VocabularyItemRow], languages: Sequence[str]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.languages = list(languages)
        self.endResetModel()

    def column_names(self) -> list[str]:
        return [_tr(_ITEM_HEADERS[c]) for c in ItemColumn] + [
            labels.language_name(code) for code in self.languages
        ]

    def language_of(self, column: int) -> str | None:
        index = column - len(ItemColumn)
        return self.languages[index] if 0 <= index < len(self.languages) else None

    def display(self, row: VocabularyItemRow, column: int) -> str:
        match column:
            case ItemColumn.TERM:
                return row.term
            case ItemColumn.ARTICLE:
                return row.article or ""
            case ItemColumn.WORD_CLASS:
                return labels.word_class(row.word_class)
            case ItemColumn.SAFETY:
                return (
                    QCoreApplication.translate("VocabularyModels", "Critical")
                    if row.safety_critical
                    else ""
                )
            case ItemColumn.EXAMPLE:
                return (row.example or "").replace("\n", " ")
        language = self.language_of(column)
        return row.glosses.get(language, "") if language else ""

    def extra(self, row: VocabularyItemRow, column: int, role: int) -> Any:
        language = self.language_of(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and language and is_right_to_left(language):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == ItemColumn.SAFETY:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_of(self, item_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == item_id), -1)


class PreviewColumn(IntEnum):
    LINE = 0
    TERM = 1
    WORD_CLASS = 2
    ACTION = 3
    GLOSSES = 4


_PREVIEW_HEADERS = {
    PreviewColumn.LINE: QT_TRANSLATE_NOOP("VocabularyModels", "Line"),
    PreviewColumn.TERM: QT_TRANSLATE_NOOP("VocabularyModels", "Danish term"),
    PreviewColumn.WORD_CLASS: QT_TRANSLATE_NOOP("VocabularyModels", "Word class"),
    PreviewColumn.ACTION: QT_TRANSLATE_NOOP("VocabularyModels", "What happens"),
    PreviewColumn.GLOSSES: QT_TRANSLATE_NOOP("VocabularyModels", "Glosses"),
}

_CHANGE_NAMES = {
    "article": QT_TRANSLATE_NOOP("VocabularyModels", "article"),
    "example": QT_TRANSLATE_NOOP("VocabularyModels", "example"),
    "safety_critical": QT_TRANSLATE_NOOP("VocabularyModels", "safety flag"),
    "glosses": QT_TRANSLATE_NOOP("VocabularyModels", "glosses"),
}


class ImportPreviewModel(_RowsModel[ImportRow]):
    """The words of a file and what the import will do with each."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.update_existing = False

    def set_update_existing(self, update: bool) -> None:
        self.update_existing = update
        self.retranslate()

    def column_names(self) -> list[str]:
        return [_tr(_PREVIEW_HEADERS[c]) for c in PreviewColumn]

    def display(self, row: ImportRow, column: int) -> str:
        match column:
            case PreviewColumn.LINE:
                return str(row.line)
            case PreviewColumn.TERM:
                return row.term
            case PreviewColumn.WORD_CLASS:
                return labels.word_class(row.word_class)
            case PreviewColumn.ACTION:
                return self.action_text(row)
            case PreviewColumn.GLOSSES:
                # Each gloss isolated (FSI … PDI) so right-to-left ones keep to themselves.
                return " · ".join(
                    f"{code}: \u2068{text}\u2069" for code, text in row.glosses.items()
                )
        return ""

    def action_text(self, row: ImportRow) -> str:
        if row.action is RowAction.NEW:
            return QCoreApplication.translate("VocabularyModels", "New word")
        if row.action is RowAction.SAME:
            return QCoreApplication.translate("VocabularyModels", "Already in the list")
        changes = ", ".join(_tr(_CHANGE_NAMES[c]) for c in row.changes)
        if self.update_existing:
            return QCoreApplication.translate(
                "VocabularyModels", "Will be updated: {changes}"
            ).format(changes=changes)
        return QCoreApplication.translate(
            "VocabularyModels", "In the list, differs in: {changes} (left as it is)"
        ).format(changes=changes)

    def extra(self, row: ImportRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PreviewColumn.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == PreviewColumn.ACTION:
            if row.action is RowAction.NEW:
                font = QFont()
                font.setBold(True)
                return font
        return None


class IssueColumn(IntEnum):
    PLACE = 0
    PROBLEM = 1


_ISSUE_HEADERS = {
    IssueColumn.PLACE: QT_TRANSLATE_NOOP("VocabularyModels", "Where"),
    IssueColumn.PROBLEM: QT_TRANSLATE_NOOP("VocabularyModels", "Problem"),
}


class ImportIssueModel(_RowsModel[ImportIssue]):
    def column_names(self) -> list[str]:
        return [_tr(_ISSUE_HEADERS[c]) for c in IssueColumn]

    def display(self, row: ImportIssue, column: int) -> str:
        if column == IssueColumn.PLACE:
            return issue_place(row) or QCoreApplication.translate("VocabularyModels", "Whole file")
        return issue_problem(row)
