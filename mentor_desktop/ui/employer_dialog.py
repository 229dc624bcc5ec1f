"""The dialog that creates or edits an employer: name, CVR number (checked as it is typed,
modulus 11 included), sector, address and how to reach the employer; a draft in the database
while it is open."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import Sector
from mentor_desktop.services import employers
from mentor_desktop.services.employers import EmployerDetail, EmployerInput
from mentor_desktop.ui import labels
from mentor_desktop.ui.forms import FormDialog
from mentor_desktop.ui.prompter import Prompter

DRAFT_KIND = "employer"
NEW_KEY = "new"
_TEXT_FIELDS = ("name", "cvr", "street", "postcode", "city", "phone", "email")


def employer_input(values: dict[str, Any]) -> EmployerInput:
    """The form's values as the service's input; empty text is "not recorded"."""
    return EmployerInput(
        name=values["name"],
        cvr=values["cvr"] or None,
        sector=Sector(values["sector"]),
        street=values["street"] or None,
        postcode=values["postcode"] or None,
        city=values["city"] or None,
        phone=values["phone"] or None,
        email=values["email"] or None,
    )


def employer_values(data: EmployerInput) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(data, name) or "" for name in _TEXT_FIELDS}
    values["sector"] = data.sector.value
    return values


class EmployerDialog(FormDialog):
    """New employer when ``detail`` is ``None``, else an edit of ``detail``."""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        detail: EmployerDetail | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(
            prompter,
            drafts=services.drafts,
            draft_kind=DRAFT_KIND,
            draft_key=str(detail.id) if detail is not None else NEW_KEY,
            parent=parent,
        )
        self.setObjectName("employer_dialog")
        self._services = services
        self._detail = detail
        self._build_ui()
        self.retranslate_ui()
        if detail is not None:
            self.expected_version = detail.version
            self.form.set_values(employer_values(detail.data))
        else:
            self.form.set_values({"sector": Sector.OTHER.value})
        self.name_edit.setFocus()

    def _build_ui(self) -> None:
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form_layout)
        self.captions: dict[str, QLabel] = {}
        self.name_edit = QLineEdit()
        self.cvr_edit = QLineEdit()
        self.cvr_edit.setMaxLength(11)
        self.sector_combo = QComboBox()
        for sector in Sector:
            self.sector_combo.addItem("", sector.value)
        self.street_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaxLength(4)
        self.city_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        widgets = {
            "name": self.name_edit,
            "cvr": self.cvr_edit,
            "sector": self.sector_combo,
            "street": self.street_edit,
            "postcode": self.postcode_edit,
            "city": self.city_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
        }
        for name, widget in widgets.items():
            widget.setObjectName(f"employer_{name}_field")
            caption = QLabel()
            self.captions[name] = caption
            form_layout.addRow(caption, self.form.add_field(name, widget, caption=caption))
        layout.addWidget(self.form.banner_label)
        layout.addWidget(self.button_box)

    def retranslate_ui(self) -> None:
        if self._detail is None:
            self.setWindowTitle(self.tr("New employer"))
        else:
            self.setWindowTitle(self.tr("Edit {name}").format(name=self._detail.data.name))
        texts = {
            "name": self.tr("&Name:"),
            "cvr": self.tr("&CVR number:"),
            "sector": self.tr("&Sector:"),
            "street": self.tr("S&treet:"),
            "postcode": self.tr("&Postcode:"),
            "city": self.tr("C&ity:"),
            "phone": self.tr("P&hone:"),
            "email": self.tr("&Email:"),
        }
        self.set_captions(texts)
        self.cvr_edit.setPlaceholderText(self.tr("8 digits"))
        self.cvr_edit.setToolTip(self.tr("The CVR number has 8 digits; spaces are allowed."))
        for index in range(self.sector_combo.count()):
            self.sector_combo.setItemText(index, labels.sector(self.sector_combo.itemData(index)))

    def check(self, values: dict[str, Any]) -> None:
        employers.validate(employer_input(values))

    def save(self, values: dict[str, Any]) -> EmployerDetail:
        data = employer_input(values)
        if self._detail is None:
            return self._services.employers.create(data)
        assert self.expected_version is not None
        return self._services.employers.update(
            self._detail.id, data, expected_version=self.expected_version
        )

    def load_current(self) -> tuple[dict[str, Any], int] | None:
        if self._detail is None:
            return None
        current = self._services.employers.get(self._detail.id)
        return employer_values(current.data), current.version
