"""The placements list as a paged table model: filters by status, tutor and employer, a
learner-name search, the current tutor's caseload first, and the order, all in the database."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from mentor_desktop.domain.enums import PlacementStatus
from mentor_desktop.services.base import Page
from mentor_desktop.services.placements import PlacementRow, PlacementService, PlacementSort
from mentor_desktop.ui import labels
from mentor_desktop.ui.learner_detail_pane import format_date, format_decimal
from mentor_desktop.ui.paged_table_model import PAGE_SIZE, PagedTableModel


class Column(IntEnum):
    LEARNER = 0
    EMPLOYER = 1
    TUTOR = 2
    STATUS = 3
    START = 4
    HOURS = 5


_HEADERS = {
    Column.LEARNER: QT_TRANSLATE_NOOP("PlacementTableModel", "Learner"),
    Column.EMPLOYER: QT_TRANSLATE_NOOP("PlacementTableModel", "Employer and site"),
    Column.TUTOR: QT_TRANSLATE_NOOP("PlacementTableModel", "Tutor"),
    Column.STATUS: QT_TRANSLATE_NOOP("PlacementTableModel", "Status"),
    Column.START: QT_TRANSLATE_NOOP("PlacementTableModel", "Start"),
    Column.HOURS: QT_TRANSLATE_NOOP("PlacementTableModel", "Hours held"),
}

SORT_KEYS = {
    Column.LEARNER: PlacementSort.LEARNER,
    Column.EMPLOYER: PlacementSort.EMPLOYER,
    Column.STATUS: PlacementSort.STATUS,
    Column.START: PlacementSort.START,
}


class PlacementTableModel(PagedTableModel[PlacementRow]):
    """Placements matching the filters; ``first_tutor_id``'s caseload comes first."""

    header_context = "PlacementTableModel"

    def __init__(
        self, placements: PlacementService, parent: Any = None, page_size: int = PAGE_SIZE
    ):
        self._placements = placements
        self._status: PlacementStatus | None = None
        self._tutor_id: int | None = None
        self._employer_id: int | None = None
        super().__init__(parent, page_size)

    @property
    def status(self) -> PlacementStatus | None:
        return self._status

    @property
    def tutor_id(self) -> int | None:
        return self._tutor_id

    @property
    def employer_id(self) -> int | None:
        return self._employer_id

    def set_filters(
        self,
        *,
        status: PlacementStatus | None,
        tutor_id: int | None,
        employer_id: int | None,
    ) -> None:
        if (status, tutor_id, employer_id) != (self._status, self._tutor_id, self._employer_id):
            self._status, self._tutor_id, self._employer_id = status, tutor_id, employer_id
            self.reload()

    def columns(self) -> type[IntEnum]:
        return Column

    def headers(self) -> Mapping[Any, Any]:
        return _HEADERS

    def sort_keys(self) -> Mapping[Any, Any]:
        return SORT_KEYS

    def default_sort_column(self) -> int:
        return Column.START

    def fetch(self, offset: int, limit: int, *, count: bool) -> Page[PlacementRow]:
        return self._placements.list(
            status=self._status,
            tutor_id=self._tutor_id,
            employer_id=self._employer_id,
            query=self.query,
            offset=offset,
            limit=limit,
            sort=self.sort_key,
            descending=self.descending,
            include_archived=self.include_archived,
            count=count,
            first_tutor_id=self.first_tutor_id,
        )

    def display(self, row: PlacementRow, column: int) -> str:
        match column:
            case Column.LEARNER:
                return row.learner_name
            case Column.EMPLOYER:
                return self.tr("{employer} — {site}").format(
                    employer=row.employer_name, site=row.site_name
                )
            case Column.TUTOR:
                return row.tutor_name or ""
            case Column.STATUS:
                return labels.placement_status(row.status)
            case Column.START:
                return format_date(row.start_date)
            case Column.HOURS:
                held = format_decimal(row.minutes_attended / 60)
                if row.planned_hours:
                    return self.tr("{held} of {planned}").format(
                        held=held, planned=QLocale().toString(row.planned_hours)
                    )
                return held
        return ""
