"""Recording a form the employer filled in and signed on paper: the answers as written, the
signer, the date on the paper and the scan of the signed page (PDF, PNG or JPEG, at most
10 MB), which is sealed with the form."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import ErrorCode, FieldError, MentorError, ValidationError
from mentor_desktop.domain.feedback import MAX_SCAN_BYTES, RATINGS
from mentor_desktop.services.feedback_types import FeedbackDetail, FeedbackInput
from mentor_desktop.ui.feedback_detail_pane import SCALE, app_language
from mentor_desktop.ui.feedback_dialogs import banner_label, from_qdate, to_qdate
from mentor_desktop.ui.feedback_messages import FieldErrors, feedback_error_text
from mentor_desktop.ui.prompter import Prompter

NOT_OBSERVED = "not_observed"
SCAN_FILTER = QT_TRANSLATE_NOOP("FeedbackPaperDialog", "Scans (*.pdf *.png *.jpg *.jpeg)")


class FeedbackPaperDialog(QDialog):
    """Answers, signer, date and scan of a paper form; ``recorded`` is the sealed form."""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        detail: FeedbackDetail,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("feedback_paper_dialog")
        self._services = services
        self._prompter = prompter
        self._detail = detail
        self.recorded: FeedbackDetail | None = None
        self.errors = FieldErrors(self)
        self._build_ui()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        form = QFormLayout()
        self.rating_combos: dict[str, QComboBox] = {}
        self.rating_labels: dict[str, QLabel] = {}
        language = app_language()
        for criterion in self._detail.criteria.criteria:
            combo = QComboBox()
            combo.setObjectName(f"paper_rating_{criterion.key}_combo")
            combo.addItem("", None)
            for rating in RATINGS:
                combo.addItem("", rating)
            combo.addItem("", NOT_OBSERVED)
            ratings = self._detail.data.ratings
            if criterion.key in ratings:
                value = ratings[criterion.key]
                combo.setCurrentIndex(combo.findData(NOT_OBSERVED if value is None else value))
            label = QLabel(criterion.label(language) + ":")
            label.setBuddy(combo)
            form.addRow(label, combo)
            form.addRow("", self.errors.label_for(f"ratings.{criterion.key}", combo))
            self.rating_combos[criterion.key] = combo
            self.rating_labels[criterion.key] = label
        self.comments_label = QLabel()
        self.comments_edit = QPlainTextEdit(self._detail.data.comments or "")
        self.comments_edit.setObjectName("paper_comments_edit")
        self.comments_edit.setTabChangesFocus(True)
        self.comments_edit.setFixedHeight(80)
        self.name_label = QLabel()
        self.name_edit = QLineEdit(self._detail.data.signer_name or "")
        self.name_edit.setObjectName("paper_signer_name_edit")
        self.role_label = QLabel()
        self.role_edit = QLineEdit(self._detail.data.signer_role or "")
        self.role_edit.setObjectName("paper_signer_role_edit")
        self.signed_label = QLabel()
        self.signed_edit = QDateEdit(to_qdate(self._services.context.today()))
        self.signed_edit.setObjectName("paper_signed_on_edit")
        self.signed_edit.setCalendarPopup(True)
        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("paper_scan_edit")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("paper_scan_browse_button")
        scan_row = QWidget()
        scan_layout = QHBoxLayout(scan_row)
        scan_layout.setContentsMargins(0, 0, 0, 0)
        scan_layout.addWidget(self.scan_edit, 1)
        scan_layout.addWidget(self.browse_button)
        for name, label, field, row in (
            ("comments", self.comments_label, self.comments_edit, self.comments_edit),
            ("signer_name", self.name_label, self.name_edit, self.name_edit),
            ("signer_role", self.role_label, self.role_edit, self.role_edit),
            ("signed_on", self.signed_label, self.signed_edit, self.signed_edit),
            ("scan", self.scan_label, self.scan_edit, scan_row),
        ):
            label.setBuddy(field)
            form.addRow(label, row)
            form.addRow("", self.errors.label_for(name, field))
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.banner_label = banner_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.banner_label)
        layout.addWidget(self.buttons)
        self.resize(620, 680)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record a form signed on paper"))
        self.explanation_label.setText(
            self.tr(
                "Copy the answers from the paper form of {learner} at {employer} and attach "
                "the scan of the signed page. The scan is kept and sealed with the form."
            ).format(learner=self._detail.learner_name, employer=self._detail.employer_name)
        )
        for key, combo in self.rating_combos.items():
            combo.setItemText(0, self.tr("Choose…"))
            for index, rating in enumerate(RATINGS, start=1):
                combo.setItemText(
                    index, QCoreApplication.translate("FeedbackDetailPane", SCALE[rating - 1])
                )
            combo.setItemText(combo.count() - 1, self.tr("Not observed"))
            combo.setAccessibleName(self.rating_labels[key].text().rstrip(":"))
        self.comments_label.setText(self.tr("Comments:"))
        self.name_label.setText(self.tr("Signed by:"))
        self.role_label.setText(self.tr("Job title:"))
        self.signed_label.setText(self.tr("Signed on:"))
        self.scan_label.setText(self.tr("Scan:"))
        self.scan_edit.setPlaceholderText(self.tr("PDF, PNG or JPEG, at most 10 MB"))
        self.browse_button.setText(self.tr("&Browse…"))
        for label, field in (
            (self.comments_label, self.comments_edit),
            (self.name_label, self.name_edit),
            (self.role_label, self.role_edit),
            (self.signed_label, self.signed_edit),
            (self.scan_label, self.scan_edit),
        ):
            field.setAccessibleName(label.text().rstrip(":"))

    def value(self) -> FeedbackInput:
        ratings: dict[str, int | None] = {}
        for key, combo in self.rating_combos.items():
            data = combo.currentData()
            if data == NOT_OBSERVED:
                ratings[key] = None
            elif data is not None:
                ratings[key] = int(data)
        return FeedbackInput(
            ratings=ratings,
            comments=self.comments_edit.toPlainText(),
            signer_name=self.name_edit.text(),
            signer_role=self.role_edit.text(),
        )

    def _read_scan(self) -> tuple[bytes | None, FieldError | None]:
        """The scan's bytes, or what is wrong with the file; a file too large is not read."""
        text = self.scan_edit.text().strip()
        if not text:
            return None, None
        path = Path(text)
        try:
            if os.path.getsize(path) > MAX_SCAN_BYTES:
                return None, FieldError("scan", ErrorCode.TOO_LARGE, {"max": MAX_SCAN_BYTES})
            return path.read_bytes(), None
        except OSError as error:
            return None, FieldError("scan", ErrorCode.NOT_FOUND, {"value": error.strerror})

    def _on_browse_button_clicked(self) -> None:
        path = self._prompter.open_file_name(
            self,
            self.tr("Scan of the signed form"),
            QCoreApplication.translate("FeedbackPaperDialog", SCAN_FILTER),
        )
        if path:
            self.scan_edit.setText(path)

    def _on_buttons_accepted(self) -> None:
        self.banner_label.hide()
        scan, scan_error = self._read_scan()
        try:
            self.recorded = self._services.feedback.record_paper(
                self._detail.id,
                self.value(),
                signed_on=from_qdate(self.signed_edit.date()),
                scan=scan,
                expected_version=self._detail.version,
            )
        except ValidationError as error:
            errors = error.errors
            if scan_error is not None:
                errors = [e for e in errors if e.field != "scan"] + [scan_error]
            stray = self.errors.show(errors)
            if stray:
                self.banner_label.setText(feedback_error_text(ValidationError(stray)))
                self.banner_label.show()
            return
        except MentorError as error:
            self.banner_label.setText(feedback_error_text(error))
            self.banner_label.show()
            return
        self.accept()
