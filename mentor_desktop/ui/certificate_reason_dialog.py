"""Asks for the reason of a revoke or a reissue, which the register keeps."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class CertificateReasonDialog(QDialog):
    """``title`` and ``text`` say what happens; OK needs a reason; ``value()`` is it."""

    def __init__(self, title: str, text: str, action: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("certificate_reason_dialog")
        self.setWindowTitle(title)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("certificate_reason_edit")
        self.reason_label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_label.setText(self.tr("&Reason (kept in the register):"))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.resize(480, self.sizeHint().height())

    def value(self) -> str:
        return self.reason_edit.text().strip()

    def _on_reason_edit_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))
