"""Verify a certificate from its code or its QR code's text: genuine, revoked or unknown,
from this centre's own register (no network)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.domain.certificates import Verdict
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.certificates import CertificateService, Verification
from mentor_desktop.ui import certificate_labels

_COLOURS = {
    Verdict.GENUINE: ("#1b5e20", "#e8f5e9"),
    Verdict.REVOKED: ("#b71c1c", "#ffebee"),
    Verdict.UNKNOWN: ("#5d4037", "#fff8e1"),
}


class CertificateVerifyDialog(QDialog):
    def __init__(self, certificates: CertificateService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("certificate_verify_dialog")
        self._certificates = certificates
        self.result: Verification | None = None
        self.code_label = QLabel()
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("certificate_code_edit")
        self.code_label.setBuddy(self.code_edit)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("certificate_verify_button")
        self.verify_button.setDefault(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("certificate_verdict_label")
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumHeight(60)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code_label)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.code_edit.returnPressed.connect(self._on_verify_button_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.retranslate_ui()
        self.setMinimumWidth(520)
        self.resize(520, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.code_label.setText(self.tr("&Verification code (as printed, or the QR code's text):"))
        self.code_edit.setAccessibleName(self.tr("Verification code"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX")
        self.verify_button.setText(self.tr("Verify"))
        if self.result is not None:
            self.result_label.setText(certificate_labels.verdict_text(self.result))
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_verify_button_clicked(self) -> None:
        try:
            self.result = self._certificates.verify(self.code_edit.text())
        except MentorError as error:
            self.result = None
            self.result_label.setStyleSheet("")
            self.result_label.setText(certificate_labels.error_text(error))
            return
        text, background = _COLOURS[self.result.verdict]
        self.result_label.setStyleSheet(
            f"QLabel {{ color: {text}; background: {background}; padding: 8px; "
            "border-radius: 4px; font-weight: bold; }"
        )
        self.result_label.setText(certificate_labels.verdict_text(self.result))
        self.adjustSize()
