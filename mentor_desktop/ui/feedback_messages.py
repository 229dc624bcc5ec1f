"""Sentences for what the feedback services refuse, for the tutor, and the error labels that
put them next to their fields in the feedback dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from mentor_desktop.domain.errors import ErrorCode, FieldError, MentorError, ValidationError
from mentor_desktop.domain.feedback import MAX_SCAN_BYTES
from mentor_desktop.services.feedback_documents import FileWriteError, NotSignedError
from mentor_desktop.services.feedback_types import CorrectionExistsError, FormLockedError
from mentor_desktop.ui.forms import error_color
from mentor_desktop.ui.messages import error_text, field_error_text


def feedback_field_error(error: FieldError) -> str:
    """What is wrong with one field of a feedback dialog (shown next to it)."""
    if error.field == "scan":
        if error.code == ErrorCode.REQUIRED:
            return QCoreApplication.translate(
                "FeedbackMessages", "Choose the scan of the signed paper form."
            )
        if error.code == ErrorCode.TOO_LARGE:
            return QCoreApplication.translate(
                "FeedbackMessages", "The file is larger than {size} MB."
            ).format(size=MAX_SCAN_BYTES // 1_000_000)
        if error.code == ErrorCode.INVALID_FORMAT:
            return QCoreApplication.translate(
                "FeedbackMessages", "The file is not a PDF, PNG or JPEG file."
            )
        if error.code == ErrorCode.NOT_FOUND:
            return QCoreApplication.translate(
                "FeedbackMessages", "The file cannot be read: {problem}."
            ).format(problem=error.params.get("value", ""))
    if error.field.startswith("ratings."):
        return QCoreApplication.translate(
            "FeedbackMessages", "Choose an answer, or “Not observed”."
        )
    if error.field == "signed_on" and error.code == ErrorCode.IN_FUTURE:
        return QCoreApplication.translate(
            "FeedbackMessages", "The form cannot have been signed in the future."
        )
    if error.field == "period_end" and error.code == ErrorCode.DATE_ORDER:
        return QCoreApplication.translate(
            "FeedbackMessages", "The period cannot end before it starts."
        )
    return field_error_text(error)


def feedback_error_text(error: MentorError) -> str:
    """A sentence for any error the feedback services raise."""
    if isinstance(error, FormLockedError):
        return QCoreApplication.translate(
            "FeedbackMessages",
            "This form is signed and can no longer be changed. Make a new version to correct it.",
        )
    if isinstance(error, CorrectionExistsError):
        return QCoreApplication.translate(
            "FeedbackMessages",
            "A correction of this form is already being prepared (form no. {number}). "
            "Finish that one first.",
        ).format(number=error.draft_id)
    if isinstance(error, NotSignedError):
        return QCoreApplication.translate("FeedbackMessages", "The form is not signed yet.")
    if isinstance(error, FileWriteError):
        return QCoreApplication.translate(
            "FeedbackMessages",
            "The file {path} could not be written: {problem}. Nothing was saved.",
        ).format(path=error.path, problem=error.detail)
    if isinstance(error, ValidationError):
        return "\n".join(feedback_field_error(e) for e in error.errors)
    return error_text(error)


class FieldErrors:
    """Error labels under the fields of a dialog, by field name."""

    def __init__(self, parent: QWidget):
        self._parent = parent
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def label_for(self, name: str, field: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{name.replace('.', '_')}_error_label")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(f"color: {error_color(self._parent)};")
        label.hide()
        self.labels[name] = label
        self.fields[name] = field
        return label

    def clear(self) -> None:
        for name, label in self.labels.items():
            label.clear()
            label.hide()
            self.fields[name].setAccessibleDescription("")

    def show(self, errors: list[FieldError]) -> list[FieldError]:
        """Show each error next to its field and focus the first; returns the errors that
        belong to no field of the dialog."""
        self.clear()
        stray = []
        first: QWidget | None = None
        for error in errors:
            label = self.labels.get(error.field)
            if label is None:
                stray.append(error)
                continue
            text = feedback_field_error(error)
            label.setText(text)
            label.show()
            self.fields[error.field].setAccessibleDescription(text)
            first = first or self.fields[error.field]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return stray

    def text(self, name: str) -> str:
        return self.labels[name].text()
