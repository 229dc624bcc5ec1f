"""The Sessions screen: every session of the centre in one paged list, newest first, searched
by learner, employer or site and filtered by tutor, period and attendance in the database; the
chosen visit's details beside it; log (Ctrl+N), edit (Enter) and delete (Delete) through
the session dialog or a confirmation."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import Attendance
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.sessions import SessionDetail
from mentor_desktop.ui import labels
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.forms import DateField
from mentor_desktop.ui.list_screen import ListScreen
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.session_detail_pane import SessionDetailPane
from mentor_desktop.ui.session_dialog import SessionDialog
from mentor_desktop.ui.session_table_model import Column, SessionFilters, SessionTableModel
from mentor_desktop.ui.settings import Settings

log = logging.getLogger(__name__)


_FROM = QT_TRANSLATE_NOOP("SessionsScreen", "From")
_TO = QT_TRANSLATE_NOOP("SessionsScreen", "To")


class PeriodEnd(DateField):
    """One end of the period filter: ticked, it limits the list to that date."""

    def __init__(self, caption: object, parent: QWidget | None = None):
        self._caption = str(caption)
        super().__init__(parent)

    def retranslate_ui(self) -> None:
        text = QCoreApplication.translate("SessionsScreen", self._caption)
        self.known_check.setText(text)
        self.known_check.setToolTip(
            QCoreApplication.translate("SessionsScreen", "Tick to limit the period")
        )
        self.setAccessibleName(text)


class SessionsScreen(ListScreen):
    """Lists all sessions and shows the one chosen."""

    model: SessionTableModel
    detail_pane: SessionDetailPane

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        self.session_dialog: SessionDialog | None = None
        super().__init__("sessions_screen", services, events, settings, prompter, parent)

    def _create_model(self) -> SessionTableModel:
        return SessionTableModel(self._services.sessions, self)

    def _build_ui(self) -> None:
        self.tutor_combo = QComboBox()
        self.tutor_combo.setObjectName("session_tutor_filter_combo")
        self.attendance_combo = QComboBox()
        self.attendance_combo.setObjectName("session_attendance_filter_combo")
        self.attendance_combo.addItem("", None)
        for attendance in Attendance:
            self.attendance_combo.addItem("", attendance.value)
        for combo in (self.tutor_combo, self.attendance_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.from_field = PeriodEnd(_FROM)
        self.from_field.setObjectName("session_from_field")
        self.to_field = PeriodEnd(_TO)
        self.to_field.setObjectName("session_to_field")
        # Two by two, so that the list can narrow with the window.
        filters = QGridLayout()
        filters.addWidget(self.tutor_combo, 0, 0)
        filters.addWidget(self.from_field, 0, 1)
        filters.addWidget(self.attendance_combo, 1, 0)
        filters.addWidget(self.to_field, 1, 1)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)

        self.log_button = QPushButton()
        self.log_button.setObjectName("session_log_button")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("session_edit_button")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("session_delete_button")
        actions = QHBoxLayout()
        for button in (self.log_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.detail_pane = SessionDetailPane()
        self.session_table = self._build_list_ui(
            "session",
            rows=[filters, actions],
            sort_column=Column.DATE,
            sort_order=Qt.SortOrder.DescendingOrder,
            stretch_column=Column.EMPLOYER,
            column_widths={
                Column.DATE: 118,
                Column.LEARNER: 150,
                Column.TUTOR: 135,
                Column.DURATION: 72,
                Column.ATTENDANCE: 110,
            },
            splitter_sizes=[880, 320],
        )
        # Sessions are deleted, never archived.
        self.archived_check.setVisible(False)

        self.log_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.log_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.session_table
        )
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.fill_tutor_combo(self.tutor_combo)
        self._sort_as_header_shows()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self._connect_list_signals()
        self.tutor_combo.currentIndexChanged.connect(self._apply_filters)
        self.attendance_combo.currentIndexChanged.connect(self._apply_filters)
        self.from_field.value_changed.connect(self._apply_filters)
        self.to_field.value_changed.connect(self._apply_filters)
        self.session_table.activated.connect(self._on_session_table_activated)
        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.log_shortcut.activated.connect(self._on_log_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.delete_shortcut.activated.connect(self._on_delete_button_clicked)
        for signal in (
            self._events.session_changed,
            self._events.placement_changed,
            self._events.learner_changed,
            self._events.employer_changed,
        ):
            signal.connect(self._on_events_changed)
        self._events.data_reset.connect(self.reload)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Sessions"))
        self.search_edit.setPlaceholderText(
            self.tr("Search by learner, employer, site, CVR or case reference")
        )
        self.search_edit.setAccessibleName(self.tr("Search sessions"))
        self.search_edit.setToolTip(
            self.tr("Search by learner, employer, site, CVR or case reference (Ctrl+F)")
        )
        if self.tutor_combo.count():
            self.tutor_combo.setItemText(0, self.tr("All tutors"))
        self.tutor_combo.setAccessibleName(self.tr("Tutor"))
        self.attendance_combo.setItemText(0, self.tr("Any attendance"))
        for index in range(1, self.attendance_combo.count()):
            self.attendance_combo.setItemText(
                index, labels.attendance(self.attendance_combo.itemData(index))
            )
        self.attendance_combo.setAccessibleName(self.tr("Attendance"))
        self.session_table.setAccessibleName(self.tr("Sessions"))
        self.session_table.setToolTip(
            self.tr("Press Enter to edit the chosen session, Delete to delete it")
        )
        self.log_button.setText(self.tr("&Log session…"))
        self.log_button.setToolTip(self.tr("Log a new session (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the chosen session (Enter)"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the chosen session (Delete)"))
        # The two dates of the period start in one column.
        checks = [self.from_field.known_check, self.to_field.known_check]
        for check in checks:
            check.setMinimumWidth(0)
        width = max(check.sizeHint().width() for check in checks)
        for check in checks:
            check.setMinimumWidth(width)
        self._update_count()

    def reload(self) -> None:
        """Read the tutors and the list again."""
        self.fill_tutor_combo(self.tutor_combo)
        self.model.reload()

    def select_session(self, session_id: int) -> bool:
        """Select ``session_id`` if it is among the rows loaded so far."""
        return self._select_row_of(session_id)

    def open_session(self, session_id: int | None = None) -> SessionDialog | None:
        """Open the session dialog (one at a time, without blocking) to edit ``session_id``,
        or to log a new session for the chosen session's placement, or any placement."""
        if self.session_dialog is not None and self.session_dialog.isVisible():
            self.session_dialog.raise_()
            self.session_dialog.activateWindow()
            return None
        current = self._current_detail()
        placement_id = None
        if session_id is None and current is not None:
            placement_id = current.data.placement_id
        try:
            dialog = SessionDialog(
                self._services,
                self._prompter,
                placement_id=placement_id,
                session_id=session_id,
                parent=self,
            )
        except MentorError as error:
            self.error_occurred.emit(error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_session_dialog_finished)
        self.session_dialog = dialog
        dialog.open()
        return dialog

    def _apply_filters(self, *_args: object) -> None:
        attendance = self.attendance_combo.currentData()
        self.model.set_filters(
            SessionFilters(
                tutor_id=self.tutor_combo.currentData(),
                date_from=self.from_field.date(),
                date_to=self.to_field.date(),
                attendance=Attendance(attendance) if attendance else None,
            )
        )

    def _update_buttons(self) -> None:
        chosen = self._current_detail() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _update_count(self) -> None:
        total = self.model.total
        if self.model.query.strip() or self.model.filters.any():
            self._show_count(
                self.tr("%Ln session(s) found", "", total),
                self.tr("No session matches the search and filters."),
            )
        else:
            self._show_count(
                self.tr("%Ln session(s)", "", total), self.tr("No sessions have been logged yet.")
            )

    def _current_detail(self) -> SessionDetail | None:
        return self.detail_pane.detail

    def _get_detail(self, row_id: int) -> SessionDetail:
        return self._services.sessions.get(row_id)

    def _show_detail(self, detail: SessionDetail | None) -> None:
        self.detail_pane.show_session(detail)
        self._update_buttons()

    def _on_log_button_clicked(self) -> None:
        self.open_session()

    def _on_edit_button_clicked(self) -> None:
        detail = self._current_detail()
        if detail is not None:
            self.open_session(detail.id)

    def _on_session_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_session(row.id)

    def _on_delete_button_clicked(self) -> None:
        detail = self._current_detail()
        if detail is None:
            return
        assert detail.data.session_date is not None
        day = detail.data.session_date
        when = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        question = self.tr(
            "Delete the session with {learner} on {date}? This cannot be undone."
        ).format(learner=detail.learner_name, date=when)
        if not self._prompter.confirm(self, self.tr("Delete session"), question):
            return
        try:
            self._services.sessions.delete(detail.id, expected_version=detail.version)
        except MentorError as error:
            self.error_occurred.emit(error)
            self.model.reload()
            return
        self._events.session_changed.emit(detail.id)
        self._events.learner_changed.emit(detail.learner_id)
        self.session_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_session_dialog_finished(self, result: int) -> None:
        dialog = self.sender()
        if self.session_dialog is dialog:
            self.session_dialog = None
        if result == QDialog.DialogCode.Accepted and isinstance(dialog, SessionDialog):
            if dialog.session_id is not None:
                self._events.session_changed.emit(dialog.session_id)
            saved = dialog.saved_value
            if saved is not None:
                self._events.learner_changed.emit(saved.learner_id)
                if not dialog.deleted:
                    self._show_record(saved.id)
        self.session_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_events_changed(self, _record_id: int) -> None:
        self.model.reload()
