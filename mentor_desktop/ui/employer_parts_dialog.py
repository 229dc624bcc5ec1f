"""Dialogs that add or edit one part of an employer: a site (a workplace where visits
happen), a contact person, or a partnership agreement with its one or two agreed actions and
its dates. Each checks as the user types, keeps everything on a failed save and keeps a draft
in the database while it is open, keyed ``<employer id>-<part id or "new">``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from mentor_desktop.bootstrap import Services
from mentor_desktop.services.sites import AgreementInput, ContactInput, SiteInput
from mentor_desktop.ui.forms import DateField, FormDialog, from_date, to_date
from mentor_desktop.ui.prompter import Prompter

SITE_DRAFT = "site"
CONTACT_DRAFT = "contact"
AGREEMENT_DRAFT = "agreement"


def part_draft_key(employer_id: int, part_id: int | None) -> str:
    return f"{employer_id}-{part_id if part_id is not None else 'new'}"


def parse_part_draft_key(key: str) -> tuple[int, int | None] | None:
    """The employer and the part (``None`` for a new one) of a draft key; ``None`` for a key
    that is not one."""
    employer, _, part = key.partition("-")
    if not (employer.isascii() and employer.isdigit()):
        return None
    if part == "new":
        return int(employer), None
    if part.isascii() and part.isdigit():
        return int(employer), int(part)
    return None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


class _PartDialog(FormDialog):
    """What the three dialogs share: an employer, maybe an existing part, a form of fields."""

    service_name = ""
    draft_kind_name = ""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        employer_id: int,
        part_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(
            prompter,
            drafts=services.drafts,
            draft_kind=self.draft_kind_name,
            draft_key=part_draft_key(employer_id, part_id),
            parent=parent,
        )
        self._services = services
        self._employer_id = employer_id
        self._part_id = part_id
        self.captions: dict[str, QLabel] = {}
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form_layout)
        self._build_fields()
        layout.addWidget(self.form.banner_label)
        layout.addWidget(self.button_box)
        self.retranslate_ui()
        if part_id is not None:
            row = self._service().get(part_id)
            self.expected_version = row.version
            self.form.set_values(self.values_of(row.data))
        first = next(iter(self.form.fields.values()))
        first.widget.setFocus()

    def _service(self) -> Any:
        return getattr(self._services, self.service_name)

    def _add(self, name: str, widget: QWidget) -> None:
        widget.setObjectName(f"{self.service_name}_{name}_field")
        caption = QLabel()
        self.captions[name] = caption
        self.form_layout.addRow(caption, self.form.add_field(name, widget, caption=caption))

    def _set_captions(self, texts: dict[str, str]) -> None:
        self.set_captions(texts)

    def _build_fields(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def input_of(self, values: dict[str, Any]) -> Any:
        raise NotImplementedError

    def values_of(self, data: Any) -> dict[str, Any]:
        raise NotImplementedError

    def check(self, values: dict[str, Any]) -> None:
        self._service().validate(self.input_of(values))

    def save(self, values: dict[str, Any]) -> Any:
        data = self.input_of(values)
        if self._part_id is None:
            return self._service().create(self._employer_id, data)
        return self._service().update(self._part_id, data, expected_version=self.expected_version)

    def load_current(self) -> tuple[dict[str, Any], int] | None:
        if self._part_id is None:
            return None
        row = self._service().get(self._part_id)
        return self.values_of(row.data), row.version


class SiteDialog(_PartDialog):
    """A site: its name and address."""

    service_name = "sites"
    draft_kind_name = SITE_DRAFT

    def _build_fields(self) -> None:
        self.name_edit = QLineEdit()
        self.street_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaxLength(4)
        self.city_edit = QLineEdit()
        self._add("name", self.name_edit)
        self._add("street", self.street_edit)
        self._add("postcode", self.postcode_edit)
        self._add("city", self.city_edit)

    def retranslate_ui(self) -> None:
        if self._part_id is None:
            self.setWindowTitle(self.tr("New site"))
        else:
            self.setWindowTitle(self.tr("Edit site"))
        self._set_captions(
            {
                "name": self.tr("&Name:"),
                "street": self.tr("S&treet:"),
                "postcode": self.tr("&Postcode:"),
                "city": self.tr("C&ity:"),
            }
        )
        self.name_edit.setPlaceholderText(self.tr("e.g. Warehouse 2 or Kitchen, main building"))

    def input_of(self, values: dict[str, Any]) -> SiteInput:
        return SiteInput(
            name=values["name"],
            street=_text(values["street"]),
            postcode=_text(values["postcode"]),
            city=_text(values["city"]),
        )

    def values_of(self, data: SiteInput) -> dict[str, Any]:
        return {
            "name": data.name,
            "street": data.street or "",
            "postcode": data.postcode or "",
            "city": data.city or "",
        }


class ContactDialog(_PartDialog):
    """A contact person: name, role, phone and email."""

    service_name = "contacts"
    draft_kind_name = CONTACT_DRAFT

    def _build_fields(self) -> None:
        self.name_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self._add("name", self.name_edit)
        self._add("role", self.role_edit)
        self._add("phone", self.phone_edit)
        self._add("email", self.email_edit)

    def retranslate_ui(self) -> None:
        if self._part_id is None:
            self.setWindowTitle(self.tr("New contact person"))
        else:
            self.setWindowTitle(self.tr("Edit contact person"))
        self._set_captions(
            {
                "name": self.tr("&Name:"),
                "role": self.tr("&Role:"),
                "phone": self.tr("P&hone:"),
                "email": self.tr("&Email:"),
            }
        )
        self.role_edit.setPlaceholderText(self.tr("e.g. shift leader"))

    def input_of(self, values: dict[str, Any]) -> ContactInput:
        return ContactInput(
            name=values["name"],
            role=_text(values["role"]),
            phone=_text(values["phone"]),
            email=_text(values["email"]),
        )

    def values_of(self, data: ContactInput) -> dict[str, Any]:
        return {
            "name": data.name,
            "role": data.role or "",
            "phone": data.phone or "",
            "email": data.email or "",
        }


class AgreementDialog(_PartDialog):
    """A partnership agreement: one or two agreed actions, approval and period."""

    service_name = "agreements"
    draft_kind_name = AGREEMENT_DRAFT

    def _build_fields(self) -> None:
        self.first_action_edit = QPlainTextEdit()
        self.first_action_edit.setTabChangesFocus(True)
        self.first_action_edit.setFixedHeight(70)
        self.second_action_edit = QPlainTextEdit()
        self.second_action_edit.setTabChangesFocus(True)
        self.second_action_edit.setFixedHeight(70)
        self.approved_on_field = DateField()
        self.starts_on_field = DateField()
        self.ends_on_field = DateField()
        self._add("first_action", self.first_action_edit)
        self._add("second_action", self.second_action_edit)
        self._add("approved_on", self.approved_on_field)
        self._add("starts_on", self.starts_on_field)
        self._add("ends_on", self.ends_on_field)

    def retranslate_ui(self) -> None:
        if self._part_id is None:
            self.setWindowTitle(self.tr("New partnership agreement"))
        else:
            self.setWindowTitle(self.tr("Edit partnership agreement"))
        self._set_captions(
            {
                "first_action": self.tr("&First agreed action:"),
                "second_action": self.tr("&Second agreed action:"),
                "approved_on": self.tr("&Approved by the steering group:"),
                "starts_on": self.tr("S&tarts:"),
                "ends_on": self.tr("E&nds:"),
            }
        )

    def input_of(self, values: dict[str, Any]) -> AgreementInput:
        return AgreementInput(
            first_action=values["first_action"],
            second_action=_text(values["second_action"]),
            approved_on=to_date(values["approved_on"]),
            starts_on=to_date(values["starts_on"]),
            ends_on=to_date(values["ends_on"]),
        )

    def values_of(self, data: AgreementInput) -> dict[str, Any]:
        return {
            "first_action": data.first_action,
            "second_action": data.second_action or "",
            "approved_on": from_date(data.approved_on),
            "starts_on": from_date(data.starts_on),
            "ends_on": from_date(data.ends_on),
        }
