"""The session form's own input widgets: the visit's date, its start time and the work
situations ticked from the catalogue. Each offers ``value()``, ``set_value()`` and a
``value_changed`` signal, as ``ui/forms.py`` expects."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)


class SessionDateEdit(QDateEdit):
    """A date that is always set; ``value()`` is its ISO text."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.dateChanged.connect(self.value_changed)

    def value(self) -> str:
        return self.date().toString(Qt.DateFormat.ISODate)

    def set_value(self, value: str | None) -> None:
        if value:
            self.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))

    def display_text(self, value: str | None) -> str:
        if not value:
            return ""
        return self.locale().toString(
            QDate.fromString(value, Qt.DateFormat.ISODate), QLocale.FormatType.ShortFormat
        )


class StartTimeEdit(QTimeEdit):
    """A start time that may be left out: 00:00, shown as "no time", means none.
    ``value()`` is "HH:MM" or ``None``."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(QTime(0, 0))
        self.timeChanged.connect(self.value_changed)

    def value(self) -> str | None:
        current = self.time()
        if current == self.minimumTime():
            return None
        return current.toString("HH:mm")

    def set_value(self, value: str | None) -> None:
        self.setTime(QTime.fromString(value, "HH:mm") if value else self.minimumTime())

    def display_text(self, value: str | None) -> str:
        return value or self.specialValueText()


class WorkSituationList(QListWidget):
    """The catalogue of work situations with a tick box each; Space ticks the current one.
    ``value()`` is the list of ticked ids in catalogue order."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemChanged.connect(self._on_item_changed)
        self.itemActivated.connect(self._on_item_activated)

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        self.blockSignals(True)
        self.clear()
        for situation_id, name in choices:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, situation_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        if self.count():
            self.setCurrentRow(0)

    def value(self) -> list[int]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: list[int] | None) -> None:
        ticked = set(value or [])
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.value_changed.emit()

    def display_text(self, value: list[int] | None) -> str:
        names = {
            self.item(i).data(Qt.ItemDataRole.UserRole): self.item(i).text()
            for i in range(self.count())
        }
        return ", ".join(names.get(i, str(i)) for i in value or [])

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self.value_changed.emit()

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
