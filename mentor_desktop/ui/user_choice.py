"""Who is working: the user the program acts for (audit events carry their id, drafts are
theirs, a tutor's lists can put their own caseload first). Asked at start when the database
has more than one active user and none is remembered for it; remembered in the settings per
database; shown in the status bar and changed from the File menu. No passwords yet."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.users import UserRow
from mentor_desktop.ui.messages import error_text
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import Settings

log = logging.getLogger(__name__)

SETTINGS_KEY = "user/remembered"
_SEPARATOR = "\t"
MAX_CHOICES = 500


class UserChoice(QObject):
    """Keeps ``services.context.user_id``; puts a label into the window's status bar and
    "Who is working?" into ``menu``."""

    user_changed = Signal(object)

    def __init__(
        self,
        services: Services,
        settings: Settings,
        prompter: Prompter,
        window: QMainWindow,
        menu: QMenu,
    ):
        super().__init__(window)
        self._services = services
        self._settings = settings
        self._prompter = prompter
        self._window = window
        self.user: UserRow | None = None
        self.user_label = QLabel()
        self.user_label.setObjectName("user_label")
        window.statusBar().addPermanentWidget(self.user_label)
        self.change_action = QAction(self)
        self.change_action.setObjectName("change_user_action")
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.change_action)
        if first is not None:
            menu.insertSeparator(first)
        self.change_action.triggered.connect(self._on_change_action_triggered)
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.change_action.setText(self.tr("&Who is working?…"))
        self.user_label.setAccessibleName(self.tr("User working"))
        if self.user is None:
            self.user_label.setText(self.tr("Nobody chosen"))
        else:
            self.user_label.setText(self.tr("Working: {name}").format(name=self.user.name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def start(self) -> None:
        """Settle who is working: the only active user, the one remembered for this
        database, or the one the user picks."""
        users = self._active_users()
        if users is None:
            return
        if len(users) == 1:
            self.set_user(users[0])
            return
        remembered = self._remembered()
        found = next((u for u in users if u.id == remembered), None)
        if found is not None:
            self.set_user(found)
        elif users:
            self.choose(users)

    def choose(self, users: list[UserRow] | None = None) -> bool:
        """Ask who is working; ``True`` when someone was picked."""
        users = users if users is not None else self._active_users()
        if not users:
            return False
        current = next((i for i, u in enumerate(users) if self.user and u.id == self.user.id), 0)
        picked = self._prompter.choose(
            self._window,
            self.tr("Who is working?"),
            self.tr("Choose yourself. What you save is recorded in your name."),
            [self.tr("{name} ({login})").format(name=u.name, login=u.login) for u in users],
            current,
        )
        if picked is None:
            return False
        self.set_user(users[picked])
        self._remember(users[picked].id)
        return True

    def set_user(self, user: UserRow | None) -> None:
        self.user = user
        self._services.context.user_id = user.id if user is not None else None
        log.info("Working user: %s", user.id if user is not None else "none")
        self.retranslate_ui()
        self.user_changed.emit(user)

    def _active_users(self) -> list[UserRow] | None:
        try:
            return self._services.users.list(limit=MAX_CHOICES).rows
        except MentorError as error:
            self._prompter.error(self._window, self.tr("Who is working?"), error_text(error))
            return None

    def _remembered(self) -> int | None:
        prefix = self._services.description + _SEPARATOR
        for entry in self._settings.value(SETTINGS_KEY):
            if entry.startswith(prefix) and entry[len(prefix) :].isdigit():
                return int(entry[len(prefix) :])
        return None

    def _remember(self, user_id: int) -> None:
        prefix = self._services.description + _SEPARATOR
        kept = [e for e in self._settings.value(SETTINGS_KEY) if not e.startswith(prefix)]
        self._settings.set_value(SETTINGS_KEY, [*kept, f"{prefix}{user_id}"])

    def _on_change_action_triggered(self) -> None:
        self.choose()
