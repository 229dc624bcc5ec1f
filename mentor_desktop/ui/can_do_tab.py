"""The Can-do tab of the Goals dialog: the learner's workplace can-do statements with their
indicative level, status and evidence; add one from the centre's catalogue, set its status
with evidence, take it off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QLocale, Qt, Signal
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
from mentor_desktop.domain.enums import Sector
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.can_do import CanDoRow
from mentor_desktop.ui import labels
from mentor_desktop.ui.can_do_catalogue_dialog import CanDoCatalogueDialog
from mentor_desktop.ui.can_do_status_dialog import CanDoStatusDialog
from mentor_desktop.ui.goal_models import CanDoColumn, CanDoTableModel
from mentor_desktop.ui.messages import error_text
from mentor_desktop.ui.prompter import Prompter


class CanDoTab(QWidget):
    changed = Signal()

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        learner_id: int,
        placement_id: int | None,
        sector: Sector | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("can_do_tab")
        self._services = services
        self._prompter = prompter
        self.learner_id = learner_id
        self.placement_id = placement_id
        self.sector = sector
        self.status_dialog: CanDoStatusDialog | None = None
        self.catalogue_dialog: CanDoCatalogueDialog | None = None
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.model = CanDoTableModel(self)
        self.can_do_table = QTableView()
        self.can_do_table.setObjectName("can_do_table")
        self.can_do_table.setModel(self.model)
        self.can_do_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.can_do_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.can_do_table.setWordWrap(True)
        self.can_do_table.verticalHeader().hide()
        self.can_do_table.setTabKeyNavigation(False)
        header = self.can_do_table.horizontalHeader()
        header.setSectionResizeMode(CanDoColumn.STATEMENT, QHeaderView.ResizeMode.Stretch)
        for column in (CanDoColumn.LEVEL, CanDoColumn.STATUS, CanDoColumn.SINCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CanDoColumn.EVIDENCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CanDoColumn.EVIDENCE, 200)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_can_do_button")
        self.status_button = QPushButton()
        self.status_button.setObjectName("can_do_status_button")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_can_do_button")
        self.catalogue_button = QPushButton()
        self.catalogue_button.setObjectName("can_do_catalogue_button")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.status_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.catalogue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)
        layout.addWidget(self.can_do_table, 1)

    def _connect_signals(self) -> None:
        self.can_do_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.can_do_table.activated.connect(self._on_status_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.status_button.clicked.connect(self._on_status_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.catalogue_button.clicked.connect(self._on_catalogue_button_clicked)

    def retranslate_ui(self) -> None:
        self.note_label.setText(
            self.tr(
                "What the learner can do at work. The levels are an indicative assessment of "
                "communication at work, not the result of a test."
            )
        )
        self.can_do_table.setAccessibleName(self.tr("Can-do goals"))
        self.can_do_table.setToolTip(self.tr("Press Enter to set the status"))
        self.add_button.setText(self.tr("Add from the &catalogue…"))
        self.status_button.setText(self.tr("Set &status…"))
        self.remove_button.setText(self.tr("Remo&ve…"))
        self.catalogue_button.setText(self.tr("&Edit the catalogue…"))
        self.catalogue_button.setToolTip(
            self.tr("The centre's can-do statements per sector, in Danish and English")
        )
        self.model.language = "da" if QLocale().language() == QLocale.Language.Danish else "en"
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self, select_goal: int | None = None) -> None:
        current = self.current_goal()
        wanted = select_goal if select_goal is not None else (current.id if current else None)
        try:
            rows = self._services.can_do.goals(self.learner_id)
        except MentorError as error:
            self._prompter.error(self, self.tr("Can-do goals"), error_text(error))
            rows = []
        self.model.set_rows(rows)
        self.can_do_table.resizeRowsToContents()
        row = next((i for i, r in enumerate(rows) if r.id == wanted), 0 if rows else None)
        if row is not None:
            self.can_do_table.selectRow(row)
        self._update_buttons()

    def current_goal(self) -> CanDoRow | None:
        index = self.can_do_table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.current_goal() is not None
        self.status_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _on_add_button_clicked(self) -> None:
        title = self.tr("Add a can-do goal")
        try:
            self._services.can_do.ensure_starter_catalogue()
            catalogue = self._services.can_do.catalogue()
        except MentorError as error:
            self._prompter.error(self, title, error_text(error))
            return
        taken = {row.statement_id for row in self.model.rows}
        # The sector of the learner's workplace first, then the general statements.
        first = [self.sector, Sector.OTHER]
        offered = sorted(
            (s for s in catalogue if s.id not in taken),
            key=lambda s: first.index(s.sector) if s.sector in first else 2,
        )
        if not offered:
            self._prompter.information(
                self, title, self.tr("Every statement of the catalogue is already a goal.")
            )
            return
        language = self.model.language
        choices = [
            self.tr("{level} · {sector}: {text}").format(
                level=labels.cefr_level(s.level),
                sector=labels.sector(s.sector),
                text=s.text(language),
            )
            for s in offered
        ]
        picked = self._prompter.choose(
            self, title, self.tr("Choose a statement (levels are indicative):"), choices
        )
        if picked is None:
            return
        try:
            goal = self._services.can_do.assign(
                self.learner_id, offered[picked].id, placement_id=self.placement_id
            )
        except MentorError as error:
            self._prompter.error(self, title, error_text(error))
            return
        self.reload(select_goal=goal.id)
        self.changed.emit()

    def _on_catalogue_button_clicked(self) -> None:
        try:
            self._services.can_do.ensure_starter_catalogue()
        except MentorError as error:
            self._prompter.error(self, self.tr("Can-do goals"), error_text(error))
            return
        dialog = CanDoCatalogueDialog(self._services, self._prompter, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.catalogue_dialog = dialog
        dialog.open()

    def _on_status_button_clicked(self) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        try:
            dialog = CanDoStatusDialog(self._services, self._prompter, goal, self)
        except MentorError as error:
            self._prompter.error(self, self.tr("Can-do goals"), error_text(error))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_status_dialog_finished)
        self.status_dialog = dialog
        dialog.open()

    def _on_status_dialog_finished(self, result: int) -> None:
        dialog, self.status_dialog = self.status_dialog, None
        if result == QDialog.DialogCode.Accepted and dialog is not None:
            self.reload(select_goal=dialog.goal.id)
            self.changed.emit()
        self.can_do_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_remove_button_clicked(self) -> None:
        goal = self.current_goal()
        title = self.tr("Remove can-do goal")
        if goal is None or not self._prompter.confirm(
            self, title, self.tr("Take “{text}” off the learner's goals?").format(text=goal.text)
        ):
            return
        try:
            self._services.can_do.remove(goal.id, expected_version=goal.version)
        except MentorError as error:
            self._prompter.error(self, title, error_text(error))
        self.reload()
        self.changed.emit()
