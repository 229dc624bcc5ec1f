"""The Goals dialog of one learner, opened from the Learners screen: goal words, can-do
goals and progress, each on a tab of its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.domain.placements import OPEN_STATUSES
from mentor_desktop.services.goals import ListProgress
from mentor_desktop.ui.can_do_tab import CanDoTab
from mentor_desktop.ui.goal_models import (
    MasteredHistoryModel,
    ProgressColumn,
    ProgressTableModel,
    compact_rows,
)
from mentor_desktop.ui.goal_words_tab import GoalWordsTab
from mentor_desktop.ui.messages import error_text
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.tasks import TaskRunner


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    compact_rows(table)
    return table


class GoalProgressTab(QWidget):
    """Words per status for each list and in all, and the words mastered over time."""

    def __init__(self, services: Services, learner_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("goal_progress_tab")
        self._services = services
        self.learner_id = learner_id
        self.summary_label = QLabel()
        self.summary_label.setObjectName("progress_summary_label")
        self.summary_label.setWordWrap(True)
        self.lists_heading = QLabel()
        self.progress_model = ProgressTableModel(self)
        self.progress_table = _table("progress_table")
        self.progress_table.setModel(self.progress_model)
        header = self.progress_table.horizontalHeader()
        header.setSectionResizeMode(ProgressColumn.LIST, QHeaderView.ResizeMode.Stretch)
        for column in list(ProgressColumn)[1:]:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.history_heading = QLabel()
        self.history_model = MasteredHistoryModel(self)
        self.history_table = _table("mastered_history_table")
        self.history_table.setModel(self.history_model)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.lists_heading)
        layout.addWidget(self.progress_table, 2)
        layout.addWidget(self.history_heading)
        layout.addWidget(self.history_table, 1)
        self.lists_heading.setBuddy(self.progress_table)
        self.history_heading.setBuddy(self.history_table)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.lists_heading.setText(self.tr("Words per &list"))
        self.progress_table.setAccessibleName(self.tr("Words per list and status"))
        self.history_heading.setText(self.tr("Words mastered &over time"))
        self.history_table.setAccessibleName(self.tr("Words mastered over time"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        try:
            progress = self._services.goals.progress(self.learner_id)
        except MentorError as error:
            self.summary_label.setText(error_text(error))
            return
        rows: list[ListProgress] = list(progress.lists)
        if len(rows) > 1:
            rows.append(progress.overall)
        self.progress_model.set_rows(rows)
        self.history_model.set_rows(list(reversed(progress.mastered_history)))
        overall = progress.overall
        self.summary_label.setText(
            self.tr("{mastered} of {total} goal words mastered ({percent} %).").format(
                mastered=overall.mastered,
                total=overall.total,
                percent=round(overall.mastered_share * 100),
            )
            if overall.total
            else self.tr("No goal words yet.")
        )


class GoalsDialog(QDialog):
    """Goal words, can-do goals and progress of ``learner_id``."""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        learner_id: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("goals_dialog")
        detail = services.learners.get(learner_id)
        self.learner_name = detail.full_name
        open_statuses = {s.value for s in OPEN_STATUSES}
        current = next((p for p in detail.placements if p.status in open_statuses), None)
        sector = None
        if current is not None:
            employer_id = services.placements.get(current.id).employer_id
            sector = services.employers.get(employer_id).data.sector
        self.tasks = TaskRunner(self)
        self.words_tab = GoalWordsTab(
            services,
            prompter,
            self.tasks,
            learner_id,
            detail.full_name,
            current.id if current else None,
        )
        self.can_do_tab = CanDoTab(
            services, prompter, learner_id, current.id if current else None, sector
        )
        self.progress_tab = GoalProgressTab(services, learner_id)
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("goals_tabs")
        self.tab_widget.addTab(self.words_tab, "")
        self.tab_widget.addTab(self.can_do_tab, "")
        self.tab_widget.addTab(self.progress_tab, "")
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tab_widget)
        layout.addWidget(self.button_box)
        self.words_tab.changed.connect(self.progress_tab.reload)
        self.resize(860, 620)
        self.retranslate_ui()
        self.words_tab.goal_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Goals of {name}").format(name=self.learner_name))
        self.tab_widget.setTabText(0, self.tr("&Words"))
        self.tab_widget.setTabText(1, self.tr("Can-&do"))
        self.tab_widget.setTabText(2, self.tr("&Progress"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
