"""The dialog that sets up or edits the centre: its name, address and contact, the CVR
number (checked as it is typed), the logo, and what its certificates print: the number
prefix, the minimum hours, the signatory's name, title and signature; the city is the
place of issue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.services import centre
from mentor_desktop.services.centre import MAX_CERTIFICATE_MINUTES, CentreDetail, CentreInput
from mentor_desktop.ui.forms import FormDialog
from mentor_desktop.ui.image_field import ImageField
from mentor_desktop.ui.prompter import Prompter

_TEXT_FIELDS = (
    "name",
    "street",
    "postcode",
    "city",
    "cvr",
    "phone",
    "email",
    "certificate_prefix",
    "signatory_name",
    "signatory_title",
)
LOGO_PREVIEW = QSize(200, 88)
SIGNATURE_PREVIEW = QSize(200, 60)


class HoursField(QWidget):
    """Hours shown with up to two decimals; ``value()`` is whole minutes."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hours_spin = QDoubleSpinBox()
        self.hours_spin.setDecimals(2)
        self.hours_spin.setSingleStep(0.5)
        self.hours_spin.setRange(0, MAX_CERTIFICATE_MINUTES / 60)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hours_spin)
        layout.addStretch(1)
        self.setFocusProxy(self.hours_spin)
        self.hours_spin.valueChanged.connect(self.value_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.hours_spin.setSuffix(self.tr(" hours"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.hours_spin.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleDescription(description)
        self.hours_spin.setAccessibleDescription(description)

    def value(self) -> int:
        return round(self.hours_spin.value() * 60)

    def set_value(self, minutes: int | None) -> None:
        self.hours_spin.setValue((minutes or 0) / 60)

    def display_text(self, minutes: int | None) -> str:
        return self.hours_spin.textFromValue((minutes or 0) / 60) + self.hours_spin.suffix()


def centre_input(values: dict[str, Any]) -> CentreInput:
    """The form's values as the service's input; empty text is "not recorded"."""
    return CentreInput(
        name=values["name"],
        street=values["street"] or None,
        postcode=values["postcode"] or None,
        city=values["city"] or None,
        cvr=values["cvr"] or None,
        phone=values["phone"] or None,
        email=values["email"] or None,
        signatory_name=values["signatory_name"] or None,
        signatory_title=values["signatory_title"] or None,
        certificate_prefix=values["certificate_prefix"],
        min_certificate_minutes=values["min_certificate_minutes"],
        logo_png=values["logo_png"],
        signature_png=values["signature_png"],
    )


def centre_values(data: CentreInput) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(data, name) or "" for name in _TEXT_FIELDS}
    values["min_certificate_minutes"] = data.min_certificate_minutes
    values["logo_png"] = data.logo_png
    values["signature_png"] = data.signature_png
    return values


class CentreDialog(FormDialog):
    """Sets up the centre when ``detail`` is ``None``, else edits it."""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        detail: CentreDetail | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(prompter, parent=parent)
        self.setObjectName("centre_dialog")
        self._services = services
        self._detail = detail
        self._build_ui(prompter)
        self.retranslate_ui()
        if detail is not None:
            self.expected_version = detail.version
            self.form.set_values(centre_values(detail.data))
        else:
            self.form.set_values(centre_values(CentreInput()))
        self.name_edit.setFocus()

    def _build_ui(self, prompter: Prompter) -> None:
        self.captions: dict[str, QLabel] = {}
        self.name_edit = QLineEdit()
        self.street_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaxLength(4)
        self.city_edit = QLineEdit()
        self.cvr_edit = QLineEdit()
        self.cvr_edit.setMaxLength(11)
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.logo_field = ImageField(prompter, LOGO_PREVIEW)
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(20)
        self.hours_field = HoursField()
        self.signatory_name_edit = QLineEdit()
        self.signatory_title_edit = QLineEdit()
        self.signature_field = ImageField(prompter, SIGNATURE_PREVIEW)
        self.centre_group = QGroupBox()
        self.certificates_group = QGroupBox()
        groups = {
            self.centre_group: {
                "name": self.name_edit,
                "street": self.street_edit,
                "postcode": self.postcode_edit,
                "city": self.city_edit,
                "cvr": self.cvr_edit,
                "phone": self.phone_edit,
                "email": self.email_edit,
                "logo_png": self.logo_field,
            },
            self.certificates_group: {
                "certificate_prefix": self.prefix_edit,
                "min_certificate_minutes": self.hours_field,
                "signatory_name": self.signatory_name_edit,
                "signatory_title": self.signatory_title_edit,
                "signature_png": self.signature_field,
            },
        }
        columns = QHBoxLayout()
        for group, widgets in groups.items():
            form_layout = QFormLayout(group)
            form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            for name, widget in widgets.items():
                widget.setObjectName(f"centre_{name}_field")
                caption = QLabel()
                self.captions[name] = caption
                form_layout.addRow(caption, self.form.add_field(name, widget, caption=caption))
            columns.addWidget(group, 1)
        self.place_note_label = QLabel()
        self.place_note_label.setWordWrap(True)
        self.certificates_group.layout().addRow(self.place_note_label)  # type: ignore[union-attr]
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.form.banner_label)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(980)

    def retranslate_ui(self) -> None:
        if self._detail is None:
            self.setWindowTitle(self.tr("Set up the centre"))
        else:
            self.setWindowTitle(self.tr("Edit the centre's settings"))
        self.centre_group.setTitle(self.tr("The centre"))
        self.certificates_group.setTitle(self.tr("On certificates"))
        texts = {
            "name": self.tr("&Name:"),
            "street": self.tr("S&treet:"),
            "postcode": self.tr("&Postcode:"),
            "city": self.tr("C&ity:"),
            "cvr": self.tr("&CVR number:"),
            "phone": self.tr("P&hone:"),
            "email": self.tr("&Email:"),
            "logo_png": self.tr("Logo:"),
            "certificate_prefix": self.tr("Number p&refix:"),
            "min_certificate_minutes": self.tr("&Minimum hours:"),
            "signatory_name": self.tr("Si&gnatory's name:"),
            "signatory_title": self.tr("Signatory's tit&le:"),
            "signature_png": self.tr("Signature:"),
        }
        self.set_captions(texts)
        self.logo_field.set_texts(
            choose=self.tr("Choose l&ogo…"),
            remove=self.tr("Remove logo"),
            dialog_title=self.tr("Choose the centre's logo"),
        )
        self.signature_field.set_texts(
            choose=self.tr("Choose sign&ature…"),
            remove=self.tr("Remove signature"),
            dialog_title=self.tr("Choose the signatory's signature"),
        )
        self.cvr_edit.setPlaceholderText(self.tr("8 digits"))
        self.cvr_edit.setToolTip(self.tr("The CVR number has 8 digits; spaces are allowed."))
        self.prefix_edit.setToolTip(
            self.tr("Certificate numbers start with it, as in MD-2026-0001.")
        )
        self.hours_field.setToolTip(
            self.tr("With fewer hours attended, issuing a certificate asks for a reason.")
        )
        self.place_note_label.setText(
            self.tr("Certificates print the city as their place of issue.")
        )

    def check(self, values: dict[str, Any]) -> None:
        centre.validate(centre_input(values))

    def save(self, values: dict[str, Any]) -> CentreDetail:
        return self._services.centre.update(
            centre_input(values), expected_version=self.expected_version
        )

    def load_current(self) -> tuple[dict[str, Any], int] | None:
        current = self._services.centre.get()
        return centre_values(current.data), current.version
