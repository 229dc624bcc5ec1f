"""The session dialog: log a visit in under a minute by keyboard alone, turn a planned visit
into a held one, edit a session or delete it. Built on the form foundation (``ui/forms.py``):
the message next to the field as the user types, nothing typed lost on a failed save, a
draft in the database while the dialog is open."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import Attendance, SessionMode, VocabularyStatus
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.domain.placements import OPEN_STATUSES
from mentor_desktop.domain.validation import MAX_SESSION_MINUTES
from mentor_desktop.services.placements import PlacementSort
from mentor_desktop.services.sessions import SessionDetail, SessionInput
from mentor_desktop.ui import labels
from mentor_desktop.ui.forms import FormDialog
from mentor_desktop.ui.messages import error_text
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.session_fields import SessionDateEdit, StartTimeEdit, WorkSituationList
from mentor_desktop.ui.session_goal_ticks import GoalTickTable

log = logging.getLogger(__name__)

DRAFT_KIND = "session"
DEFAULT_MINUTES = 60
# (minutes, shortcut) of the duration buttons.
PRESETS = ((45, "Alt+1"), (60, "Alt+2"), (90, "Alt+3"), (120, "Alt+4"))
PLACEMENT_CHOICES = 500


def ui_language() -> str:
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def default_start(now: datetime, minutes: int = DEFAULT_MINUTES) -> time | None:
    """When a visit that ends about now began: ``minutes`` before now, down to the quarter
    hour; ``None`` early in the morning."""
    start = now - timedelta(minutes=minutes)
    if start.date() != now.date():
        return None
    return time(start.hour, start.minute - start.minute % 15)


class SessionDialog(FormDialog):
    """Logs a new session (``placement_id`` pre-chosen or picked in the dialog) or edits
    ``session_id``; with ``hold`` a planned session opens as attended. ``saved_value`` is the
    saved ``SessionDetail``; ``deleted`` tells that the session was deleted instead."""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        *,
        placement_id: int | None = None,
        session_id: int | None = None,
        hold: bool = False,
        parent: QWidget | None = None,
    ):
        key = str(session_id) if session_id is not None else f"new-{placement_id or 0}"
        super().__init__(
            prompter,
            drafts=services.drafts,
            draft_kind=DRAFT_KIND,
            draft_key=key,
            parent=parent,
        )
        self.setObjectName("session_dialog")
        self._services = services
        self.session_id = session_id
        self.hold = hold
        self.deleted = False
        self.saved_value: SessionDetail | None = None
        self._detail: SessionDetail | None = None
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()
        self._load(placement_id)

    def _build_ui(self) -> None:
        form = self.form
        self.placement_label = QLabel()
        self.placement_combo = QComboBox()
        self.placement_combo.setObjectName("session_placement_combo")
        self.placement_combo.setEditable(True)
        self.placement_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.placement_combo.setMinimumContentsLength(40)
        completer = QCompleter(self.placement_combo.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.placement_combo.setCompleter(completer)

        self.date_label = QLabel()
        self.date_edit = SessionDateEdit()
        self.date_edit.setObjectName("session_date_edit")
        self.start_label = QLabel()
        self.start_edit = StartTimeEdit()
        self.start_edit.setObjectName("session_start_edit")

        self.minutes_label = QLabel()
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("session_minutes_spin")
        self.minutes_spin.setRange(0, MAX_SESSION_MINUTES + 60)
        self.minutes_spin.setSingleStep(15)
        self.preset_group = QButtonGroup(self)
        self.preset_buttons: dict[int, QPushButton] = {}
        presets = QHBoxLayout()
        presets.setContentsMargins(0, 0, 0, 0)
        for minutes, _shortcut in PRESETS:
            button = QPushButton()
            button.setObjectName(f"session_preset_{minutes}_button")
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.preset_group.addButton(button, minutes)
            self.preset_buttons[minutes] = button
            presets.addWidget(button)

        self.mode_label = QLabel()
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("session_mode_combo")
        self.attendance_label = QLabel()
        self.attendance_combo = QComboBox()
        self.attendance_combo.setObjectName("session_attendance_combo")
        for mode in SessionMode:
            self.mode_combo.addItem("", mode.value)
        for attendance in Attendance:
            self.attendance_combo.addItem("", attendance.value)

        self.situations_label = QLabel()
        self.situation_list = WorkSituationList()
        self.situation_list.setObjectName("session_situation_list")
        language = ui_language()
        self.situation_list.set_choices(
            [(w.id, w.name(language)) for w in self._services.reference.work_situations()]
        )
        self.situation_list.setMinimumHeight(150)
        self.other_label = QLabel()
        self.other_edit = QLineEdit()
        self.other_edit.setObjectName("session_other_edit")
        self.goals_label = QLabel()
        self.goal_table = GoalTickTable()
        self.goal_table.setObjectName("session_goal_table")
        self.goal_table.setMinimumHeight(120)
        self.note_label = QLabel()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("session_note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.next_step_label = QLabel()
        self.next_step_edit = QLineEdit()
        self.next_step_edit.setObjectName("session_next_step_edit")

        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(
            self.placement_label,
            form.add_field("placement_id", self.placement_combo, caption=self.placement_label),
        )
        top = Qt.AlignmentFlag.AlignTop
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(
            form.add_field("session_date", self.date_edit, caption=self.date_label), 1, top
        )
        when.addWidget(self.start_label, 0, top)
        when.addWidget(
            form.add_field("start_time", self.start_edit, caption=self.start_label), 1, top
        )
        layout.addRow(self.date_label, when)
        duration = QHBoxLayout()
        duration.setContentsMargins(0, 0, 0, 0)
        duration.addWidget(
            form.add_field("minutes", self.minutes_spin, caption=self.minutes_label), 1
        )
        duration.addLayout(presets)
        layout.addRow(self.minutes_label, duration)
        how = QHBoxLayout()
        how.setContentsMargins(0, 0, 0, 0)
        how.addWidget(form.add_field("mode", self.mode_combo, caption=self.mode_label), 1, top)
        how.addWidget(self.attendance_label, 0, top)
        how.addWidget(
            form.add_field("attendance", self.attendance_combo, caption=self.attendance_label),
            1,
            top,
        )
        layout.addRow(self.mode_label, how)
        layout.addRow(
            self.situations_label,
            form.add_field(
                "work_situation_ids", self.situation_list, caption=self.situations_label
            ),
        )
        layout.addRow(
            self.other_label,
            form.add_field("work_situations_other", self.other_edit, caption=self.other_label),
        )
        layout.addRow(
            self.goals_label,
            form.add_field("goal_ticks", self.goal_table, caption=self.goals_label),
        )
        layout.addRow(
            self.note_label, form.add_field("note", self.note_edit, caption=self.note_label)
        )
        layout.addRow(
            self.next_step_label,
            form.add_field("next_step", self.next_step_edit, caption=self.next_step_label),
        )

        self.delete_button = self.button_box.addButton(
            "", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setObjectName("session_delete_button")
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(self.session_id is not None)
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("session_hint_label")
        self.hint_label.setEnabled(False)

        main = QVBoxLayout(self)
        main.addLayout(layout)
        main.addWidget(self.form.banner_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.button_box)
        main.addLayout(bottom)
        # Shortcuts of their own: a button's setText() would clear a shortcut set on it.
        self.preset_shortcuts = {
            minutes: QShortcut(QKeySequence(shortcut), self) for minutes, shortcut in PRESETS
        }
        self.save_shortcuts = [
            QShortcut(QKeySequence(Qt.Modifier.CTRL | key), self)
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ]
        self.setMinimumWidth(620)
        # Captions beside a field stay level with it when a message appears under the field.
        for caption, field in (
            (self.start_label, self.start_edit),
            (self.attendance_label, self.attendance_combo),
        ):
            caption.setFixedHeight(field.sizeHint().height())

    def _connect_signals(self) -> None:
        for shortcut in self.save_shortcuts:
            shortcut.activated.connect(self.accept)
        self.preset_group.idClicked.connect(self._on_preset_group_id_clicked)
        for minutes, shortcut in self.preset_shortcuts.items():
            shortcut.activated.connect(self.preset_buttons[minutes].click)
        self.minutes_spin.valueChanged.connect(self._on_minutes_spin_value_changed)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.placement_combo.currentIndexChanged.connect(self._on_placement_combo_changed)

    def retranslate_ui(self) -> None:
        if self.session_id is None:
            self.setWindowTitle(self.tr("Log a session"))
        elif self.hold:
            self.setWindowTitle(self.tr("Log a planned visit"))
        else:
            self.setWindowTitle(self.tr("Edit session"))
        self.placement_label.setText(self.tr("&Placement:"))
        self.placement_combo.setAccessibleName(self.tr("Placement"))
        self.placement_combo.lineEdit().setPlaceholderText(
            self.tr("Type part of the learner's or employer's name")
        )
        if self.placement_combo.count():
            self.placement_combo.setItemText(0, self.tr("(choose a placement)"))
        self.date_label.setText(self.tr("&Date:"))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.start_label.setText(self.tr("&Start:"))
        self.start_edit.setAccessibleName(self.tr("Start time"))
        self.start_edit.setSpecialValueText(self.tr("no time"))
        self.start_edit.setToolTip(self.tr("00:00 means that no start time is recorded"))
        self.minutes_label.setText(self.tr("D&uration:"))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Duration in minutes"))
        for minutes, shortcut in PRESETS:
            button = self.preset_buttons[minutes]
            button.setText(self.tr("{minutes} min").format(minutes=minutes))
            text = self.tr("{minutes} minutes ({shortcut})").format(
                minutes=minutes,
                shortcut=QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText),
            )
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.mode_label.setText(self.tr("&Mode:"))
        self.mode_combo.setAccessibleName(self.tr("Mode"))
        for i in range(self.mode_combo.count()):
            self.mode_combo.setItemText(i, labels.session_mode(self.mode_combo.itemData(i)))
        self.attendance_label.setText(self.tr("&Attendance:"))
        self.attendance_combo.setAccessibleName(self.tr("Attendance"))
        for i in range(self.attendance_combo.count()):
            self.attendance_combo.setItemText(
                i, labels.attendance(self.attendance_combo.itemData(i))
            )
        self.situations_label.setText(self.tr("&Work situations:"))
        self.situation_list.setAccessibleName(self.tr("Work situations practised"))
        self.situation_list.setToolTip(self.tr("Space ticks or unticks the work situation"))
        self.other_label.setText(self.tr("&Other situations:"))
        self.other_edit.setAccessibleName(self.tr("Other work situations"))
        self.other_edit.setPlaceholderText(self.tr("Anything not in the list"))
        self.goals_label.setText(self.tr("&Goal words:"))
        self.goal_table.setAccessibleName(self.tr("Goal words practised or mastered"))
        self.goal_table.setToolTip(
            self.tr("Arrow keys move to a word's tick; Space ticks practised or mastered")
        )
        self.goal_table.empty_text = self.tr(
            "No goal words for this learner yet: add them with Goals… on the Learners screen."
        )
        self.note_label.setText(self.tr("&Note:"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.next_step_label.setText(self.tr("Ne&xt step:"))
        self.next_step_edit.setAccessibleName(self.tr("Next step"))
        self.delete_button.setText(self.tr("Dele&te…"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.hint_label.setText(self.tr("Ctrl+Enter saves · Alt+1–4 set the duration"))

    # Loading.

    def _load(self, placement_id: int | None) -> None:
        self.placement_combo.addItem("", None)
        try:
            if self.session_id is not None:
                self._detail = self._services.sessions.get(self.session_id)
                self.expected_version = self._detail.version
                placement_id = self._detail.data.placement_id
            self._fill_placements(placement_id)
        except MentorError as error:
            self.form.show_message(error_text(error))
        self.retranslate_ui()
        self._load_goals(placement_id)
        if self._detail is not None:
            self.form.set_values(self._values_of(self._detail.data))
            if self.hold and self._detail.data.attendance is Attendance.PLANNED:
                self.form.set_values({"attendance": Attendance.ATTENDED.value}, clean=False)
        else:
            now = self._services.context.local_now()
            start = default_start(now)
            self.form.set_values(
                {
                    "placement_id": placement_id,
                    "session_date": now.date().isoformat(),
                    "start_time": start.strftime("%H:%M") if start else None,
                    "minutes": DEFAULT_MINUTES,
                    "mode": SessionMode.ON_SITE.value,
                    "attendance": Attendance.ATTENDED.value,
                    "work_situation_ids": [],
                    "work_situations_other": "",
                    "goal_ticks": [],
                    "note": "",
                    "next_step": "",
                }
            )
        self._sync_presets()
        first = self.date_edit if self.form.value("placement_id") else self.placement_combo
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_placements(self, chosen: int | None) -> None:
        """The open placements to choose from (the acting tutor's, or everyone's), and the
        chosen one even when it is not among them."""
        tutor_id = self._services.today.acting_tutor_id()
        page = self._services.placements.list(
            tutor_id=tutor_id,
            status=OPEN_STATUSES,
            limit=PLACEMENT_CHOICES,
            sort=PlacementSort.LEARNER,
            count=False,
        )
        known = set()
        for row in page.rows:
            self.placement_combo.addItem(
                placement_text(row.learner_name, row.employer_name, row.site_name), row.id
            )
            known.add(row.id)
        if chosen is not None and chosen not in known:
            detail = self._services.placements.get(chosen)
            self.placement_combo.addItem(
                placement_text(detail.learner_name, detail.employer_name, detail.site_name),
                chosen,
            )

    @staticmethod
    def _values_of(data: SessionInput) -> dict[str, Any]:
        return {
            "placement_id": data.placement_id,
            "session_date": data.session_date.isoformat() if data.session_date else None,
            "start_time": data.start_time.strftime("%H:%M") if data.start_time else None,
            "minutes": data.minutes or 0,
            "mode": SessionMode(data.mode).value,
            "attendance": Attendance(data.attendance).value,
            "work_situation_ids": list(data.work_situation_ids),
            "work_situations_other": data.work_situations_other or "",
            "goal_ticks": sorted(
                [goal_id, str(tick)] for goal_id, tick in (data.goal_ticks or {}).items()
            ),
            "note": data.note or "",
            "next_step": data.next_step or "",
        }

    def session_input(self, values: dict[str, Any] | None = None) -> SessionInput:
        """The form's values as the service's input."""
        v = self.form.values() if values is None else values
        start = v.get("start_time")
        return SessionInput(
            placement_id=v.get("placement_id"),
            session_date=date.fromisoformat(v["session_date"]) if v.get("session_date") else None,
            start_time=time.fromisoformat(start) if start else None,
            minutes=v.get("minutes"),
            mode=v.get("mode") or SessionMode.ON_SITE,
            attendance=v.get("attendance") or Attendance.ATTENDED,
            work_situation_ids=list(v.get("work_situation_ids") or []),
            work_situations_other=v.get("work_situations_other") or None,
            note=v.get("note") or None,
            next_step=v.get("next_step") or None,
            goal_ticks={
                int(goal_id): VocabularyStatus(tick) for goal_id, tick in v.get("goal_ticks") or []
            },
            tutor_id=self._detail.data.tutor_id if self._detail is not None else None,
        )

    # FormDialog.

    def check(self, values: dict[str, Any]) -> None:
        self._services.sessions.check(self.session_input(values))

    def save(self, values: dict[str, Any]) -> SessionDetail:
        data = self.session_input(values)
        if self.session_id is None:
            detail = self._services.sessions.create(data)
            self.session_id = detail.id
            self.draft_key = str(detail.id)
        else:
            assert self.expected_version is not None
            detail = self._services.sessions.update(
                self.session_id, data, expected_version=self.expected_version
            )
        self.expected_version = detail.version
        self._detail = detail
        return detail

    def load_current(self) -> tuple[dict[str, Any], int] | None:
        if self.session_id is None:
            return None
        detail = self._services.sessions.get(self.session_id)
        return self._values_of(detail.data), detail.version

    def unsaved_text(self) -> str:
        return self.tr("Save this session before closing?")

    def _load_goals(self, placement_id: int | None) -> None:
        """Offer the goal words of the chosen placement's learner."""
        goals = []
        if placement_id is not None:
            try:
                goals = self._services.goals.session_goals(placement_id, self.session_id)
            except MentorError as error:
                self.form.show_message(error_text(error))
        self.goal_table.set_goals(goals)

    # Slots.

    def _on_placement_combo_changed(self, _index: int) -> None:
        self._load_goals(self.placement_combo.currentData())

    def _on_preset_group_id_clicked(self, minutes: int) -> None:
        self.minutes_spin.setValue(minutes)

    def _on_minutes_spin_value_changed(self, _value: int) -> None:
        self._sync_presets()

    def _sync_presets(self) -> None:
        value = self.minutes_spin.value()
        self.preset_group.setExclusive(False)
        for minutes, button in self.preset_buttons.items():
            button.setChecked(minutes == value)
        self.preset_group.setExclusive(True)

    def _on_delete_button_clicked(self) -> None:
        if self.session_id is None or self._detail is None:
            return
        when = self.locale().toString(
            QDate(self._detail.data.session_date), QLocale.FormatType.LongFormat
        )
        if not self.prompter.confirm(
            self,
            self.tr("Delete session"),
            self.tr("Delete the session with {learner} on {date}? This cannot be undone.").format(
                learner=self._detail.learner_name, date=when
            ),
        ):
            return
        try:
            self._services.sessions.delete(
                self.session_id, expected_version=self.expected_version or 0
            )
        except MentorError as error:
            self.form.show_message(error_text(error))
            return
        self.deleted = True
        self.discard_draft()
        self.done(QDialog.DialogCode.Accepted)


def placement_text(learner: str, employer: str, site: str) -> str:
    return QCoreApplication.translate("SessionDialog", "{learner} — {employer}, {site}").format(
        learner=learner, employer=employer, site=site
    )
