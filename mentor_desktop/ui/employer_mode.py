"""Employer mode: the tutor hands the device over and the employer fills in and signs one
feedback form, full screen, in large type and plain Danish (English at a touch). Nothing else
in the program can be reached: the window is modal and fills the screen, every shortcut of
the program is swallowed while it is open (Ctrl+K, Ctrl+Q, Ctrl+1, ...), Escape and the
window's close button do nothing. Only the tutor can leave: with a confirmation, or with the
tutor's PIN where several people share the database. Leaving before signing keeps what the
employer filled in as the draft."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError, ValidationError
from mentor_desktop.domain.feedback import short_digest
from mentor_desktop.services.feedback_types import FeedbackDetail
from mentor_desktop.ui import employer_mode_texts as texts
from mentor_desktop.ui.employer_mode_form import EmployerForm
from mentor_desktop.ui.employer_mode_texts import EmployerLanguage
from mentor_desktop.ui.forms import error_color
from mentor_desktop.ui.messages import error_text
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.tutor_pin_dialog import TutorPinDialog

log = logging.getLogger(__name__)

# Languages by their own names: the employer picks the one they read.
LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}
FONT_POINTS = 18
# A chosen answer or language: white on dark blue, plain to see in daylight.
CHOSEN = "#1d5aa6"


class EmployerMode(QDialog):
    """One form, for the employer; ``signed`` carries the signed form."""

    signed = Signal(object)

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        detail: FeedbackDetail,
        *,
        tutor_id: int | None,
        language: str = "da",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("employer_mode")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setStyleSheet(
            f"#employer_mode, #employer_mode * {{ font-size: {FONT_POINTS}pt; }}"
            f"#employer_mode QPushButton:checked {{ background-color: {CHOSEN};"
            " color: white; }"
        )
        self._services = services
        self._prompter = prompter
        self._detail = detail
        self._tutor_id = tutor_id
        self._may_close = False
        self._dirty = False
        self.language = EmployerLanguage(language)
        self._build_ui()
        self._connect_signals()
        self.form.set_form(detail)
        self._dirty = False
        self.retranslate()

    def _build_ui(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("employer_title_label")
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet(f"font-size: {FONT_POINTS + 8}pt; font-weight: bold;")
        self.about_label = QLabel()
        self.about_label.setWordWrap(True)
        self.language_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.about_label)
        top.addLayout(heading, 1)
        for code, name in LANGUAGE_NAMES.items():
            button = QPushButton(name)
            button.setObjectName(f"language_{code}_button")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setMinimumHeight(56)
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.language_buttons[code] = button
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("employer_leave_button")
        self.leave_button.setStyleSheet(f"font-size: {FONT_POINTS - 6}pt;")
        self.leave_button.setAutoDefault(False)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)

        self.form = EmployerForm(self.language)
        self.message_label = QLabel()
        self.message_label.setObjectName("employer_message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {error_color(self)}; font-weight: bold;")
        self.message_label.hide()
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("employer_sign_button")
        self.sign_button.setMinimumHeight(72)
        self.sign_button.setAutoDefault(False)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.form)
        body_layout.addWidget(self.message_label)
        body_layout.addWidget(self.sign_button)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("employer_scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)

        self.thanks_label = QLabel()
        self.thanks_label.setObjectName("employer_thanks_label")
        self.thanks_label.setStyleSheet(f"font-size: {FONT_POINTS + 10}pt; font-weight: bold;")
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signed_label = QLabel()
        self.signed_label.setObjectName("employer_signed_label")
        self.signed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signed_label.setWordWrap(True)
        self.signature_image_label = QLabel()
        self.signature_image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature_image_label.setStyleSheet("background: white; border: 1px solid #999;")
        self.hand_back_label = QLabel()
        self.hand_back_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hand_back_label.setWordWrap(True)
        thanks = QWidget()
        thanks_layout = QVBoxLayout(thanks)
        thanks_layout.addStretch(1)
        thanks_layout.addWidget(self.thanks_label)
        thanks_layout.addWidget(self.signature_image_label, 0, Qt.AlignmentFlag.AlignHCenter)
        thanks_layout.addWidget(self.signed_label)
        thanks_layout.addWidget(self.hand_back_label)
        thanks_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.scroll_area)
        self.pages.addWidget(thanks)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

    def _connect_signals(self) -> None:
        for code, button in self.language_buttons.items():
            button.clicked.connect(lambda _checked=False, code=code: self.set_language(code))
        self.leave_button.clicked.connect(self._on_leave_button_clicked)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        self.form.changed.connect(self._on_form_changed)

    def set_language(self, language: str) -> None:
        self.language.set_language(language)
        self.retranslate()

    def retranslate(self) -> None:
        t = self.language.text
        d = self._detail
        self.language_buttons[self.language.language].setChecked(True)
        self.setWindowTitle(t(texts.TITLE).format(name=d.learner_name))
        self.title_label.setText(t(texts.TITLE).format(name=d.learner_name))
        period = f"{d.period_start:%d.%m.%Y}–{d.period_end:%d.%m.%Y}"
        self.about_label.setText(t(texts.ABOUT).format(employer=d.employer_name, period=period))
        self.leave_button.setText(t(texts.LEAVE))
        self.sign_button.setText(t(texts.SIGN))
        self.form.retranslate()
        if self.message_label.isVisible():
            self.message_label.setText(t(texts.FIX_ABOVE))
        self._show_signed()

    # Locking the rest of the program away

    def start(self) -> None:
        """Show full screen and take the program's shortcuts away until the tutor leaves."""
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.showFullScreen()
        self.activateWindow()
        self.form.setFocus(Qt.FocusReason.OtherFocusReason)

    def _release(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Swallow every shortcut while open: the program's (Ctrl+K, Ctrl+Q, ...) must not
        fire; a text field of employer mode may still claim its own keys (Ctrl+A)."""
        if event.type() == QEvent.Type.Shortcut:
            return True
        return event.type() == QEvent.Type.ShortcutOverride and not self._is_own(watched)

    def _is_own(self, watched: QObject) -> bool:
        """Whether ``watched`` is one of employer mode's own widgets (a text field deciding
        whether Ctrl+A selects its text, say)."""
        return isinstance(watched, QWidget) and (watched is self or self.isAncestorOf(watched))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self._may_close:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self._may_close:
            self._release()
            super().closeEvent(event)
        else:
            event.ignore()

    # Leaving

    def leave(self) -> bool:
        """Leave employer mode if the tutor says so; before signing, what the employer
        filled in is kept as the draft. Returns whether employer mode closed."""
        if not self._tutor_allows():
            return False
        if not self.is_signed() and self._dirty:
            try:
                self._detail = self._services.feedback.save_draft(
                    self._detail.id, self.form.value(), expected_version=self._detail.version
                )
            except ValidationError as error:
                self.pages.setCurrentIndex(0)
                self.form.show_errors(error.errors)
                return False
            except MentorError as error:
                if not self._prompter.confirm(
                    self,
                    self.tr("Leave employer mode"),
                    self.tr(
                        "What the employer filled in could not be kept:\n{problem}\n\n"
                        "Leave employer mode all the same?"
                    ).format(problem=error_text(error)),
                ):
                    return False
        self._may_close = True
        self._release()
        self.accept()
        return True

    def _tutor_allows(self) -> bool:
        pins = self._services.tutor_pin
        if pins.is_shared_database() and self._tutor_id is not None:
            dialog = TutorPinDialog(pins, self._tutor_id, choose=False, parent=self)
            return dialog.exec() == QDialog.DialogCode.Accepted
        return self._prompter.confirm(
            self,
            self.tr("Leave employer mode"),
            self.tr(
                "Only the tutor should do this. Leave employer mode and go back to the program?"
            ),
        )

    # Signing

    def is_signed(self) -> bool:
        return not self._detail.editable

    def detail(self) -> FeedbackDetail:
        return self._detail

    def sign(self) -> bool:
        """Sign with what is filled in; what is missing is shown next to its field."""
        try:
            self._detail = self._services.feedback.sign(
                self._detail.id,
                self.form.value(),
                self.form.strokes(),
                expected_version=self._detail.version,
            )
        except ValidationError as error:
            first = self.form.show_errors(error.errors)
            self.message_label.setText(self.language.text(texts.FIX_ABOVE))
            self.message_label.show()
            if first is not None:
                self.scroll_area.ensureWidgetVisible(first)
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except MentorError as error:
            log.warning("employer mode: form %s not signed: %s", self._detail.id, error)
            self.message_label.setText(self.language.text(texts.NOT_SAVED))
            self.message_label.show()
            return False
        self.message_label.hide()
        self._show_signed()
        self.pages.setCurrentIndex(1)
        self.signed.emit(self._detail)
        return True

    def _show_signed(self) -> None:
        d = self._detail
        if d.editable or d.signed_at is None:
            return
        t = self.language.text
        self.thanks_label.setText(t(texts.THANKS))
        when = d.signed_at.astimezone().strftime("%d.%m.%Y %H:%M")
        lines = [t(texts.SIGNED_BY).format(name=d.data.signer_name or "", time=when)]
        if d.content_hash:
            lines.append(t(texts.SEAL).format(code=short_digest(d.content_hash)))
        self.signed_label.setText("\n".join(lines))
        self.hand_back_label.setText(t(texts.HAND_BACK))
        if d.signature_png:
            pixmap = QPixmap()
            pixmap.loadFromData(d.signature_png)
            self.signature_image_label.setPixmap(pixmap)

    def _on_form_changed(self) -> None:
        self._dirty = True
        self.message_label.hide()

    def _on_leave_button_clicked(self) -> None:
        self.leave()

    def _on_sign_button_clicked(self) -> None:
        self.sign()
