"""The learners a batch found, with their checks, as a table model: the short list of one
cohort, held in memory."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mentor_desktop.domain.certificates import CheckKind
from mentor_desktop.services.certificates import Checklist
from mentor_desktop.ui import certificate_labels

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    HOURS = 1
    FEEDBACK = 2
    RESULT = 3


_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("CertificateBatchModel", "Name as it will print"),
    Column.HOURS: QT_TRANSLATE_NOOP("CertificateBatchModel", "Hours"),
    Column.FEEDBACK: QT_TRANSLATE_NOOP("CertificateBatchModel", "Signed feedback"),
    Column.RESULT: QT_TRANSLATE_NOOP("CertificateBatchModel", "Checks"),
}


class CertificateBatchModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Checklist] = []
        self._overridden: set[CheckKind] = set()

    def set_rows(self, rows: list[Checklist]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_overridden(self, kinds: set[CheckKind]) -> None:
        self._overridden = set(kinds)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.RESULT), self.index(len(self._rows) - 1, Column.RESULT)
            )

    def rows(self) -> list[Checklist]:
        return list(self._rows)

    def ready(self) -> list[Checklist]:
        """The learners whose failed checks are all overridden."""
        return [r for r in self._rows if set(r.failed) <= self._overridden]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._rows[index.row()]
        match index.column():
            case Column.NAME:
                return row.name
            case Column.HOURS:
                return certificate_labels.hours(row.result(CheckKind.MIN_HOURS).params["minutes"])
            case Column.FEEDBACK:
                return str(row.result(CheckKind.SIGNED_FEEDBACK).params["count"])
            case Column.RESULT:
                return self._result_text(row)
        return None

    def _result_text(self, row: Checklist) -> str:
        if not row.failed:
            return QCoreApplication.translate("CertificateBatchModel", "All passed")
        names = ", ".join(certificate_labels.check_title(k) for k in row.failed)
        if set(row.failed) <= self._overridden:
            return QCoreApplication.translate(
                "CertificateBatchModel", "Overridden: {checks}"
            ).format(checks=names)
        return QCoreApplication.translate("CertificateBatchModel", "Left out: {checks}").format(
            checks=names
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate("CertificateBatchModel", _HEADERS[Column(section)])
