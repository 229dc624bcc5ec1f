"""Table models of the Goals dialog: a learner's goal words, can-do goals, progress per
list and the words mastered over time. Each holds a short list of the services' dataclasses
(a learner has tens of goals, not thousands)."""

from __future__ import annotations

import unicodedata
from datetime import date
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from mentor_desktop.domain.enums import VocabularyStatus
from mentor_desktop.domain.goals import LADDER
from mentor_desktop.services.can_do import CanDoRow
from mentor_desktop.services.goals import GoalRow, ListProgress
from mentor_desktop.ui import goal_labels, labels

_Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


def is_right_to_left_text(text: str) -> bool:
    """Whether ``text`` starts in a right-to-left script (an Arabic or Persian gloss): such
    text lines up on the right of its cell."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def compact_rows(table: QTableView) -> None:
    """Rows one line of text high, so that more words fit in view."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of one dataclass; a subclass names its columns and says what each cell shows."""

    columns: type[IntEnum]

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(self.columns(section))
        return None

    def data(self, index: _Index, role: int = 0) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = self.columns(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.is_number(column) or is_right_to_left_text(self.text(row, column)):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def header(self, column: Any) -> str:
        raise NotImplementedError

    def text(self, row: T, column: Any) -> str:
        raise NotImplementedError

    def tooltip(self, row: T, column: Any) -> str | None:
        return None

    def foreground(self, row: T, column: Any) -> QColor | None:
        return None

    def is_number(self, column: Any) -> bool:
        return False


class GoalColumn(IntEnum):
    TERM = 0
    GLOSS = 1
    LIST = 2
    STATUS = 3
    SINCE = 4


class GoalTableModel(RowsModel[GoalRow]):
    columns = GoalColumn

    def header(self, column: GoalColumn) -> str:
        return {
            GoalColumn.TERM: self.tr("Word"),
            GoalColumn.GLOSS: self.tr("Gloss"),
            GoalColumn.LIST: self.tr("List"),
            GoalColumn.STATUS: self.tr("Status"),
            GoalColumn.SINCE: self.tr("Since"),
        }[column]

    def text(self, row: GoalRow, column: GoalColumn) -> str:
        if column == GoalColumn.TERM:
            return row.display_term
        if column == GoalColumn.GLOSS:
            return row.gloss or ""
        if column == GoalColumn.LIST:
            return row.list_name
        if column == GoalColumn.STATUS:
            return goal_labels.vocabulary_status(row.status)
        return short_date(row.status_on)

    def tooltip(self, row: GoalRow, column: GoalColumn) -> str | None:
        if column == GoalColumn.TERM and row.example:
            return row.example
        return None

    def foreground(self, row: GoalRow, column: GoalColumn) -> QColor | None:
        if column == GoalColumn.STATUS and row.status is VocabularyStatus.MASTERED:
            return QColor("#1b6e20")
        return None


class CanDoColumn(IntEnum):
    STATEMENT = 0
    LEVEL = 1
    STATUS = 2
    SINCE = 3
    EVIDENCE = 4


class CanDoTableModel(RowsModel[CanDoRow]):
    columns = CanDoColumn
    language = "da"

    def header(self, column: CanDoColumn) -> str:
        return {
            CanDoColumn.STATEMENT: self.tr("Can do"),
            CanDoColumn.LEVEL: self.tr("Level (indicative)"),
            CanDoColumn.STATUS: self.tr("Status"),
            CanDoColumn.SINCE: self.tr("Since"),
            CanDoColumn.EVIDENCE: self.tr("Evidence"),
        }[column]

    def text(self, row: CanDoRow, column: CanDoColumn) -> str:
        if column == CanDoColumn.STATEMENT:
            return row.text_en if self.language == "en" and row.text_en else row.text
        if column == CanDoColumn.LEVEL:
            return labels.cefr_level(row.level)
        if column == CanDoColumn.STATUS:
            return goal_labels.can_do_status(row.status)
        if column == CanDoColumn.SINCE:
            return short_date(row.status_on)
        return self.evidence_text(row)

    def evidence_text(self, row: CanDoRow) -> str:
        parts = []
        if row.evidence_session_date is not None:
            parts.append(
                self.tr("session {date}").format(date=short_date(row.evidence_session_date))
            )
        if row.evidence.feedback_id is not None:
            parts.append(
                self.tr("feedback signed by {signer} {date}").format(
                    signer=row.evidence_feedback_signer or "",
                    date=short_date(row.evidence_feedback_signed_on),
                )
            )
        if row.evidence.note:
            parts.append(row.evidence.note)
        return " · ".join(parts)

    def tooltip(self, row: CanDoRow, column: CanDoColumn) -> str | None:
        if column in (CanDoColumn.STATEMENT, CanDoColumn.EVIDENCE):
            return self.text(row, column) or None
        if column == CanDoColumn.LEVEL:
            return self.tr("An indicative level, not the result of a test")
        return None


class ProgressColumn(IntEnum):
    LIST = 0
    PLANNED = 1
    INTRODUCED = 2
    PRACTISING = 3
    MASTERED = 4
    TOTAL = 5
    SHARE = 6


_STATUS_OF = dict(zip(list(ProgressColumn)[1:5], LADDER, strict=True))


class ProgressTableModel(RowsModel[ListProgress]):
    """One row per list, then the total of all lists."""

    columns = ProgressColumn

    def header(self, column: ProgressColumn) -> str:
        if column in _STATUS_OF:
            return goal_labels.vocabulary_status(_STATUS_OF[column])
        return {
            ProgressColumn.LIST: self.tr("List"),
            ProgressColumn.TOTAL: self.tr("Words"),
            ProgressColumn.SHARE: self.tr("% mastered"),
        }[column]

    def text(self, row: ListProgress, column: ProgressColumn) -> str:
        locale = QLocale()
        if column == ProgressColumn.LIST:
            return row.list_name if row.list_id is not None else self.tr("All lists")
        if column in _STATUS_OF:
            return locale.toString(row.counts.get(_STATUS_OF[column], 0))
        if column == ProgressColumn.TOTAL:
            return locale.toString(row.total)
        return self.tr("{percent} %").format(
            percent=locale.toString(round(row.mastered_share * 100))
        )

    def is_number(self, column: ProgressColumn) -> bool:
        return column != ProgressColumn.LIST


class HistoryColumn(IntEnum):
    DATE = 0
    MASTERED = 1


class MasteredHistoryModel(RowsModel[tuple[date, int]]):
    columns = HistoryColumn

    def header(self, column: HistoryColumn) -> str:
        return self.tr("Date") if column == HistoryColumn.DATE else self.tr("Words mastered")

    def text(self, row: tuple[date, int], column: HistoryColumn) -> str:
        if column == HistoryColumn.DATE:
            return short_date(row[0])
        return QLocale().toString(row[1])

    def is_number(self, column: HistoryColumn) -> bool:
        return column == HistoryColumn.MASTERED
