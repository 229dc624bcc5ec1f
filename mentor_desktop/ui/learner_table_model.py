"""The learners list as a Qt table model: pages of ``LearnerRow`` fetched from the service as
the view scrolls; search and sort are done by the database."""

from __future__ import annotations

import logging
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.learners import LearnerRow, LearnerService, LearnerSort
from mentor_desktop.ui import labels

log = logging.getLogger(__name__)

PAGE_SIZE = 100

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    CASE_REFERENCE = 1
    FIRST_LANGUAGE = 2
    EMPLOYER = 3
    STATUS = 4


_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("LearnerTableModel", "Name"),
    Column.CASE_REFERENCE: QT_TRANSLATE_NOOP("LearnerTableModel", "Case reference"),
    Column.FIRST_LANGUAGE: QT_TRANSLATE_NOOP("LearnerTableModel", "First language"),
    Column.EMPLOYER: QT_TRANSLATE_NOOP("LearnerTableModel", "Employer"),
    Column.STATUS: QT_TRANSLATE_NOOP("LearnerTableModel", "Status"),
}

SORT_KEYS = {
    Column.NAME: LearnerSort.NAME,
    Column.CASE_REFERENCE: LearnerSort.CASE_REFERENCE,
    Column.STATUS: LearnerSort.STATUS,
}


class LearnerTableModel(QAbstractTableModel):
    """Learners matching the current search, in the current order, loaded page by page."""

    total_changed = Signal(int)
    load_failed = Signal(object)

    def __init__(self, learners: LearnerService, parent: Any = None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._learners = learners
        self._page_size = page_size
        self._rows: list[LearnerRow] = []
        self._total = 0
        self._query = ""
        self._include_archived = False
        self._sort_column = Column.NAME
        self._descending = False

    @property
    def total(self) -> int:
        return self._total

    @property
    def query(self) -> str:
        return self._query

    @property
    def sort_column(self) -> Column:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def set_query(self, query: str) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def set_include_archived(self, include: bool) -> None:
        if include != self._include_archived:
            self._include_archived = include
            self.reload()

    def row_at(self, row: int) -> LearnerRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, learner_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == learner_id), None)

    def reload(self) -> None:
        """Load the first page again for the current search and order."""
        try:
            page = self._fetch(0, count=True)
        except MentorError as error:
            self.load_failed.emit(error)
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self.endResetModel()
        self.total_changed.emit(self._total)

    def _fetch(self, offset: int, *, count: bool):
        return self._learners.list(
            query=self._query,
            offset=offset,
            limit=self._page_size,
            sort=SORT_KEYS[self._sort_column],
            descending=self._descending,
            include_archived=self._include_archived,
            count=count,
        )

    # Qt's model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        try:
            page = self._fetch(len(self._rows), count=False)
        except MentorError as error:
            self.load_failed.emit(error)
            return
        known = {r.id for r in self._rows}
        fresh = [r for r in page.rows if r.id not in known]
        if not fresh:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._display(row, column)
            return self.tr("{text} (archived)").format(text=text) if row.archived else text
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _display(self, row: LearnerRow, column: Column) -> str:
        match column:
            case Column.NAME:
                return self.tr("{last_name}, {first_name}").format(
                    last_name=row.last_name, first_name=row.first_name
                )
            case Column.CASE_REFERENCE:
                return row.case_reference or ""
            case Column.FIRST_LANGUAGE:
                return labels.language_name(row.first_language) if row.first_language else ""
            case Column.EMPLOYER:
                return row.employer_name or ""
            case Column.STATUS:
                return labels.learner_status(row.status)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate("LearnerTableModel", _HEADERS[Column(section)])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by ``column`` in the database; columns without a database order are ignored."""
        if column not in SORT_KEYS:
            return
        self._sort_column = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    @staticmethod
    def is_sortable(column: int) -> bool:
        return column in SORT_KEYS
