"""All sessions as a paged table model: a learner-or-employer search, filters by tutor,
period and attendance, and the order, all in the database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTime

from mentor_desktop.domain.enums import Attendance
from mentor_desktop.services.base import Page
from mentor_desktop.services.sessions import SessionRow, SessionService, SessionSort
from mentor_desktop.ui import labels
from mentor_desktop.ui.learner_detail_pane import format_date
from mentor_desktop.ui.paged_table_model import PAGE_SIZE, PagedTableModel


class Column(IntEnum):
    DATE = 0
    LEARNER = 1
    EMPLOYER = 2
    TUTOR = 3
    DURATION = 4
    ATTENDANCE = 5


_HEADERS = {
    Column.DATE: QT_TRANSLATE_NOOP("SessionTableModel", "Date"),
    Column.LEARNER: QT_TRANSLATE_NOOP("SessionTableModel", "Learner"),
    Column.EMPLOYER: QT_TRANSLATE_NOOP("SessionTableModel", "Employer and site"),
    Column.TUTOR: QT_TRANSLATE_NOOP("SessionTableModel", "Tutor"),
    Column.DURATION: QT_TRANSLATE_NOOP("SessionTableModel", "Duration"),
    Column.ATTENDANCE: QT_TRANSLATE_NOOP("SessionTableModel", "Attendance"),
}

SORT_KEYS = {
    Column.DATE: SessionSort.DATE,
    Column.LEARNER: SessionSort.LEARNER,
    Column.EMPLOYER: SessionSort.EMPLOYER,
    Column.TUTOR: SessionSort.TUTOR,
    Column.DURATION: SessionSort.MINUTES,
}


@dataclass(frozen=True)
class SessionFilters:
    """What the list is narrowed to besides the search; ``None`` means any."""

    tutor_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    attendance: Attendance | None = None

    def any(self) -> bool:
        return self != SessionFilters()


class SessionTableModel(PagedTableModel[SessionRow]):
    """Sessions matching the search and filters, newest first unless sorted otherwise."""

    header_context = "SessionTableModel"

    def __init__(self, sessions: SessionService, parent: Any = None, page_size: int = PAGE_SIZE):
        self._sessions = sessions
        self._filters = SessionFilters()
        super().__init__(parent, page_size)

    @property
    def filters(self) -> SessionFilters:
        return self._filters

    def set_filters(self, filters: SessionFilters) -> None:
        if filters != self._filters:
            self._filters = filters
            self.reload()

    def columns(self) -> type[IntEnum]:
        return Column

    def headers(self) -> Mapping[Any, Any]:
        return _HEADERS

    def sort_keys(self) -> Mapping[Any, Any]:
        return SORT_KEYS

    def default_sort_column(self) -> int:
        return Column.DATE

    def fetch(self, offset: int, limit: int, *, count: bool) -> Page[SessionRow]:
        filters = self._filters
        return self._sessions.list(
            tutor_id=filters.tutor_id,
            date_from=filters.date_from,
            date_to=filters.date_to,
            attendance=filters.attendance,
            query=self.query,
            offset=offset,
            limit=limit,
            sort=self.sort_key,
            descending=self.descending,
            count=count,
        )

    def display(self, row: SessionRow, column: int) -> str:
        match column:
            case Column.DATE:
                day = format_date(row.session_date)
                if row.start_time is None:
                    return day
                start = QLocale().toString(
                    QTime(row.start_time.hour, row.start_time.minute),
                    QLocale.FormatType.ShortFormat,
                )
                return self.tr("{date} {time}").format(date=day, time=start)
            case Column.LEARNER:
                return row.learner_name
            case Column.EMPLOYER:
                return self.tr("{employer} — {site}").format(
                    employer=row.employer_name, site=row.site_name
                )
            case Column.TUTOR:
                return row.tutor_name or ""
            case Column.DURATION:
                return self.tr("{minutes} min").format(minutes=row.minutes)
            case Column.ATTENDANCE:
                return labels.attendance(row.attendance)
        return ""
