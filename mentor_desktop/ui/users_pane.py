"""The Users tab of the Settings screen: the tutors, coordinators and administrators,
added and edited through ``UserDialog``, deactivated and reactivated (never deleted, after
asking), and a tutor's PIN for employer mode set or cleared."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from mentor_desktop.services.tutor_pin import TutorPinService
from mentor_desktop.services.users import UserRow
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import Settings
from mentor_desktop.ui.tutor_pin_dialog import TutorPinDialog
from mentor_desktop.ui.user_dialog import UserDialog
from mentor_desktop.ui.user_table_model import Column, UserTableModel

MAX_USERS = 500


class UserPinDialog(TutorPinDialog):
    """A coordinator chooses the PIN of ``name`` (typed twice)."""

    def __init__(
        self, pins: TutorPinService, user_id: int, name: str, parent: QWidget | None = None
    ):
        self._name = ""
        super().__init__(pins, user_id, choose=True, parent=parent)
        self._name = name
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if self._name:
            self.setWindowTitle(self.tr("PIN for {name}").format(name=self._name))
            self.explanation_label.setText(
                self.tr(
                    "The PIN lets {name} leave employer mode where several people share the "
                    "database. Choose 4–8 digits and tell them in person."
                ).format(name=self._name)
            )


class UsersPane(QWidget):
    """The users in a table with the buttons that change them."""

    error_occurred = Signal(object)
    users_changed = Signal()

    def __init__(
        self,
        services: Services,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("users_pane")
        self._services = services
        self._settings = settings
        self._prompter = prompter
        self.may_manage = True
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()
        self._update_actions()

    def _build_ui(self) -> None:
        self.model = UserTableModel(self)
        self.user_table = QTableView()
        self.user_table.setObjectName("user_table")
        self.user_table.setModel(self.model)
        self.user_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.user_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.user_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.user_table.setTabKeyNavigation(False)
        self.user_table.verticalHeader().hide()
        header = self.user_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.EMAIL, QHeaderView.ResizeMode.Stretch)
        self.inactive_check = QCheckBox()
        self.inactive_check.setObjectName("inactive_users_check")
        self.count_label = QLabel()
        self.add_button = QPushButton()
        self.add_button.setObjectName("user_add_button")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("user_edit_button")
        self.active_button = QPushButton()
        self.active_button.setObjectName("user_active_button")
        self.pin_button = QPushButton()
        self.pin_button.setObjectName("user_pin_button")
        self.clear_pin_button = QPushButton()
        self.clear_pin_button.setObjectName("user_clear_pin_button")
        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.inactive_check)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.active_button,
            self.pin_button,
            self.clear_pin_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.user_table, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.inactive_check.toggled.connect(self.reload)
        self.user_table.selectionModel().selectionChanged.connect(
            self._on_user_table_selection_changed
        )
        self.user_table.doubleClicked.connect(self.edit_user)
        self.user_table.activated.connect(self.edit_user)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.active_button.clicked.connect(self.toggle_active)
        self.pin_button.clicked.connect(self.set_pin)
        self.clear_pin_button.clicked.connect(self.clear_pin)

    def retranslate_ui(self) -> None:
        self.user_table.setAccessibleName(self.tr("Users"))
        self.inactive_check.setText(self.tr("Show deacti&vated users"))
        self.add_button.setText(self.tr("&Add user…"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.pin_button.setText(self.tr("Set &PIN…"))
        self.pin_button.setToolTip(self.tr("The PIN that leaves employer mode"))
        self.clear_pin_button.setText(self.tr("C&lear PIN"))
        self.model.retranslate()
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        """Read the users again, keeping the one selected."""
        selected = self.current_user()
        try:
            self.may_manage = self._services.users.may_manage()
            page = self._services.users.list(
                include_inactive=self.inactive_check.isChecked(), limit=MAX_USERS
            )
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        self.model.set_rows(page.rows)
        self.count_label.setText(self.tr("%n user(s)", "", len(page.rows)))
        if selected is not None:
            self.select_user(selected.id)
        self._update_actions()

    def current_user(self) -> UserRow | None:
        index = self.user_table.currentIndex()
        rows = self.user_table.selectionModel().selectedRows()
        return self.model.row_at(index.row()) if index.isValid() and rows else None

    def select_user(self, user_id: int) -> bool:
        row = self.model.row_of(user_id)
        if row < 0:
            return False
        self.user_table.selectRow(row)
        self.user_table.setCurrentIndex(self.model.index(row, 0))
        return True

    def add_user(self) -> None:
        dialog = UserDialog(self._services, self._prompter, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_value is not None:
            self._changed(dialog.saved_value)

    def edit_user(self) -> None:
        user = self.current_user()
        if user is None:
            return
        dialog = UserDialog(self._services, self._prompter, user, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_value is not None:
            self._changed(dialog.saved_value)

    def toggle_active(self) -> None:
        """Deactivate the selected user after asking, or reactivate them."""
        user = self.current_user()
        if user is None:
            return
        try:
            if user.active:
                if not self._prompter.confirm(
                    self,
                    self.tr("Deactivate user"),
                    self.tr(
                        "Deactivate {name}? They can no longer be chosen as the person "
                        "working or as a tutor. Their sessions and history stay, and they "
                        "can be reactivated later."
                    ).format(name=user.name),
                ):
                    return
                saved = self._services.users.deactivate(user.id, expected_version=user.version)
            else:
                saved = self._services.users.activate(user.id, expected_version=user.version)
        except MentorError as error:
            self.error_occurred.emit(error)
            self.reload()
            return
        self._changed(saved)

    def set_pin(self) -> None:
        user = self.current_user()
        if user is None:
            return
        dialog = UserPinDialog(self._services.tutor_pin, user.id, user.name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._update_actions()

    def clear_pin(self) -> None:
        user = self.current_user()
        if user is None:
            return
        if not self._prompter.confirm(
            self,
            self.tr("Clear PIN"),
            self.tr(
                "Clear the PIN of {name}? They choose a new one the next time they start "
                "employer mode."
            ).format(name=user.name),
        ):
            return
        try:
            self._services.tutor_pin.clear_pin(user.id)
        except MentorError as error:
            self.error_occurred.emit(error)
        self._update_actions()

    def _changed(self, user: UserRow) -> None:
        self.reload()
        self.select_user(user.id)
        self.users_changed.emit()

    def _update_actions(self) -> None:
        """A tutor working may change only themselves: their details and their PIN."""
        user = self.current_user()
        mine = user is not None and user.id == self._services.context.user_id
        allowed = user is not None and (self.may_manage or mine)
        self.add_button.setEnabled(self.may_manage)
        self.edit_button.setEnabled(allowed)
        self.active_button.setEnabled(user is not None and self.may_manage)
        self.pin_button.setEnabled(allowed and user is not None and user.active)
        if user is not None and not user.active:
            self.active_button.setText(self.tr("&Reactivate"))
        else:
            self.active_button.setText(self.tr("&Deactivate…"))
        has_pin = False
        if user is not None:
            try:
                has_pin = self._services.tutor_pin.has_pin(user.id)
            except MentorError:
                has_pin = False
        self.clear_pin_button.setEnabled(allowed and has_pin)

    def _on_user_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._update_actions()
