"""The feedback forms as a paged table model: learner, employer, period, status, when and by
whom signed, and whether the seal holds (a broken seal in red); search and order in the
database."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from mentor_desktop.domain.enums import FeedbackStatus, SignatureMethod
from mentor_desktop.services.base import Page
from mentor_desktop.services.feedback import FeedbackService
from mentor_desktop.services.feedback_types import FeedbackRow, FeedbackSort, SealState
from mentor_desktop.ui.learner_detail_pane import format_date
from mentor_desktop.ui.paged_table_model import PagedTableModel


class Column(IntEnum):
    LEARNER = 0
    EMPLOYER = 1
    PERIOD = 2
    STATUS = 3
    SIGNED = 4
    SEAL = 5


_HEADERS = {
    Column.LEARNER: QT_TRANSLATE_NOOP("FeedbackTableModel", "Learner"),
    Column.EMPLOYER: QT_TRANSLATE_NOOP("FeedbackTableModel", "Employer"),
    Column.PERIOD: QT_TRANSLATE_NOOP("FeedbackTableModel", "Period"),
    Column.STATUS: QT_TRANSLATE_NOOP("FeedbackTableModel", "Status"),
    Column.SIGNED: QT_TRANSLATE_NOOP("FeedbackTableModel", "Signed"),
    Column.SEAL: QT_TRANSLATE_NOOP("FeedbackTableModel", "Seal"),
}

SORT_KEYS = {
    Column.LEARNER: FeedbackSort.LEARNER,
    Column.EMPLOYER: FeedbackSort.EMPLOYER,
    Column.PERIOD: FeedbackSort.PERIOD,
    Column.STATUS: FeedbackSort.STATUS,
    Column.SIGNED: FeedbackSort.SIGNED,
}

BROKEN = QColor(176, 0, 32)
# Every row listed has its seal checked (about 1 ms a form with a long signature), so the
# list loads fewer rows at a time than the others.
FEEDBACK_PAGE_SIZE = 40


def status_text(status: FeedbackStatus, method: SignatureMethod | None) -> str:
    """Draft, signed, signed on paper, or replaced by a correction."""
    if status is FeedbackStatus.DRAFT:
        return QCoreApplication.translate("FeedbackTableModel", "Draft")
    if status is FeedbackStatus.SUPERSEDED:
        return QCoreApplication.translate("FeedbackTableModel", "Replaced")
    if method is SignatureMethod.PAPER:
        return QCoreApplication.translate("FeedbackTableModel", "Signed on paper")
    return QCoreApplication.translate("FeedbackTableModel", "Signed")


def seal_text(seal: SealState) -> str:
    if seal is SealState.OK:
        return QCoreApplication.translate("FeedbackTableModel", "OK")
    if seal is SealState.BROKEN:
        return QCoreApplication.translate("FeedbackTableModel", "Broken!")
    return ""


class FeedbackTableModel(PagedTableModel[FeedbackRow]):
    """Feedback forms matching the search; replaced versions only with "Show replaced"."""

    header_context = "FeedbackTableModel"

    def __init__(
        self, feedback: FeedbackService, parent: Any = None, page_size: int = FEEDBACK_PAGE_SIZE
    ):
        self._feedback = feedback
        super().__init__(parent, page_size)
        self._descending = True

    def columns(self) -> type[IntEnum]:
        return Column

    def headers(self) -> Mapping[Any, Any]:
        return _HEADERS

    def sort_keys(self) -> Mapping[Any, Any]:
        return SORT_KEYS

    def default_sort_column(self) -> int:
        return Column.PERIOD

    def fetch(self, offset: int, limit: int, *, count: bool) -> Page[FeedbackRow]:
        return self._feedback.list(
            query=self.query,
            include_superseded=self.include_archived,
            sort=self.sort_key,
            descending=self.descending,
            offset=offset,
            limit=limit,
            count=count,
        )

    def display(self, row: FeedbackRow, column: int) -> str:
        match column:
            case Column.LEARNER:
                return row.learner_name
            case Column.EMPLOYER:
                return row.employer_name
            case Column.PERIOD:
                return f"{format_date(row.period_start)} – {format_date(row.period_end)}"
            case Column.STATUS:
                return status_text(row.status, row.method)
            case Column.SIGNED:
                if row.signed_at is None:
                    return ""
                return QCoreApplication.translate("FeedbackTableModel", "{date} by {name}").format(
                    date=format_date(row.signed_at.astimezone().date()), name=row.signer_name or ""
                )
            case Column.SEAL:
                return seal_text(row.seal)
        return ""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # type: ignore[no-untyped-def]
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and row.seal is SealState.BROKEN and index.column() == Column.SEAL:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(BROKEN)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "FeedbackTableModel",
                    "The form was changed after it was signed: the seal does not match.",
                )
        return super().data(index, role)
