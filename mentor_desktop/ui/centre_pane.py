"""The Centre tab of the Settings screen: what the centre's certificates and papers print
(name, address, CVR, contact, number prefix, minimum hours, signatory, logo, signature),
and the button that opens the form to change it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError, NotFoundError
from mentor_desktop.services.centre import CentreDetail
from mentor_desktop.ui.centre_dialog import LOGO_PREVIEW, SIGNATURE_PREVIEW, CentreDialog
from mentor_desktop.ui.prompter import Prompter

_ROWS = (
    "name",
    "address",
    "cvr",
    "phone",
    "email",
    "prefix",
    "hours",
    "signatory",
    "place",
    "logo",
    "signature",
)


class CentrePane(QWidget):
    """Shows the centre as saved; ``edit()`` opens the form."""

    error_occurred = Signal(object)
    centre_saved = Signal()

    def __init__(self, services: Services, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("centre_pane")
        self._services = services
        self._prompter = prompter
        self.detail: CentreDetail | None = None
        self._build_ui()
        self.edit_button.clicked.connect(self.edit)
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        form_layout = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in _ROWS:
            caption = QLabel()
            value = QLabel()
            value.setObjectName(f"centre_{name}_value")
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setWordWrap(True)
            if name in ("logo", "signature"):
                value.setFixedSize(LOGO_PREVIEW if name == "logo" else SIGNATURE_PREVIEW)
                value.setAlignment(Qt.AlignmentFlag.AlignCenter)
                value.setFrameShape(QLabel.Shape.StyledPanel)
                value.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            caption.setBuddy(value)
            self.captions[name] = caption
            self.values[name] = value
            form_layout.addRow(caption, value)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("centre_edit_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form_layout)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        self.intro_label.setText(
            self.tr(
                "What the centre's certificates print. Only a coordinator or an "
                "administrator may change it."
            )
        )
        texts = {
            "name": self.tr("Name:"),
            "address": self.tr("Address:"),
            "cvr": self.tr("CVR number:"),
            "phone": self.tr("Phone:"),
            "email": self.tr("Email:"),
            "prefix": self.tr("Certificate number prefix:"),
            "hours": self.tr("Minimum hours for a certificate:"),
            "signatory": self.tr("Signatory:"),
            "place": self.tr("Place of issue:"),
            "logo": self.tr("Logo:"),
            "signature": self.tr("Signature:"),
        }
        for name, text in texts.items():
            self.captions[name].setText(text)
            self.values[name].setAccessibleName(text.rstrip(":"))
        if self.detail is None:
            self.edit_button.setText(self.tr("&Set up the centre…"))
        else:
            self.edit_button.setText(self.tr("Change the centre's &settings…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        try:
            self.edit_button.setEnabled(self._services.users.may_manage())
            self.detail = self._services.centre.get()
        except NotFoundError:
            self.detail = None
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        self.retranslate_ui()

    def edit(self) -> None:
        """Open the centre's form; show the centre as saved when it closes saved."""
        dialog = CentreDialog(self._services, self._prompter, self.detail, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.centre_saved.emit()

    def _show(self) -> None:
        none = self.tr("not set")
        data = self.detail.data if self.detail is not None else None
        if data is None:
            for name in _ROWS:
                self.values[name].setPixmap(QPixmap())
                self.values[name].setText(none)
            self.values["name"].setText(self.tr("The centre has not been set up yet."))
            return
        locale = QLocale()
        place = " ".join(p for p in (data.postcode, data.city) if p)
        address = ", ".join(p for p in (data.street, place) if p)
        signatory = ", ".join(p for p in (data.signatory_name, data.signatory_title) if p)
        texts = {
            "name": data.name,
            "address": address or none,
            "cvr": data.cvr or none,
            "phone": data.phone or none,
            "email": data.email or none,
            "prefix": data.certificate_prefix,
            "hours": self.tr("{hours} hours").format(
                hours=locale.toString(data.min_certificate_minutes / 60, "g", 6)
            ),
            "signatory": signatory or none,
            "place": data.city or none,
        }
        for name, text in texts.items():
            self.values[name].setText(text)
        self._show_picture(self.values["logo"], data.logo_png)
        self._show_picture(self.values["signature"], data.signature_png)

    def _show_picture(self, label: QLabel, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            size: QSize = label.size().shrunkBy(label.contentsMargins()) - QSize(8, 8)
            label.setPixmap(
                pixmap.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            label.setAccessibleDescription(self.tr("Shown"))
        else:
            label.setPixmap(QPixmap())
            label.setText(self.tr("none"))
            label.setAccessibleDescription(self.tr("none"))
