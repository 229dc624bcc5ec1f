"""The form the employer fills in, in large type: one row of answers per criterion, comments,
name and job title, and the signature pad with Clear. Texts come from the employer's
language (``EmployerLanguage``), not from the program's."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.domain.errors import FieldError
from mentor_desktop.domain.feedback import RATINGS, Stroke
from mentor_desktop.services.feedback_types import FeedbackDetail, FeedbackInput
from mentor_desktop.services.reference import Criterion
from mentor_desktop.ui import employer_mode_texts as texts
from mentor_desktop.ui.employer_mode_texts import EmployerLanguage
from mentor_desktop.ui.forms import error_color
from mentor_desktop.ui.signature_pad import SignaturePad

NOT_OBSERVED_ID = 0


def _error_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {error_color(parent)}; font-weight: bold;")
    label.hide()
    return label


class RatingRow(QWidget):
    """One criterion: its name, the four steps of the scale and "Not observed"."""

    changed = Signal()

    def __init__(self, criterion: Criterion, parent: QWidget | None = None):
        super().__init__(parent)
        self.criterion = criterion
        self.setObjectName(f"rating_row_{criterion.key}")
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.name_label.setStyleSheet("font-weight: bold;")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        buttons = QHBoxLayout()
        self.buttons: dict[int, QPushButton] = {}
        for rating in (*RATINGS, NOT_OBSERVED_ID):
            button = QPushButton()
            button.setObjectName(f"rating_{criterion.key}_{rating}")
            button.setCheckable(True)
            button.setMinimumHeight(56)
            self.group.addButton(button, rating)
            buttons.addWidget(button, 1)
            self.buttons[rating] = button
        self.error_label = _error_label(f"rating_{criterion.key}_error_label", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.name_label)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self.group.idToggled.connect(self._on_group_id_toggled)

    def retranslate(self, language: EmployerLanguage) -> None:
        self.name_label.setText(self.criterion.label(language.language))
        for rating, button in self.buttons.items():
            if rating == NOT_OBSERVED_ID:
                button.setText(language.text(texts.NOT_OBSERVED))
            else:
                button.setText(f"{rating}  {language.text(texts.SCALE[rating - 1])}")
            button.setAccessibleName(f"{self.name_label.text()}: {button.text()}")

    def answered(self) -> bool:
        return self.group.checkedId() != -1

    def rating(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked in (-1, NOT_OBSERVED_ID) else checked

    def set_rating(self, answered: bool, rating: int | None) -> None:
        if not answered:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
            return
        self.buttons[rating if rating is not None else NOT_OBSERVED_ID].setChecked(True)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.show_error("")
            self.changed.emit()


class EmployerForm(QWidget):
    """The employer's answers, name and signature for one form."""

    changed = Signal()

    def __init__(self, language: EmployerLanguage, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("employer_form")
        self._language = language
        self.rows: dict[str, RatingRow] = {}
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.rows_layout = QVBoxLayout()
        self.comments_label = QLabel()
        self.comments_edit = QPlainTextEdit()
        self.comments_edit.setObjectName("employer_comments_edit")
        self.comments_edit.setTabChangesFocus(True)
        self.comments_edit.setFixedHeight(120)
        self.comments_error_label = _error_label("employer_comments_error_label", self)
        self.comments_label.setBuddy(self.comments_edit)

        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("signer_name_edit")
        self.name_error_label = _error_label("signer_name_error_label", self)
        self.name_label.setBuddy(self.name_edit)
        self.role_label = QLabel()
        self.role_edit = QLineEdit()
        self.role_edit.setObjectName("signer_role_edit")
        self.role_error_label = _error_label("signer_role_error_label", self)
        self.role_label.setBuddy(self.role_edit)
        person = QGridLayout()
        person.addWidget(self.name_label, 0, 0)
        person.addWidget(self.role_label, 0, 1)
        person.addWidget(self.name_edit, 1, 0)
        person.addWidget(self.role_edit, 1, 1)
        person.addWidget(self.name_error_label, 2, 0)
        person.addWidget(self.role_error_label, 2, 1)

        self.signature_label = QLabel()
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(220)
        self.signature_label.setBuddy(self.pad)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("signature_clear_button")
        self.clear_button.setMinimumHeight(56)
        self.signature_error_label = _error_label("signature_error_label", self)
        self.simple_signature_label = QLabel()
        self.simple_signature_label.setObjectName("simple_signature_label")
        self.simple_signature_label.setWordWrap(True)
        self.simple_signature_label.setStyleSheet("color: #505050;")
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.pad, 1)
        pad_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.rows_layout)
        layout.addSpacing(8)
        layout.addWidget(self.comments_label)
        layout.addWidget(self.comments_edit)
        layout.addWidget(self.comments_error_label)
        layout.addSpacing(8)
        layout.addLayout(person)
        layout.addSpacing(8)
        layout.addWidget(self.signature_label)
        layout.addLayout(pad_row)
        layout.addWidget(self.signature_error_label)
        layout.addWidget(self.simple_signature_label)

    def _connect_signals(self) -> None:
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.pad.strokes_changed.connect(self._on_pad_strokes_changed)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.role_edit.textChanged.connect(self._on_role_edit_text_changed)
        self.comments_edit.textChanged.connect(self._on_comments_edit_text_changed)

    def retranslate(self) -> None:
        t = self._language.text
        self.intro_label.setText(t(texts.INTRO))
        for row in self.rows.values():
            row.retranslate(self._language)
        self.comments_label.setText(t(texts.COMMENTS))
        self.comments_edit.setAccessibleName(t(texts.COMMENTS))
        self.name_label.setText(t(texts.NAME))
        self.name_edit.setAccessibleName(t(texts.NAME))
        self.role_label.setText(t(texts.ROLE))
        self.role_edit.setAccessibleName(t(texts.ROLE))
        self.signature_label.setText(t(texts.SIGNATURE))
        self.pad.setAccessibleName(t(texts.SIGNATURE))
        self.pad.set_hint(t(texts.SIGN_HERE))
        self.clear_button.setText(t(texts.CLEAR))
        self.simple_signature_label.setText(t(texts.SIMPLE_SIGNATURE))

    def set_form(self, detail: FeedbackDetail) -> None:
        """Show the criteria of ``detail`` with what it holds so far."""
        for row in self.rows.values():
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        for criterion in detail.criteria.criteria:
            row = RatingRow(criterion, self)
            row.changed.connect(self.changed)
            ratings = detail.data.ratings
            row.set_rating(criterion.key in ratings, ratings.get(criterion.key))
            self.rows_layout.addWidget(row)
            self.rows[criterion.key] = row
        self.comments_edit.setPlainText(detail.data.comments or "")
        self.name_edit.setText(detail.data.signer_name or "")
        self.role_edit.setText(detail.data.signer_role or "")
        self.pad.clear()
        self.clear_errors()
        self.retranslate()

    def value(self) -> FeedbackInput:
        return FeedbackInput(
            ratings={key: row.rating() for key, row in self.rows.items() if row.answered()},
            comments=self.comments_edit.toPlainText(),
            signer_name=self.name_edit.text(),
            signer_role=self.role_edit.text(),
        )

    def strokes(self) -> list[Stroke]:
        return self.pad.strokes()

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.show_error("")
        for label in self._error_labels().values():
            label.hide()

    def show_errors(self, errors: list[FieldError]) -> QWidget | None:
        """Put each error next to its field; returns the first field with an error."""
        self.clear_errors()
        first: QWidget | None = None
        labels = self._error_labels()
        fields = {
            "signer_name": self.name_edit,
            "signer_role": self.role_edit,
            "comments": self.comments_edit,
            "signature": self.pad,
        }
        for error in errors:
            text = self._language.field_error(error)
            if error.field.startswith("ratings."):
                row = self.rows.get(error.field.removeprefix("ratings."))
                if row is not None:
                    row.show_error(text)
                    first = first or row
            elif error.field in labels:
                labels[error.field].setText(text)
                labels[error.field].show()
                fields[error.field].setAccessibleDescription(text)
                first = first or fields[error.field]
        return first

    def _error_labels(self) -> dict[str, QLabel]:
        return {
            "signer_name": self.name_error_label,
            "signer_role": self.role_error_label,
            "comments": self.comments_error_label,
            "signature": self.signature_error_label,
        }

    def _on_clear_button_clicked(self) -> None:
        self.pad.clear()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_pad_strokes_changed(self) -> None:
        if self.pad.has_signature():
            self.signature_error_label.hide()
        self.changed.emit()

    def _on_name_edit_text_changed(self, text: str) -> None:
        if text.strip():
            self.name_error_label.hide()
        self.changed.emit()

    def _on_role_edit_text_changed(self, _text: str) -> None:
        self.role_error_label.hide()
        self.changed.emit()

    def _on_comments_edit_text_changed(self) -> None:
        self.comments_error_label.hide()
        self.changed.emit()
