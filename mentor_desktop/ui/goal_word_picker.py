"""Picks single words from a vocabulary list to make them goals of a learner: the list in a
combo box, its words with a tick each (words already among the learner's goals are shown
ticked and cannot be unticked). ``value()`` is the ids of the words newly ticked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.ui import labels
from mentor_desktop.ui.messages import error_text


class GoalWordPicker(QDialog):
    def __init__(self, services: Services, learner_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("goal_word_picker")
        self._services = services
        self._learner_id = learner_id
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()
        self._load_lists()

    def _build_ui(self) -> None:
        self.list_label = QLabel()
        self.list_combo = QComboBox()
        self.list_combo.setObjectName("picker_list_combo")
        self.words_label = QLabel()
        self.word_list = QListWidget()
        self.word_list.setObjectName("picker_word_list")
        self.word_list.setMinimumSize(380, 300)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.list_label, self.list_combo)
        form.addRow(self.words_label, self.word_list)
        self.list_label.setBuddy(self.list_combo)
        self.words_label.setBuddy(self.word_list)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.button_box)

    def _connect_signals(self) -> None:
        self.list_combo.currentIndexChanged.connect(self._on_list_combo_current_index_changed)
        self.word_list.itemActivated.connect(self._on_word_list_item_activated)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add words"))
        self.list_label.setText(self.tr("&List:"))
        self.list_combo.setAccessibleName(self.tr("Vocabulary list"))
        self.words_label.setText(self.tr("&Words:"))
        self.word_list.setAccessibleName(self.tr("Words of the list"))
        self.word_list.setToolTip(self.tr("Space ticks a word; ticked words become goals"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _load_lists(self) -> None:
        try:
            lists = self._services.goals.lists()
        except MentorError as error:
            self._show_message(error_text(error))
            return
        for choice in lists:
            self.list_combo.addItem(
                self.tr("{name} ({sector}, {count} words)").format(
                    name=choice.name, sector=labels.sector(choice.sector), count=choice.item_count
                ),
                choice.id,
            )
        if not lists:
            self._show_message(self.tr("There are no vocabulary lists yet."))

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _on_list_combo_current_index_changed(self, _index: int) -> None:
        self.word_list.clear()
        list_id = self.list_combo.currentData()
        if list_id is None:
            return
        try:
            items = self._services.goals.items(list_id, learner_id=self._learner_id)
        except MentorError as error:
            self._show_message(error_text(error))
            return
        for choice in items:
            term = f"{choice.article} {choice.term}" if choice.article else choice.term
            text = f"{term} — {choice.gloss}" if choice.gloss else term
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            if choice.is_goal:
                item.setFlags(Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setToolTip(self.tr("Already one of the learner's goals"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.word_list.addItem(item)
        if self.word_list.count():
            self.word_list.setCurrentRow(0)

    def _on_word_list_item_activated(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def value(self) -> list[int]:
        """The ids of the words ticked here."""
        return [
            self.word_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.word_list.count())
            if self.word_list.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
            and self.word_list.item(i).checkState() == Qt.CheckState.Checked
        ]
