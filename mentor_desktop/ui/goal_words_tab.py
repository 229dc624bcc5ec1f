"""The Words tab of the Goals dialog: a learner's goal words with their status; add a whole
list or single words, move the chosen word up or down the ladder (Ctrl+Up, Ctrl+Down), see
its steps, take it off; print word cards and export an Anki deck (off the GUI thread)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.domain.goals import step_down, step_up
from mentor_desktop.domain.languages import LANGUAGES
from mentor_desktop.services.goal_exports import ExportResult, WordCardTexts
from mentor_desktop.services.goals import AssignResult, GoalRow
from mentor_desktop.ui import goal_labels, labels
from mentor_desktop.ui.goal_models import GoalColumn, GoalTableModel, compact_rows, short_date
from mentor_desktop.ui.goal_word_picker import GoalWordPicker
from mentor_desktop.ui.messages import error_text
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.tasks import TaskRunner, Work


def file_stem(name: str) -> str:
    """A person's name as part of a file name."""
    return re.sub(r"[^\w-]+", "-", name).strip("-") or "learner"


class GoalWordsTab(QWidget):
    """Shows and changes one learner's goal words; ``changed`` after every change."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        tasks: TaskRunner,
        learner_id: int,
        learner_name: str,
        placement_id: int | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("goal_words_tab")
        self._services = services
        self._prompter = prompter
        self._tasks = tasks
        self.learner_id = learner_id
        self.learner_name = learner_name
        self.placement_id = placement_id
        self.picker: GoalWordPicker | None = None
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.summary_label = QLabel()
        self.summary_label.setObjectName("goal_summary_label")
        self.model = GoalTableModel(self)
        self.goal_table = QTableView()
        self.goal_table.setObjectName("goal_table")
        self.goal_table.setModel(self.model)
        self.goal_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goal_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goal_table.verticalHeader().hide()
        compact_rows(self.goal_table)
        self.goal_table.setTabKeyNavigation(False)
        header = self.goal_table.horizontalHeader()
        header.setSectionResizeMode(GoalColumn.TERM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GoalColumn.GLOSS, QHeaderView.ResizeMode.Stretch)
        for column in (GoalColumn.LIST, GoalColumn.STATUS, GoalColumn.SINCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.history_label = QLabel()
        self.history_label.setObjectName("goal_history_label")
        self.history_label.setWordWrap(True)
        self.history_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_list_button = QPushButton()
        self.add_list_button.setObjectName("add_list_button")
        self.add_words_button = QPushButton()
        self.add_words_button.setObjectName("add_words_button")
        self.up_button = QPushButton()
        self.up_button.setObjectName("step_up_button")
        self.down_button = QPushButton()
        self.down_button.setObjectName("step_down_button")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_goal_button")
        self.cards_button = QPushButton()
        self.cards_button.setObjectName("word_cards_button")
        self.anki_button = QPushButton()
        self.anki_button.setObjectName("anki_button")
        self.up_action = QAction(self)
        self.up_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up))
        self.down_action = QAction(self)
        self.down_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down))
        for action in (self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        assign = QHBoxLayout()
        for button in (self.add_list_button, self.add_words_button):
            assign.addWidget(button)
        assign.addStretch(1)
        for button in (self.cards_button, self.anki_button):
            assign.addWidget(button)
        ladder = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            ladder.addWidget(button)
        ladder.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(assign)
        layout.addWidget(self.goal_table, 1)
        layout.addLayout(ladder)
        layout.addWidget(self.history_label)

    def _connect_signals(self) -> None:
        self.goal_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.add_list_button.clicked.connect(self._on_add_list_button_clicked)
        self.add_words_button.clicked.connect(self._on_add_words_button_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.up_action.triggered.connect(self._on_up_button_clicked)
        self.down_action.triggered.connect(self._on_down_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.cards_button.clicked.connect(self._on_cards_button_clicked)
        self.anki_button.clicked.connect(self._on_anki_button_clicked)

    def retranslate_ui(self) -> None:
        self.goal_table.setAccessibleName(self.tr("Goal words"))
        self.add_list_button.setText(self.tr("Add a &list…"))
        self.add_list_button.setToolTip(self.tr("Make every word of a vocabulary list a goal"))
        self.add_words_button.setText(self.tr("Add &single words…"))
        self.add_words_button.setToolTip(self.tr("Choose single words from a list"))
        self.up_button.setText(self.tr("Step &up"))
        self.up_button.setToolTip(self.tr("Move the chosen word one step up (Ctrl+Up)"))
        self.down_button.setText(self.tr("Step &back"))
        self.down_button.setToolTip(self.tr("Move the chosen word one step back (Ctrl+Down)"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.remove_button.setToolTip(self.tr("Take the chosen word off the goals"))
        self.cards_button.setText(self.tr("Print word &cards…"))
        self.cards_button.setToolTip(self.tr("Word cards to print and cut out (PDF)"))
        self.anki_button.setText(self.tr("Export An&ki deck…"))
        self.anki_button.setToolTip(self.tr("Flash cards for the Anki app, gloss on the back"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Loading.

    def reload(self, select_goal: int | None = None) -> None:
        current = self.current_goal()
        wanted = select_goal if select_goal is not None else (current.id if current else None)
        try:
            rows = self._services.goals.goals(self.learner_id)
        except MentorError as error:
            self._prompter.error(self, self.windowTitle(), error_text(error))
            rows = []
        self.model.set_rows(rows)
        mastered = sum(1 for r in rows if r.status.value == "mastered")
        self.summary_label.setText(
            self.tr("%n goal word(s), {mastered} mastered", "", len(rows)).format(mastered=mastered)
            if rows
            else self.tr("No goal words yet. Add a list or single words.")
        )
        row = next((i for i, r in enumerate(rows) if r.id == wanted), 0 if rows else None)
        if row is not None:
            self.goal_table.selectRow(row)
        self._update_buttons()

    def current_goal(self) -> GoalRow | None:
        index = self.goal_table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        goal = self.current_goal()
        self.up_button.setEnabled(goal is not None and step_up(goal.status) is not None)
        self.down_button.setEnabled(goal is not None and step_down(goal.status) is not None)
        self.remove_button.setEnabled(goal is not None)
        has_goals = self.model.rowCount() > 0
        self.cards_button.setEnabled(has_goals)
        self.anki_button.setEnabled(has_goals)
        self._show_history(goal)

    def _show_history(self, goal: GoalRow | None) -> None:
        if goal is None:
            self.history_label.clear()
            return
        try:
            steps = self._services.goals.history(goal.id)
        except MentorError as error:
            self.history_label.setText(error_text(error))
            return
        parts = []
        for step in steps:
            text = self.tr("{status} {date}").format(
                status=goal_labels.vocabulary_status(step.to_status), date=short_date(step.on_date)
            )
            if step.session_id is not None:
                text = self.tr("{step} (in a session)").format(step=text)
            parts.append(text)
        self.history_label.setText(
            self.tr("Steps of “{word}”: {steps}").format(
                word=goal.display_term, steps=" → ".join(parts)
            )
        )

    # Slots.

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _on_add_list_button_clicked(self) -> None:
        try:
            lists = self._services.goals.lists()
        except MentorError as error:
            self._prompter.error(self, self.tr("Add a list"), error_text(error))
            return
        if not lists:
            self._prompter.information(
                self, self.tr("Add a list"), self.tr("There are no vocabulary lists yet.")
            )
            return
        choices = [
            self.tr("{name} ({sector}, {count} words)").format(
                name=c.name, sector=labels.sector(c.sector), count=c.item_count
            )
            for c in lists
        ]
        picked = self._prompter.choose(
            self,
            self.tr("Add a list"),
            self.tr("Every word of the list becomes a goal of {name}:").format(
                name=self.learner_name
            ),
            choices,
        )
        if picked is None:
            return
        self._assign(lambda: self._services.goals.assign_list(
            self.learner_id, lists[picked].id, placement_id=self.placement_id
        ))  # fmt: skip

    def _on_add_words_button_clicked(self) -> None:
        picker = GoalWordPicker(self._services, self.learner_id, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.finished.connect(self._on_picker_finished)
        self.picker = picker
        picker.open()

    def _on_picker_finished(self, result: int) -> None:
        picker, self.picker = self.picker, None
        if result != QDialog.DialogCode.Accepted or picker is None or not picker.value():
            return
        item_ids = picker.value()
        self._assign(lambda: self._services.goals.assign_items(
            self.learner_id, item_ids, placement_id=self.placement_id
        ))  # fmt: skip

    def _assign(self, call: Callable[[], AssignResult]) -> None:
        try:
            result = call()
        except MentorError as error:
            self._prompter.error(self, self.tr("Add goal words"), error_text(error))
            return
        self.reload()
        self.changed.emit()
        if result.already:
            self._prompter.information(
                self,
                self.tr("Add goal words"),
                self.tr("%n word(s) added.", "", result.added)
                + " "
                + self.tr("%n word(s) were goals already.", "", result.already),
            )

    def _move(self, up: bool) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        target = step_up(goal.status) if up else step_down(goal.status)
        if target is None:
            return
        try:
            self._services.goals.set_status(goal.id, target, expected_version=goal.version)
        except MentorError as error:
            self._prompter.error(self, self.tr("Goal words"), error_text(error))
        self.reload(select_goal=goal.id)
        self.changed.emit()

    def _on_up_button_clicked(self) -> None:
        self._move(up=True)

    def _on_down_button_clicked(self) -> None:
        self._move(up=False)

    def _on_remove_button_clicked(self) -> None:
        goal = self.current_goal()
        if goal is None or not self._prompter.confirm(
            self,
            self.tr("Remove goal word"),
            self.tr("Take “{word}” off the goals of {name}? Its steps are removed too.").format(
                word=goal.display_term, name=self.learner_name
            ),
        ):
            return
        try:
            self._services.goals.remove(goal.id, expected_version=goal.version)
        except MentorError as error:
            self._prompter.error(self, self.tr("Remove goal word"), error_text(error))
        self.reload()
        self.changed.emit()

    # Exports.

    def _on_cards_button_clicked(self) -> None:
        title = self.tr("Print word cards")
        path = self._prompter.save_file_name(
            self,
            title,
            self.tr("word-cards-{name}.pdf").format(name=file_stem(self.learner_name)),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        texts = WordCardTexts(
            title=self.tr("Word cards"),
            safety=self.tr("Safety"),
            no_gloss=self.tr("(no gloss in this language yet)"),
            page=self.tr("Page {page}"),
        )
        word_classes = goal_labels.word_classes()
        names = {code: labels.language_name(code) for code in LANGUAGES}
        exports, learner_id = self._services.goal_exports, self.learner_id
        self._run(
            title,
            lambda _progress: exports.write_word_cards(
                learner_id,
                Path(path),
                texts=texts,
                word_classes=word_classes,
                language_names=names,
            ),
            self.tr("The word cards are saved in {path}. Open the file to print them."),
        )

    def _on_anki_button_clicked(self) -> None:
        title = self.tr("Export Anki deck")
        path = self._prompter.save_file_name(
            self,
            title,
            self.tr("words-{name}.apkg").format(name=file_stem(self.learner_name)),
            self.tr("Anki decks (*.apkg)"),
        )
        if not path:
            return
        deck_name = self.tr("Danish at work – {name}").format(name=self.learner_name)
        safety = self.tr("Safety")
        exports, learner_id = self._services.goal_exports, self.learner_id
        self._run(
            title,
            lambda _progress: exports.write_anki_deck(
                learner_id, Path(path), deck_name=deck_name, safety_text=safety
            ),
            self.tr("The Anki deck is saved in {path}. Open it in Anki to import the cards."),
        )

    def _run(self, title: str, work: Work, done_text: str) -> None:
        def succeeded(result: ExportResult) -> None:
            text = done_text.format(path=str(result.path))
            if result.without_gloss:
                text += " " + self.tr(
                    "%n word(s) have no gloss in the learner's language.", "", result.without_gloss
                )
            self._prompter.information(self, title, text)

        def failed(error: BaseException) -> None:
            if isinstance(error, MentorError):
                text = error_text(error)
            else:
                text = self.tr("The file could not be written: {reason}").format(
                    reason=getattr(error, "strerror", None) or str(error)
                )
            self._prompter.error(self, title, text)

        self._tasks.start_with_progress(
            self, self.tr("Writing the file…"), work, on_success=succeeded, on_failure=failed
        )
