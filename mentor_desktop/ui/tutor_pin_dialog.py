"""The tutor's PIN: chosen before employer mode starts on a shared database, and asked for
when employer mode is left. The message about a wrong PIN stands under the field."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.domain.errors import MentorError, ValidationError
from mentor_desktop.services.tutor_pin import PIN_MAX, PIN_MIN, TutorPinService
from mentor_desktop.ui.forms import error_color
from mentor_desktop.ui.messages import error_text


def _pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]*")))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


class TutorPinDialog(QDialog):
    """Ask for the PIN of ``user_id``; accepted only with the right PIN. With ``choose``,
    the tutor chooses a new PIN instead (typed twice)."""

    def __init__(
        self, pins: TutorPinService, user_id: int, *, choose: bool, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("tutor_pin_dialog")
        self._pins = pins
        self._user_id = user_id
        self._choose = choose
        self._build_ui()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.pin_edit = _pin_edit("pin_edit")
        self.repeat_edit = _pin_edit("repeat_pin_edit")
        self.pin_label = QLabel()
        self.pin_label.setBuddy(self.pin_edit)
        self.repeat_label = QLabel()
        self.repeat_label.setBuddy(self.repeat_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("pin_error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {error_color(self)};")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.pin_label, self.pin_edit)
        if self._choose:
            form.addRow(self.repeat_label, self.repeat_edit)
        else:
            self.repeat_edit.hide()
            self.repeat_label.hide()
        form.addRow("", self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        if self._choose:
            self.setWindowTitle(self.tr("Choose your PIN"))
            self.explanation_label.setText(
                self.tr(
                    "Several people use this database, so leaving employer mode needs your "
                    "PIN. Choose {min}–{max} digits that only you know."
                ).format(min=PIN_MIN, max=PIN_MAX)
            )
        else:
            self.setWindowTitle(self.tr("Tutor's PIN"))
            self.explanation_label.setText(self.tr("Type your PIN to leave employer mode."))
        self.pin_label.setText(self.tr("&PIN:"))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.repeat_label.setText(self.tr("&Repeat PIN:"))
        self.repeat_edit.setAccessibleName(self.tr("Repeat PIN"))

    def _show_error(self, text: str, field: QLineEdit) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        field.setAccessibleDescription(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def _on_buttons_accepted(self) -> None:
        pin = self.pin_edit.text()
        try:
            if self._choose:
                self._pins.set_pin(self._user_id, pin, self.repeat_edit.text())
                self.accept()
                return
            if self._pins.check_pin(self._user_id, pin):
                self.accept()
                return
        except ValidationError as error:
            if error.for_field("repeated_pin") is not None:
                self._show_error(self.tr("The two PINs are not the same."), self.repeat_edit)
            else:
                self._show_error(
                    self.tr("Use {min}–{max} digits.").format(min=PIN_MIN, max=PIN_MAX),
                    self.pin_edit,
                )
            return
        except MentorError as error:
            self._show_error(error_text(error), self.pin_edit)
            return
        self._show_error(self.tr("That is not your PIN. Try again."), self.pin_edit)
