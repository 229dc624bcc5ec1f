"""The users of the program as a table: a short list (a centre has tens of users), read
whole from the service in name order."""

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

from mentor_desktop.services.users import UserRow
from mentor_desktop.ui.user_dialog import role_label

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    LOGIN = 1
    ROLE = 2
    EMAIL = 3
    PHONE = 4
    STATUS = 5


_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("UserTableModel", "Name"),
    Column.LOGIN: QT_TRANSLATE_NOOP("UserTableModel", "Login"),
    Column.ROLE: QT_TRANSLATE_NOOP("UserTableModel", "Role"),
    Column.EMAIL: QT_TRANSLATE_NOOP("UserTableModel", "Email"),
    Column.PHONE: QT_TRANSLATE_NOOP("UserTableModel", "Phone"),
    Column.STATUS: QT_TRANSLATE_NOOP("UserTableModel", "Status"),
}


class UserTableModel(QAbstractTableModel):
    """Rows are ``UserRow``s; ``set_rows`` replaces them all."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[UserRow] = []

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> UserRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, user_id: int) -> int:
        return next((i for i, u in enumerate(self._rows) if u.id == user_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 (Qt name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UserTableModel", str(_HEADERS[Column(section)]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.row_at(index.row())
        if user is None or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(user, Column(index.column()))
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QCoreApplication.instance().palette().placeholderText()  # type: ignore[union-attr]
        if role == Qt.ItemDataRole.UserRole:
            return user.id
        return None

    def _text(self, user: UserRow, column: Column) -> str:
        match column:
            case Column.NAME:
                return user.name
            case Column.LOGIN:
                return user.login
            case Column.ROLE:
                return role_label(user.role)
            case Column.EMAIL:
                return user.email or ""
            case Column.PHONE:
                return user.phone or ""
            case Column.STATUS:
                if user.active:
                    return QCoreApplication.translate("UserTableModel", "Active")
                return QCoreApplication.translate("UserTableModel", "Deactivated")
        return ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )
