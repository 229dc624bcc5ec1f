"""The learners list as a paged table model: name or case reference search and order in the
database."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mentor_desktop.services.base import Page
from mentor_desktop.services.learners import LearnerRow, LearnerService, LearnerSort
from mentor_desktop.ui import labels
from mentor_desktop.ui.paged_table_model import PAGE_SIZE, PagedTableModel


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


class LearnerTableModel(PagedTableModel[LearnerRow]):
    """Learners matching the current search, in the current order (a tutor's own caseload
    first when one is set), loaded page by page."""

    header_context = "LearnerTableModel"

    def __init__(self, learners: LearnerService, parent: Any = None, page_size: int = PAGE_SIZE):
        self._learners = learners
        super().__init__(parent, page_size)

    def columns(self) -> type[IntEnum]:
        return Column

    def headers(self) -> Mapping[Any, Any]:
        return _HEADERS

    def sort_keys(self) -> Mapping[Any, Any]:
        return SORT_KEYS

    def default_sort_column(self) -> int:
        return Column.NAME

    def fetch(self, offset: int, limit: int, *, count: bool) -> Page[LearnerRow]:
        return self._learners.list(
            query=self.query,
            offset=offset,
            limit=limit,
            sort=self.sort_key,
            descending=self.descending,
            include_archived=self.include_archived,
            count=count,
            first_tutor_id=self.first_tutor_id,
        )

    def display(self, row: LearnerRow, column: int) -> str:
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
        return ""

    def archived_tooltip(self, text: str) -> str:
        return self.tr("{text} (archived)").format(text=text)
