"""Marks a can-do goal started, achieved or secure, with its date and evidence: a session
of the learner, a signed employer feedback form, or a note. Achieved and secure need one of
the three; the message says so under the note."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import CanDoStatus
from mentor_desktop.domain.errors import ErrorCode, FieldError, ValidationError
from mentor_desktop.domain.goals import CAN_DO_LADDER
from mentor_desktop.services.can_do import CanDoRow, Evidence
from mentor_desktop.ui import goal_labels
from mentor_desktop.ui.forms import FormDialog
from mentor_desktop.ui.goal_models import short_date
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.session_fields import SessionDateEdit


class CanDoStatusDialog(FormDialog):
    """``saved_value`` is the changed ``CanDoRow``."""

    def __init__(
        self, services: Services, prompter: Prompter, goal: CanDoRow, parent: QWidget | None = None
    ):
        super().__init__(prompter, parent=parent)
        self.setObjectName("can_do_status_dialog")
        self._services = services
        self.goal = goal
        self.expected_version = goal.version
        self._build_ui()
        self.retranslate_ui()
        self._load()

    def _build_ui(self) -> None:
        self.statement_label = QLabel()
        self.statement_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("can_do_status_combo")
        for status in CAN_DO_LADDER:
            self.status_combo.addItem("", status.value)
        self.date_label = QLabel()
        self.date_edit = SessionDateEdit()
        self.date_edit.setObjectName("can_do_date_edit")
        self.session_label = QLabel()
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("evidence_session_combo")
        self.feedback_label = QLabel()
        self.feedback_combo = QComboBox()
        self.feedback_combo.setObjectName("evidence_feedback_combo")
        self.evidence_hint_label = QLabel()
        self.evidence_hint_label.setWordWrap(True)
        self.evidence_hint_label.setEnabled(False)
        self.note_label = QLabel()
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("evidence_note_edit")
        form = self.form
        layout = QFormLayout()
        layout.addRow(self.statement_label)
        self.statement_label.setStyleSheet("font-weight: bold;")
        for name, caption, widget in (
            ("status", self.status_label, self.status_combo),
            ("on_date", self.date_label, self.date_edit),
            ("evidence_session_id", self.session_label, self.session_combo),
            ("evidence_feedback_id", self.feedback_label, self.feedback_combo),
            ("evidence_note", self.note_label, self.note_edit),
        ):
            if name == "evidence_session_id":
                layout.addRow(self.evidence_hint_label)
            layout.addRow(caption, form.add_field(name, widget, caption=caption))
        main = QVBoxLayout(self)
        main.addLayout(layout)
        main.addWidget(form.banner_label)
        main.addWidget(self.button_box)
        self.setMinimumWidth(520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Can-do goal"))
        english = QLocale().language() != QLocale.Language.Danish
        self.statement_label.setText(
            self.goal.text_en if english and self.goal.text_en else self.goal.text
        )
        self.status_label.setText(self.tr("&Status:"))
        self.status_combo.setAccessibleName(self.tr("Status"))
        for i in range(self.status_combo.count()):
            self.status_combo.setItemText(
                i, goal_labels.can_do_status(self.status_combo.itemData(i))
            )
        self.date_label.setText(self.tr("&Date:"))
        self.date_edit.setAccessibleName(self.tr("Date of the status"))
        self.session_label.setText(self.tr("S&ession:"))
        self.session_combo.setAccessibleName(self.tr("Session that shows it"))
        self.feedback_label.setText(self.tr("Employer &feedback:"))
        self.feedback_combo.setAccessibleName(self.tr("Signed employer feedback that shows it"))
        self.evidence_hint_label.setText(
            self.tr(
                "Achieved and secure need evidence: a session, a signed employer feedback or "
                "a note."
            )
        )
        self.note_label.setText(self.tr("&Note:"))
        self.note_edit.setAccessibleName(self.tr("Note on the evidence"))
        self.note_edit.setPlaceholderText(self.tr("What the learner showed, and where"))

    def _load(self) -> None:
        learner = self.goal.learner_id
        self.session_combo.addItem(self.tr("(none)"), None)
        for choice in self._services.can_do.evidence_sessions(learner):
            self.session_combo.addItem(
                self.tr("Session {date} at {employer}").format(
                    date=short_date(choice.on_date), employer=choice.label
                ),
                choice.id,
            )
        self.feedback_combo.addItem(self.tr("(none)"), None)
        for choice in self._services.can_do.evidence_feedback(learner):
            self.feedback_combo.addItem(
                self.tr("Signed {date} by {signer}").format(
                    date=short_date(choice.on_date), signer=choice.label
                ),
                choice.id,
            )
        today = self._services.context.today()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        following = CAN_DO_LADDER[min(CAN_DO_LADDER.index(self.goal.status) + 1, 3)]
        self.form.set_values(
            {
                "status": following.value,
                "on_date": today.isoformat(),
                "evidence_session_id": self.goal.evidence.session_id,
                "evidence_feedback_id": self.goal.evidence.feedback_id,
                "evidence_note": self.goal.evidence.note or "",
            }
        )

    def check(self, values: dict[str, Any]) -> None:
        """Achieved and secure need evidence; the rest the service checks on saving."""
        needs = values.get("status") in (CanDoStatus.ACHIEVED.value, CanDoStatus.SECURE.value)
        given = (
            values.get("evidence_session_id")
            or values.get("evidence_feedback_id")
            or (values.get("evidence_note") or "").strip()
        )
        if needs and not given:
            raise ValidationError([FieldError("evidence_note", ErrorCode.REQUIRED)])

    def save(self, values: dict[str, Any]) -> CanDoRow:
        self.check(values)
        assert self.expected_version is not None
        return self._services.can_do.set_status(
            self.goal.id,
            CanDoStatus(values["status"]),
            expected_version=self.expected_version,
            on_date=date.fromisoformat(values["on_date"]),
            evidence=Evidence(
                session_id=values.get("evidence_session_id"),
                feedback_id=values.get("evidence_feedback_id"),
                note=values.get("evidence_note") or None,
            ),
        )
