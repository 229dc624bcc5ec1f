"""Table models of the Reports screen over one ``YearReport``: hours per tutor and month,
the figures per tutor and per employer, and the outcomes. Short lists (a row per tutor,
employer or outcome), replaced all at once; numbers are shown in the user's locale."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mentor_desktop.services.reports import GroupFigures, OutcomeCount, YearReport
from mentor_desktop.ui import labels

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def no_tutor() -> str:
    return QCoreApplication.translate("ReportModels", "No tutor recorded")


class _ReportModel(QAbstractTableModel):
    """Cells as text, computed once when the report is set."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._headers: list[str] = []
        self._header_tips: dict[int, str] = {}
        self._cells: list[list[str]] = []
        self._tips: list[list[str]] = []
        self.report: YearReport | None = None

    def set_report(self, report: YearReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self.refresh_text()
        self.endResetModel()

    def refresh_text(self) -> None:
        """Build the headers and cells again (the language or locale changed)."""
        self._headers = self._build_headers()
        self._cells, self._tips = self._build_cells() if self.report else ([], [])
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._headers) - 1))
        if self._cells:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._cells) - 1, len(self._headers) - 1)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section, self._headers[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row][column] or self._cells[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and self._is_total(row):
            font = QCoreApplication.instance().font()  # type: ignore[union-attr]
            font.setBold(True)
            return font
        return None

    def table(self) -> list[list[str]]:
        """The headers, then every row, as shown: what the export writes."""
        return [list(self._headers), *(list(r) for r in self._cells)]

    def _is_total(self, row: int) -> bool:
        return False

    def _build_headers(self) -> list[str]:
        raise NotImplementedError

    def _build_cells(self) -> tuple[list[list[str]], list[list[str]]]:
        raise NotImplementedError


class MonthHoursModel(_ReportModel):
    """Hours delivered: a row per tutor and a total row; a column per month and a total."""

    def _build_headers(self) -> list[str]:
        locale = QLocale()
        months = [
            locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)
        ]
        return [
            QCoreApplication.translate("ReportModels", "Tutor"),
            *months,
            QCoreApplication.translate("ReportModels", "Year"),
        ]

    def _build_cells(self) -> tuple[list[list[str]], list[list[str]]]:
        assert self.report is not None
        minutes: dict[tuple[int | None, int], tuple[int, int]] = {
            (c.tutor_id, c.month): (c.sessions, c.minutes) for c in self.report.months
        }
        tutors = [t for t in self.report.tutors if t.sessions]
        cells, tips = [], []
        for tutor in [*tutors, None]:
            key = tutor.key if tutor else None
            name = (
                (tutor.name or no_tutor())
                if tutor
                else QCoreApplication.translate("ReportModels", "All tutors")
            )
            row, tip = [name], [""]
            for month in range(1, 13):
                if tutor is None:
                    held = sum(c.sessions for c in self.report.months if c.month == month)
                    spent = self.report.month_minutes(month)
                else:
                    held, spent = minutes.get((key, month), (0, 0))
                row.append(number(spent / 60) if spent else "")
                tip.append(self._tip(held, spent) if spent else "")
            held, spent = (
                (tutor.sessions, tutor.minutes)
                if tutor
                else (
                    self.report.total.sessions,
                    self.report.total.minutes,
                )
            )
            row.append(number(spent / 60))
            tip.append(self._tip(held, spent))
            cells.append(row)
            tips.append(tip)
        return cells, tips

    def _is_total(self, row: int) -> bool:
        return row == len(self._cells) - 1

    def _tip(self, sessions: int, minutes: int) -> str:
        return self.tr(
            "%n session(s), {hours} hours, {lessons} lessons of 45 minutes", "", sessions
        ).format(hours=number(minutes / 60), lessons=number(minutes / 45))


class FiguresColumn(IntEnum):
    NAME = 0
    SESSIONS = 1
    HOURS = 2
    LESSONS = 3
    LEARNERS = 4
    STARTED = 5
    ENDED = 6
    COMPLETED = 7
    REFERRED = 8
    WITHIN = 9
    MEDIAN = 10


_FIGURES_HEADERS = {
    FiguresColumn.SESSIONS: QT_TRANSLATE_NOOP("ReportModels", "Sessions"),
    FiguresColumn.HOURS: QT_TRANSLATE_NOOP("ReportModels", "Hours"),
    FiguresColumn.LESSONS: QT_TRANSLATE_NOOP("ReportModels", "Lessons"),
    FiguresColumn.LEARNERS: QT_TRANSLATE_NOOP("ReportModels", "Learners"),
    FiguresColumn.STARTED: QT_TRANSLATE_NOOP("ReportModels", "Started"),
    FiguresColumn.ENDED: QT_TRANSLATE_NOOP("ReportModels", "Ended"),
    FiguresColumn.COMPLETED: QT_TRANSLATE_NOOP("ReportModels", "Completed"),
    FiguresColumn.REFERRED: QT_TRANSLATE_NOOP("ReportModels", "Referred"),
    FiguresColumn.MEDIAN: QT_TRANSLATE_NOOP("ReportModels", "Median days"),
}


class FiguresModel(_ReportModel):
    """The year's figures per tutor or per employer, and a total row."""

    def __init__(self, by_employer: bool, parent: Any = None):
        self._by_employer = by_employer
        super().__init__(parent)

    def _build_headers(self) -> list[str]:
        within = self.report.filter.within_days if self.report else 14
        headers = [
            QCoreApplication.translate("ReportModels", "Employer")
            if self._by_employer
            else QCoreApplication.translate("ReportModels", "Tutor")
        ]
        for column in list(FiguresColumn)[1:]:
            if column == FiguresColumn.WITHIN:
                headers.append(self.tr("Within %n day(s)", "", within))
            else:
                headers.append(
                    QCoreApplication.translate("ReportModels", str(_FIGURES_HEADERS[column]))
                )
        self._header_tips = {
            FiguresColumn.WITHIN: self.tr(
                "Placements referred in the year whose first session came within %n day(s) "
                "of the referral",
                "",
                within,
            ),
            FiguresColumn.MEDIAN: self.tr("Median number of days from referral to first session"),
        }
        return headers

    def _build_cells(self) -> tuple[list[list[str]], list[list[str]]]:
        assert self.report is not None
        groups = self.report.employers if self._by_employer else self.report.tutors
        total_name = (
            QCoreApplication.translate("ReportModels", "All employers")
            if self._by_employer
            else QCoreApplication.translate("ReportModels", "All tutors")
        )
        cells = [self._row(g, g.name or no_tutor()) for g in groups]
        cells.append(self._row(self.report.total, total_name))
        tips = [["" for _ in row] for row in cells]
        for row, group in zip(tips, [*groups, self.report.total], strict=True):
            row[FiguresColumn.REFERRED] = self.tr(
                "%n placement(s) referred this year; {visited} visited, {waiting} not yet",
                "",
                group.referred,
            ).format(visited=group.visited, waiting=group.not_visited)
        return cells, tips

    def _row(self, g: GroupFigures, name: str) -> list[str]:
        locale = QLocale()
        return [
            name,
            locale.toString(g.sessions),
            number(g.hours),
            number(g.lessons),
            locale.toString(g.learners),
            locale.toString(g.started),
            locale.toString(g.ended),
            locale.toString(g.completed),
            locale.toString(g.referred),
            QCoreApplication.translate("ReportModels", "{within} of {referred}").format(
                within=locale.toString(g.within), referred=locale.toString(g.referred)
            ),
            number(g.median_days) if g.median_days is not None else "–",
        ]

    def _is_total(self, row: int) -> bool:
        return row == len(self._cells) - 1


class OutcomesModel(_ReportModel):
    """Outcomes of the placements ended in the year, at their end and at follow-up."""

    def _build_headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ReportModels", "Outcome"),
            QCoreApplication.translate("ReportModels", "At the end"),
            QCoreApplication.translate("ReportModels", "At follow-up"),
        ]

    def _build_cells(self) -> tuple[list[list[str]], list[list[str]]]:
        assert self.report is not None
        locale = QLocale()
        cells = [self._row(o, locale) for o in self.report.outcomes]
        return cells, [["" for _ in row] for row in cells]

    @staticmethod
    def _row(o: OutcomeCount, locale: QLocale) -> list[str]:
        name = (
            labels.outcome(o.outcome)
            if o.outcome is not None
            else QCoreApplication.translate("ReportModels", "Not recorded")
        )
        return [name, locale.toString(o.at_end), locale.toString(o.at_followup)]
