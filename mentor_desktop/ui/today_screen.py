"""The Today screen, where a tutor's day starts: planned visits, placements that need
attention and the visits of the last two weeks. Enter or Ctrl+L on a row logs a session for
its placement (a planned visit opens pre-filled and is saved as held); F2 edits a visit.
Planned visits export to the tutor's calendar as an .ics file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import Attendance
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.drafts import Draft
from mentor_desktop.services.today import AttentionRow, TodayOverview, VisitRow
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.save_file import write_whole
from mentor_desktop.ui.session_dialog import SessionDialog
from mentor_desktop.ui.settings import Settings
from mentor_desktop.ui.today_models import (
    AttentionColumn,
    AttentionTableModel,
    VisitColumn,
    VisitTableModel,
)

log = logging.getLogger(__name__)

CALENDAR_FILE = "mentor-visits.ics"
# A column fitted to its texts grows no wider than this; the stretching one takes the rest.
MAX_FITTED_WIDTH = 320


class TodayScreen(QWidget):
    """The three lists of a tutor's day and the one key that logs a session."""

    error_occurred = Signal(object)

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("today_screen")
        self._services = services
        self._events = events
        self._settings = settings
        self._prompter = prompter
        self.overview: TodayOverview | None = None
        self.session_dialog: SessionDialog | None = None
        self.planned_model = VisitTableModel(self)
        self.attention_model = AttentionTableModel(self)
        self.recent_model = VisitTableModel(self)
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()
        self.reload()

    def _build_ui(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("today_title_label")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.log_button = QPushButton()
        self.log_button.setObjectName("today_log_button")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("today_edit_button")
        self.export_button = QPushButton()
        self.export_button.setObjectName("today_export_button")
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.log_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.export_button)

        self.planned_label, self.planned_table, planned = self._section(
            "today_planned", self.planned_model
        )
        self.attention_label, self.attention_table, attention = self._section(
            "today_attention", self.attention_model
        )
        self.recent_label, self.recent_table, recent = self._section(
            "today_recent", self.recent_model
        )
        for table in (self.planned_table, self.recent_table):
            header = table.horizontalHeader()
            header.setSectionResizeMode(VisitColumn.PLACE, QHeaderView.ResizeMode.Stretch)
            header.resizeSection(VisitColumn.WHEN, 170)
            header.resizeSection(VisitColumn.LEARNER, 190)
            header.resizeSection(VisitColumn.DURATION, 80)
            header.resizeSection(VisitColumn.ATTENDANCE, 150)
        header = self.attention_table.horizontalHeader()
        header.setSectionResizeMode(AttentionColumn.REASON, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(AttentionColumn.LEARNER, 190)
        header.resizeSection(AttentionColumn.PLACE, 260)
        self.tables = (self.planned_table, self.attention_table, self.recent_table)
        self._return_focus = self.planned_table

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("today_splitter")
        for section in (planned, attention, recent):
            self.splitter.addWidget(section)
        self.splitter.setChildrenCollapsible(False)

        self.hint_label = QLabel()
        self.hint_label.setObjectName("today_hint_label")
        self.hint_label.setEnabled(False)
        self.hint_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint_label)

        self.log_action = QAction(self)
        self.log_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.log_action)
        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.edit_action)
        self.export_action = QAction(self)

        self._settings.restore_state(self.splitter)

    def _section(self, name: str, model) -> tuple[QLabel, QTableView, QWidget]:
        label = QLabel()
        label.setObjectName(f"{name}_label")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        table = QTableView()
        table.setObjectName(f"{name}_table")
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.horizontalHeader().setHighlightSections(False)
        label.setBuddy(table)
        widget = QWidget()
        box = QVBoxLayout(widget)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(label)
        box.addWidget(table, 1)
        return label, table, widget

    def _connect_signals(self) -> None:
        for table in self.tables:
            table.activated.connect(self._on_table_activated)
        self.log_action.triggered.connect(self.log_current)
        self.log_button.clicked.connect(self.log_current)
        self.edit_action.triggered.connect(self.edit_current)
        self.edit_button.clicked.connect(self.edit_current)
        self.export_action.triggered.connect(self.export_calendar)
        self.export_button.clicked.connect(self.export_calendar)
        self._events.session_changed.connect(self.reload)
        self._events.placement_changed.connect(self.reload)
        self._events.learner_changed.connect(self.reload)
        self._events.data_reset.connect(self.reload)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Today"))
        self.log_button.setText(self.tr("&Log session…"))
        self.log_button.setToolTip(
            self.tr("Log a session for the chosen row's placement (Ctrl+L or Enter)")
        )
        self.edit_button.setText(self.tr("E&dit visit…"))
        self.edit_button.setToolTip(self.tr("Edit or delete the chosen visit (F2)"))
        self.export_button.setText(self.tr("E&xport to calendar…"))
        self.export_button.setToolTip(
            self.tr("Save the planned visits as an .ics file for your calendar program")
        )
        self.log_action.setText(self.tr("Log session"))
        self.edit_action.setText(self.tr("Edit visit"))
        self.export_action.setText(self.tr("Export planned visits to calendar…"))
        self.planned_table.setAccessibleName(self.tr("Planned visits"))
        self.attention_table.setAccessibleName(self.tr("Placements that need attention"))
        self.recent_table.setAccessibleName(self.tr("Visits of the last 14 days"))
        self.hint_label.setText(
            self.tr(
                "Enter or Ctrl+L logs a session for the chosen row · F2 edits a visit · "
                "Tab moves between the lists"
            )
        )
        self._update_labels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.overview is not None and self.overview.today != self._services.context.today():
            self.reload()

    def save_state(self) -> None:
        self._settings.save_state(self.splitter)

    def reload(self) -> None:
        """Read the three lists again for the acting tutor (everyone's for a coordinator)."""
        try:
            tutor_id = self._services.today.acting_tutor_id()
            overview = self._services.today.overview(tutor_id=tutor_id)
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        self.overview = overview
        self.planned_model.set_rows(overview.planned.rows, overview.today)
        self.attention_model.set_rows(overview.attention.rows, overview.today)
        self.recent_model.set_rows(overview.recent.rows, overview.today)
        everyone = tutor_id is None
        for table in (self.planned_table, self.recent_table):
            table.setColumnHidden(VisitColumn.TUTOR, not everyone)
        self.planned_table.setColumnHidden(VisitColumn.ATTENDANCE, True)
        self.attention_table.setColumnHidden(AttentionColumn.TUTOR, not everyone)
        for table in self.tables:
            if table.model().rowCount() and not table.currentIndex().isValid():
                table.setCurrentIndex(table.model().index(0, 0))
        self._fit_columns()
        self._update_labels()

    def _fit_columns(self) -> None:
        """Each column but the stretching one as wide as its widest text (within reason), so
        that a name is not cut short."""
        stretching = {
            self.planned_table: VisitColumn.PLACE,
            self.recent_table: VisitColumn.PLACE,
            self.attention_table: AttentionColumn.REASON,
        }
        for table, stretch in stretching.items():
            for column in range(table.model().columnCount()):
                if column == stretch or table.isColumnHidden(column):
                    continue
                table.resizeColumnToContents(column)
                if table.columnWidth(column) > MAX_FITTED_WIDTH:
                    table.setColumnWidth(column, MAX_FITTED_WIDTH)

    def _update_labels(self) -> None:
        overview = self.overview
        if overview is None:
            return
        self.title_label.setText(
            self.tr("Today, {date}").format(
                date=self.locale().toString(QDate(overview.today), QLocale.FormatType.LongFormat)
            )
        )
        self.planned_label.setText(
            self._heading(
                self.tr("&Planned visits (%n)", "", overview.planned.total), overview.planned
            )
        )
        self.attention_label.setText(
            self._heading(
                self.tr("&Needs attention (%n)", "", overview.attention.total), overview.attention
            )
        )
        self.recent_label.setText(
            self._heading(
                self.tr("&Recent visits, last 14 days (%n)", "", overview.recent.total),
                overview.recent,
            )
        )

    def _heading(self, text: str, page) -> str:
        if page.total > len(page.rows):
            return self.tr("{heading}, the first {shown} shown").format(
                heading=text, shown=len(page.rows)
            )
        return text

    # Logging and editing.

    def _current(self) -> tuple[QTableView, VisitRow | AttentionRow | None]:
        """The list with the focus (else the planned visits) and its current row."""
        table = next((t for t in self.tables if t.hasFocus()), self.planned_table)
        return table, table.model().row_at(table.currentIndex().row())

    def log_current(self) -> SessionDialog | None:
        """Log a session for the focused list's current row; with no row, a session for a
        placement chosen in the dialog."""
        _table, row = self._current()
        return self.log_for_row(row)

    def log_for_row(self, row: VisitRow | AttentionRow | None) -> SessionDialog | None:
        if isinstance(row, VisitRow) and row.attendance == Attendance.PLANNED:
            return self.open_session(session_id=row.id, hold=True)
        if row is None:
            return self.open_session()
        return self.open_session(placement_id=row.placement_id)

    def edit_current(self) -> SessionDialog | None:
        """Edit (or delete) the visit of the focused list's current row."""
        _table, row = self._current()
        if isinstance(row, VisitRow):
            return self.open_session(session_id=row.id)
        return None

    def open_draft(self, draft: Draft) -> SessionDialog | None:
        """Reopen the session form that ``draft`` was saved from, with the draft's values.
        The key is the session's id, or ``new-<placement id>`` for a visit not yet saved."""
        if draft.key.isascii() and draft.key.isdigit():
            dialog = self.open_session(session_id=int(draft.key))
        else:
            placement = draft.key.removeprefix("new-")
            placement_id = int(placement) if placement.isascii() and placement.isdigit() else 0
            dialog = self.open_session(placement_id=placement_id or None)
        if dialog is not None:
            dialog.restore_draft(draft.payload)
        return dialog

    def open_session(
        self,
        *,
        placement_id: int | None = None,
        session_id: int | None = None,
        hold: bool = False,
    ) -> SessionDialog | None:
        """Open the session dialog (one at a time) without blocking; the lists follow
        when it is saved."""
        if self.session_dialog is not None and self.session_dialog.isVisible():
            self.session_dialog.raise_()
            self.session_dialog.activateWindow()
            return None
        try:
            dialog = SessionDialog(
                self._services,
                self._prompter,
                placement_id=placement_id,
                session_id=session_id,
                hold=hold,
                parent=self,
            )
        except MentorError as error:
            self.error_occurred.emit(error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_session_dialog_finished)
        self.session_dialog = dialog
        self._return_focus = next((t for t in self.tables if t.hasFocus()), self.planned_table)
        dialog.open()
        return dialog

    def _on_session_dialog_finished(self, result: int) -> None:
        dialog = self.sender()
        if self.session_dialog is dialog:
            self.session_dialog = None
        if result == QDialog.DialogCode.Accepted and isinstance(dialog, SessionDialog):
            saved = dialog.saved_value
            if dialog.session_id is not None:
                self._events.session_changed.emit(dialog.session_id)
            if saved is not None:
                self._events.learner_changed.emit(saved.learner_id)
        self._return_focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_table_activated(self, index: QModelIndex) -> None:
        table = self.sender()
        if isinstance(table, QTableView):
            self.log_for_row(table.model().row_at(index.row()))

    # Calendar.

    def export_calendar(self) -> bool:
        """Ask where, then write the planned visits as an .ics file; ``True`` if written."""
        suggested = str(Path.home() / CALENDAR_FILE)
        path = self._prompter.save_file_name(
            self,
            self.tr("Export planned visits"),
            suggested,
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return False
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            data, exported = self._services.calendar.planned_visits_ics(
                tutor_id=self._services.today.acting_tutor_id(),
                summary=self.tr("Visit: {first_name}, {employer}"),
            )
        except MentorError as error:
            self.error_occurred.emit(error)
            return False
        reason = write_whole(path, data)
        if reason is not None:
            log.warning("Calendar export to %s failed: %s", path, reason)
            self._prompter.error(
                self,
                self.tr("Export planned visits"),
                self.tr("The calendar file could not be written: {reason}").format(reason=reason),
            )
            return False
        self._prompter.information(
            self,
            self.tr("Export planned visits"),
            self.tr("%n planned visit(s) written to {path}.", "", exported).format(path=path),
        )
        return True
