"""The small feedback dialogs: a new form for a placement and period, and a new version that
corrects a signed form (with the reason). Each names a problem next to its field and keeps
what was typed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError, ValidationError
from mentor_desktop.domain.validation import Checker
from mentor_desktop.services.feedback import check_new_form
from mentor_desktop.services.feedback_types import FeedbackDetail
from mentor_desktop.ui.feedback_messages import FieldErrors, feedback_error_text
from mentor_desktop.ui.forms import error_color
from mentor_desktop.ui.placement_lookup_combo import LOOKUP_LIMIT, LookupCombo

DEFAULT_PERIOD_DAYS = 28


def placement_matches(services: Services, text: str) -> list[tuple[int, str]]:
    """Placements in use whose learner's name contains ``text``, for a lookup combo."""
    try:
        rows = services.placements.list(query=text, limit=LOOKUP_LIMIT, count=False).rows
    except MentorError:
        return []
    return [(r.id, f"{r.learner_name} — {r.employer_name} ({r.site_name})") for r in rows]


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def banner_label(parent: QWidget) -> QLabel:
    """A red message for problems that belong to no field."""
    label = QLabel()
    label.setObjectName("feedback_dialog_banner_label")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {error_color(parent)};")
    label.hide()
    return label


class NewFeedbackDialog(QDialog):
    """Choose the placement and period; ``created`` is the new draft."""

    def __init__(
        self,
        services: Services,
        *,
        placement: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("new_feedback_dialog")
        self._services = services
        self.created: FeedbackDetail | None = None
        self.errors = FieldErrors(self)
        self.placement_combo = LookupCombo(lambda text: placement_matches(services, text))
        self.placement_combo.setObjectName("feedback_placement_combo")
        if placement is not None:
            self.placement_combo.set_current(*placement)
        today = services.context.today()
        self.start_edit = QDateEdit(to_qdate(today - timedelta(days=DEFAULT_PERIOD_DAYS)))
        self.start_edit.setObjectName("period_start_edit")
        self.end_edit = QDateEdit(to_qdate(today))
        self.end_edit.setObjectName("period_end_edit")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
        self.placement_label = QLabel()
        self.start_label = QLabel()
        self.end_label = QLabel()
        form = QFormLayout()
        for name, label, field in (
            ("placement_id", self.placement_label, self.placement_combo),
            ("period_start", self.start_label, self.start_edit),
            ("period_end", self.end_label, self.end_edit),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
            form.addRow("", self.errors.label_for(name, field))
        self.banner_label = banner_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New feedback form"))
        self.placement_label.setText(self.tr("&Placement:"))
        self.placement_combo.setAccessibleName(self.tr("Placement"))
        self.placement_combo.line_edit.setPlaceholderText(self.tr("Type part of a learner's name"))
        self.start_label.setText(self.tr("Period &from:"))
        self.start_edit.setAccessibleName(self.tr("Period from"))
        self.end_label.setText(self.tr("Period &to:"))
        self.end_edit.setAccessibleName(self.tr("Period to"))

    def _on_buttons_accepted(self) -> None:
        placement_id = self.placement_combo.current_id()
        start = from_qdate(self.start_edit.date())
        end = from_qdate(self.end_edit.date())
        self.banner_label.hide()
        try:
            check = Checker()
            check_new_form(check, placement_id, start, end)
            check.raise_if_any()
            self.created = self._services.feedback.create_draft(
                placement_id=placement_id, period_start=start, period_end=end
            )
        except ValidationError as error:
            stray = self.errors.show(error.errors)
            if stray:
                self.banner_label.setText(feedback_error_text(ValidationError(stray)))
                self.banner_label.show()
            return
        except MentorError as error:
            self.banner_label.setText(feedback_error_text(error))
            self.banner_label.show()
            return
        self.accept()


class CorrectionDialog(QDialog):
    """Why the signed form needs a new version; ``created`` is the new draft."""

    def __init__(self, services: Services, detail: FeedbackDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("feedback_correction_dialog")
        self._services = services
        self._detail = detail
        self.created: FeedbackDetail | None = None
        self.errors = FieldErrors(self)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("correction_reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_label.setBuddy(self.reason_edit)
        self.banner_label = banner_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.errors.label_for("correction_reason", self.reason_edit))
        layout.addWidget(self.banner_label)
        layout.addWidget(self.buttons)
        self.resize(480, 320)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New version of a signed form"))
        self.explanation_label.setText(
            self.tr(
                "The signed form no. {number} stays as it is. The new version starts as a copy "
                "of it and must be signed again by the employer; then it replaces the old one."
            ).format(number=self._detail.id)
        )
        self.reason_label.setText(self.tr("&Why does the form need correcting?"))
        self.reason_edit.setAccessibleName(self.tr("Reason for the correction"))

    def _on_buttons_accepted(self) -> None:
        self.banner_label.hide()
        try:
            self.created = self._services.feedback.start_correction(
                self._detail.id, reason=self.reason_edit.toPlainText()
            )
        except ValidationError as error:
            self.errors.show(error.errors)
            return
        except MentorError as error:
            self.banner_label.setText(feedback_error_text(error))
            self.banner_label.show()
            return
        self.accept()
