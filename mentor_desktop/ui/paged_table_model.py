"""A table model over a paged service list: the first page on reload, further pages as the
view scrolls, search and order left to the database. Subclasses name their columns, headers
and sort keys and say how to fetch a page and show a row."""

from __future__ import annotations

import logging
from abc import abstractmethod
from collections.abc import Mapping
from enum import IntEnum
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
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
from mentor_desktop.services.base import Page

log = logging.getLogger(__name__)

PAGE_SIZE = 100

_Index = QModelIndex | QPersistentModelIndex


class ListedRow(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def archived(self) -> bool: ...


R = TypeVar("R", bound=ListedRow)


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Rows matching the current filters, in the current order, loaded page by page."""

    total_changed = Signal(int)
    load_failed = Signal(object)

    #: The context in which the header names are translated.
    header_context: str = ""

    def __init__(self, parent: Any = None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._page_size = page_size
        self._rows: list[R] = []
        self._total = 0
        self._query = ""
        self._include_archived = False
        self._first_tutor_id: int | None = None
        self._sort_column = self.default_sort_column()
        self._descending = False
        self._loaded = False

    # What a subclass provides

    @abstractmethod
    def columns(self) -> type[IntEnum]: ...

    @abstractmethod
    def headers(self) -> Mapping[Any, Any]: ...

    @abstractmethod
    def sort_keys(self) -> Mapping[Any, Any]: ...

    @abstractmethod
    def default_sort_column(self) -> int: ...

    @abstractmethod
    def fetch(self, offset: int, limit: int, *, count: bool) -> Page[R]: ...

    @abstractmethod
    def display(self, row: R, column: int) -> str: ...

    # State

    @property
    def total(self) -> int:
        return self._total

    @property
    def loaded(self) -> bool:
        """Whether a page has been read since the model was made."""
        return self._loaded

    @property
    def query(self) -> str:
        return self._query

    @property
    def include_archived(self) -> bool:
        return self._include_archived

    @property
    def first_tutor_id(self) -> int | None:
        """The tutor whose caseload comes first, or None for one list in plain order."""
        return self._first_tutor_id

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_key(self) -> Any:
        return self.sort_keys()[self._sort_column]

    @property
    def descending(self) -> bool:
        return self._descending

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

    def set_first_tutor(self, tutor_id: int | None) -> None:
        if tutor_id != self._first_tutor_id:
            self._first_tutor_id = tutor_id
            self.reload()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), None)

    def reload(self) -> None:
        """Load the first page again for the current filters and order."""
        self._loaded = True
        try:
            page = self.fetch(0, self._page_size, count=True)
        except MentorError as error:
            self.load_failed.emit(error)
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self._loaded = True
        self.endResetModel()
        self.total_changed.emit(self._total)

    def is_sortable(self, column: int) -> bool:
        return column in self.sort_keys()

    def archived_tooltip(self, text: str) -> str:
        """The tooltip of a cell in an archived row."""
        return QCoreApplication.translate("PagedTableModel", "{text} (archived)").format(text=text)

    # Qt's model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        try:
            page = self.fetch(len(self._rows), self._page_size, count=False)
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
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.display(row, index.column())
            return self.archived_tooltip(text) if row.archived else text
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate(self.header_context, str(self.headers()[section]))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by ``column`` in the database; columns without a database order are ignored,
        and so is the order the loaded rows are in already. Before the first load the order
        is only kept (a view sets it up several times)."""
        if column not in self.sort_keys():
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded and (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column = column
        self._descending = descending
        if self._loaded:
            self.reload()
