"""The session form's goal words: the learner's words not yet mastered (and those this
session ticked), each with a tick for "practised" and one for "mastered". Arrow keys move
between the cells, Space ticks; ticking one of the two unticks the other. ``value()`` is a
list of ``[goal id, status]`` pairs, as ``ui/forms.py`` expects of a field."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from mentor_desktop.domain.enums import VocabularyStatus
from mentor_desktop.services.goals import SessionGoal
from mentor_desktop.ui import goal_labels
from mentor_desktop.ui.goal_models import compact_rows, is_right_to_left_text

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TERM = 0
    GLOSS = 1
    STATUS = 2
    PRACTISED = 3
    MASTERED = 4


_TICK_OF = {
    Column.PRACTISED: VocabularyStatus.PRACTISING,
    Column.MASTERED: VocabularyStatus.MASTERED,
}


class GoalTickModel(QAbstractTableModel):
    ticks_changed = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._goals: list[SessionGoal] = []
        self._ticks: dict[int, VocabularyStatus] = {}

    def set_goals(self, goals: list[SessionGoal]) -> None:
        self.beginResetModel()
        self._goals = list(goals)
        known = {g.goal_id for g in goals}
        self._ticks = {k: v for k, v in self._ticks.items() if k in known}
        self.endResetModel()

    def goal_at(self, row: int) -> SessionGoal:
        return self._goals[row]

    def ticks(self) -> dict[int, VocabularyStatus]:
        return dict(self._ticks)

    def set_ticks(self, ticks: dict[int, VocabularyStatus]) -> None:
        known = {g.goal_id for g in self._goals}
        self._ticks = {k: v for k, v in ticks.items() if k in known}
        if self._goals:
            self.dataChanged.emit(
                self.index(0, Column.PRACTISED), self.index(len(self._goals) - 1, Column.MASTERED)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._goals)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.TERM: self.tr("Word"),
            Column.GLOSS: self.tr("Gloss"),
            Column.STATUS: self.tr("Now"),
            Column.PRACTISED: self.tr("Practised"),
            Column.MASTERED: self.tr("Mastered"),
        }[Column(section)]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in _TICK_OF:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        goal, column = self._goals[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column in _TICK_OF:
            ticked = self._ticks.get(goal.goal_id) == _TICK_OF[column]
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == Column.TERM:
                return goal.term
            if column == Column.GLOSS:
                return goal.gloss or ""
            if column == Column.STATUS:
                return goal_labels.vocabulary_status(goal.status)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                ticked = self._ticks.get(goal.goal_id) == _TICK_OF[column]
                text = (
                    self.tr("{word}: practised")
                    if column == Column.PRACTISED
                    else self.tr("{word}: mastered")
                )
                state = self.tr("ticked") if ticked else self.tr("not ticked")
                return f"{text.format(word=goal.term)}, {state}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _TICK_OF:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.TextAlignmentRole and is_right_to_left_text(goal.gloss or ""):
            if column == Column.GLOSS:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: _Index, value: Any, role: int = 0) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() not in _TICK_OF:
            return False
        goal = self._goals[index.row()]
        tick = _TICK_OF[Column(index.column())]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticks[goal.goal_id] = tick
        elif self._ticks.get(goal.goal_id) == tick:
            del self._ticks[goal.goal_id]
        self.dataChanged.emit(
            self.index(index.row(), Column.PRACTISED), self.index(index.row(), Column.MASTERED)
        )
        self.ticks_changed.emit()
        return True


class GoalTickTable(QTableView):
    """The field ``goal_ticks`` of the session form; ``empty_text`` shows while the learner
    has no goal words."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_text = ""
        self.tick_model = GoalTickModel(self)
        self.setModel(self.tick_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        compact_rows(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.TERM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.GLOSS, QHeaderView.ResizeMode.Stretch)
        for column in (Column.STATUS, Column.PRACTISED, Column.MASTERED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tick_model.ticks_changed.connect(self.value_changed)

    def set_goals(self, goals: list[SessionGoal]) -> None:
        before = self.tick_model.ticks()
        self.tick_model.set_goals(goals)
        if goals:
            self.setCurrentIndex(self.tick_model.index(0, Column.PRACTISED))
        if self.tick_model.ticks() != before:
            self.value_changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.tick_model.rowCount() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(8, 8, -8, -8)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.empty_text)
        painter.end()

    def value(self) -> list[list[Any]]:
        return sorted([goal_id, str(tick)] for goal_id, tick in self.tick_model.ticks().items())

    def set_value(self, value: list[list[Any]] | None) -> None:
        self.tick_model.set_ticks(
            {int(goal_id): VocabularyStatus(tick) for goal_id, tick in value or []}
        )
        self.value_changed.emit()

    def display_text(self, value: list[list[Any]] | None) -> str:
        names = {
            self.tick_model.goal_at(row).goal_id: self.tick_model.goal_at(row).term
            for row in range(self.tick_model.rowCount())
        }
        return ", ".join(
            f"{names.get(int(goal_id), goal_id)} ({goal_labels.vocabulary_status(tick)})"
            for goal_id, tick in value or []
        )
