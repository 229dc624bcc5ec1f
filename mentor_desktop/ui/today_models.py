"""Table models of the Today screen: short lists (a day's worth, at most a few hundred rows)
of ``VisitRow`` and ``AttentionRow`` that the service already filtered and ordered."""

from __future__ import annotations

from datetime import date, timedelta
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mentor_desktop.domain.enums import Attendance
from mentor_desktop.services.today import Attention, AttentionReason, AttentionRow, VisitRow
from mentor_desktop.ui import labels

_Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class VisitColumn(IntEnum):
    WHEN = 0
    LEARNER = 1
    PLACE = 2
    DURATION = 3
    ATTENDANCE = 4
    TUTOR = 5


class AttentionColumn(IntEnum):
    LEARNER = 0
    PLACE = 1
    REASON = 2
    TUTOR = 3


_VISIT_HEADERS = {
    VisitColumn.WHEN: QT_TRANSLATE_NOOP("TodayModels", "When"),
    VisitColumn.LEARNER: QT_TRANSLATE_NOOP("TodayModels", "Learner"),
    VisitColumn.PLACE: QT_TRANSLATE_NOOP("TodayModels", "Employer and site"),
    VisitColumn.DURATION: QT_TRANSLATE_NOOP("TodayModels", "Duration"),
    VisitColumn.ATTENDANCE: QT_TRANSLATE_NOOP("TodayModels", "Attendance"),
    VisitColumn.TUTOR: QT_TRANSLATE_NOOP("TodayModels", "Tutor"),
}

_ATTENTION_HEADERS = {
    AttentionColumn.LEARNER: QT_TRANSLATE_NOOP("TodayModels", "Learner"),
    AttentionColumn.PLACE: QT_TRANSLATE_NOOP("TodayModels", "Employer and site"),
    AttentionColumn.REASON: QT_TRANSLATE_NOOP("TodayModels", "Why"),
    AttentionColumn.TUTOR: QT_TRANSLATE_NOOP("TodayModels", "Tutor"),
}


def day_text(day: date, today: date) -> str:
    """ "Today", "Tomorrow", "Yesterday" or the weekday and the date in the user's locale."""
    if day == today:
        return QCoreApplication.translate("TodayModels", "Today")
    if day == today + timedelta(days=1):
        return QCoreApplication.translate("TodayModels", "Tomorrow")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("TodayModels", "Yesterday")
    locale = QLocale()
    return QCoreApplication.translate("TodayModels", "{weekday} {date}").format(
        weekday=locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat),
        date=locale.toString(QDate(day), QLocale.FormatType.ShortFormat),
    )


class _ListModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind, replaced all at once."""

    _headers: dict[Any, str] = {}
    _columns: type[IntEnum] = IntEnum

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self.today = date.today()

    def set_rows(self, rows: list[Row], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate("TodayModels", self._headers[self._columns(section)])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, index.column())
        return None

    def _display(self, row: Row, column: int) -> str:
        raise NotImplementedError


class VisitTableModel(_ListModel[VisitRow]):
    """Planned or recent visits."""

    _headers = _VISIT_HEADERS
    _columns = VisitColumn

    def _display(self, row: VisitRow, column: int) -> str:
        match VisitColumn(column):
            case VisitColumn.WHEN:
                day = day_text(row.session_date, self.today)
                if row.start_time is None:
                    return day
                return QCoreApplication.translate("TodayModels", "{day}, {time}").format(
                    day=day,
                    time=QLocale().toString(row.start_time, QLocale.FormatType.ShortFormat),
                )
            case VisitColumn.LEARNER:
                return row.learner_name
            case VisitColumn.PLACE:
                return QCoreApplication.translate("TodayModels", "{employer}, {site}").format(
                    employer=row.employer_name, site=row.site_name
                )
            case VisitColumn.DURATION:
                return QCoreApplication.translate("TodayModels", "{minutes} min").format(
                    minutes=row.minutes
                )
            case VisitColumn.ATTENDANCE:
                if row.attendance == Attendance.PLANNED and row.session_date < self.today:
                    return QCoreApplication.translate("TodayModels", "Planned, not logged")
                return labels.attendance(row.attendance)
            case VisitColumn.TUTOR:
                return row.tutor_name or ""


class AttentionTableModel(_ListModel[AttentionRow]):
    """Placements that need attention, with the reasons."""

    _headers = _ATTENTION_HEADERS
    _columns = AttentionColumn

    def _display(self, row: AttentionRow, column: int) -> str:
        match AttentionColumn(column):
            case AttentionColumn.LEARNER:
                return row.learner_name
            case AttentionColumn.PLACE:
                return QCoreApplication.translate("TodayModels", "{employer}, {site}").format(
                    employer=row.employer_name, site=row.site_name
                )
            case AttentionColumn.REASON:
                return "; ".join(self.reason_text(a) for a in row.reasons)
            case AttentionColumn.TUTOR:
                return row.tutor_name or ""

    def reason_text(self, attention: Attention) -> str:
        days = attention.days
        match attention.reason:
            case AttentionReason.NO_FIRST_VISIT if days is None:
                return self.tr("No first visit yet")
            case AttentionReason.NO_FIRST_VISIT:
                return self.tr("No first visit yet, referred %n day(s) ago", "", days)
            case AttentionReason.NO_RECENT_SESSION:
                return self.tr("No session for %n day(s)", "", days or 0)
            case AttentionReason.ENDING_SOON if days == 0:
                return self.tr("Ends today")
            case AttentionReason.ENDING_SOON:
                return self.tr("Ends in %n day(s)", "", days or 0)
        return str(attention.reason)
