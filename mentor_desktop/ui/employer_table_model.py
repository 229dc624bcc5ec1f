"""The employers list as a paged table model: name or CVR search and order in the database."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from mentor_desktop.services.base import Page
from mentor_desktop.services.employers import EmployerRow, EmployerService, EmployerSort
from mentor_desktop.ui import labels
from mentor_desktop.ui.paged_table_model import PAGE_SIZE, PagedTableModel


class Column(IntEnum):
    NAME = 0
    CVR = 1
    SECTOR = 2
    CITY = 3
    OPEN_PLACEMENTS = 4


_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("EmployerTableModel", "Name"),
    Column.CVR: QT_TRANSLATE_NOOP("EmployerTableModel", "CVR"),
    Column.SECTOR: QT_TRANSLATE_NOOP("EmployerTableModel", "Sector"),
    Column.CITY: QT_TRANSLATE_NOOP("EmployerTableModel", "City"),
    Column.OPEN_PLACEMENTS: QT_TRANSLATE_NOOP("EmployerTableModel", "Open placements"),
}

SORT_KEYS = {
    Column.NAME: EmployerSort.NAME,
    Column.CVR: EmployerSort.CVR,
    Column.SECTOR: EmployerSort.SECTOR,
    Column.CITY: EmployerSort.CITY,
}


class EmployerTableModel(PagedTableModel[EmployerRow]):
    """Employers whose name or CVR number contains the search text."""

    header_context = "EmployerTableModel"

    def __init__(self, employers: EmployerService, parent: Any = None, page_size: int = PAGE_SIZE):
        self._employers = employers
        super().__init__(parent, page_size)

    def columns(self) -> type[IntEnum]:
        return Column

    def headers(self) -> Mapping[Any, Any]:
        return _HEADERS

    def sort_keys(self) -> Mapping[Any, Any]:
        return SORT_KEYS

    def default_sort_column(self) -> int:
        return Column.NAME

    def fetch(self, offset: int, limit: int, *, count: bool) -> Page[EmployerRow]:
        return self._employers.list(
            query=self.query,
            offset=offset,
            limit=limit,
            sort=self.sort_key,
            descending=self.descending,
            include_archived=self.include_archived,
            count=count,
        )

    def display(self, row: EmployerRow, column: int) -> str:
        match column:
            case Column.NAME:
                return row.name
            case Column.CVR:
                return row.cvr or ""
            case Column.SECTOR:
                return labels.sector(row.sector)
            case Column.CITY:
                return row.city or ""
            case Column.OPEN_PLACEMENTS:
                return QLocale().toString(row.open_placements)
        return ""
